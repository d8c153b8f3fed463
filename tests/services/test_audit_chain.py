"""The audit log: hash-chained, append-only in the database, tampering found by event id; the
viewer's pages and the client's CSV export."""

from __future__ import annotations

import datetime as dt
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import delete, insert, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import col, select

import rustool.db
from rustool import encryption
from rustool.db import Database, StorageError, open_database
from rustool.models import AuditEvent
from rustool.models.audit import GENESIS_HASH, chain_hash
from rustool.services.audit import (
    ChainProblem,
    audit_count,
    audit_events,
    audit_page,
    export_client_log,
    log_event,
    log_viewed,
    verify_chain,
)
from rustool.services.clients import create_client, delete_client, open_client
from rustool.services.demo import create_demo_clients
from rustool.services.settings import save_settings
from tests.conftest import TEST_KEY, connect_raw

KARI = {"given_name": "Kari", "family_name": "Nordmann", "birth_date": "1980-02-01"}


def new_client_id(db: Database) -> int:
    client = create_client(db, KARI)
    assert client.id is not None
    return client.id


def add_events(db: Database, rows: list[dict[str, Any]]) -> None:
    """Events at chosen times, written as the demo data writes them (one bulk insert)."""
    base = {"user": "Test Konsulent", "entity_id": None, "client_id": None, "detail": None}
    with db.session() as session:
        session.connection().execute(insert(AuditEvent), [base | row for row in rows])


def expected_hashes(events: list[AuditEvent]) -> list[str]:
    hashes, previous = [], GENESIS_HASH
    for e in events:
        previous = chain_hash(
            previous, e.at, e.user, e.action, e.entity, e.entity_id, e.client_id, e.detail
        )
        hashes.append(previous)
    return hashes


def raw_sql(path: Path, *statements: str) -> None:
    """Edit the file behind the application's back, as someone with the file could."""
    with closing(connect_raw(path)) as connection, connection:
        for statement in statements:
            connection.execute(statement)


def five_events(db: Database) -> None:
    client_id = new_client_id(db)  # 1: create
    for _ in range(4):  # 2..5: views
        open_client(db, client_id)
    assert [e.id for e in audit_events(db)] == [1, 2, 3, 4, 5]


# --- the chain -----------------------------------------------------------------------------------


def test_every_event_is_chained_to_the_one_before(db: Database) -> None:
    save_settings(db, {"user_name": "Åse «Test» Konsulent"})
    client_id = new_client_id(db)
    open_client(db, client_id)
    with db.session() as session:  # several events in one transaction
        log_event(session, "print", "referral", 7, client_id, "pdf referral, 2 pages")
        log_event(session, "export", "client", client_id, client_id, None)
    events = audit_events(db)
    assert [e.hash for e in events] == expected_hashes(events)
    assert len({e.hash for e in events}) == len(events) == 4
    assert all(e.hash is not None and len(e.hash) == 64 for e in events)
    assert verify_chain(db) == []


def test_bulk_inserted_events_are_chained_too(db: Database) -> None:
    new_client_id(db)
    create_demo_clients(db, 30, seed=3)  # one bulk insert of their "create" events
    new_client_id(db)
    events = audit_events(db)
    assert len(events) == 32
    assert [e.hash for e in events] == expected_hashes(events)
    assert verify_chain(db) == []


def test_an_empty_log_verifies(db: Database) -> None:
    assert verify_chain(db) == []


def test_an_edited_event_is_reported_by_its_id(db: Database, db_path: Path) -> None:
    five_events(db)
    raw_sql(
        db_path,
        "DROP TRIGGER audit_event_no_update",
        "UPDATE audit_event SET detail = 'nothing to see' WHERE id = 3",
    )
    assert verify_chain(db) == [
        ChainProblem(
            3,
            "Its hash does not match its content: the event was changed, "
            "or the event before it was.",
        )
    ]


def test_an_edited_event_with_a_recomputed_hash_breaks_the_chain_after_it(
    db: Database, db_path: Path
) -> None:
    five_events(db)
    second, third = audit_events(db)[1:3]
    assert second.hash is not None
    forged = chain_hash(
        second.hash,
        third.at,
        "someone else",
        third.action,
        third.entity,
        third.entity_id,
        third.client_id,
        third.detail,
    )
    raw_sql(
        db_path,
        "DROP TRIGGER audit_event_no_update",
        f"UPDATE audit_event SET user = 'someone else', hash = '{forged}' WHERE id = 3",
    )
    assert [p.event_id for p in verify_chain(db)] == [4]


def test_a_deleted_event_is_reported_where_it_was(db: Database, db_path: Path) -> None:
    five_events(db)
    raw_sql(db_path, "DROP TRIGGER audit_event_no_delete", "DELETE FROM audit_event WHERE id = 3")
    assert verify_chain(db) == [
        ChainProblem(4, "Event 3 before it is missing: it was removed from the log.")
    ]


def test_each_break_is_reported_first_one_first(db: Database, db_path: Path) -> None:
    five_events(db)
    raw_sql(
        db_path,
        "DROP TRIGGER audit_event_no_delete",
        "DROP TRIGGER audit_event_no_update",
        "DELETE FROM audit_event WHERE id IN (1, 2)",
        "UPDATE audit_event SET action = 'print' WHERE id = 5",
    )
    problems = verify_chain(db)
    assert [p.event_id for p in problems] == [3, 5]
    assert problems[0].reason == (
        "Events 1 to 2 before it are missing: they were removed from the log."
    )


def test_a_writer_with_an_outdated_view_cannot_fork_the_chain(db: Database, db_path: Path) -> None:
    other = Database(
        db_path, db_path.parent / "backups", TEST_KEY
    )  # a second program on the same file
    with db.session() as session:
        log_event(session, "view", "client", 1, 1)
    with pytest.raises(StorageError) as exc, db.session() as session:
        session.exec(select(AuditEvent)).all()  # this transaction's view of the log begins
        with other.session() as meanwhile:
            log_event(meanwhile, "view", "client", 2, 2)
        log_event(session, "view", "client", 3, 3)  # would chain onto event 1, as event 2 did
    other.close()
    assert exc.value.code == "locked"  # SQLite refuses the write; the unit of work rolls back
    assert [e.client_id for e in audit_events(db)] == [1, 2]
    assert verify_chain(db) == []


# --- append-only ---------------------------------------------------------------------------------


def test_the_database_refuses_to_change_or_delete_audit_rows(db: Database, db_path: Path) -> None:
    five_events(db)
    before = [(e.id, e.detail, e.hash) for e in audit_events(db)]
    statements = (
        update(AuditEvent).where(col(AuditEvent.id) == 2).values(detail="edited"),
        delete(AuditEvent).where(col(AuditEvent.id) == 2),
    )
    for statement, verb in zip(statements, ("changed", "deleted"), strict=True):
        with (
            pytest.raises(
                IntegrityError, match=f"append-only: an audit_event row cannot be {verb}"
            ),
            db.session() as session,
        ):
            session.execute(statement)
    with pytest.raises(IntegrityError, match="append-only"), db.session() as session:
        event = session.exec(select(AuditEvent).where(AuditEvent.id == 4)).one()
        event.detail = "edited through the ORM"
    with pytest.raises(encryption.dbapi2.IntegrityError, match="append-only"):
        raw_sql(db_path, "DELETE FROM audit_event")
    assert [(e.id, e.detail, e.hash) for e in audit_events(db)] == before
    assert verify_chain(db) == []


def test_erasing_a_client_keeps_its_log_and_the_chain(db: Database) -> None:
    client_id = new_client_id(db)
    open_client(db, client_id)
    delete_client(db, client_id)
    assert [(e.action, e.entity) for e in audit_events(db, client_id)] == [
        ("create", "client"),
        ("view", "client"),
        ("delete", "client"),
    ]
    assert verify_chain(db) == []


def test_the_migration_chains_the_events_of_an_existing_database(db_path: Path) -> None:
    db_path.parent.mkdir()
    old = Database(db_path, db_path.parent / "backups", TEST_KEY)
    config = rustool.db._alembic_config()
    with old.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0003")  # as the previous release left it
    old.close()
    raw_sql(
        db_path,
        'INSERT INTO audit_event (at, "user", action, entity, entity_id, client_id, detail) '
        "VALUES ('2026-01-05 09:00:00.000000', 'Åse', 'create', 'client', 1, 1, NULL)",
        'INSERT INTO audit_event (at, "user", action, entity, entity_id, client_id, detail) '
        "VALUES ('2026-01-05 09:30:00', 'Åse', 'update', 'client', 1, 1, 'fields: phone')",
        'INSERT INTO audit_event (at, "user", action, entity, entity_id, client_id, detail) '
        "VALUES ('2026-01-06 10:15:30.250000', 'Per', 'view', 'referral', 4, 1, NULL)",
    )
    upgraded = open_database(db_path, key=TEST_KEY)
    events = audit_events(upgraded)
    assert [e.detail for e in events] == [None, "fields: phone", None]
    assert [e.hash for e in events] == expected_hashes(events)
    assert verify_chain(upgraded) == []
    new_client_id(upgraded)  # new events go on from the migrated chain
    assert verify_chain(upgraded) == []
    with pytest.raises(IntegrityError, match="append-only"), upgraded.session() as session:
        session.execute(delete(AuditEvent))
    upgraded.close()


# --- the viewer's pages ---------------------------------------------------------------------------


def day(d: int, hour: int = 12) -> dt.datetime:
    return dt.datetime(2026, 1, d, hour)


@pytest.fixture
def dated_log(db: Database) -> None:
    """Events 1-6 of clients 1 and 2 over three days in January 2026."""
    add_events(
        db,
        [
            {"at": day(5, 8), "action": "create", "entity": "client", "client_id": 1},
            {"at": day(5, 23), "action": "view", "entity": "client", "client_id": 1},
            {"at": day(6), "action": "view", "entity": "client", "client_id": 2},
            {"at": day(6), "action": "update", "entity": "referral", "client_id": 1},
            {"at": day(7, 0), "action": "print", "entity": "referral", "client_id": 1},
            {"at": day(7), "action": "export", "entity": "client", "client_id": 2},
        ],
    )


@pytest.mark.usefixtures("dated_log")
@pytest.mark.parametrize(
    ("filters", "ids"),
    [
        ({}, [6, 5, 4, 3, 2, 1]),
        ({"date_from": dt.date(2026, 1, 6)}, [6, 5, 4, 3]),
        ({"date_to": dt.date(2026, 1, 5)}, [2, 1]),  # the whole last day
        ({"date_from": dt.date(2026, 1, 6), "date_to": dt.date(2026, 1, 6)}, [4, 3]),
        ({"actions": ["view", "print"]}, [5, 3, 2]),
        ({"actions": ["view"], "date_from": dt.date(2026, 1, 6)}, [3]),
        ({"date_from": dt.date(2026, 1, 8)}, []),
    ],
)
def test_the_whole_log_filters_by_date_and_action_newest_first(
    db: Database, filters: dict[str, Any], ids: list[int]
) -> None:
    assert [e.id for e in audit_page(db, **filters)] == ids
    assert audit_count(db, **filters) == len(ids)
    assert len(audit_events(db)) == 6  # the whole log names no one: reading it is not logged


@pytest.mark.usefixtures("dated_log")
def test_a_clients_log_pages_newest_first(db: Database) -> None:
    assert [e.id for e in audit_page(db, client_id=1, limit=2)] == [5, 4]
    assert [e.id for e in audit_page(db, client_id=1, offset=2, limit=2)] == [2, 1]
    assert [e.id for e in audit_page(db, client_id=1, actions=["create"])] == [1]
    assert audit_count(db, client_id=1) == 4
    assert len(audit_events(db)) == 6  # paging is not logged; opening the log is


@pytest.mark.usefixtures("dated_log")
def test_opening_a_clients_log_is_logged_once_per_sitting(db: Database) -> None:
    log_viewed(db, 1)
    log_viewed(db, 1)  # opened again straight away: the same viewing
    with db.session() as session:
        log_event(session, "print", "referral", 9, 1)
    log_viewed(db, 1)  # after something else: a new viewing
    assert [(e.action, e.entity, e.client_id) for e in audit_events(db)[6:]] == [
        ("view", "audit_log", 1),
        ("print", "referral", 1),
        ("view", "audit_log", 1),
    ]
    assert verify_chain(db) == []


def test_an_unknown_action_is_a_programming_error(db: Database) -> None:
    with pytest.raises(ValueError, match="unknown audit actions: look"):
        audit_page(db, actions=["view", "look"])


# --- the export for the client --------------------------------------------------------------------


def test_the_export_is_one_clients_log_for_excel_and_is_itself_logged(db: Database) -> None:
    add_events(
        db,
        [
            {
                "at": day(5, 8),
                "action": "create",
                "entity": "client",
                "entity_id": 1,
                "client_id": 1,
            },
            {"at": day(6), "action": "view", "entity": "client", "client_id": 2},
            {
                "at": day(7, 9),
                "action": "print",
                "entity": "individual_plan",
                "entity_id": 3,
                "client_id": 1,
                "detail": "pdf plan, 2 pages",
                "user": '=HYPERLINK("x")',
            },
        ],
    )
    data = export_client_log(db, 1)
    assert data.startswith(b"\xef\xbb\xbf")  # the BOM: Excel reads UTF-8
    lines = data.decode("utf-8-sig").split("\r\n")
    assert lines == [
        "Tidspunkt;Bruker;Handling;Gjelder;Nr.;Detaljer",
        "05.01.2026 08:00:00;Test Konsulent;opprettet;klient;1;",
        # Quoted for its quotes; the apostrophe keeps Excel from running it as a formula.
        '07.01.2026 09:00:00;"\'=HYPERLINK(""x"")";skrevet ut;individuell plan;3;pdf plan, 2 pages',
        "",
    ]
    last = audit_events(db)[-1]
    assert (last.action, last.entity, last.client_id, last.detail) == (
        "export",
        "audit_log",
        1,
        "csv, 2 events",
    )
    assert verify_chain(db) == []
