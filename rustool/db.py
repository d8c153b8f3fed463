"""The database: engine and pragmas, one session per unit of work, migrations, backups.

Everything SQLite-specific lives here, so the models and services can later run against a
shared PostgreSQL server. Storage failures caused by the user's environment (locked, read-only,
full disk, not a database, newer schema) become a `StorageError` with a clear message; anything
else is a bug and propagates.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session, create_engine

import rustool.models  # noqa: F401  (registers every table on SQLModel.metadata)

SQLITE_MAGIC = b"SQLite format 3\x00"
MIGRATIONS_DIR = Path(__file__).parent / "migrations"
BUSY_TIMEOUT_MS = 5000


class StorageError(Exception):
    """A problem with the database file or its folder that the user can understand and fix.

    `code` is stable (the UI translates by it); the message is a full English sentence.
    """

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def _classify(exc: BaseException, path: Path) -> StorageError | None:
    text = str(exc).lower()
    if "file is not a database" in text or "malformed" in text:
        return StorageError("corrupt", f"{path} is not a readable rustool database ({exc}).")
    if "readonly" in text or "read-only" in text:
        return StorageError(
            "read_only", f"Cannot write to {path}: the file or its folder is read-only."
        )
    if "unable to open" in text:
        return StorageError(
            "cannot_open",
            f"Cannot open {path}: the folder is missing, read-only or not accessible.",
        )
    if "locked" in text or "busy" in text:
        return StorageError("locked", f"The database {path} is busy in another program; try again.")
    if "full" in text:
        return StorageError("disk_full", f"The disk holding {path} is full; nothing was saved.")
    if "disk i/o" in text:
        return StorageError("io", f"The disk holding {path} failed to read or write ({exc}).")
    return None


@contextmanager
def storage_errors(path: Path) -> Iterator[None]:
    """Turn environment failures from SQLite into StorageError; let real bugs through."""
    try:
        yield
    except (sqlite3.Error, DBAPIError) as exc:
        original = exc.orig if isinstance(exc, DBAPIError) else exc
        mapped = _classify(original or exc, path)
        if mapped is None:
            raise
        raise mapped from exc
    except PermissionError as exc:
        raise StorageError("read_only", f"No permission to write in {path.parent}.") from exc
    except OSError as exc:
        raise StorageError("cannot_open", f"Cannot use {path}: {exc.strerror}.") from exc


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Autocommit at the driver level; SQLAlchemy's "begin" event below issues BEGIN, so that a
    # unit of work (reads included) is one real SQLite transaction.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    # Deleted rows are overwritten with zeros: an erased client does not linger in free pages.
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.close()


def _on_begin(connection: Connection) -> None:
    connection.exec_driver_sql("BEGIN")


def check_is_sqlite(path: Path) -> None:
    """Refuse, before SQLite touches it, a file that is not an SQLite database."""
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise StorageError("cannot_open", f"Cannot read {path}: {exc.strerror}.") from exc
    if header != SQLITE_MAGIC:
        raise StorageError(
            "not_a_database", f"{path} is not a rustool database (not an SQLite file)."
        )


def sqlite_backup(source: Path, destination: Path) -> None:
    """Copy a database consistently with SQLite's online backup API (safe while in use)."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    with storage_errors(source):
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(destination)
            try:
                src.backup(dst)
                # A backup is one self-contained file, without -wal and -shm companions.
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()


def _alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None, "the migrations folder has no revision"
    return head


def _known_revisions() -> set[str]:
    script = ScriptDirectory.from_config(_alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def _timestamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S-%f")


@dataclass(frozen=True)
class CheckReport:
    integrity: str
    revision: str | None
    head: str
    foreign_key_problems: int

    @property
    def healthy(self) -> bool:
        return (
            self.integrity == "ok" and self.revision == self.head and not self.foreign_key_problems
        )


class Database:
    """One SQLite file with its engine. Create with `open_database`."""

    def __init__(self, path: Path, backup_dir: Path) -> None:
        self.path = path
        self.backup_dir = backup_dir
        self.engine: Engine = create_engine(
            f"sqlite:///{path}", connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}
        )
        event.listen(self.engine, "connect", _on_connect)
        event.listen(self.engine, "begin", _on_begin)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: committed as a whole, or rolled back as a whole."""
        with storage_errors(self.path), Session(self.engine, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def current_revision(self) -> str | None:
        with storage_errors(self.path), self.engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()

    def migrate(self) -> None:
        """Bring the schema to this version's head, after a backup of any existing data."""
        current = self.current_revision()
        head = head_revision()
        if current == head:
            return
        if current is not None and current not in _known_revisions():
            raise StorageError(
                "too_new",
                f"{self.path} was written by a newer version of rustool (schema {current}); "
                "install the newer version. The file was left untouched.",
            )
        if current is not None:
            self.backup(self.backup_dir / f"before-migration-{current}-{_timestamp()}.sqlite3")
        config = _alembic_config()
        with storage_errors(self.path), self.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")

    def backup(self, destination: Path) -> Path:
        sqlite_backup(self.path, destination)
        return destination

    def check(self) -> CheckReport:
        with storage_errors(self.path), self.engine.connect() as connection:
            integrity = "; ".join(
                str(row[0]) for row in connection.exec_driver_sql("PRAGMA integrity_check")
            )
            problems = len(connection.exec_driver_sql("PRAGMA foreign_key_check").all())
            revision = MigrationContext.configure(connection).get_current_revision()
        return CheckReport(integrity, revision, head_revision(), problems)

    def restore(self, source: Path) -> Path:
        """Replace the data with a backup file, after checking it; keeps the replaced data."""
        validate_backup_file(source)
        kept = self.backup(self.backup_dir / f"before-restore-{_timestamp()}.sqlite3")
        self.engine.dispose()
        with storage_errors(self.path):
            src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
            try:
                dst = sqlite3.connect(self.path)
                try:
                    src.backup(dst)
                finally:
                    dst.close()
            finally:
                src.close()
        self.migrate()
        return kept

    def checkpoint(self) -> None:
        """Fold the write-ahead log into the main file and empty it (after an erasure)."""
        with storage_errors(self.path), self.engine.connect() as connection:
            connection.exec_driver_sql("COMMIT")  # leave the transaction our BEGIN opened
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        self.engine.dispose()


def validate_backup_file(source: Path) -> None:
    """A restore candidate must be an intact rustool database this version can read."""
    if not source.is_file():
        raise StorageError("not_found", f"{source} does not exist.")
    check_is_sqlite(source)
    if source.stat().st_size == 0:
        raise StorageError("not_a_database", f"{source} is empty.")
    with storage_errors(source):
        connection = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            integrity = connection.execute("PRAGMA integrity_check").fetchone()[0]
            if integrity != "ok":
                raise StorageError("corrupt", f"{source} is damaged: {integrity}.")
            try:
                row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            except sqlite3.OperationalError:
                row = None
        finally:
            connection.close()
    if row is None:
        raise StorageError("not_ours", f"{source} is an SQLite file, but not a rustool database.")
    if row[0] not in _known_revisions():
        raise StorageError(
            "too_new", f"{source} was written by a newer version of rustool (schema {row[0]})."
        )


def open_database(path: Path, backup_dir: Path | None = None) -> Database:
    """Open (creating if needed) and migrate the database at `path`."""
    check_is_sqlite(path)
    with storage_errors(path):
        path.parent.mkdir(parents=True, exist_ok=True)
    database = Database(path, backup_dir or path.parent / "backups")
    try:
        database.migrate()
    except BaseException:
        database.close()
        raise
    return database
