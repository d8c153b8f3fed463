"""The first start's answers put into the new database: the settings, then the demo clients;
bad answers write nothing, and demo data that cannot be added leaves the settings standing."""

from __future__ import annotations

from typing import Any

import pytest
from sqlmodel import Session, select

from rustool.db import Database, StorageError
from rustool.domain.records import ValidationError
from rustool.models import AuditEvent, Setting
from rustool.services import demo
from rustool.services.clients import count_clients
from rustool.services.first_start import (
    FirstStartAnswers,
    check_first_settings,
    finish_first_start,
)
from rustool.services.settings import get_settings

SETTINGS = {
    "user_name": "  Kari Nordmann ",
    "user_title": "Ruskonsulent",
    "org_municipality": "Kautokeino / Guovdageaidnu",
    "org_service": "Rus og psykisk helse",
    "org_address": "Boks 1, 9520 Kautokeino",
    "org_phone": "78 48 70 00",
    "org_email": "post@example.no",
}
PASSPHRASE = "sju grønne elefanter på ski"


def answers(demo_clients: int = 0, **settings: Any) -> FirstStartAnswers:
    return FirstStartAnswers("nb", SETTINGS | settings, PASSPHRASE, demo_clients)


def nothing_written(db: Database) -> bool:
    with db.session() as session:
        settings = list(session.exec(select(Setting)))
    return settings == [] and count_clients(db, status="all") == 0


def test_the_settings_and_the_demo_clients_asked_for_are_saved(db: Database) -> None:
    result = finish_first_start(db, answers(demo_clients=12))

    assert result.demo_clients == 12 and result.demo_error is None
    saved = get_settings(db)
    assert saved == result.settings
    assert saved.user_name == "Kari Nordmann"  # trimmed, as typed elsewhere
    assert saved.org_email == "post@example.no"
    assert saved.org_municipality == "Kautokeino / Guovdageaidnu"
    assert count_clients(db, status="all") == 12
    with db.session() as session:
        logged = list(session.exec(select(AuditEvent)))
    # The demo clients are logged in the user's name, which the settings now give.
    assert {event.user for event in logged} == {"Kari Nordmann"}
    assert {event.detail for event in logged} == {"synthetic demo data"}


def test_without_demo_data_only_the_settings_are_saved(db: Database) -> None:
    result = finish_first_start(db, answers(user_title="", org_phone=None))

    assert result.demo_clients == 0 and result.demo_error is None
    assert count_clients(db, status="all") == 0
    assert get_settings(db).user_title is None
    assert get_settings(db).org_phone is None
    assert get_settings(db).user_name == "Kari Nordmann"


@pytest.mark.parametrize(
    ("given", "field", "code"),
    [
        ({"user_name": "   "}, "user_name", "required"),
        ({"user_name": None}, "user_name", "required"),
        ({"org_email": "post.example.no"}, "org_email", "email"),
        ({"org_email": "post@example"}, "org_email", "email"),
        ({"org_email": "kari nordmann@example.no"}, "org_email", "email"),
        ({"org_phone": "78 48\n70 00"}, "org_phone", "newline"),
        ({"org_fax": "78 48 70 01"}, "org_fax", "unknown"),
    ],
)
def test_bad_settings_are_refused_by_field_and_nothing_is_written(
    db: Database, given: dict[str, Any], field: str, code: str
) -> None:
    with pytest.raises(ValidationError) as exc:
        finish_first_start(db, answers(demo_clients=5, **given))

    [error] = exc.value.errors
    assert (error.field, error.code) == (field, code)
    assert nothing_written(db)


@pytest.mark.parametrize("count", [-1, 1001])
def test_a_demo_count_outside_0_to_1000_is_refused_and_nothing_is_written(
    db: Database, count: int
) -> None:
    with pytest.raises(ValidationError) as exc:
        finish_first_start(db, answers(demo_clients=count, org_email="feil"))

    assert [(e.field, e.code) for e in exc.value.errors] == [
        ("org_email", "email"),
        ("demo_clients", "range"),
    ]
    assert exc.value.errors[1].message == f"must be between 0 and 1000, not {count}"
    assert nothing_written(db)


def test_demo_data_that_cannot_be_written_is_reported_and_the_settings_stand(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_batch = demo._insert_batch

    def disk_fills_up(session: Session, maker: Any, size: int) -> None:
        real_batch(session, maker, size)  # rows written, then the commit can't be
        raise StorageError("disk_full", "The disk is full; nothing was saved.")

    monkeypatch.setattr(demo, "_insert_batch", disk_fills_up)

    result = finish_first_start(db, answers(demo_clients=20))

    assert result.demo_error is not None and result.demo_error.code == "disk_full"
    assert result.demo_clients == 0
    assert count_clients(db, status="all") == 0  # the batch rolled back whole
    assert get_settings(db).user_name == "Kari Nordmann"
    assert get_settings(db).org_email == "post@example.no"


def test_the_passphrase_never_shows_in_a_printed_answer() -> None:
    shown = repr(answers())
    assert PASSPHRASE not in shown
    assert "Kari Nordmann" in shown  # the rest is there for debugging


@pytest.mark.parametrize(
    "email", ["post@example.no", "kari.nordmann@rus.kautokeino.kommune.no", "a+b@x.io"]
)
def test_ordinary_email_addresses_pass(email: str) -> None:
    assert check_first_settings({"user_name": "Kari", "org_email": email})["org_email"] == email


def test_only_the_name_is_required() -> None:
    assert check_first_settings({"user_name": "Kari"}) == {
        "user_name": "Kari",
        "user_title": None,
        "org_municipality": None,
        "org_service": None,
        "org_address": None,
        "org_phone": None,
        "org_email": None,
    }
