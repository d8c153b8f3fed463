"""Encrypting a database an earlier, unencrypted rustool made, and its backups.

The order keeps a complete copy of the data at every step, so an interruption (a crash, a kill,
a full disk) loses nothing: the unencrypted file is made self-contained (its write-ahead log
folded in), backed up, exported into an encrypted file beside it, and that file is compared
with the original (integrity, and every table's rows) before it takes the original's place.
Then every unencrypted backup in the backup folder, the one just taken included, is encrypted
the same way, so no readable copy stays behind. A backup that cannot be converted (damaged) is
left as it is and reported.

Call it holding the `DatabaseLock`, with nothing connected to the database.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from rustool import encryption
from rustool.db import (
    Clock,
    StorageError,
    check_file_kind,
    list_backups,
    new_backup_path,
    quick_check,
    sqlite_backup,
    storage_errors,
)
from rustool.encryption import Key


@dataclass(frozen=True)
class ConversionReport:
    backup: Path  # the copy taken before, itself encrypted by now
    backups_encrypted: int  # the unencrypted backups now encrypted (that one included)
    backups_left: tuple[Path, ...]  # unencrypted backups that could not be converted


def _fingerprint(connection: encryption.Connection) -> dict[str, tuple[int, str]]:
    """Every real table's row count and a hash of its rows in storage order."""
    tables = [
        str(row[0])
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND rootpage > 0"
        )
    ]
    found = {}
    for table in tables:
        digest, count = hashlib.sha256(), 0
        quoted = '"' + table.replace('"', '""') + '"'
        for row in connection.execute(f"SELECT * FROM {quoted}"):
            digest.update(repr(row).encode("utf-8", "surrogatepass"))
            count += 1
        found[table] = (count, digest.hexdigest())
    return found


def _integrity(connection: encryption.Connection) -> str:
    return "; ".join(str(row[0]) for row in connection.execute("PRAGMA integrity_check"))


def _make_self_contained(path: Path) -> None:
    """Fold the write-ahead log into the file and leave WAL mode, so the file alone is whole."""
    with storage_errors(path):
        connection = encryption.connect(str(path), None)
        try:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            connection.execute("PRAGMA journal_mode=DELETE")
        finally:
            connection.close()


def _encrypt_file(path: Path, key: Key) -> None:
    """Replace the unencrypted file at `path` with an encrypted, verified copy of it."""
    staged = path.with_name(f".{path.name}.encrypting.tmp")
    staged.unlink(missing_ok=True)
    try:
        with storage_errors(path):
            source = encryption.connect(f"{path.resolve().as_uri()}?mode=ro", None, uri=True)
            try:
                expected = _fingerprint(source)
                encryption.export(source, staged, key)
            finally:
                source.close()
        with storage_errors(staged):
            copy = encryption.connect(str(staged), key)
            try:
                integrity = _integrity(copy)
                found = _fingerprint(copy)
            finally:
                copy.close()
        if integrity != "ok" or found != expected:
            raise StorageError(
                "conversion_failed",
                f"The encrypted copy of {path} did not match it; the file was left unencrypted.",
            )
        with storage_errors(path):
            os.replace(staged, path)
    finally:
        staged.unlink(missing_ok=True)


def encrypt_database(
    path: Path, backup_dir: Path, key: Key, clock: Clock = datetime.now
) -> ConversionReport:
    """Encrypt the unencrypted database at `path` and its backups with `key`."""
    if not encryption.is_plain(path):
        raise StorageError("not_a_database", f"{path} is not an unencrypted rustool database.")
    quick_check(path, None)
    _make_self_contained(path)
    backup = new_backup_path(backup_dir, "before-encryption", clock())
    sqlite_backup(path, backup, None)
    _encrypt_file(path, key)
    encrypted, left = 0, []
    for found in list_backups(backup_dir):
        if not encryption.is_plain(found.path):
            continue
        try:
            check_file_kind(found.path, None)
            _encrypt_file(found.path, key)
        except (StorageError, encryption.Error):  # damaged: kept as it is, and named
            left.append(found.path)
            continue
        encrypted += 1
    return ConversionReport(backup, encrypted, tuple(left))
