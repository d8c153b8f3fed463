"""Network, children, consents and appointments on a client's record."""

from __future__ import annotations

import datetime as dt

import pytest

from rustool.db import Database
from rustool.domain.records import ValidationError
from rustool.services.audit import audit_events
from rustool.services.clients import create_client, open_client
from rustool.services.errors import ConflictError, NotFoundError
from rustool.services.record_parts import (
    Part,
    add_part,
    remove_part,
    set_appointment_done,
    update_part,
)
from rustool.services.settings import save_settings


@pytest.fixture
def client_id(db: Database) -> int:
    client = create_client(
        db, {"given_name": "Kari", "family_name": "Nordmann", "birth_date": "1980-02-01"}
    )
    assert client.id is not None
    return client.id


def test_each_list_keeps_its_rows(db: Database, client_id: int) -> None:
    add_part(
        db, Part.NETWORK, client_id, {"name": "Ola", "relation": "far", "is_next_of_kin": True}
    )
    add_part(
        db,
        Part.CHILDREN,
        client_id,
        {"name": "Lise", "relation": "sibling", "birth_date": "2015-06-01"},
    )
    add_part(
        db, Part.CONSENTS, client_id, {"kind": "referral", "given_on": "2026-10-01", "form": "oral"}
    )
    add_part(
        db, Part.APPOINTMENTS, client_id, {"starts_at": "2026-11-30T09:00", "kind": "conversation"}
    )
    record = open_client(db, client_id)
    assert [p.name for p in record.network] == ["Ola"]
    assert record.network[0].is_next_of_kin is True
    assert [(c.name, c.relation) for c in record.children] == [("Lise", "sibling")]
    assert record.consents[0].given_on == dt.date(2026, 10, 1)
    assert record.appointments[0].starts_at == dt.datetime(2026, 11, 30, 9, 0)


def test_a_consent_names_who_recorded_it(db: Database, client_id: int) -> None:
    save_settings(db, {"user_name": "Rus Konsulent"})
    consent = add_part(
        db,
        Part.CONSENTS,
        client_id,
        {"kind": "individual_plan", "given_on": "2026-10-01", "form": "written"},
    )
    assert consent.recorded_by == "Rus Konsulent"


def test_bad_rows_are_refused_with_field_and_reason(db: Database, client_id: int) -> None:
    with pytest.raises(ValidationError) as exc:
        add_part(
            db,
            Part.CHILDREN,
            client_id,
            {"name": "", "relation": "cousin", "birth_date": "2099-01-01"},
        )
    assert {e.field for e in exc.value.errors} == {"name", "relation"}
    with pytest.raises(ValidationError) as exc:
        add_part(
            db,
            Part.CHILDREN,
            client_id,
            {"name": "X", "relation": "child", "birth_date": "2099-01-01"},
        )
    assert str(exc.value) == "birth_date: must not be in the future"
    assert open_client(db, client_id).children == []


def test_rows_for_a_missing_client_are_refused(db: Database) -> None:
    with pytest.raises(NotFoundError):
        add_part(db, Part.NETWORK, 999, {"name": "Ola"})


def test_update_is_versioned_and_remove_is_audited(db: Database, client_id: int) -> None:
    person = add_part(db, Part.NETWORK, client_id, {"name": "Ola"})
    changed = update_part(
        db, Part.NETWORK, person.id, {"name": "Ola", "phone": "99"}, person.version
    )
    assert (changed.phone, changed.version) == ("99", person.version + 1)
    with pytest.raises(ConflictError):
        update_part(db, Part.NETWORK, person.id, {"name": "Ola", "phone": "11"}, person.version)
    remove_part(db, Part.NETWORK, person.id)
    assert open_client(db, client_id).network == []
    actions = [
        (e.action, e.entity) for e in audit_events(db, client_id) if e.entity == "network_person"
    ]
    assert actions == [
        ("create", "network_person"),
        ("update", "network_person"),
        ("delete", "network_person"),
    ]


def test_mark_an_appointment_done(db: Database, client_id: int) -> None:
    appointment = add_part(
        db, Part.APPOINTMENTS, client_id, {"starts_at": "2026-11-30T09:00", "kind": "home_visit"}
    )
    assert set_appointment_done(db, appointment.id).done is True
    assert open_client(db, client_id).appointments[0].done is True
