"""Starting the GUI: a usable window on a good database, a clear refusal on a bad one, a backup
offered for a damaged one, and no second window on the same database."""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from rustool.db import DatabaseLock, list_backups, open_database
from rustool.paths import resolve_paths
from rustool.services.clients import create_client
from rustool.ui import geometry
from rustool.ui.app import STARTUP_PROBE_ENV, run_gui
from rustool.ui.main_window import MainWindow
from tests.conftest import TEST_KEY, connect_raw
from tests.ui.dialog_helpers import MessageBoxes, PassphraseAnswers


@pytest.fixture(autouse=True)
def _restore_geometry_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(geometry, "_settings_file", None)  # run_gui sets it; undone afterwards


def test_the_startup_probe_reports_when_the_window_is_usable(tmp_path: Path) -> None:
    # A process of its own: once a QApplication's event loop has ended, Qt closes down the
    # application and later windows in this test process could no longer get focus.
    data_dir = tmp_path / "data"
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        RUSTOOL_DATA_DIR=str(data_dir),
        **{STARTUP_PROBE_ENV: str(time.time())},
    )
    code = (
        "import sys; from rustool.paths import resolve_paths; from rustool.ui.app import run_gui; "
        "sys.exit(run_gui(resolve_paths()))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    match = re.fullmatch(r"window-ready (\d+\.\d{3}) rss-mb (\d+\.\d)\n", result.stdout)
    assert match is not None, result.stdout
    assert 0 < float(match.group(1)) < 30
    assert (data_dir / "rustool.sqlite3").is_file()


def test_a_file_that_is_no_database_is_refused_and_left_untouched(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    boxes = MessageBoxes(monkeypatch)
    asked = PassphraseAnswers(monkeypatch, [])  # the user gives up
    not_a_database = tmp_path / "notes.sqlite3"
    not_a_database.write_bytes(b"Handleliste: melk, brod\n")
    paths = resolve_paths(db_file=not_a_database)
    # Encrypted files cannot be told from other files: the passphrase is said not to open it.
    assert run_gui(paths, []) == 0
    assert asked.messages == ["Feil passordfrase. Ingenting er endret; prøv igjen."]
    assert boxes.texts == []
    assert not_a_database.read_bytes() == b"Handleliste: melk, brod\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.sqlite3"]


# --- the lock, the start-up check and the daily backup ------------------------------------------


class Session:
    """Stands in for the event loop: records what the window shows, then closes it."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.names: list[str] | None = None
        self.backups_while_open: list[str] = []
        self.backup_dir: Path | None = None

        def exec_(app: QApplication) -> int:
            [window] = [
                w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
            ]
            model = window.model
            self.names = [model.data(model.index(row, 0)) for row in range(model.rowCount())]
            if self.backup_dir is not None:
                self.backups_while_open = [b.reason for b in list_backups(self.backup_dir)]
            window.close()
            window.deleteLater()
            return 0

        monkeypatch.setattr(QApplication, "exec", exec_)


BORN = {"birth_date": "1980-02-01"}


def kari_database(path: Path) -> None:
    db = open_database(path, key=TEST_KEY)
    for number in range(40):  # the client table spans several pages
        create_client(db, {"given_name": f"Kari{number}", "family_name": "Nordmann", **BORN})
    db.close()


def damage(path: Path) -> None:
    """Flip the header of the client table's first page, as a failing disk would."""
    with closing(connect_raw(path)) as connection:
        [(root,)] = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = 'client'")
        [(page_size,)] = connection.execute("PRAGMA page_size")
    data = bytearray(path.read_bytes())
    start = (root - 1) * int(page_size)
    for offset in range(start, start + 8):
        data[offset] ^= 0xFF
    path.write_bytes(bytes(data))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_first_start_of_the_day_makes_the_daily_backup(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = resolve_paths(data_dir=tmp_path / "data")
    kari_database(paths.db_file)
    session = Session(monkeypatch)
    session.backup_dir = paths.backup_dir
    boxes = MessageBoxes(monkeypatch)
    assert run_gui(paths, []) == 0
    assert boxes.texts == []
    assert session.backups_while_open == ["daily"]
    assert run_gui(paths, []) == 0
    assert [b.reason for b in list_backups(paths.backup_dir)] == ["daily"]  # once a day
    assert not paths.db_file.with_name("rustool.sqlite3.lock").exists()  # released at the end


def test_a_second_window_on_the_same_database_is_refused_with_a_clear_message(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = resolve_paths(data_dir=tmp_path / "data")
    kari_database(paths.db_file)
    before = digest(paths.db_file)
    boxes = MessageBoxes(monkeypatch)
    Session(monkeypatch)
    with DatabaseLock(paths.db_file):  # the first window
        assert run_gui(paths, []) == 1
    assert len(boxes.texts) == 1
    assert boxes.texts[0].startswith("rustool er allerede åpent med denne databasen")
    assert str(paths.db_file) in boxes.texts[0]
    assert digest(paths.db_file) == before
    assert not paths.backup_dir.exists()


def test_a_damaged_database_is_never_written_and_the_newest_good_backup_is_offered(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = resolve_paths(data_dir=tmp_path / "data")
    kari_database(paths.db_file)
    older = open_database(paths.db_file, key=TEST_KEY)
    older.take_backup("daily")
    create_client(older, {"given_name": "Ola", "family_name": "Hansen", **BORN})
    newest = older.take_backup("manual")
    older.close()
    damage(newest)  # the newest backup is no good either: the one before it is offered
    damage(paths.db_file)
    before = digest(paths.db_file)
    session = Session(monkeypatch)
    boxes = MessageBoxes(monkeypatch, answer=False)

    assert run_gui(paths, []) == 1  # the user says no: nothing changes
    assert len(boxes.texts) == 1
    assert boxes.texts[0].startswith("Databasefilen er skadet.")
    assert "Den nyeste hele sikkerhetskopien er fra" in boxes.texts[0]
    assert "(daglig)" in boxes.texts[0]
    assert digest(paths.db_file) == before
    assert not list(paths.data_dir.glob("*damaged*"))

    boxes.answer = True
    assert run_gui(paths, []) == 0
    assert len(session.names or []) == 40  # Kari0…Kari39, from the daily backup; no Ola
    assert "Hansen, Ola" not in (session.names or [])
    [aside] = paths.data_dir.glob("rustool.damaged-*.sqlite3")
    assert digest(aside) == before
    assert boxes.texts[-1].startswith("rustool bruker nå sikkerhetskopien fra")
    assert str(aside) in boxes.texts[-1]


def test_a_damaged_database_without_a_good_backup_is_explained_and_left_alone(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = resolve_paths(data_dir=tmp_path / "data")
    kari_database(paths.db_file)
    damage(paths.db_file)
    before = digest(paths.db_file)
    boxes = MessageBoxes(monkeypatch, answer=True)
    Session(monkeypatch)
    assert run_gui(paths, []) == 1
    assert len(boxes.texts) == 1
    assert boxes.texts[0].startswith("Databasefilen er skadet.")
    assert boxes.texts[0].endswith(
        "Det finnes ingen hel sikkerhetskopi å hente dataene fra. Filen er ikke endret."
    )
    assert digest(paths.db_file) == before


def test_a_file_that_is_not_a_database_is_replaced_by_a_backup_and_kept(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = resolve_paths(data_dir=tmp_path / "data")
    kari_database(paths.db_file)
    db = open_database(paths.db_file, key=TEST_KEY)
    db.take_backup("daily")
    db.close()
    paths.db_file.write_bytes(b"Handleliste: melk, brod\n")  # overwritten by another program
    boxes = MessageBoxes(monkeypatch, answer=True)
    session = Session(monkeypatch)
    assert run_gui(paths, []) == 0
    # The key opens the backup but not the file: the file is damaged, not the passphrase wrong.
    assert boxes.texts[0].startswith("Databasefilen er skadet.")
    assert len(session.names or []) == 40
    [aside] = paths.data_dir.glob("rustool.damaged-*.sqlite3")
    assert aside.read_bytes() == b"Handleliste: melk, brod\n"
