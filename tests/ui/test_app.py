"""Starting the GUI: a usable window on a good database, a clear refusal on a bad one."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from rustool.paths import resolve_paths
from rustool.ui import geometry
from rustool.ui.app import STARTUP_PROBE_ENV, run_gui
from tests.ui.dialog_helpers import MessageBoxes


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
    not_a_database = tmp_path / "notes.sqlite3"
    not_a_database.write_bytes(b"Handleliste: melk, brod\n")
    paths = resolve_paths(db_file=not_a_database)
    assert run_gui(paths, []) == 1
    assert len(boxes.texts) == 1
    assert boxes.texts[0].startswith("Filen er ikke en rustool-database.")
    assert not_a_database.read_bytes() == b"Handleliste: melk, brod\n"
