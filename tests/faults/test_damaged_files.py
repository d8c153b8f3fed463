"""Damaged, foreign and unwritable files: detected with a clear error, never changed."""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from rustool.db import CheckReport, StorageError, open_database
from rustool.services.clients import create_client

REPO = Path(__file__).resolve().parents[2]
NOBODY = 65534


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def good_file(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """A closed database with enough clients that their table spans several pages."""
    path = tmp_path_factory.mktemp("good") / "rustool.sqlite3"
    db = open_database(path)
    for number in range(60):
        create_client(
            db,
            {
                "given_name": f"Klient{number}",
                "family_name": "Skadetest " * 10,
                "birth_date": "1980-02-01",
            },
        )
    db.close()
    return path.read_bytes()


def client_root_page(data: bytes, tmp_path: Path) -> int:
    copy = tmp_path / "inspect.sqlite3"
    copy.write_bytes(data)
    with closing(sqlite3.connect(copy)) as connection:
        [(root,)] = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = 'client'")
    copy.unlink()
    return int(root)


def flipped(data: bytes, offset: int) -> bytes:
    damaged = bytearray(data)
    damaged[offset] ^= 0xFF
    return bytes(damaged)


def page_offset(data: bytes, page: int) -> int:
    page_size = int.from_bytes(data[16:18], "big")
    return (page - 1) * page_size


def open_and_check(path: Path) -> StorageError | CheckReport:
    """What the app learns about the file: the error at open or check, or the check's report."""
    try:
        database = open_database(path)
    except StorageError as exc:
        return exc
    try:
        return database.check()
    except StorageError as exc:
        return exc
    finally:
        database.close()


# Not here yet, because encryption (SQLCipher) is not built: a wrong passphrase (detected at the
# first read, explained, nothing written), and a flipped byte inside a stored text, which plain
# SQLite cannot see (it has no page checksums) but SQLCipher's per-page HMAC will.
Damage = Callable[[bytes, int], bytes]
NOISE = random.Random(6).randbytes(64 * 1024)

DAMAGES: dict[str, tuple[Damage, str]] = {
    # The header: the magic string, the page size, the file format, the size in pages.
    "magic string": (lambda data, _: flipped(data, 3), "not_a_database"),
    "page size": (lambda data, _: flipped(data, 16), "corrupt"),
    "read format": (lambda data, _: flipped(data, 19), "corrupt"),
    "size in pages": (lambda data, _: flipped(data, 28), "corrupt"),
    # A data page: the client table's page type and its first cell pointer.
    "client page type": (lambda data, root: flipped(data, page_offset(data, root)), "corrupt"),
    "client cell pointer": (
        lambda data, root: flipped(data, page_offset(data, root) + 12),
        "corrupt",
    ),
    "cut in half": (lambda data, _: data[: len(data) // 2], "corrupt"),
    "cut mid-page": (lambda data, _: data[: page_offset(data, 6) + 123], "corrupt"),
    "only the header": (lambda data, _: data[:100], "corrupt"),
    "shorter than the magic": (lambda data, _: data[:10], "not_a_database"),
    "random bytes": (lambda data, _: NOISE, "not_a_database"),
    "sqlite magic then noise": (lambda data, _: data[:16] + NOISE, "corrupt"),
}


@pytest.mark.parametrize("damage", list(DAMAGES))
def test_a_damaged_file_is_detected_named_and_left_as_it_was(
    good_file: bytes, tmp_path: Path, damage: str
) -> None:
    make, code = DAMAGES[damage]
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "rustool.sqlite3"
    path.write_bytes(make(good_file, client_root_page(good_file, tmp_path)))
    before = digest(path)

    found = open_and_check(path)

    assert isinstance(found, StorageError), f"not detected: {found}"
    assert found.code == code
    assert str(path) in found.message
    assert digest(path) == before
    assert sorted(p.name for p in folder.iterdir()) == ["rustool.sqlite3"]


def test_an_sqlite_file_of_another_program_is_refused_and_left_as_it_was(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "rustool.sqlite3"
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("CREATE TABLE recipe (name TEXT)")
        connection.execute("INSERT INTO recipe VALUES ('lapskaus')")
        connection.commit()
    before = digest(path)

    found = open_and_check(path)

    assert isinstance(found, StorageError), f"not detected: {found}"
    assert found.code == "not_ours"
    assert str(path) in found.message
    assert digest(path) == before
    assert sorted(p.name for p in folder.iterdir()) == ["rustool.sqlite3"]


def test_an_intact_copy_of_the_same_file_passes(good_file: bytes, tmp_path: Path) -> None:
    path = tmp_path / "rustool.sqlite3"
    path.write_bytes(good_file)
    found = open_and_check(path)
    assert isinstance(found, CheckReport) and found.healthy


# --- folders and files the user may not write -----------------------------------------------


@pytest.fixture
def shared_folder() -> Iterator[Path]:
    """A folder another user can reach (pytest's own temp folders are private to us)."""
    top = Path(tempfile.mkdtemp(prefix="rustool-faults-"))
    top.chmod(0o755)
    yield top
    for item in [top, *top.rglob("*")]:
        item.chmod(0o755 if item.is_dir() else 0o644)
    shutil.rmtree(top)


def probe_as_unprivileged(path: Path, handed_over: list[Path]) -> dict[str, Any]:
    """Run storage_probe as a user whom permissions bind: ourselves, or nobody when we are root
    (root ignores them). `handed_over` become that user's own, as they would be the user's."""
    as_nobody: dict[str, Any] = {}
    if os.geteuid() == 0:
        as_nobody = {"user": NOBODY, "group": NOBODY, "extra_groups": []}
        for item in handed_over:
            os.chown(item, NOBODY, NOBODY)
    result = subprocess.run(
        [sys.executable, "-m", "tests.faults.storage_probe", str(path)],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
        **as_nobody,
    )
    assert result.returncode == 0, result.stderr
    probed: dict[str, Any] = json.loads(result.stdout)
    return probed


def kari_database(folder: Path) -> Path:
    path = folder / "data" / "rustool.sqlite3"
    db = open_database(path)
    create_client(db, {"given_name": "Kari", "family_name": "Nordmann", "birth_date": "1980-02-01"})
    db.close()
    return path


def test_a_read_only_folder_is_explained_at_open_and_nothing_is_changed(
    shared_folder: Path,
) -> None:
    path = kari_database(shared_folder)
    before = digest(path)
    path.parent.chmod(0o555)

    # The file itself is the user's and writable; only the folder (for -wal, -shm) is not.
    probed = probe_as_unprivileged(path, handed_over=[path])

    code, message = probed["open"]
    assert code in {"read_only", "cannot_open"}
    assert str(path) in message
    assert digest(path) == before


def test_a_read_only_file_can_be_read_and_a_write_is_refused_clearly(
    shared_folder: Path,
) -> None:
    path = kari_database(shared_folder)
    before = digest(path)
    path.chmod(0o444)

    probed = probe_as_unprivileged(path, handed_over=[path.parent, path])

    assert probed["open"] == "ok"
    assert probed["clients"] == ["Kari"]
    code, message = probed["write"]
    assert code == "read_only"
    assert str(path) in message
    assert digest(path) == before
