"""The client register services: create, read, change, close, erase, search — all audited."""

from __future__ import annotations

import datetime as dt
from contextlib import closing
from pathlib import Path

import pytest

from rustool.db import Database
from rustool.domain.records import ValidationError
from rustool.models import Client
from rustool.services.audit import audit_events
from rustool.services.clients import (
    close_case,
    count_clients,
    create_client,
    delete_client,
    get_client,
    open_client,
    reopen_case,
    search_clients,
    update_client,
)
from rustool.services.errors import ConflictError, NotFoundError
from rustool.services.record_parts import Part, add_part
from rustool.services.settings import save_settings
from tests.conftest import SYNTHETIC_D_NUMBER, SYNTHETIC_ID, connect_raw

AWKWARD = 'Ŋ Ŧ Đ Č Š Ž <b>&amp; "sitat" 🙂'


def new_client(
    db: Database, given: str = "Kari", family: str = "Nordmann", **more: object
) -> Client:
    data: dict[str, object] = {
        "given_name": given,
        "family_name": family,
        "birth_date": "1980-02-01",
    }
    return create_client(db, data | more)


def table_counts(path: Path) -> dict[str, int]:
    with closing(connect_raw(path)) as connection:
        tables = [
            r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        ]
        return {t: connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def test_create_and_open_a_client_is_audited_with_the_settings_user(db: Database) -> None:
    save_settings(db, {"user_name": "Test Konsulent"})
    client = new_client(db, national_id=SYNTHETIC_ID, birth_date=None)
    assert client.birth_date == dt.date(1955, 11, 10)
    record = open_client(db, client.id or 0)
    assert record.client.family_name == "Nordmann"
    events = [(e.action, e.entity, e.user) for e in audit_events(db, client.id)]
    assert events == [
        ("create", "client", "Test Konsulent"),
        ("view", "client", "Test Konsulent"),
    ]


def test_awkward_text_round_trips_exactly(db: Database) -> None:
    client = new_client(db, given=AWKWARD, notes=AWKWARD * 400)
    stored = get_client(db, client.id or 0)
    assert stored.given_name == AWKWARD
    assert stored.notes == AWKWARD * 400


def test_invalid_input_writes_nothing(db: Database, db_path: Path) -> None:
    before = table_counts(db_path)
    with pytest.raises(ValidationError) as exc:
        new_client(db, family="", national_id="10915596785", birth_date=None)
    assert exc.value.for_field("family_name") is not None
    assert exc.value.for_field("national_id") is not None
    assert table_counts(db_path) == before


def test_duplicate_national_id_names_the_existing_client(db: Database, db_path: Path) -> None:
    first = new_client(db, given="Ola", family="Ås", national_id=SYNTHETIC_ID, birth_date=None)
    before = table_counts(db_path)
    with pytest.raises(ValidationError) as exc:
        new_client(db, national_id=SYNTHETIC_ID, birth_date=None)
    assert str(exc.value) == f"national_id: is already registered for Ola Ås (client {first.id})"
    assert table_counts(db_path) == before


def test_update_changes_fields_bumps_version_and_logs_field_names_only(db: Database) -> None:
    client = new_client(db, phone="111 11 111")
    data = {name: getattr(client, name) for name in ("given_name", "family_name", "birth_date")}
    updated = update_client(db, client.id or 0, data | {"phone": "22 22 22 22"}, client.version)
    assert updated.phone == "22 22 22 22"
    assert updated.version == client.version + 1
    last = audit_events(db, client.id)[-1]
    assert (last.action, last.detail) == ("update", "fields: phone")
    assert "22 22" not in (last.detail or "")


def test_a_stale_edit_is_refused_and_changes_nothing(db: Database) -> None:
    client = new_client(db)
    base = {"given_name": "Kari", "family_name": "Nordmann", "birth_date": "1980-02-01"}
    update_client(db, client.id or 0, base | {"phone": "1"}, client.version)
    with pytest.raises(ConflictError):
        update_client(db, client.id or 0, base | {"phone": "2"}, client.version)
    assert get_client(db, client.id or 0).phone == "1"


def test_close_and_reopen_a_case(db: Database) -> None:
    client = new_client(db)
    closed = close_case(db, client.id or 0, "2026-11-01", "Flyttet", client.version)
    assert (closed.status, closed.closed_on, closed.closed_reason) == (
        "closed",
        dt.date(2026, 11, 1),
        "Flyttet",
    )
    with pytest.raises(ValidationError) as exc:
        close_case(db, client.id or 0, "2026-11-01", "igjen", closed.version)
    assert exc.value.for_field("status") is not None
    reopened = reopen_case(db, client.id or 0, closed.version)
    assert (reopened.status, reopened.closed_on, reopened.closed_reason) == ("active", None, None)


def test_closing_needs_a_date_that_is_not_in_the_future(db: Database) -> None:
    client = new_client(db)
    with pytest.raises(ValidationError) as exc:
        close_case(db, client.id or 0, None, "x", client.version)
    assert exc.value.for_field("closed_on") is not None
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    with pytest.raises(ValidationError):
        close_case(db, client.id or 0, tomorrow, "x", client.version)
    assert get_client(db, client.id or 0).status == "active"


def test_delete_erases_the_record_but_the_log_keeps_that_it_happened(
    db: Database, db_path: Path
) -> None:
    client = new_client(
        db, given="Sárá", family="Ŋuvttoš", national_id=SYNTHETIC_D_NUMBER, birth_date=None
    )
    add_part(db, Part.NETWORK, client.id or 0, {"name": "Mor Ŋuvttoš", "relation": "mor"})
    add_part(db, Part.CHILDREN, client.id or 0, {"name": "Barn", "relation": "child"})
    delete_client(db, client.id or 0)
    with pytest.raises(NotFoundError):
        open_client(db, client.id or 0)
    counts = table_counts(db_path)
    assert counts["client"] == counts["network_person"] == counts["child"] == 0
    last = audit_events(db, client.id)[-1]
    assert (last.action, last.entity, last.entity_id) == ("delete", "client", client.id)
    wal = db_path.with_name(db_path.name + "-wal")
    raw = db_path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    for trace in ("Ŋuvttoš".encode(), SYNTHETIC_D_NUMBER.encode(), "Sárá".encode()):
        assert trace not in raw, "erased data lingers in the database file"
    assert not search_clients(db, "Sárá", status="all")


def test_search_handles_norwegian_letters(db: Database) -> None:
    new_client(db, given="Bjørn", family="Dæhlie")
    new_client(db, given="Åse", family="Hår")
    new_client(db, given="Harald", family="Berg", phone="+47 912 34 567")

    def names(text: str) -> list[str]:
        return [row.given_name for row in search_clients(db, text)]

    assert names("bjø") == ["Bjørn"]
    assert names("ÅSE") == ["Åse"]
    assert names("hår") == ["Åse"]
    assert names("har") == ["Harald"]  # not "Hår"
    assert names("dæh bj") == ["Bjørn"]
    assert names("4791234") == ["Harald"]  # phone typed without spaces
    assert len(names("  ")) == 3  # blank search lists every active client


def test_search_by_national_id_prefix_and_status_filter(db: Database) -> None:
    active = new_client(db, national_id=SYNTHETIC_ID, birth_date=None)
    closed = new_client(db, given="Per", family="Lukket")
    close_case(db, closed.id or 0, "2026-01-01", None, closed.version)
    assert [r.id for r in search_clients(db, "109155")] == [active.id]
    assert [r.id for r in search_clients(db, "", status="closed")] == [closed.id]
    assert count_clients(db, "", status="all") == 2
    assert count_clients(db, "", status="active") == 1


def test_list_sorts_in_norwegian_order_both_ways(db: Database) -> None:
    for family in ("Åsen", "Berg", "Ørn", "Zahl", "Æsir"):
        new_client(db, family=family)
    order = [r.family_name for r in search_clients(db, sort="name")]
    assert order == ["Berg", "Zahl", "Æsir", "Ørn", "Åsen"]
    reverse = [r.family_name for r in search_clients(db, sort="name", descending=True)]
    assert reverse == order[::-1]


def test_pages_of_the_list_do_not_overlap(db: Database) -> None:
    for i in range(25):
        new_client(db, family=f"Navn{i:02d}")
    first = search_clients(db, limit=10)
    second = search_clients(db, offset=10, limit=10)
    assert not {r.id for r in first} & {r.id for r in second}
    assert len(search_clients(db, offset=20, limit=10)) == 5
