"""A full disk: a clear error, nothing committed lost, and writing resumes once there is room.

SQLite's `max_page_count` makes the file "full" at a chosen size: SQLite then fails exactly as
on a full disk (SQLITE_FULL), through the app's own engine and error mapping.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from rustool.db import Database, StorageError
from rustool.services.casefile import export_case, import_case
from rustool.services.clients import create_client, search_clients
from rustool.services.referrals import create_referral, open_referral, save_draft
from tests.conftest import connect_raw
from tests.services.test_casefile import table_counts


class Disk:
    """The room left for the database, applied to every connection the app checks out."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.max_pages = 1_073_741_823  # SQLite's default: no limit

    def apply(self, dbapi_connection: Any, *_: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA max_page_count={self.max_pages}")
        cursor.close()

    def fill_up(self, spare_pages: int = 2) -> None:
        with self.db.engine.connect() as connection:
            used = int(connection.exec_driver_sql("PRAGMA page_count").scalar_one())
        self.max_pages = used + spare_pages

    def free(self) -> None:
        self.max_pages = 1_073_741_823


@pytest.fixture
def disk(db: Database) -> Iterator[Disk]:
    room = Disk(db)
    event.listen(db.engine, "checkout", room.apply)
    yield room
    event.remove(db.engine, "checkout", room.apply)


def new_client(db: Database, number: int) -> int:
    client = create_client(
        db,
        {
            "given_name": f"Klient{number}",
            "family_name": "Fulldisk",
            "birth_date": "1980-02-01",
            "notes": "Lang journalnotat. " * 200,
        },
    )
    assert client.id is not None
    return client.id


def rows(db_path: Path, table: str) -> int:
    with closing(connect_raw(db_path)) as connection:
        return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_a_full_disk_is_a_clear_error_and_every_committed_client_stays(
    db: Database, db_path: Path, disk: Disk
) -> None:
    before = [new_client(db, number) for number in range(3)]
    disk.fill_up()
    saved: list[int] = []
    with pytest.raises(StorageError) as exc:
        for number in range(3, 200):
            saved.append(new_client(db, number))
    assert exc.value.code == "disk_full"
    assert str(db_path) in exc.value.message and "full" in exc.value.message
    # The refused client is not there, half or whole; every client that was saved is.
    listed = [row.id for row in search_clients(db, "Fulldisk", status="all")]
    assert listed == before + saved
    assert rows(db_path, "client") == len(listed)
    assert rows(db_path, "audit_event") == len(listed)  # one "create" each, no orphan event
    assert db.check().healthy

    disk.free()
    after = new_client(db, 999)
    assert [row.id for row in search_clients(db, "Fulldisk", status="all")] == [*listed, after]
    assert db.check().healthy


def test_a_draft_that_does_not_fit_keeps_the_saved_one(db: Database, disk: Disk) -> None:
    referral = create_referral(db, new_client(db, 1), "tsb")
    saved = save_draft(
        db,
        referral.id or 0,
        common={},
        recipient={},
        content={"help_wanted": "Det som ble lagret før disken ble full."},
        substance_use=[],
        wizard_page=1,
        expected_version=referral.version,
    )
    disk.fill_up()
    with pytest.raises(StorageError) as exc:
        save_draft(
            db,
            saved.id or 0,
            common={},
            recipient={},
            content={"help_wanted": "Ø" * 90_000},
            substance_use=[],
            wizard_page=2,
            expected_version=saved.version,
        )
    assert exc.value.code == "disk_full"

    disk.free()
    view = open_referral(db, saved.id or 0)
    assert view.referral.content["help_wanted"] == "Det som ble lagret før disken ble full."
    assert (view.referral.version, view.referral.wizard_page) == (saved.version, 1)
    # Once there is room, the same edit goes through on the version the user still holds.
    again = save_draft(
        db,
        saved.id or 0,
        common={},
        recipient={},
        content={"help_wanted": "Ø" * 90_000},
        substance_use=[],
        wizard_page=2,
        expected_version=saved.version,
    )
    assert open_referral(db, again.id or 0).referral.content["help_wanted"] == "Ø" * 90_000


def test_a_case_file_import_on_a_full_disk_writes_nothing_and_works_later(
    db: Database, db_path: Path, disk: Disk
) -> None:
    case = export_case(db, new_client(db, 1))
    case["client"]["notes"] = "Ø" * 90_000  # more than the room left
    disk.fill_up()
    before = table_counts(db_path)
    with pytest.raises(StorageError) as exc:
        import_case(db, case)
    assert exc.value.code == "disk_full"
    assert table_counts(db_path) == before

    disk.free()
    imported = import_case(db, case).client_id
    assert export_case(db, imported)["client"]["notes"] == "Ø" * 90_000
