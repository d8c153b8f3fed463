"""The database: engine and pragmas, one session per unit of work, migrations, backups.

Everything SQLite-specific lives here, so the models and services can later run against a
shared PostgreSQL server. Storage failures caused by the user's environment (locked, read-only,
full disk, not a database, newer schema, in use elsewhere) become a `StorageError` with a clear
message; anything else is a bug and propagates.

Backups. Each is one self-contained file made with SQLite's online backup API (consistent while
the app writes), in the backup folder beside the database, named
`rustool-YYYYMMDD-HHMMSS-<reason>.sqlite3` (local time; `-2`, `-3` … for more in the same
second). Reasons: `daily` (the first time in a day the window or a command that works on the
data opens the database), `before-migration`, `before-restore` (all three automatic) and
`manual` (the user's own). After every automatic backup the newest `backup_count` automatic
backups are kept (a setting, default 14) and older ones deleted; manual backups are never
deleted, the user made them on purpose. Other files in the folder are left alone.

Damage. `open_database(check=True)` (the window's start) runs SQLite's quick check on a
read-only connection before anything writes; a damaged file is refused and never written to.
`replace_damaged` then puts a checked backup in its place and keeps the damaged file beside it
under another name. `DatabaseLock` keeps a second window or command off a database in use.

Encryption. Every connection is keyed with the `Key` the database was opened with (see
rustool.encryption); backups are copies under the same key, so they stay encrypted. A wrong key
shows at the first read, before anything is written: `open_database` then reports
`wrong_passphrase`, or `corrupt` when the same key does open a backup (the file's first page is
damaged). `key=None` is the developer's unencrypted mode; an unencrypted file met with a key is
refused as `unencrypted` until `encrypt_database` converts it.
"""

from __future__ import annotations

import os
import re
import socket
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlmodel import Session, create_engine

import rustool.models  # noqa: F401  (registers every table on SQLModel.metadata)
from rustool import encryption
from rustool.encryption import Key

if sys.platform == "win32":
    import msvcrt
else:
    import fcntl

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
BUSY_TIMEOUT_MS = 5000
# Per connection, larger than the ~75 MB of pages the day's overview reads for 100,000 clients:
# a refresh then finds them decrypted (a cache smaller than a cyclic read misses every page).
PAGE_CACHE_KIB = 131_072

BACKUP_COUNT_KEY = "backup_count"  # the setting: how many automatic backups are kept
DEFAULT_BACKUP_COUNT = 14
MAX_BACKUP_COUNT = 365
MANUAL = "manual"
AUTOMATIC_REASONS = ("daily", "before-migration", "before-restore", "before-encryption")
# The codes of a file that is there but cannot be used: the start offers a backup instead.
DAMAGED_CODES = frozenset({"corrupt", "not_a_database"})
_STAMP = "%Y%m%d-%H%M%S"
_BACKUP_NAME = re.compile(
    r"rustool-(\d{8}-\d{6})-(daily|before-migration|before-restore|before-encryption|manual)"
    r"(?:-(\d+))?\.sqlite3"
)

Clock = Callable[[], datetime]


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
    except (encryption.Error, DBAPIError) as exc:
        original = exc.orig if isinstance(exc, DBAPIError) else exc
        mapped = _classify(original or exc, path)
        if mapped is None:
            raise
        raise mapped from exc
    except PermissionError as exc:
        raise StorageError("read_only", f"No permission to write in {path.parent}.") from exc
    except OSError as exc:
        raise StorageError("cannot_open", f"Cannot use {path}: {exc.strerror}.") from exc


def _on_connect(dbapi_connection: encryption.Connection, _record: Any) -> None:
    # Autocommit at the driver level; SQLAlchemy's "begin" event below issues BEGIN, so that a
    # unit of work (reads included) is one real SQLite transaction.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    # Encrypted, a page read from the operating system's cache is decrypted and authenticated
    # again; a larger page cache of SQLite's own (decrypted) keeps searches fast.
    cursor.execute(f"PRAGMA cache_size=-{PAGE_CACHE_KIB}")
    # Deleted rows are overwritten with zeros: an erased client does not linger in free pages.
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.close()


def _on_begin(connection: Connection) -> None:
    connection.exec_driver_sql("BEGIN")


def check_file_kind(path: Path, key: Key | None) -> None:
    """Refuse, before SQLite touches it, a file of the wrong kind for `key`: an unencrypted file
    when a key is given, anything but an SQLite file in the developer's unencrypted mode."""
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        plain = encryption.is_plain(path)
    except OSError as exc:
        raise StorageError("cannot_open", f"Cannot read {path}: {exc.strerror}.") from exc
    if key is not None and plain:
        raise StorageError(
            "unencrypted",
            f"{path} is not encrypted; it must be converted before it is used "
            "(a backup is taken first).",
        )
    if key is None and not plain:
        raise StorageError(
            "not_a_database",
            f"{path} is not an unencrypted rustool database (it may be encrypted, or another "
            "program's file).",
        )


def _read_only(path: Path, key: Key | None) -> encryption.Connection:
    # A file URI made by pathlib: a '?' or '#' in a folder name is not taken for URI syntax.
    return encryption.connect(f"{path.resolve().as_uri()}?mode=ro", key, uri=True)


def _first_read(connection: encryption.Connection) -> list[str]:
    """The schema's names: the first read, where a wrong key shows."""
    return [str(row[0]) for row in connection.execute("SELECT name FROM sqlite_master")]


def opens_with(path: Path, key: Key | None) -> bool:
    """Whether `key` reads the file's first page (the header holding the user version: no
    other page is read, so damage further on does not look like a wrong key); never writes."""
    try:
        connection = encryption.connect(f"{path.resolve().as_uri()}?immutable=1", key, uri=True)
    except encryption.Error:
        return False
    try:
        connection.execute("PRAGMA user_version").fetchone()
    except encryption.Error as exc:
        # A page that fails its authentication reads as "not a database"; anything else
        # (a file cut short: "malformed") is damage behind a page the key did open.
        return "not a database" not in str(exc)
    finally:
        connection.close()
    return True


def quick_check(path: Path, key: Key | None) -> None:
    """SQLite's quick check on a read-only connection; a damaged file is refused unchanged.
    Encrypted, every page's authentication code is checked on the way."""
    with storage_errors(path):
        connection = _read_only(path, key)
        try:
            rows = connection.execute("PRAGMA quick_check").fetchall()
        finally:
            connection.close()
    result = "; ".join(str(row[0]) for row in rows)
    if result != "ok":
        found = result if len(result) <= 200 else result[:200] + "…"
        raise StorageError("corrupt", f"{path} is damaged ({found}).")


def _same_file(first: Path, second: Path) -> bool:
    try:
        return first.samefile(second)
    except OSError:  # either one missing: not the same file
        return False


def _copy_database(
    source: Path, destination: Path, key: Key | None, destination_key: Key | None = None
) -> None:
    """SQLite's backup API from `source` into a new file; errors name the file at fault.

    The copy is encrypted with `destination_key` (default: `key`, the source's); SQLCipher's
    backup re-encrypts page by page.
    """
    with storage_errors(source):
        src = _read_only(source, key)
    try:
        with storage_errors(destination):
            dst = encryption.connect(
                str(destination), key if destination_key is None else destination_key
            )
        try:
            try:
                src.backup(dst)
                # A backup is one self-contained file, without -wal and -shm companions.
                dst.execute("PRAGMA journal_mode=DELETE")
            except encryption.Error as exc:
                # Reading fails on the source (damage), writing on the destination (disk full).
                text = str(exc).lower()
                at_fault = destination if "full" in text or "readonly" in text else source
                mapped = _classify(exc, at_fault)
                if mapped is None:
                    raise
                raise mapped from exc
        finally:
            dst.close()
    finally:
        src.close()


def sqlite_backup(source: Path, destination: Path, key: Key | None) -> None:
    """Copy a database consistently with SQLite's online backup API (safe while in use),
    encrypted with the same key.

    Written beside `destination` and renamed: an interrupted backup leaves no half file and
    never spoils an older one of the same name.
    """
    if _same_file(source, destination):
        raise StorageError(
            "same_file", f"{destination} is the database itself; choose another file."
        )
    with storage_errors(destination):
        destination.parent.mkdir(parents=True, exist_ok=True)
    temporary = destination.with_name(f".{destination.name}.tmp")
    try:
        _copy_database(source, temporary, key)
        with storage_errors(destination):
            os.replace(temporary, destination)
    finally:
        temporary.unlink(missing_ok=True)


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


# --- backups: names and retention ----------------------------------------------------------------


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: datetime  # local time, from the name (a copied file keeps it; its mtime would not)
    reason: str
    number: int  # 1; 2, 3 … for later backups within the same second
    size: int

    @property
    def automatic(self) -> bool:
        return self.reason != MANUAL


def parse_backup_count(text: str | None) -> int:
    """The stored setting as a number; a missing or unusable value means the default."""
    if text is None or not text.isdigit():
        return DEFAULT_BACKUP_COUNT
    count = int(text)
    return count if 1 <= count <= MAX_BACKUP_COUNT else DEFAULT_BACKUP_COUNT


def _backup_file(path: Path) -> BackupFile | None:
    match = _BACKUP_NAME.fullmatch(path.name)
    if match is None:
        return None
    try:
        taken_at = datetime.strptime(match[1], _STAMP)
        size = path.stat().st_size
    except (ValueError, FileNotFoundError):  # no real time in the name, or just pruned
        return None
    return BackupFile(path, taken_at, match[2], int(match[3] or 1), size)


def list_backups(backup_dir: Path) -> list[BackupFile]:
    """rustool's backups in the folder, newest first."""
    if not backup_dir.is_dir():
        return []
    with storage_errors(backup_dir):
        found = [backup for p in backup_dir.iterdir() if (backup := _backup_file(p)) is not None]
    return sorted(found, key=lambda backup: (backup.taken_at, backup.number), reverse=True)


def new_backup_path(backup_dir: Path, reason: str, taken_at: datetime) -> Path:
    """A free name for a backup taken at `taken_at` for `reason`."""
    stem = f"rustool-{taken_at.strftime(_STAMP)}-{reason}"
    candidate, number = backup_dir / f"{stem}.sqlite3", 1
    while candidate.exists():
        number += 1
        candidate = backup_dir / f"{stem}-{number}.sqlite3"
    return candidate


def prune_backups(backup_dir: Path, keep: int) -> list[Path]:
    """Delete the automatic backups beyond the newest `keep`; manual ones always stay."""
    old = [backup.path for backup in list_backups(backup_dir) if backup.automatic][keep:]
    for path in old:
        with storage_errors(path):
            path.unlink(missing_ok=True)
    return old


def daily_backup_taken(backup_dir: Path, clock: Clock = datetime.now) -> bool:
    """Whether today's daily backup exists: the database passed a quick check today."""
    today = clock().date()
    return any(
        backup.reason == "daily" and backup.taken_at.date() == today
        for backup in list_backups(backup_dir)
    )


def newest_good_backup(backup_dir: Path, key: Key | None) -> BackupFile | None:
    """The newest backup that `key` opens and that passes `validate_backup_file`, or None."""
    for backup in list_backups(backup_dir):
        try:
            validate_backup_file(backup.path, key)
        except StorageError:
            continue
        return backup
    return None


def replace_damaged(path: Path, source: Path, key: Key | None, clock: Clock = datetime.now) -> Path:
    """Put a checked backup in place of a damaged database; returns where the damaged file went.

    The damaged file is renamed with its -wal and -shm (so the three stay a set and no stale
    log meets the restored file), never written to or deleted: it may hold what the backup
    lacks. The backup is copied beside it first, so a failure (disk full) changes nothing.
    Call it holding the `DatabaseLock`, with nothing connected to `path`.
    """
    validate_backup_file(source, key)
    staged = path.with_name(f".{path.name}.restore.tmp")
    stamp = clock().strftime(_STAMP)
    aside, number = path.with_name(f"{path.stem}.damaged-{stamp}{path.suffix}"), 1
    while aside.exists():
        number += 1
        aside = path.with_name(f"{path.stem}.damaged-{stamp}-{number}{path.suffix}")
    try:
        _copy_database(source, staged, key)
        with storage_errors(path):
            for companion in ("-wal", "-shm"):
                log = path.with_name(path.name + companion)
                if log.exists():
                    os.replace(log, aside.with_name(aside.name + companion))
            os.replace(path, aside)
            os.replace(staged, path)
    finally:
        staged.unlink(missing_ok=True)
    return aside


# --- one writer at a time ------------------------------------------------------------------------

if sys.platform == "win32":
    # Windows locks are mandatory: lock a byte far past the holder's line, which others read.
    _WINDOWS_LOCK_OFFSET = 1 << 20

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class DatabaseLock:
    """Only one rustool (window or command) at a time works on a database.

    A lock file beside the database (`rustool.sqlite3.lock`) held with the operating system's
    file lock (flock; LockFile on Windows), which ends with the process however it ends: a lock
    file left by a crash, naming a dead process, is simply taken over, never waited for. The
    file's line (process, host, since when) only serves the message to the second one.
    """

    def __init__(self, database: Path) -> None:
        self.database = database
        self.path = database.with_name(f"{database.name}.lock")
        self._fd: int | None = None

    def acquire(self) -> None:
        assert self._fd is None, "the lock is already held"
        with storage_errors(self.database):
            self.database.parent.mkdir(parents=True, exist_ok=True)
        try:
            fd = self._open_locked()
        except PermissionError as exc:
            raise StorageError(
                "read_only",
                f"Cannot write to {self.database}: the file or its folder is read-only.",
            ) from exc
        except OSError as exc:
            raise StorageError("cannot_open", f"Cannot use {self.path}: {exc.strerror}.") from exc
        self._fd = fd
        started = datetime.now().isoformat(sep=" ", timespec="seconds")
        with suppress(OSError):  # the line only names us to a second rustool; the lock holds
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()} {socket.gethostname()} {started}\n".encode())

    def _open_locked(self) -> int:
        while True:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o644)
            if not _try_lock(fd):
                holder = _holder(fd)
                os.close(fd)
                raise StorageError(
                    "in_use",
                    f"The database {self.database} is already in use by another rustool "
                    f"({holder}); close that window or command first.",
                )
            # The previous holder may have removed the file between our open and our lock;
            # a lock on a removed file guards nothing, so open the new one.
            try:
                current = os.path.samestat(os.fstat(fd), os.stat(self.path))
            except FileNotFoundError:
                current = False
            if current:
                return fd
            os.close(fd)

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        # Removed while still locked where the system allows it (not Windows), so nobody can
        # take a file that is about to vanish.
        if sys.platform != "win32":
            with suppress(OSError):
                self.path.unlink()
        _unlock(fd)
        os.close(fd)
        if sys.platform == "win32":
            with suppress(OSError):  # still open in another process that is about to lock it
                self.path.unlink()

    def __enter__(self) -> DatabaseLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.release()


def _holder(fd: int) -> str:
    """'process 123 on host since …' from the lock file's line, as far as it can be read."""
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        pid, host, since = os.read(fd, 512).decode("utf-8", "replace").split(maxsplit=2)
    except (OSError, ValueError):  # unreadable, or the holder has not written its line yet
        return "another process"
    return f"process {pid} on {host} since {since.strip()}"


# --- the database ------------------------------------------------------------------------------


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
    """One SQLite file with its engine, keyed with `key` (None: the developer's unencrypted
    mode). Create with `open_database`. `clock` names and dates the backups (tests pass a
    fixed one)."""

    def __init__(
        self, path: Path, backup_dir: Path, key: Key | None, clock: Clock = datetime.now
    ) -> None:
        self.path = path
        self.backup_dir = backup_dir
        self.key = key
        self.clock = clock
        self._checked = False
        self.engine: Engine = create_engine(
            f"sqlite:///{path}", creator=self._connect, module=encryption.dbapi2
        )
        event.listen(self.engine, "connect", _on_connect)
        event.listen(self.engine, "begin", _on_begin)

    def _connect(self) -> encryption.Connection:
        return encryption.connect(str(self.path), self.key, timeout=BUSY_TIMEOUT_MS / 1000)

    @property
    def encrypted(self) -> bool:
        return self.key is not None

    def verify_passphrase(self, passphrase: str) -> bool:
        """Whether `passphrase` is this database's (the lock screen asks it); always True in
        the unencrypted mode, which has none."""
        return self.key is None or self.key.matches(passphrase)

    def change_passphrase(self, new_key: Key) -> None:
        """Re-encrypt the database with `new_key` (SQLCipher's rekey: one transaction, so an
        interruption leaves the old key in force). Older backups keep the old passphrase."""
        if self.key is None:
            raise StorageError("unencrypted", f"{self.path} is not encrypted; it has no key.")
        if new_key.salt != self.key.salt:
            raise ValueError("a new key for this database is derived with its own salt")
        self.engine.dispose()  # the pooled connections hold the old key
        with storage_errors(self.path):
            connection = self._connect()
            try:
                _first_read(connection)
                encryption.rekey(connection, new_key)
            finally:
                connection.close()
        self.key = new_key
        self.engine.dispose()

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

    def quick_check(self) -> None:
        """Refuse a damaged file before anything writes to it (a new, empty one passes)."""
        if self.path.is_file() and self.path.stat().st_size:
            quick_check(self.path, self.key)
        self._checked = True

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
            self.take_backup("before-migration")
        config = _alembic_config()
        with storage_errors(self.path), self.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")

    def backup_count(self) -> int:
        """How many automatic backups are kept (the setting, read straight from its table)."""
        try:
            with storage_errors(self.path), self.engine.connect() as connection:
                text = connection.exec_driver_sql(
                    "SELECT value FROM setting WHERE key = ?", (BACKUP_COUNT_KEY,)
                ).scalar()
        except OperationalError:  # no settings table: a database not yet migrated
            text = None
        return parse_backup_count(text)

    def backup(self, destination: Path) -> Path:
        """A copy at a place of the user's choosing (replaced whole if it exists)."""
        sqlite_backup(self.path, destination, self.key)
        return destination

    def take_backup(self, reason: str, *, prune: bool = True) -> Path:
        """A backup into the backup folder, named for when and why; then the retention."""
        destination = new_backup_path(self.backup_dir, reason, self.clock())
        sqlite_backup(self.path, destination, self.key)
        if prune and reason != MANUAL:
            prune_backups(self.backup_dir, self.backup_count())
        return destination

    def daily_backup(self) -> Path | None:
        """The day's backup, if none was taken yet today (local date); after a quick check,
        so a damaged copy never pushes a good one out of the kept ones."""
        if daily_backup_taken(self.backup_dir, self.clock):
            return None
        if not self._checked:
            self.quick_check()
        return self.take_backup("daily")

    def check(self) -> CheckReport:
        with storage_errors(self.path), self.engine.connect() as connection:
            integrity = "; ".join(
                str(row[0]) for row in connection.exec_driver_sql("PRAGMA integrity_check")
            )
            problems = len(connection.exec_driver_sql("PRAGMA foreign_key_check").all())
            revision = MigrationContext.configure(connection).get_current_revision()
        return CheckReport(integrity, revision, head_revision(), problems)

    def restore(self, source: Path, source_key: Key | None = None) -> Path:
        """Replace the data with a backup file, after checking it; keeps the replaced data.

        `source_key` opens a backup made under an earlier passphrase (default: this key); the
        restored data is encrypted with this database's key. Returns the backup of the replaced
        data. The retention runs only once the restore is done: it must not delete the very
        file being restored from.
        """
        read_key = self.key if source_key is None else source_key
        validate_backup_file(source, read_key)
        if _same_file(source, self.path):
            raise StorageError("same_file", f"{source} is the database in use itself.")
        kept = self.take_backup("before-restore", prune=False)
        self.engine.dispose()
        with storage_errors(self.path):
            src = _read_only(source, read_key)
            try:
                dst = self._connect()
                try:
                    src.backup(dst)
                finally:
                    dst.close()
            finally:
                src.close()
        self.migrate()
        prune_backups(self.backup_dir, self.backup_count())
        return kept

    def checkpoint(self) -> None:
        """Fold the write-ahead log into the main file and empty it (after an erasure)."""
        with storage_errors(self.path), self.engine.connect() as connection:
            connection.exec_driver_sql("COMMIT")  # leave the transaction our BEGIN opened
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        self.engine.dispose()


def validate_backup_file(source: Path, key: Key | None) -> None:
    """A restore candidate must be an intact rustool database this version can read with
    `key`."""
    if not source.is_file():
        raise StorageError("not_found", f"{source} does not exist.")
    if source.stat().st_size == 0:
        raise StorageError("not_a_database", f"{source} is empty.")
    check_file_kind(source, key)
    if not opens_with(source, key):
        raise StorageError(
            "wrong_passphrase",
            f"The passphrase does not open {source} (or it is not a rustool database).",
        )
    with storage_errors(source):
        connection = _read_only(source, key)
        try:
            integrity = connection.execute("PRAGMA integrity_check").fetchone()[0]
            if integrity != "ok":
                raise StorageError("corrupt", f"{source} is damaged: {integrity}.")
            try:
                row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            except encryption.OperationalError:
                row = None
        finally:
            connection.close()
    if row is None:
        raise StorageError("not_ours", f"{source} is an SQLite file, but not a rustool database.")
    if row[0] not in _known_revisions():
        raise StorageError(
            "too_new", f"{source} was written by a newer version of rustool (schema {row[0]})."
        )


def database_key(path: Path, passphrase: str, backup_dir: Path) -> Key:
    """The key `passphrase` gives for the database at `path`, derived with the salt in the
    file; if that does not open it but a backup's salt gives a key that opens the backup, that
    key: the file's start is damaged (its salt too), which `first_read` then reports."""
    key = encryption.key_for(path, passphrase)
    if not path.is_file() or opens_with(path, key):
        return key
    for backup in list_backups(backup_dir):
        salt = encryption.file_salt(backup.path)
        if salt is None or salt == key.salt or encryption.is_plain(backup.path):
            continue
        candidate = Key.derive(passphrase, salt)
        if opens_with(backup.path, candidate):
            return candidate
    return key


def first_read(path: Path, key: Key | None, backup_dir: Path) -> None:
    """The first read, before our connection (WAL, migrations) changes anything: a wrong key
    or another program's SQLite file is refused.

    Read as immutable: nothing is locked or created beside the file. Only the main file is
    read, which is enough: the first migration writes all tables and the version together.
    A first page the key does not open is a wrong passphrase, unless the same key opens one
    of the backups: then the file is damaged.
    """
    if not opens_with(path, key):
        if key is not None and any(opens_with(b.path, key) for b in list_backups(backup_dir)):
            raise StorageError("corrupt", f"{path} is damaged: its first page cannot be read.")
        if key is None:
            raise StorageError("corrupt", f"{path} is not a readable rustool database.")
        raise StorageError(
            "wrong_passphrase",
            f"The passphrase does not open {path} (or the file is not a rustool database, or "
            "its first page is damaged). Nothing was changed.",
        )
    with storage_errors(path):  # the key is right: what fails now is damage
        connection = encryption.connect(f"{path.resolve().as_uri()}?immutable=1", key, uri=True)
        try:
            tables = set(_first_read(connection))
        finally:
            connection.close()
    if tables and "alembic_version" not in tables:
        raise StorageError("not_ours", f"{path} is an SQLite file, but not a rustool database.")


def open_database(
    path: Path,
    backup_dir: Path | None = None,
    *,
    key: Key | None,
    check: bool = False,
    clock: Clock = datetime.now,
) -> Database:
    """Open (creating if needed) and migrate the database at `path`, encrypted with `key`
    (None only in the developer's unencrypted mode).

    A wrong key is found at the first read, before anything is written. With `check` (the
    day's first start of the window) an existing file
    must pass SQLite's quick check first, so that nothing, not even a migration, writes to a
    damaged database. The caller that works on the data as the user's one rustool holds a
    `DatabaseLock` around this and its use.
    """
    check_file_kind(path, key)
    with storage_errors(path):
        path.parent.mkdir(parents=True, exist_ok=True)
    backups = backup_dir or path.parent / "backups"
    if path.is_file() and path.stat().st_size == 0 and list_backups(backups):
        # A new database has no backups yet: this one was cut short (a full disk, a bad copy),
        # and starting afresh in it would hide the data the backups still hold.
        raise StorageError("corrupt", f"{path} is empty, although there are backups of it.")
    if path.is_file() and path.stat().st_size:
        first_read(path, key, backups)
    database = Database(path, backups, key, clock)
    try:
        if check:
            database.quick_check()
        database.migrate()
    except BaseException:
        database.close()
        raise
    return database
