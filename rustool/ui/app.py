"""Starting the window: the Qt application, the database, the main window."""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from rustool.db import StorageError, open_database
from rustool.paths import Paths
from rustool.ui import geometry
from rustool.ui.main_window import MainWindow
from rustool.ui.messages import error_text

# The benchmark sets this to the epoch time at which it launched the process; the app then
# reports how long until the window was usable, and quits.
STARTUP_PROBE_ENV = "RUSTOOL_STARTUP_PROBE"
PROBE_INTERVAL_MS = 5
PROBE_TIMEOUT_S = 30.0


def _application(argv: list[str]) -> QApplication:
    existing = QCoreApplication.instance()
    if isinstance(existing, QApplication):  # tests run inside pytest-qt's application
        return existing
    app = QApplication(argv)
    app.setApplicationName("rustool")
    app.setOrganizationName("rustool")
    app.setDesktopFileName("no.rustool.Rustool")  # matches packaging/linux/*.desktop
    return app


def _peak_memory_mb() -> float:
    """Peak resident memory of this process, where the platform tells it (not on Windows)."""
    try:
        import resource
    except ImportError:
        return float("nan")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Linux reports kibibytes, macOS bytes.
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def _report_when_ready(app: QApplication, window: MainWindow, launched_at: float) -> None:
    """Print `window-ready <seconds> rss-mb <peak MB>` once the list is shown and focused."""
    timer = QTimer(window)
    timer.setInterval(PROBE_INTERVAL_MS)

    def check() -> None:
        elapsed = time.time() - launched_at
        if window.isActiveWindow() and window.search_edit.hasFocus():
            timer.stop()
            print(f"window-ready {elapsed:.3f} rss-mb {_peak_memory_mb():.1f}", flush=True)
            app.quit()
        elif elapsed > PROBE_TIMEOUT_S:
            timer.stop()
            print("window-not-ready: the search field never got focus", file=sys.stderr)
            app.exit(1)

    timer.timeout.connect(check)
    timer.start()


def run_gui(paths: Paths, argv: list[str] | None = None) -> int:
    app = _application(sys.argv if argv is None else argv)
    geometry.use_settings_file(paths.ui_settings_file)
    try:
        db = open_database(paths.db_file, paths.backup_dir)
    except StorageError as exc:
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("app", "rustool kan ikke starte"),
            error_text(exc),
            QMessageBox.StandardButton.Ok,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)  # the message quotes a file path
        box.exec()
        return 1
    try:
        window = MainWindow(db)  # loads the first page of the list
        window.show()
        window.activateWindow()
        probe = os.environ.get(STARTUP_PROBE_ENV)
        if probe:
            _report_when_ready(app, window, float(probe))
        return app.exec()
    finally:
        db.close()
