"""The crash dialog: an unexpected error is explained, reported without personal data, and
rustool runs on (or closes, if the user chooses)."""

from __future__ import annotations

import errno
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEventLoop, QRunnable, Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from rustool import crash_report
from rustool.crash_report import FAULT_LOG, reports_dir
from rustool.paths import Paths, resolve_paths
from rustool.ui import crash
from rustool.ui.crash import CrashHandler, install_crash_handler
from tests.conftest import SYNTHETIC_ID

KEEP_WORKING = "Fortsett å arbeide"
CLOSE = "Lukk rustool"


def open_client() -> None:
    raise LookupError(f"Kari Nordmann {SYNTHETIC_ID}")


@dataclass
class Shown:
    title: str
    text: str  # as it read when the user closed it
    icon: QMessageBox.Icon
    buttons: list[str]
    selectable: bool
    on_gui_thread: bool


class CrashDialogs:
    """Stands in for the user at each message box: runs `while_open` as if time passed with
    the box on screen, then clicks the button named `click` (none: Esc, keep working)."""

    def __init__(
        self,
        monkeypatch: pytest.MonkeyPatch,
        click: str | None = None,
        while_open: Callable[[], None] | None = None,
    ) -> None:
        self.shown: list[Shown] = []
        self.open = 0

        def exec_(box: QMessageBox) -> int:
            self.open += 1
            assert self.open == 1, "a second dialog opened over the first"
            try:
                if while_open is not None:
                    while_open()
            finally:
                self.open -= 1
            flags = box.textInteractionFlags()
            self.shown.append(
                Shown(
                    title=box.windowTitle(),
                    text=box.text(),
                    icon=box.icon(),
                    buttons=[button.text() for button in box.buttons()],
                    selectable=bool(flags & Qt.TextInteractionFlag.TextSelectableByMouse),
                    on_gui_thread=threading.current_thread() is threading.main_thread(),
                )
            )
            if click is not None:
                next(button for button in box.buttons() if button.text() == click).click()
            return 0

        monkeypatch.setattr(QMessageBox, "exec", exec_)


@pytest.fixture
def paths(qapp: QApplication) -> Paths:  # message boxes need the application
    return resolve_paths()  # the test's own data folder (tests/conftest.py)


@pytest.fixture
def handler(paths: Paths, monkeypatch: pytest.MonkeyPatch) -> Iterator[CrashHandler]:
    # Whatever the test does, the hooks it found are back afterwards.
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    crash = install_crash_handler(paths)
    yield crash
    crash.uninstall()


def reports(paths: Paths) -> list[Path]:
    return sorted(reports_dir(paths).glob("crash-*.txt"))


def run_loop(*slots: Callable[[], None]) -> int:
    """Runs an event loop in which each slot is called from a timer, as the window's are; the
    loop's exit status (0 unless something ended it early)."""
    loop = QEventLoop()
    for slot in slots:
        QTimer.singleShot(0, slot)
    QTimer.singleShot(300, lambda: loop.exit(0))
    return loop.exec()


def test_an_error_in_a_slot_is_reported_once_and_the_window_runs_on(
    handler: CrashHandler, paths: Paths, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    dialogs = CrashDialogs(monkeypatch, click=KEEP_WORKING)
    later: list[str] = []

    status = run_loop(open_client, lambda: later.append("still running"))

    assert status == 0 and later == ["still running"]
    [report] = reports(paths)
    [shown] = dialogs.shown
    assert shown.title == "rustool – uventet feil"
    assert shown.icon == QMessageBox.Icon.Critical
    assert "Det oppstod en uventet feil" in shown.text
    assert "utkast lagres mens du skriver" in shown.text
    assert str(report) in shown.text and shown.selectable
    assert shown.buttons == [KEEP_WORKING, CLOSE]
    text = report.read_text(encoding="utf-8")
    assert "Exception: LookupError" in text and "in open_client" in text
    assert "PySide6: " in text
    assert SYNTHETIC_ID not in text and "Kari" not in text


def test_closing_from_the_dialog_exits_the_application_with_status_1(
    handler: CrashHandler, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    # Recorded, not done: a real exit would also end every event loop of the later tests.
    exits: list[int] = []
    monkeypatch.setattr(QCoreApplication, "exit", exits.append)
    dialogs = CrashDialogs(monkeypatch, click=CLOSE)

    run_loop(open_client)

    assert len(dialogs.shown) == 1
    assert exits == [1]


def test_errors_while_the_dialog_is_open_are_counted_in_it_not_stacked(
    handler: CrashHandler, paths: Paths, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    def error_loop() -> None:  # the same slot keeps failing while the box is on screen
        run_loop(open_client, open_client)

    dialogs = CrashDialogs(monkeypatch, while_open=error_loop)

    run_loop(open_client)

    [shown] = dialogs.shown
    assert "Det har oppstått 2 feil til mens denne meldingen var åpen." in shown.text
    [report] = reports(paths)  # the same error from the same place: one report
    assert str(report) in shown.text


def test_a_report_that_cannot_be_saved_is_said_in_the_dialog(
    handler: CrashHandler, paths: Paths, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    def full(path: Path, data: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr(crash_report, "write_atomically", full)
    dialogs = CrashDialogs(monkeypatch)

    run_loop(open_client)

    [shown] = dialogs.shown
    assert "Feilrapporten kunne ikke lagres" in shown.text
    assert str(reports_dir(paths)) in shown.text
    assert reports(paths) == []


def test_an_unwritable_reports_folder_still_gives_the_dialog(
    paths: Paths, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    paths.data_dir.mkdir(parents=True)
    reports_dir(paths).write_text("not a folder", encoding="utf-8")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    crash = install_crash_handler(paths)
    try:
        crash.window_shown(QWidget())  # no fault log either; the app runs on
        dialogs = CrashDialogs(monkeypatch)
        run_loop(open_client)
    finally:
        crash.uninstall()

    [shown] = dialogs.shown
    assert "Feilrapporten kunne ikke lagres" in shown.text
    assert reports_dir(paths).read_text(encoding="utf-8") == "not a folder"


def test_a_dialog_that_fails_to_build_does_not_loop(
    handler: CrashHandler, paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A translation with a placeholder the code does not fill breaks the dialog's text.
    monkeypatch.setattr(crash, "_t", lambda text: text + " {unknown}")
    dialogs = CrashDialogs(monkeypatch)

    assert run_loop(open_client, lambda: None) == 0

    assert dialogs.shown == []
    assert len(reports(paths)) == 2  # the error, and the one in showing it; then it stops


class _FailingJob(QRunnable):
    def run(self) -> None:
        open_client()


def _in_python_thread() -> None:
    thread = threading.Thread(target=open_client, name="worker")
    thread.start()
    thread.join()


def _in_qt_pool() -> None:
    QThreadPool.globalInstance().start(_FailingJob())
    QThreadPool.globalInstance().waitForDone()


@pytest.mark.parametrize("start_work", [_in_python_thread, _in_qt_pool])
def test_an_error_in_another_thread_is_shown_on_the_gui_thread(
    start_work: Callable[[], None],
    handler: CrashHandler,
    paths: Paths,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    dialogs = CrashDialogs(monkeypatch)

    start_work()
    assert dialogs.shown == []  # queued: not shown from the worker
    qtbot.waitUntil(lambda: len(dialogs.shown) == 1)

    assert dialogs.shown[0].on_gui_thread
    [report] = reports(paths)
    assert str(report) in dialogs.shown[0].text
    text = report.read_text(encoding="utf-8")
    assert "Exception: LookupError" in text and SYNTHETIC_ID not in text


def test_an_error_before_the_window_is_reported_with_a_closing_dialog(
    handler: CrashHandler, paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialogs = CrashDialogs(monkeypatch)
    try:
        open_client()
    except LookupError as exc:
        handler.report_fatal(exc)

    [shown] = dialogs.shown
    assert "rustool må avslutte" in shown.text
    assert shown.buttons == [CLOSE]
    [report] = reports(paths)
    assert str(report) in shown.text
    assert SYNTHETIC_ID not in report.read_text(encoding="utf-8")


def test_ctrl_c_is_not_a_crash(handler: CrashHandler, monkeypatch: pytest.MonkeyPatch) -> None:
    passed_on: list[type[BaseException]] = []
    monkeypatch.setattr(handler, "_previous_excepthook", lambda kind, *_: passed_on.append(kind))
    dialogs = CrashDialogs(monkeypatch)

    sys.excepthook(KeyboardInterrupt, KeyboardInterrupt(), None)

    assert passed_on == [KeyboardInterrupt]
    assert dialogs.shown == []


def test_uninstall_gives_back_the_hooks_it_found(paths: Paths) -> None:
    before = (sys.excepthook, threading.excepthook)
    crash = install_crash_handler(paths)
    assert sys.excepthook != before[0] and threading.excepthook != before[1]

    crash.uninstall()

    assert (sys.excepthook, threading.excepthook) == before


FAULT_LOG_TEXT = (
    "Fatal Python error: Segmentation fault\n\n"
    "Current thread 0x00007f0000000000 (most recent call first):\n"
    '  File "/home/kari.nordmann/rustool/ui/client_view.py", line 12 in load\n'
)


def test_a_previous_native_crash_is_told_once_then_filed_as_a_report(
    handler: CrashHandler, paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    reports_dir(paths).mkdir(parents=True)
    (reports_dir(paths) / FAULT_LOG).write_text(FAULT_LOG_TEXT, encoding="utf-8")
    dialogs = CrashDialogs(monkeypatch)
    window = QWidget()

    handler.window_shown(window)
    handler.window_shown(window)  # already told
    next_start = CrashHandler(reports_dir(paths))
    next_start.window_shown(window)
    next_start.uninstall()

    [shown] = dialogs.shown
    assert shown.title == "rustool stoppet uventet"
    assert shown.icon == QMessageBox.Icon.Warning
    assert "rustool stoppet uventet forrige gang" in shown.text
    [report] = reports(paths)
    assert str(report) in shown.text and shown.selectable
    text = report.read_text(encoding="utf-8")
    assert "Segmentation fault" in text and 'File "client_view.py", line 12 in load' in text
    assert "kari.nordmann" not in text
    assert (reports_dir(paths) / FAULT_LOG).read_text(encoding="utf-8") == ""


def test_no_file_is_written_before_the_window_is_shown_or_an_error_occurs(
    handler: CrashHandler, paths: Paths
) -> None:
    # A start the user cancels, or that is refused, leaves the data folder as it was.
    assert not paths.data_dir.exists()
