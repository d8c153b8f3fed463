"""An unexpected error at the start, or a native crash last time, is explained, never silent."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from rustool.crash_report import REPORTS_DIR_NAME
from rustool.paths import resolve_paths
from rustool.ui import app as app_module
from rustool.ui import geometry
from rustool.ui.app import run_gui
from tests.conftest import SYNTHETIC_ID
from tests.ui.dialog_helpers import MessageBoxes
from tests.ui.test_app import Session


@pytest.fixture(autouse=True)
def _restore_geometry_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(geometry, "_settings_file", None)


def test_an_error_before_the_window_is_reported_and_ends_the_start_with_1(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    boxes = MessageBoxes(monkeypatch)

    def broken(*args: object) -> object:
        raise RuntimeError(f"Kari Nordmann {SYNTHETIC_ID}")

    monkeypatch.setattr(app_module, "MainWindow", broken)
    paths = resolve_paths()

    assert run_gui(paths, []) == 1

    [report] = (paths.data_dir / REPORTS_DIR_NAME).glob("crash-*.txt")
    [text] = boxes.texts
    assert "rustool må avslutte" in text and str(report) in text
    assert SYNTHETIC_ID not in report.read_text(encoding="utf-8")


def test_a_native_crash_last_time_is_told_when_the_window_opens(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = resolve_paths()
    (paths.data_dir / REPORTS_DIR_NAME).mkdir(parents=True)
    (paths.data_dir / REPORTS_DIR_NAME / "native-fault.log").write_text(
        "Fatal Python error: Segmentation fault\n", encoding="utf-8"
    )
    boxes = MessageBoxes(monkeypatch)
    Session(monkeypatch)  # the window opens, then is closed

    assert run_gui(paths, []) == 0
    assert run_gui(paths, []) == 0

    assert [t for t in boxes.texts if "stoppet uventet" in t] == [boxes.texts[0]]
    assert len(boxes.texts) == 1
