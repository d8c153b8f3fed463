"""Starting the window: the Qt application, the passphrase, the database, the main window.

The start takes the database's lock (a second rustool gets a message instead of a second
writer), asks the passphrase (a new one at the first start; an unencrypted database of an
earlier version is encrypted on request first), runs SQLite's quick check before anything
writes (encrypted: at the day's first start; SQLCipher authenticates every page it reads), and
on a damaged database offers the newest backup that passes the check, keeping the damaged file
aside. The day's first start makes the daily backup in the background once the window is up.
$RUSTOOL_PASSPHRASE, when set, answers the passphrase question (scripted starts).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QThreadPool, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from rustool import encryption, i18n
from rustool.db import (
    DAMAGED_CODES,
    Database,
    DatabaseLock,
    StorageError,
    check_file_kind,
    daily_backup_taken,
    database_key,
    first_read,
    newest_good_backup,
    open_database,
    replace_damaged,
)
from rustool.db_conversion import encrypt_database
from rustool.domain.passphrase import check_new_passphrase
from rustool.domain.records import ValidationError
from rustool.encryption import PASSPHRASE_ENV, Key
from rustool.paths import Paths
from rustool.services.first_start import FirstStartAnswers
from rustool.ui import geometry
from rustool.ui.crash import EXIT_STATUS, CrashHandler, install_crash_handler
from rustool.ui.dialogs.backup_dialogs import (
    offer_backup,
    reason_text,
    start_daily_backup,
    taken_text,
)
from rustool.ui.dialogs.message_box import ask, show_info, waiting
from rustool.ui.dialogs.passphrase_dialogs import NewPassphraseDialog, PassphraseDialog
from rustool.ui.main_window import MainWindow
from rustool.ui.messages import error_text
from rustool.ui.wizards.first_start import apply_first_start, run_first_start

# The benchmark sets this to the epoch time at which it launched the process; the app then
# reports how long until the window was usable, and quits.
STARTUP_PROBE_ENV = "RUSTOOL_STARTUP_PROBE"
PROBE_INTERVAL_MS = 5
PROBE_TIMEOUT_S = 30.0
APP_ICON = Path(__file__).resolve().parent.parent / "resources" / "icons" / "no.rustool.Rustool.svg"


def _application(argv: list[str]) -> QApplication:
    existing = QCoreApplication.instance()
    if isinstance(existing, QApplication):  # tests run inside pytest-qt's application
        return existing
    app = QApplication(argv)
    app.setApplicationName("rustool")
    app.setOrganizationName("rustool")
    app.setDesktopFileName("no.rustool.Rustool")  # matches packaging/linux/*.desktop
    # The title bar and task switcher; the desktop entry names the same icon.
    app.setWindowIcon(QIcon(str(APP_ICON)))
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


class _Cancelled(Exception):
    """The user chose not to go on (no passphrase given); the start ends quietly."""


def _new_key(title: str, intro: str) -> Key:
    dialog = NewPassphraseDialog(title, intro)
    if dialog.exec() != NewPassphraseDialog.DialogCode.Accepted:
        raise _Cancelled
    with waiting():
        return Key.new(dialog.passphrase)


def _encrypt_old(paths: Paths) -> Key:
    """An unencrypted database from an earlier version: encrypted on request, or no start."""
    if not ask(
        None,
        _t("Databasen er ikke kryptert"),
        _t(
            "Databasen ble laget av en tidligere versjon av rustool og er ikke kryptert. Den må "
            "krypteres før den kan brukes. Først tas en sikkerhetskopi; den krypterte filen "
            "sammenlignes med den gamle før den gamle fjernes, og sikkerhetskopiene krypteres "
            "også.\n\n{path}"
        ).format(path=paths.db_file),
        yes_text=_t("Krypter"),
        no_text=_t("Avslutt"),
    ):
        raise _Cancelled
    key = _new_key(_t("Velg passordfrase"), _t("Velg passordfrasen databasen skal krypteres med."))
    with waiting():
        report = encrypt_database(paths.db_file, paths.backup_dir, key)
    if report.backups_encrypted == 1:
        done = _t("Databasen og 1 sikkerhetskopi er kryptert.")
    else:
        done = _t("Databasen og {count} sikkerhetskopier er kryptert.").format(
            count=report.backups_encrypted
        )
    if report.backups_left:
        left = "\n".join(str(path) for path in report.backups_left)
        done += "\n\n" + _t(
            "Disse sikkerhetskopiene er skadet og kunne ikke krypteres. De er fortsatt "
            "ukrypterte; slett dem når du ikke trenger dem:\n{files}"
        ).format(files=left)
    show_info(None, _t("Kryptert"), done)
    return key


def _unlock(paths: Paths) -> Key:
    """The key of the existing database: the passphrase asked until it opens the file."""
    chosen: list[Key] = []

    def attempt(passphrase: str) -> str | None:
        key = database_key(paths.db_file, passphrase, paths.backup_dir)
        try:
            first_read(paths.db_file, key, paths.backup_dir)
        except StorageError as exc:
            if exc.code == "wrong_passphrase":
                return _t("Feil passordfrase. Ingenting er endret; prøv igjen.")
            if exc.code not in DAMAGED_CODES:
                return error_text(exc)
        chosen.append(key)  # a damaged file is explained, with a backup offered, after this
        return None

    given = os.environ.get(PASSPHRASE_ENV)
    problem = None if given is None else attempt(given)
    if given is not None and problem is None:
        return chosen[0]
    dialog = PassphraseDialog(paths.db_file, attempt)
    if problem is not None:
        dialog.show_problem(problem)
    if dialog.exec() != PassphraseDialog.DialogCode.Accepted:
        raise _Cancelled
    return chosen[-1]


def _first_start(paths: Paths) -> tuple[Key, FirstStartAnswers | None]:
    """A new database: the first-start assistant asks the passphrase with the rest (nothing is
    written before it is finished). $RUSTOOL_PASSPHRASE alone answers a scripted start."""
    given = os.environ.get(PASSPHRASE_ENV)
    if given is not None:
        check_new_passphrase(given, given)
        return Key.new(given), None
    answers = run_first_start(language=i18n.read_language(paths.ui_settings_file))
    if answers is None:
        raise _Cancelled
    with waiting():
        return Key.new(answers.passphrase), answers


def _key(paths: Paths, unencrypted: bool) -> tuple[Key | None, FirstStartAnswers | None]:
    """The key to open the database with (None in the developer's unencrypted mode), and the
    first-start assistant's answers when the database is new."""
    path = paths.db_file
    if unencrypted:
        check_file_kind(path, None)
        return None, None
    if encryption.is_plain(path):
        return _encrypt_old(paths), None
    if not path.is_file() or path.stat().st_size == 0:
        return _first_start(paths)
    return _unlock(paths), None


def _open(paths: Paths, key: Key | None) -> Database | None:
    """The checked database, or None once the user was told why not.

    A damaged database is never written to: the newest good backup is offered in its place.
    """
    # The full quick check reads every page; encrypted, that takes seconds on a large database.
    # It runs at the day's first start (the daily backup must come from a checked file); on
    # later starts SQLCipher authenticates every page as it is read, so a damaged page fails
    # its read, and no write can touch it.
    check = key is None or not daily_backup_taken(paths.backup_dir)
    try:
        return open_database(paths.db_file, paths.backup_dir, key=key, check=check)
    except StorageError as exc:
        if exc.code not in DAMAGED_CODES:
            _cannot_start(error_text(exc))
            return None
        return _recover(paths, key, exc)


def _recover(paths: Paths, key: Key | None, damage: StorageError) -> Database | None:
    """The newest good backup in place of the damaged database, if the user wants it."""
    with waiting():  # each candidate is checked whole
        backup = newest_good_backup(paths.backup_dir, key)
    if backup is None:
        none = _t("Det finnes ingen hel sikkerhetskopi å hente dataene fra. Filen er ikke endret.")
        _cannot_start(f"{error_text(damage)}\n\n{none}")
        return None
    if not offer_backup(damage, backup):
        return None
    try:
        aside = replace_damaged(paths.db_file, backup.path, key)
        db = open_database(paths.db_file, paths.backup_dir, key=key, check=True)
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


def _window(
    paths: Paths, key: Key | None, first_start: FirstStartAnswers | None = None
) -> tuple[MainWindow, Database] | None:
    """The main window on the opened database; a damaged page its first reads meet (the full
    check may not have run, see `_open`) is handled like damage found at the open. A new
    database gets the first-start answers before the window reads it."""
    db = _open(paths, key)
    if db is None:
        return None
    if first_start is not None:
        i18n.save_language(paths.ui_settings_file, first_start.language)
        apply_first_start(db, first_start)  # a failure is told; the start goes on
    try:
        return MainWindow(db), db  # loads the first page of the list
    except StorageError as exc:
        db.close()
        if exc.code not in DAMAGED_CODES:
            raise
        db = _recover(paths, key, exc)
    if db is None:
        return None
    try:
        return MainWindow(db), db
    except BaseException:
        db.close()
        raise


def _in_use_text(error: StorageError) -> str:
    text = _t(
        "rustool er allerede åpent med denne databasen, i et annet vindu eller i en kommando "
        "som kjører. Bruk det vinduet, eller lukk det og start rustool på nytt."
    )
    return f"{text}\n\n{error.message}"


def run_gui(paths: Paths, argv: list[str] | None = None, *, unencrypted: bool = False) -> int:
    """The window on the database (`unencrypted`: the developer's option).

    From the moment the application exists, an unexpected error is reported and explained
    (rustool.ui.crash): in the window the user may keep working; before the window, or after
    its loop, the start ends with status 1.
    """
    app = _application(sys.argv if argv is None else argv)
    crashes = install_crash_handler(paths)
    try:
        return _run(app, paths, crashes, unencrypted)
    except Exception as exc:  # not from a slot (those reach the handler's hook)
        crashes.report_fatal(exc)
        return EXIT_STATUS
    finally:
        crashes.uninstall()


def _run(app: QApplication, paths: Paths, crashes: CrashHandler, unencrypted: bool) -> int:
    geometry.use_settings_file(paths.ui_settings_file)
    i18n.apply_language(app, i18n.read_language(paths.ui_settings_file))
    lock = DatabaseLock(paths.db_file)
    try:
        lock.acquire()
    except StorageError as exc:
        _cannot_start(_in_use_text(exc) if exc.code == "in_use" else error_text(exc))
        return 1
    try:
        try:
            key, first_start = _key(paths, unencrypted)
        except _Cancelled:
            return 0
        except (StorageError, ValidationError) as exc:
            _cannot_start(error_text(exc))
            return 1
        opened = _window(paths, key, first_start)
        if opened is None:
            return 1
        window, db = opened
        try:
            window.show()
            window.activateWindow()
            crashes.window_shown(window)  # native crashes logged; the last run's told once
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
