"""Damaged, foreign and unwritable files: detected with a clear error, never changed."""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from rustool.db import CheckReport, StorageError, open_database
from rustool.encryption import key_for
from rustool.services.clients import create_client
from tests.conftest import TEST_KEY, TEST_PASSPHRASE, connect_raw

REPO = Path(__file__).resolve().parents[2]
NOBODY = 65534


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def good_file(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """A closed database with enough clients that their table spans several pages."""
    path = tmp_path_factory.mktemp("good") / "rustool.sqlite3"
    db = open_database(path, key=TEST_KEY)
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
    with closing(connect_raw(copy)) as connection:
        [(root,)] = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = 'client'")
    copy.unlink()
    return int(root)


def flipped(data: bytes, offset: int) -> bytes:
    damaged = bytearray(data)
    damaged[offset] ^= 0xFF
    return bytes(damaged)


PAGE_SIZE = 4096  # SQLCipher's; the encrypted header does not tell it


def page_offset(page: int) -> int:
    return (page - 1) * PAGE_SIZE


def open_and_check(path: Path) -> StorageError | CheckReport:
    """What the app learns about the file: the error at open or check, or the check's report."""
    try:
        # As the app opens it: the key from the passphrase and the salt in the file.
        database = open_database(path, key=key_for(path, TEST_PASSPHRASE))
    except StorageError as exc:
        return exc
    try:
        return database.check()
    except StorageError as exc:
        return exc
    finally:
        database.close()


# An encrypted file has no readable header: the first 16 bytes are the salt, every page carries
# an authentication code (HMAC) over its content. So a flipped byte anywhere, even inside a
# stored text, which plain SQLite could not see, is found. A first page that does not open is a
# wrong passphrase as far as the app can tell, unless a backup opens with the same key (below).
Damage = Callable[[bytes, int], bytes]
NOISE = random.Random(6).randbytes(64 * 1024)

DAMAGES: dict[str, tuple[Damage, str]] = {
    "salt": (lambda data, _: flipped(data, 3), "wrong_passphrase"),
    "first page": (lambda data, _: flipped(data, 100), "wrong_passphrase"),
    "client page's header": (lambda data, root: flipped(data, page_offset(root) + 1), "corrupt"),
    "inside a stored text": (
        lambda data, root: flipped(data, page_offset(root) + PAGE_SIZE // 2),
        "corrupt",
    ),
    "a page's authentication code": (
        lambda data, root: flipped(data, page_offset(root + 1) - 1),
        "corrupt",
    ),
    "cut in half": (lambda data, _: data[: len(data) // 2], "corrupt"),
    "cut mid-page": (lambda data, _: data[: page_offset(6) + 123], "corrupt"),
    "only the first page": (lambda data, _: data[:PAGE_SIZE], "corrupt"),
    "shorter than a page": (lambda data, _: data[:100], "wrong_passphrase"),
    "random bytes": (lambda data, _: NOISE, "wrong_passphrase"),
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
    with closing(connect_raw(path)) as connection:
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
    db = open_database(path, key=TEST_KEY)
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
