"""Backups and recovery: the daily backup, retention, restore checks, the start-up check of a
damaged file, and the lock that keeps a second rustool off a database in use."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import signal
import subprocess
import sys
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

from rustool.db import (
    Database,
    DatabaseLock,
    StorageError,
    list_backups,
    newest_good_backup,
    open_database,
    replace_damaged,
)
from rustool.domain.records import ValidationError
from rustool.services.clients import create_client, search_clients
from rustool.services.settings import get_settings, save_settings
from tests.conftest import TEST_KEY, connect_raw

REPO = Path(__file__).resolve().parents[2]
KARI = {"given_name": "Kari", "family_name": "Nordmann", "birth_date": "1980-02-01"}
OLA = {"given_name": "Ola", "family_name": "Hansen", "birth_date": "1970-01-01"}
MORNING = dt.datetime(2026, 3, 14, 8, 15, 2)


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def given_names(db: Database) -> list[str]:
    return sorted(row.given_name for row in search_clients(db, status="all"))


def names_in(path: Path) -> list[str]:
    with closing(connect_raw(path)) as connection:
        return sorted(row[0] for row in connection.execute("SELECT given_name FROM client"))


def backup_names(folder: Path) -> list[str]:
    return [backup.path.name for backup in list_backups(folder)]


def damage(path: Path) -> None:
    """Flip the bytes of the client table's first page header, as a failing disk would."""
    with closing(connect_raw(path)) as connection:
        (root,) = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'client'"
        ).fetchone()
        (page_size,) = connection.execute("PRAGMA page_size").fetchone()
    data = bytearray(path.read_bytes())
    start = (root - 1) * int(page_size)
    for offset in range(start, start + 8):
        data[offset] ^= 0xFF
    path.write_bytes(bytes(data))


@pytest.fixture
def clock() -> Clock:
    return Clock(MORNING)


@pytest.fixture
def kari_db(db_path: Path, clock: Clock) -> Database:
    """A database with Kari, opened with the test's clock; closed by the test's end."""
    database = open_database(db_path, clock=clock, key=TEST_KEY)
    create_client(database, KARI)
    return database


@pytest.fixture
def closed_copy(kari_db: Database, tmp_path: Path) -> Path:
    """A closed, intact copy of the database with Kari (what a good backup is)."""
    copy = kari_db.backup(tmp_path / "copy" / "kari.sqlite3")
    kari_db.close()
    return copy


# --- the daily backup and retention ------------------------------------------------------------


def test_the_daily_backup_is_made_once_a_day(kari_db: Database, clock: Clock) -> None:
    first = kari_db.daily_backup()
    assert first is not None
    assert first.name == "rustool-20260314-081502-daily.sqlite3"
    assert first.parent == kari_db.backup_dir
    assert names_in(first) == ["Kari"]
    create_client(kari_db, OLA)
    clock.now = MORNING.replace(hour=23, minute=59)
    assert kari_db.daily_backup() is None  # the same day: no second one
    clock.now = MORNING + dt.timedelta(days=1)
    second = kari_db.daily_backup()
    assert second is not None and second.name == "rustool-20260315-081502-daily.sqlite3"
    assert names_in(second) == ["Kari", "Ola"]
    assert backup_names(kari_db.backup_dir) == [second.name, first.name]
    kari_db.close()


def test_the_daily_backup_checks_the_file_first_and_copies_no_damage(
    db_path: Path, clock: Clock
) -> None:
    db = open_database(db_path, clock=clock, key=TEST_KEY)
    for number in range(40):
        create_client(db, KARI | {"given_name": f"Kari{number}"})
    db.close()
    damage(db_path)
    damaged = Database(db_path, db_path.parent / "backups", TEST_KEY, clock)
    with pytest.raises(StorageError) as exc:
        damaged.daily_backup()
    damaged.close()
    assert exc.value.code == "corrupt"
    assert str(db_path) in exc.value.message
    assert list_backups(db_path.parent / "backups") == []


def test_retention_keeps_the_newest_automatic_backups_and_every_manual_one(
    kari_db: Database, clock: Clock
) -> None:
    save_settings(kari_db, {"backup_count": 3})
    manual = kari_db.take_backup("manual")
    made = []
    for day in range(5):
        clock.now = MORNING + dt.timedelta(days=day)
        made.append(kari_db.take_backup("before-migration" if day == 2 else "daily"))
    kept = list_backups(kari_db.backup_dir)
    assert [backup.path for backup in kept] == [*reversed(made[2:]), manual]
    assert [backup.reason for backup in kept] == ["daily", "daily", "before-migration", "manual"]
    assert not made[0].exists() and not made[1].exists()
    kari_db.close()


def test_without_the_setting_fourteen_automatic_backups_are_kept(
    kari_db: Database, clock: Clock
) -> None:
    assert get_settings(kari_db).backup_count == 14
    for day in range(16):
        clock.now = MORNING + dt.timedelta(days=day)
        kari_db.daily_backup()
    kept = list_backups(kari_db.backup_dir)
    assert len(kept) == 14
    assert kept[-1].taken_at == MORNING + dt.timedelta(days=2)  # the two oldest went
    kari_db.close()


def test_two_backups_in_the_same_second_each_get_a_name(kari_db: Database) -> None:
    first = kari_db.take_backup("manual")
    second = kari_db.take_backup("manual")
    assert (first.name, second.name) == (
        "rustool-20260314-081502-manual.sqlite3",
        "rustool-20260314-081502-manual-2.sqlite3",
    )
    assert backup_names(kari_db.backup_dir) == [second.name, first.name]  # newest first
    kari_db.close()


def test_files_not_named_as_backups_are_neither_listed_nor_pruned(
    kari_db: Database, clock: Clock
) -> None:
    kari_db.backup_dir.mkdir(parents=True)
    own = kari_db.backup_dir / "before-the-move.sqlite3"
    own.write_bytes(b"the user's own file")
    save_settings(kari_db, {"backup_count": 1})
    for day in range(3):
        clock.now = MORNING + dt.timedelta(days=day)
        kari_db.daily_backup()
    assert backup_names(kari_db.backup_dir) == ["rustool-20260316-081502-daily.sqlite3"]
    assert own.read_bytes() == b"the user's own file"
    kari_db.close()


@pytest.mark.parametrize(
    ("value", "code"),
    [(0, "range"), (366, "range"), ("fjorten", "type"), (True, "type")],
)
def test_a_backup_count_that_is_no_count_is_refused_and_nothing_saved(
    db: Database, value: object, code: str
) -> None:
    save_settings(db, {"user_name": "Kari", "backup_count": 5})
    with pytest.raises(ValidationError) as exc:
        save_settings(db, {"user_name": "Ola", "backup_count": value})
    error = exc.value.for_field("backup_count")
    assert error is not None and error.code == code
    assert (get_settings(db).user_name, get_settings(db).backup_count) == ("Kari", 5)
    assert db.backup_count() == 5


def test_saving_other_settings_leaves_the_backup_count_and_empty_means_the_default(
    db: Database,
) -> None:
    save_settings(db, {"backup_count": 30})
    save_settings(db, {"user_name": "Kari"})
    assert get_settings(db).backup_count == 30
    save_settings(db, {"backup_count": None})
    assert get_settings(db).backup_count == 14


# --- restore -----------------------------------------------------------------------------------


def foreign_file(folder: Path) -> Path:
    path = folder / "recipes.sqlite3"
    with closing(connect_raw(path)) as connection, connection:
        connection.execute("CREATE TABLE recipe (name TEXT)")
        connection.execute("INSERT INTO recipe VALUES ('lapskaus')")
    return path


def newer_file(folder: Path, good: Path) -> Path:
    path = folder / "newer.sqlite3"
    path.write_bytes(good.read_bytes())
    with closing(connect_raw(path)) as connection, connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    return path


def damaged_file(folder: Path, good: Path) -> Path:
    path = folder / "damaged.sqlite3"
    path.write_bytes(good.read_bytes())
    damage(path)
    return path


def letter_file(folder: Path, _good: Path) -> Path:
    path = folder / "letter.sqlite3"
    path.write_text("Hei! Dette er et brev.\n", encoding="utf-8")
    return path


def truncated_file(folder: Path, good: Path) -> Path:
    path = folder / "truncated.sqlite3"
    path.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    return path


BAD_FILES: dict[str, tuple[Callable[[Path, Path], Path], str]] = {
    "damaged": (damaged_file, "corrupt"),
    "truncated": (truncated_file, "corrupt"),
    "foreign": (lambda folder, _good: foreign_file(folder), "not_ours"),
    "newer": (newer_file, "too_new"),
    "not a database": (letter_file, "wrong_passphrase"),
    "missing": (lambda folder, _good: folder / "gone.sqlite3", "not_found"),
}


@pytest.mark.parametrize("kind", list(BAD_FILES))
def test_restore_refuses_a_bad_file_and_writes_nothing(
    db_path: Path, clock: Clock, tmp_path: Path, kind: str
) -> None:
    db = open_database(db_path, clock=clock, key=TEST_KEY)
    for number in range(40):  # the client table spans several pages
        create_client(db, KARI | {"given_name": f"Kari{number}"})
    good = db.backup(tmp_path / "good.sqlite3")
    make, code = BAD_FILES[kind]
    bad = make(tmp_path, good)
    create_client(db, OLA)
    before = given_names(db)
    with pytest.raises(StorageError) as exc:
        db.restore(bad)
    assert exc.value.code == code
    assert str(bad) in exc.value.message
    assert given_names(db) == before
    assert list_backups(db.backup_dir) == []  # not even the backup of the data it would replace
    db.close()


def test_restore_keeps_the_replaced_data_as_a_backup(
    kari_db: Database, clock: Clock, tmp_path: Path
) -> None:
    saved = kari_db.backup(tmp_path / "saved.sqlite3")
    create_client(kari_db, OLA)
    clock.now = MORNING + dt.timedelta(hours=2)
    kept = kari_db.restore(saved)
    assert given_names(kari_db) == ["Kari"]
    assert kept.name == "rustool-20260314-101502-before-restore.sqlite3"
    assert names_in(kept) == ["Kari", "Ola"]
    assert kari_db.check().healthy
    kari_db.close()


def test_restore_from_the_oldest_kept_backup_is_not_pruned_away_first(
    kari_db: Database, clock: Clock
) -> None:
    save_settings(kari_db, {"backup_count": 2})
    oldest = kari_db.daily_backup()
    assert oldest is not None
    create_client(kari_db, OLA)
    clock.now = MORNING + dt.timedelta(days=1)
    second = kari_db.daily_backup()
    clock.now = MORNING + dt.timedelta(days=2)
    kept = kari_db.restore(oldest)  # a third automatic backup: retention would pick `oldest`
    assert given_names(kari_db) == ["Kari"]
    # Pruned only once the restore was done: the oldest went after it had been used.
    assert [backup.path for backup in list_backups(kari_db.backup_dir)] == [kept, second]
    kari_db.close()


def test_the_database_cannot_be_restored_from_or_backed_up_onto_itself(
    kari_db: Database,
) -> None:
    before = given_names(kari_db)
    for act in (kari_db.restore, kari_db.backup):
        with pytest.raises(StorageError) as exc:
            act(kari_db.path)
        assert exc.value.code == "same_file"
    assert given_names(kari_db) == before
    assert kari_db.check().healthy
    kari_db.close()


# --- the start-up check and recovery ------------------------------------------------------------


@pytest.fixture
def damaged_db(db_path: Path, clock: Clock) -> Path:
    """A database with two good daily backups (Kari, then Kari and Ola), then damaged."""
    db = open_database(db_path, clock=clock, key=TEST_KEY)
    create_client(db, KARI)
    db.daily_backup()
    for number in range(40):
        create_client(db, OLA | {"given_name": f"Ola{number}"})
    clock.now = MORNING + dt.timedelta(days=1)
    db.daily_backup()
    db.close()
    damage(db_path)
    return db_path


def test_the_start_check_refuses_a_damaged_file_and_never_writes_to_it(
    damaged_db: Path,
) -> None:
    before = digest(damaged_db)
    with pytest.raises(StorageError) as exc:
        open_database(damaged_db, check=True, key=TEST_KEY)
    assert exc.value.code == "corrupt"
    assert str(damaged_db) in exc.value.message
    assert digest(damaged_db) == before
    assert len(list_backups(damaged_db.parent / "backups")) == 2  # no migration backup either


def test_the_newest_good_backup_is_found_past_a_damaged_one(damaged_db: Path, clock: Clock) -> None:
    backups = damaged_db.parent / "backups"
    newest = list_backups(backups)[0].path
    damage(newest)
    good = newest_good_backup(backups, TEST_KEY)
    assert good is not None
    assert good.taken_at == MORNING and names_in(good.path) == ["Kari"]


def test_recovery_puts_the_backup_in_place_and_keeps_the_damaged_file(
    damaged_db: Path, clock: Clock
) -> None:
    before = digest(damaged_db)
    # What a crash leaves: a write-ahead log beside the damaged file. It must go with it.
    wal = damaged_db.with_name("rustool.sqlite3-wal")
    wal.write_bytes(b"the damaged file's log")
    good = newest_good_backup(damaged_db.parent / "backups", TEST_KEY)
    assert good is not None
    clock.now = MORNING + dt.timedelta(days=1, hours=1)
    aside = replace_damaged(damaged_db, good.path, TEST_KEY, clock)
    assert aside.name == "rustool.damaged-20260315-091502.sqlite3"
    assert digest(aside) == before
    assert aside.with_name(aside.name + "-wal").read_bytes() == b"the damaged file's log"
    assert not wal.exists()
    restored = open_database(damaged_db, check=True, key=TEST_KEY)
    assert len(given_names(restored)) == 41
    restored.close()
    assert sorted(p.name for p in damaged_db.parent.iterdir() if p.is_file()) == [
        "rustool.damaged-20260315-091502.sqlite3",
        "rustool.damaged-20260315-091502.sqlite3-wal",
        "rustool.sqlite3",
    ]


def test_recovery_from_a_bad_backup_leaves_the_damaged_file_where_it_was(
    damaged_db: Path, tmp_path: Path
) -> None:
    before = digest(damaged_db)
    with pytest.raises(StorageError) as exc:
        replace_damaged(damaged_db, foreign_file(tmp_path), TEST_KEY)
    assert exc.value.code == "not_ours"
    assert digest(damaged_db) == before
    assert not list(damaged_db.parent.glob("*damaged*"))


def test_an_empty_file_with_backups_is_damaged_not_a_new_database(
    damaged_db: Path,
) -> None:
    damaged_db.write_bytes(b"")  # cut short, e.g. by a full disk
    with pytest.raises(StorageError) as exc:
        open_database(damaged_db, key=TEST_KEY)
    assert exc.value.code == "corrupt"
    assert damaged_db.read_bytes() == b""


# --- one rustool at a time ---------------------------------------------------------------------


def test_a_second_lock_on_the_same_database_is_refused_with_a_clear_message(
    db_path: Path,
) -> None:
    with DatabaseLock(db_path) as first:
        assert first.path == db_path.with_name("rustool.sqlite3.lock")
        with pytest.raises(StorageError) as exc:
            DatabaseLock(db_path).acquire()
        assert exc.value.code == "in_use"
        assert str(db_path) in exc.value.message
        assert f"process {os.getpid()} on " in exc.value.message
    assert not first.path.exists()  # released: the file goes with the lock
    with DatabaseLock(db_path):  # and the next one gets it
        pass


def test_a_lock_left_by_a_dead_process_is_taken_over(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    lock_file = db_path.with_name("rustool.sqlite3.lock")
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    lock_file.write_text(f"{dead.pid} elsewhere 2026-03-13 22:00:00\n")
    with DatabaseLock(db_path):
        assert lock_file.read_text().startswith(f"{os.getpid()} ")


def test_the_lock_of_a_killed_rustool_does_not_block(db_path: Path) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\n"
            "from pathlib import Path\n"
            "from rustool.db import DatabaseLock\n"
            "DatabaseLock(Path(sys.argv[1])).acquire()\n"
            "print('locked', flush=True)\n"
            "time.sleep(60)\n",
            str(db_path),
        ],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None
    assert holder.stdout.readline() == "locked\n"
    with pytest.raises(StorageError) as exc:
        DatabaseLock(db_path).acquire()
    assert f"process {holder.pid} " in exc.value.message
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    holder.stdout.close()
    assert db_path.with_name("rustool.sqlite3.lock").exists()  # left behind by the crash
    with DatabaseLock(db_path):
        pass
