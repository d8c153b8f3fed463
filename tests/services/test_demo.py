"""Demo data: synthetic people only, valid by the same rules as typed input, repeatable."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from sqlmodel import col, select

from rustool.db import Database, open_database
from rustool.domain.client_rules import CLIENT_FIELDS, validate_client
from rustool.domain.national_id import parse_national_id
from rustool.models import Client
from rustool.services.audit import audit_events
from rustool.services.casefile import export_case, import_case
from rustool.services.clients import count_clients, search_clients
from rustool.services.demo import create_demo_clients
from rustool.services.settings import save_settings


def client_rows(db: Database) -> list[dict[str, Any]]:
    """Every client's fields as stored (read directly: a service read would audit a view)."""
    with db.session() as session:
        clients = session.exec(select(Client).order_by(col(Client.id)))
        return [
            {"id": c.id} | {spec.name: getattr(c, spec.name) for spec in CLIENT_FIELDS}
            for c in clients
        ]


@pytest.fixture
def other_db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "other" / "rustool.sqlite3")
    yield database
    database.close()


def test_demo_clients_have_synthetic_national_ids_only(db: Database) -> None:
    assert create_demo_clients(db, 300, seed=7) == 300
    rows = client_rows(db)
    assert len(rows) == 300
    numbers = [row["national_id"] for row in rows if row["national_id"] is not None]
    assert len(set(numbers)) == len(numbers)
    for number in numbers:
        assert parse_national_id(number).is_synthetic
        assert 81 <= int(number[2:4]) <= 92  # month + 80: never a real person's number
    # A few have no national id yet; they have a birth date instead.
    without = [row for row in rows if row["national_id"] is None]
    assert without and all(row["birth_date"] is not None for row in without)


def test_every_demo_client_passes_the_validators(db: Database) -> None:
    create_demo_clients(db, 300, seed=8)
    for row in client_rows(db):
        data = {name: value for name, value in row.items() if name != "id"}
        validate_client(data, "client")
    statuses = {row["status"] for row in client_rows(db)}
    assert statuses == {"active", "closed"}


def test_demo_records_import_as_case_files(db: Database, other_db: Database) -> None:
    """The whole record (lists included) passes every check an imported case file gets."""
    create_demo_clients(db, 40, seed=9)
    for client_id in range(1, 41):
        import_case(other_db, export_case(db, client_id))
    with other_db.engine.connect() as connection:
        counts = [
            connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
            for table in ("network_person", "child", "consent", "appointment")
        ]
    assert all(counts), counts


def test_names_are_norwegian_and_sami(db: Database) -> None:
    create_demo_clients(db, 500, seed=10)
    names = " ".join(f"{r['given_name']} {r['family_name']}" for r in client_rows(db))
    assert any(letter in names for letter in "æøå")
    assert any(letter in names for letter in "áŋÁ")


def test_the_same_seed_gives_the_same_people(db: Database, other_db: Database) -> None:
    create_demo_clients(db, 50, seed=11)
    create_demo_clients(other_db, 50, seed=11)

    def people(database: Database) -> list[tuple[object, ...]]:
        return [
            (r["given_name"], r["family_name"], r["national_id"]) for r in client_rows(database)
        ]

    assert people(db) == people(other_db)


def test_a_second_run_adds_more_without_clashing(db: Database) -> None:
    create_demo_clients(db, 100, seed=12)
    create_demo_clients(db, 100, seed=12)
    assert count_clients(db, status="all") == 200
    rows = client_rows(db)
    numbers = [row["national_id"] for row in rows if row["national_id"] is not None]
    assert len(set(numbers)) == len(numbers)


def test_demo_clients_are_searchable_and_audited(db: Database) -> None:
    save_settings(db, {"user_name": "Demo Bruker"})
    create_demo_clients(db, 20, seed=13)
    first = client_rows(db)[0]
    found = search_clients(db, str(first["family_name"]), status="all")
    assert first["id"] in [row.id for row in found]
    events = audit_events(db)
    assert len(events) == 20
    assert {(e.action, e.entity, e.user) for e in events} == {("create", "client", "Demo Bruker")}
    assert sorted(e.client_id or 0 for e in events) == list(range(1, 21))


def test_closed_demo_cases_say_when_and_why(db: Database) -> None:
    create_demo_clients(db, 200, seed=14)
    closed = [row for row in client_rows(db) if row["status"] == "closed"]
    assert closed
    for row in closed:
        assert row["closed_on"] <= dt.date.today()
        assert row["closed_reason"]
