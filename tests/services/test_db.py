"""Storage: pragmas, migrations with a backup first, refusal of foreign or newer files, backups."""

from __future__ import annotations

import shutil
from contextlib import closing
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlmodel import SQLModel

import rustool.db
from rustool.db import Database, StorageError, head_revision, list_backups, open_database
from rustool.services.clients import create_client, search_clients
from tests.conftest import TEST_KEY, connect_raw

KARI = {"given_name": "Kari", "family_name": "Nordmann", "birth_date": "1980-02-01"}


def test_every_connection_has_the_safety_pragmas(db: Database) -> None:
    with db.engine.connect() as connection:
        pragma = {
            name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in ("foreign_keys", "journal_mode", "synchronous", "busy_timeout")
        }
    assert pragma == {
        "foreign_keys": 1,
        "journal_mode": "wal",
        "synchronous": 2,
        "busy_timeout": 5000,
    }


def test_the_migrations_build_exactly_the_models(db: Database) -> None:
    with db.engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            # The search index is SQLite FTS5, made by the migration, not a model.
            opts={"include_name": lambda name, *_: not (name or "").startswith("client_search")},
        )
        differences = compare_metadata(context, SQLModel.metadata)
    assert differences == []
    assert db.check().healthy


def test_reopening_keeps_data_and_makes_no_backup(db_path: Path) -> None:
    first = open_database(db_path, key=TEST_KEY)
    create_client(first, KARI)
    first.close()
    again = open_database(db_path, key=TEST_KEY)
    assert [r.given_name for r in search_clients(again)] == ["Kari"]
    assert not (db_path.parent / "backups").exists()
    again.close()


def test_a_newer_schema_is_refused_and_left_untouched(db_path: Path) -> None:
    open_database(db_path, key=TEST_KEY).close()
    with connect_raw(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    before = db_path.read_bytes()
    with pytest.raises(StorageError) as exc:
        open_database(db_path, key=TEST_KEY)
    assert exc.value.code == "too_new"
    assert "newer version" in exc.value.message
    assert db_path.read_bytes() == before


def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("Dette er et brev, ikke en database.\n" * 20, encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(StorageError) as exc:
        open_database(path, key=TEST_KEY)
    # Encrypted, a file of another kind cannot be told from a wrong passphrase: both are named.
    assert exc.value.code == "wrong_passphrase"
    assert "not a rustool database" in exc.value.message
    assert path.read_bytes() == before
    with pytest.raises(StorageError) as exc:
        open_database(path, key=None)  # the developer's unencrypted mode
    assert exc.value.code == "not_a_database"
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.sqlite3"]


def test_a_folder_that_cannot_be_created_is_explained(tmp_path: Path) -> None:
    blocker = tmp_path / "plain-file"
    blocker.write_text("x")
    with pytest.raises(StorageError) as exc:
        open_database(blocker / "data" / "rustool.sqlite3", key=TEST_KEY)
    assert exc.value.code in {"cannot_open", "read_only"}


def test_migration_runs_after_a_backup_of_the_old_data(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = open_database(db_path, key=TEST_KEY)
    create_client(old, KARI)
    old.close()
    old_head = head_revision()
    # A later version of rustool: the real migrations plus one more revision.
    migrations = tmp_path / "migrations"
    shutil.copytree(rustool.db.MIGRATIONS_DIR, migrations)
    (migrations / "versions" / "9999_test.py").write_text(
        "import sqlalchemy as sa\nfrom alembic import op\n"
        f"revision = '9999_test'\ndown_revision = '{old_head}'\n"
        "branch_labels = None\ndepends_on = None\n"
        "def upgrade():\n    op.add_column('setting', sa.Column('extra', sa.String()))\n"
        "def downgrade():\n    pass\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(rustool.db, "MIGRATIONS_DIR", migrations)
    upgraded = open_database(db_path, key=TEST_KEY)
    assert upgraded.current_revision() == "9999_test"
    backups = list_backups(db_path.parent / "backups")
    assert [backup.reason for backup in backups] == ["before-migration"]
    assert backups[0].path.name.endswith("-before-migration.sqlite3")
    with closing(connect_raw(backups[0].path)) as connection:
        version = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        assert version == (old_head,)
        assert connection.execute("SELECT given_name FROM client").fetchall() == [("Kari",)]
    assert [r.given_name for r in search_clients(upgraded)] == ["Kari"]
    upgraded.close()


def test_backup_and_restore_bring_back_the_data_and_keep_the_replaced(
    db: Database, tmp_path: Path
) -> None:
    create_client(db, KARI)
    backup = db.backup(tmp_path / "copy.sqlite3")
    create_client(db, KARI | {"given_name": "Etter"})
    kept = db.restore(backup)
    assert [r.given_name for r in search_clients(db)] == ["Kari"]
    with connect_raw(kept) as connection:
        assert len(connection.execute("SELECT id FROM client").fetchall()) == 2


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"not a database at all", "wrong_passphrase"),
        (b"", "not_a_database"),
    ],
)
def test_restore_refuses_a_bad_file_and_replaces_nothing(
    db: Database, tmp_path: Path, content: bytes, code: str
) -> None:
    create_client(db, KARI)
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(content)
    with pytest.raises(StorageError) as exc:
        db.restore(bad)
    assert exc.value.code == code
    assert [r.given_name for r in search_clients(db)] == ["Kari"]


def test_restore_refuses_an_sqlite_file_that_is_not_ours(db: Database, tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite3"
    with connect_raw(other) as connection:
        connection.execute("CREATE TABLE recipes (name TEXT)")
    with pytest.raises(StorageError) as exc:
        db.restore(other)
    assert exc.value.code == "not_ours"


def test_check_reports_damage(db: Database, db_path: Path) -> None:
    create_client(db, KARI)
    assert db.check().healthy
    db.close()
    with connect_raw(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'zzz'")
    report = Database(db_path, db_path.parent / "backups", TEST_KEY).check()
    assert not report.healthy
    assert report.revision == "zzz"


def test_a_database_of_the_first_version_is_upgraded_with_its_clients(db_path: Path) -> None:
    first = open_database(db_path, key=TEST_KEY)
    create_client(first, KARI)
    config = rustool.db._alembic_config()
    with first.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0001")  # as the first release left it
    first.close()
    upgraded = open_database(db_path, key=TEST_KEY)
    assert upgraded.current_revision() == head_revision()
    assert [r.given_name for r in search_clients(upgraded)] == ["Kari"]
    [backup] = list_backups(db_path.parent / "backups")
    assert backup.reason == "before-migration"
    with closing(connect_raw(backup.path)) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    with closing(connect_raw(db_path)) as connection:
        units = connection.execute("SELECT name, city FROM assessment_unit").fetchall()
    assert units == [("Ålesund behandlingssenter", "Ålesund")]
    upgraded.close()


def test_another_programs_sqlite_file_is_refused_before_anything_is_written(
    tmp_path: Path,
) -> None:
    path = tmp_path / "recipes.sqlite3"
    with closing(connect_raw(path)) as connection, connection:
        connection.execute("CREATE TABLE recipe (name TEXT)")
        connection.execute("INSERT INTO recipe VALUES ('lapskaus')")
    before = path.read_bytes()
    with pytest.raises(StorageError) as exc:
        open_database(path, key=TEST_KEY)
    assert exc.value.code == "not_ours"
    assert str(path) in exc.value.message
    assert path.read_bytes() == before  # not even switched to WAL
    assert sorted(p.name for p in tmp_path.iterdir()) == ["recipes.sqlite3"]
