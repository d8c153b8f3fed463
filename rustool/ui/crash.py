"""The crash dialog: an unexpected error is reported and explained; rustool never just vanishes.

`install_crash_handler` takes over `sys.excepthook` (PySide6 calls it for an exception in a
slot, and the event loop runs on) and `threading.excepthook`. Each error gets a report without
personal data (see rustool.crash_report) and a dialog on the UI thread: an error in another
thread is queued there. While the dialog is open, further errors only count up in it, so an
error loop never stacks dialogs, and the same error from the same place is reported once.
`report_fatal` is for an error that ends the start. `window_shown` points `faulthandler` at the
reports folder and tells, once, that the previous run stopped in native code.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from rustool.crash_report import (
    FaultLog,
    file_previous_faults,
    reports_dir,
    signature,
    write_report,
)
from rustool.paths import Paths

EXIT_STATUS = 1


def _t(text: str) -> str:
    return QCoreApplication.translate("crash", text)


def _message_box(
    icon: QMessageBox.Icon, title: str, text: str, parent: QWidget | None
) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # the text quotes file paths
    # The path can be selected and copied, with the mouse or the keyboard.
    box.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    return box


def _where_saved(path: Path | None, directory: Path) -> str:
    if path is None:
        return _t(
            "Feilrapporten kunne ikke lagres (disken kan være full, eller mappen kan ikke "
            "skrives til):\n{folder}"
        ).format(folder=directory)
    return _t(
        "En feilrapport er lagret her:\n{path}\n\nRapporten inneholder ingen personopplysninger."
    ).format(path=path)


class CrashHandler(QObject):
    """Reports every unexpected error; lives on the UI thread, where its dialogs show."""

    _crashed = Signal(object)  # the report's path or None; queued from other threads

    def __init__(self, directory: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.directory = directory
        self._reports: dict[tuple[object, ...], Path] = {}
        self._reports_lock = threading.Lock()  # errors may come from several threads at once
        self._telling = False  # a crash dialog is being shown
        self._box: QMessageBox | None = None
        self._box_path: Path | None = None
        self._more = 0
        self._previous_excepthook = sys.excepthook
        self._previous_threading_hook = threading.excepthook
        self._fault_log: FaultLog | None = None
        self._crashed.connect(self._tell)

    def install(self) -> None:
        sys.excepthook = self._excepthook
        threading.excepthook = self._threading_hook

    def window_shown(self, window: QWidget) -> None:
        """Native crashes are written down from here on (not before: a start that is refused
        or cancelled leaves no file behind); one the previous run died of is told, once."""
        if self._fault_log is None:
            self._fault_log = FaultLog.start(self.directory)
        _tell_previous_faults(window, self.directory)

    def uninstall(self) -> None:
        """The hooks as they were (run_gui returns; tests start many windows in one process)."""
        sys.excepthook = self._previous_excepthook
        threading.excepthook = self._previous_threading_hook
        if self._fault_log is not None:
            self._fault_log.stop()
            self._fault_log = None

    # --- any thread ----------------------------------------------------------------------------

    def _excepthook(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if not isinstance(exc, Exception):  # Ctrl+C, SystemExit: not a crash
            self._previous_excepthook(exc_type, exc, tb)
            return
        try:
            self._crashed.emit(self._report(exc))  # direct on the UI thread, else queued
        except Exception:
            self._previous_excepthook(exc_type, exc, tb)  # at least the console shows it

    def _threading_hook(self, args: threading.ExceptHookArgs) -> None:
        if not isinstance(args.exc_value, Exception):
            self._previous_threading_hook(args)
            return
        try:
            self._crashed.emit(self._report(args.exc_value))
        except Exception:
            self._previous_threading_hook(args)

    def _report(self, exc: Exception) -> Path | None:
        """The error's report; an error repeated from the same place keeps its first report
        (an error loop does not churn the disk)."""
        key = signature(exc)
        with self._reports_lock:
            known = self._reports.get(key)
        if known is not None:
            return known
        path = write_report(self.directory, exc)
        if path is not None:
            with self._reports_lock:
                self._reports[key] = path
        if sys.stderr is not None:  # a windowed build has no console
            print(
                f"rustool: unexpected error ({type(exc).__name__}), "
                f"report {'saved to ' + str(path) if path else 'could not be saved'}",
                file=sys.stderr,
            )
        return path

    # --- the UI thread -------------------------------------------------------------------------

    def _tell(self, path: Path | None) -> None:
        if self._telling:  # never a second dialog: the open one counts
            self._more += 1
            if self._box is not None:
                self._box.setText(self._text(self._box_path))
            return
        self._telling = True
        try:
            self._show(path)
        except Exception as exc:
            # Showing failed (a translation with a broken placeholder): that error is written
            # down, never raised, since raised here it would come back to this slot, forever.
            self._report(exc)
        finally:
            self._telling = False
            self._box = None

    def _show(self, path: Path | None) -> None:
        self._more = 0
        self._box_path = path
        box = _message_box(
            QMessageBox.Icon.Critical,
            _t("rustool – uventet feil"),
            self._text(path),
            QApplication.activeWindow(),
        )
        keep = box.addButton(_t("Fortsett å arbeide"), QMessageBox.ButtonRole.AcceptRole)
        close = box.addButton(_t("Lukk rustool"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        self._box = box
        box.exec()
        if box.clickedButton() is close:
            # Queued: it runs in the next event loop, also for an error before app.exec();
            # exit() leaves every running loop, modal dialogs' too, with status 1.
            QTimer.singleShot(0, lambda: QCoreApplication.exit(EXIT_STATUS))

    def _text(self, path: Path | None) -> str:
        text = "\n\n".join(
            [
                _t(
                    "Det oppstod en uventet feil i rustool. Det du har lagret, er trygt, og "
                    "utkast lagres mens du skriver."
                ),
                _where_saved(path, self.directory),
                _t(
                    "Du kan fortsette å arbeide. Lukk rustool og start det på nytt hvis noe "
                    "ikke virker som det skal."
                ),
            ]
        )
        if self._more == 1:
            text += "\n\n" + _t("Det har oppstått én feil til mens denne meldingen var åpen.")
        elif self._more > 1:
            text += "\n\n" + _t(
                "Det har oppstått {count} feil til mens denne meldingen var åpen."
            ).format(count=self._more)
        return text

    def report_fatal(self, exc: Exception) -> None:
        """An error that ends the start (no window yet, or its loop already over): reported
        and explained; the caller then exits with EXIT_STATUS."""
        path = self._report(exc)
        text = "\n\n".join(
            [
                _t(
                    "Det oppstod en uventet feil, og rustool må avslutte. Det du har lagret, "
                    "er trygt."
                ),
                _where_saved(path, self.directory),
            ]
        )
        box = _message_box(QMessageBox.Icon.Critical, _t("rustool – uventet feil"), text, None)
        box.addButton(_t("Lukk rustool"), QMessageBox.ButtonRole.AcceptRole)
        box.exec()


def install_crash_handler(paths: Paths) -> CrashHandler:
    """Every unexpected error from now on is reported (call once a QApplication exists)."""
    handler = CrashHandler(reports_dir(paths))
    handler.install()
    return handler


def _tell_previous_faults(parent: QWidget, directory: Path) -> None:
    """If the previous run stopped in native code, say so once and where the report is."""
    filed = file_previous_faults(directory)
    if not filed:
        return
    text = "\n\n".join(
        [
            _t(
                "rustool stoppet uventet forrige gang det ble brukt. Det du hadde lagret, er "
                "trygt, og utkast lagres mens du skriver."
            ),
            # One report, unless an earlier one could not be filed at its start (a full disk).
            _t("En feilrapport er lagret her:\n{paths}").format(
                paths="\n".join(str(path) for path in filed)
            ),
            _t("Rapporten inneholder ingen personopplysninger."),
        ]
    )
    box = _message_box(QMessageBox.Icon.Warning, _t("rustool stoppet uventet"), text, parent)
    box.addButton(QMessageBox.StandardButton.Ok)
    box.exec()
