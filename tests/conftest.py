"""Shared fixtures. Qt runs offscreen; no test ever touches the user's real data folder."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before anything imports Qt

from collections.abc import Iterator
from pathlib import Path

import pytest

from rustool.db import Database, open_database

# A synthetic national id (month +80) that DOMAIN.md names as known-valid.
SYNTHETIC_ID = "10915596784"
SYNTHETIC_D_NUMBER = "41814061033"


@pytest.fixture(autouse=True)
def _isolated_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RUSTOOL_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("RUSTOOL_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "rustool.sqlite3"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_database(db_path)
    yield database
    database.close()
