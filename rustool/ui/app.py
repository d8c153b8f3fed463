"""Starting the window: the Qt application, the database, the main window.

The start takes the database's lock (a second rustool gets a message instead of a second
writer), runs SQLite's quick check before anything writes, and on a damaged database offers the
newest backup that passes the check, keeping the damaged file aside. The day's first start
makes the daily backup in the background once the window is up.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QCoreApplication, Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from rustool.db import (
    DAMAGED_CODES,
    Database,
    DatabaseLock,
    IntegrityCheck,
    StorageError,
    newest_good_backup,
    open_database,
    replace_damaged,
)
from rustool.paths import Paths
from rustool.ui import geometry
from rustool.ui.dialogs.backup_dialogs import (
    offer_backup,
    reason_text,
    show_info,
    start_daily_backup,
    taken_text,
    waiting,
)
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


def _t(text: str) -> str:
    return QCoreApplication.translate("app", text)


def _cannot_start(text: str) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        _t("rustool kan ikke starte"),
        text,
        QMessageBox.StandardButton.Ok,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)  # the message quotes a file path
    box.exec()


def _open(paths: Paths, check: IntegrityCheck | None) -> Database | None:
    """The checked database, or None once the user was told why not.

    A damaged database is never written to: the newest good backup is offered in its place.
    """
    try:
        return open_database(paths.db_file, paths.backup_dir, check=check or True)
    except StorageError as exc:
        if exc.code not in DAMAGED_CODES:
            _cannot_start(error_text(exc))
            return None
        damage = exc
    with waiting():  # each candidate is checked whole
        backup = newest_good_backup(paths.backup_dir)
    if backup is None:
        none = _t("Det finnes ingen hel sikkerhetskopi å hente dataene fra. Filen er ikke endret.")
        _cannot_start(f"{error_text(damage)}\n\n{none}")
        return None
    if not offer_backup(damage, backup):
        return None
    try:
        aside = replace_damaged(paths.db_file, backup.path)
        db = open_database(paths.db_file, paths.backup_dir, check=True)
    except StorageError as exc:
        _cannot_start(error_text(exc))
        return None
    show_info(
        None,
        _t("Sikkerhetskopien er tatt i bruk"),
        _t(
            "rustool bruker nå sikkerhetskopien fra {taken} ({reason}).\n\n"
            "Den skadede filen er tatt vare på som\n{aside}"
        ).format(
            taken=taken_text(backup.taken_at),
            reason=reason_text(backup.reason).lower(),
            aside=aside,
        ),
    )
    return db


def _in_use_text(error: StorageError) -> str:
    text = _t(
        "rustool er allerede åpent med denne databasen, i et annet vindu eller i en kommando "
        "som kjører. Bruk det vinduet, eller lukk det og start rustool på nytt."
    )
    return f"{text}\n\n{error.message}"


def run_gui(
    paths: Paths, argv: list[str] | None = None, *, check: IntegrityCheck | None = None
) -> int:
    """The window on the database; `check` is the start-up integrity check if the caller
    started it already (the command line does, before loading Qt)."""
    app = _application(sys.argv if argv is None else argv)
    geometry.use_settings_file(paths.ui_settings_file)
    lock = DatabaseLock(paths.db_file)
    try:
        lock.acquire()
    except StorageError as exc:
        _cannot_start(_in_use_text(exc) if exc.code == "in_use" else error_text(exc))
        return 1
    try:
        db = _open(paths, check)
        if db is None:
            return 1
        try:
            window = MainWindow(db)  # loads the first page of the list
            window.show()
            window.activateWindow()
            start_daily_backup(window, db)
            probe = os.environ.get(STARTUP_PROBE_ENV)
            if probe:
                _report_when_ready(app, window, float(probe))
            return app.exec()
        finally:
            QThreadPool.globalInstance().waitForDone()  # a backup under way is finished
            db.close()
    finally:
        lock.release()
