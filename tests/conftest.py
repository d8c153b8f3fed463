"""Shared fixtures. Qt runs offscreen; no test ever touches the user's real data folder."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before anything imports Qt

from collections.abc import Iterator
from pathlib import Path

import pytest

from rustool import encryption
from rustool.db import Database, open_database
from rustool.encryption import PASSPHRASE_ENV, UNENCRYPTED_ENV, Key

# A synthetic national id (month +80) that DOMAIN.md names as known-valid.
SYNTHETIC_ID = "10915596784"
SYNTHETIC_D_NUMBER = "41814061033"

# Test databases are encrypted like the user's. One key, derived once, serves them all (a
# fixed salt); the key derivation itself is tested where it matters.
TEST_PASSPHRASE = "blå fjord under måneskinn"
TEST_KEY = Key.derive(TEST_PASSPHRASE, bytes(range(encryption.SALT_SIZE)))


def connect_raw(path: Path, key: Key | None = TEST_KEY) -> encryption.Connection:
    """A plain DB-API connection to a test database, for looking under the services."""
    return encryption.connect(str(path), key)


@pytest.fixture(autouse=True)
def _isolated_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RUSTOOL_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("RUSTOOL_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv(PASSPHRASE_ENV, TEST_PASSPHRASE)  # the command line's and window's
    monkeypatch.delenv(UNENCRYPTED_ENV, raising=False)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "rustool.sqlite3"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_database(db_path, key=TEST_KEY)
    yield database
    database.close()
