"""Encryption at rest: the SQLCipher key, derived from the user's passphrase, and connections.

The key is derived here, once per passphrase, exactly as SQLCipher 4 would derive it
(PBKDF2-HMAC-SHA512, 256,000 iterations, the 16-byte salt SQLCipher keeps at the start of the
file), and handed to SQLCipher raw with its salt. So the slow derivation runs once, not for every
connection the app, a backup or a check opens, and the file still opens with the passphrase
alone in any SQLCipher 4 tool (the `sqlcipher` shell with `PRAGMA key = '…'`).

A database and all its backups share one salt (the backup API and `sqlcipher_export` copy it
along with the key), so one `Key` opens the whole family. After a change of passphrase, older
backups still open with the passphrase they were made with.

The only driver is `sqlcipher3`: without a key it is plain SQLite, which the developer's
unencrypted mode and the reading of an old unencrypted database use.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeAlias, cast

from sqlcipher3 import dbapi2 as dbapi2  # re-exported: the engine's DB-API module

KDF_ITERATIONS = 256_000  # SQLCipher 4's default: other SQLCipher tools derive the same key
KEY_SIZE = 32
SALT_SIZE = 16
SQLITE_MAGIC = b"SQLite format 3\x00"
# The developer's option for unencrypted operation (tests of old files, debugging with the
# sqlite3 shell); never the default.
UNENCRYPTED_ENV = "RUSTOOL_UNENCRYPTED"
PASSPHRASE_ENV = "RUSTOOL_PASSPHRASE"
MIN_PASSPHRASE_LENGTH = 8

# sqlcipher3 has no type information; its connection has exactly the API of the standard one.
Connection: TypeAlias = sqlite3.Connection
Error = dbapi2.Error
OperationalError = dbapi2.OperationalError
DatabaseError = dbapi2.DatabaseError


@dataclass(frozen=True)
class Key:
    """A derived SQLCipher key with the salt it belongs to; never shown in a repr or log."""

    raw: bytes = field(repr=False)
    salt: bytes = field(repr=False)

    @classmethod
    def derive(cls, passphrase: str, salt: bytes) -> Key:
        raw = hashlib.pbkdf2_hmac(
            "sha512", passphrase.encode("utf-8"), salt, KDF_ITERATIONS, KEY_SIZE
        )
        return cls(raw, salt)

    @classmethod
    def new(cls, passphrase: str) -> Key:
        """A key for a new database: a fresh random salt."""
        return cls.derive(passphrase, os.urandom(SALT_SIZE))

    def pragma(self) -> str:
        """The value for `PRAGMA key` / `rekey`: raw key and salt, no derivation by SQLCipher."""
        return f"\"x'{self.raw.hex()}{self.salt.hex()}'\""

    def matches(self, passphrase: str) -> bool:
        """Whether `passphrase` derives this key (compared in constant time)."""
        return hmac.compare_digest(Key.derive(passphrase, self.salt).raw, self.raw)


def is_plain(path: Path) -> bool:
    """An unencrypted SQLite file (its header is readable); False for a missing or empty file."""
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except FileNotFoundError:
        return False


def file_salt(path: Path) -> bytes | None:
    """The salt at the start of an encrypted file; None when there is no file yet."""
    try:
        with path.open("rb") as handle:
            salt = handle.read(SALT_SIZE)
    except FileNotFoundError:
        return None
    return salt if len(salt) == SALT_SIZE else None


def key_for(path: Path, passphrase: str) -> Key:
    """The key `passphrase` gives for the database at `path` (a new salt for a new file)."""
    salt = None if is_plain(path) else file_salt(path)
    return Key.new(passphrase) if salt is None else Key.derive(passphrase, salt)


def connect(
    database: str, key: Key | None, *, uri: bool = False, timeout: float = 5.0
) -> Connection:
    """A connection with the key applied first (nothing is read before it), quiet on failure:
    SQLCipher would otherwise log a wrong key to stderr, the caller explains it instead."""
    connection = cast(
        Connection,
        dbapi2.connect(database, uri=uri, timeout=timeout, check_same_thread=False),
    )
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
        if key is not None:
            connection.execute(f"PRAGMA key = {key.pragma()}")
    except BaseException:
        connection.close()
        raise
    return connection


def rekey(connection: Connection, key: Key) -> None:
    """Re-encrypt the open database with another key (same salt: backups stay one family)."""
    connection.execute(f"PRAGMA rekey = {key.pragma()}")


def export(source: Connection, destination: Path, key: Key | None) -> None:
    """Write the whole database of `source` into a new file encrypted with `key` (None: plain).

    SQLCipher's `sqlcipher_export` copies tables, indexes, triggers, views and virtual tables
    with the user version; the backup API cannot cross between plain and encrypted files.
    """
    value = "''" if key is None else key.pragma()
    source.execute(f"ATTACH DATABASE ? AS converted KEY {value}", (str(destination),))
    try:
        source.execute("SELECT sqlcipher_export('converted')")
    finally:
        source.execute("DETACH DATABASE converted")
