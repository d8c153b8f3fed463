"""`rustool self-test`: does this installation have every part it needs?

Written for the PyInstaller bundle, where a module, data file or native library left out shows
only when it is used: each check uses one such part the way the app does. Everything happens
in a temporary folder with a throwaway key and synthetic data; the user's data folder is never
read or written. Qt runs on its offscreen platform, so no display is needed.

One line per check (`ok NAME: what was seen`); the first failure prints `FAILED NAME: ...`
(the traceback goes to stderr) and the run ends with exit status 1.
"""

from __future__ import annotations

import datetime as dt
import secrets
import sys
import tempfile
import time
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import rustool
from rustool import __version__, encryption
from rustool.db import Database, head_revision, open_database
from rustool.domain.deadlines import is_working_day
from rustool.domain.invitation import DEFAULT_TIMEZONE, meeting_invitation
from rustool.domain.passphrase import strength
from rustool.encryption import Key
from rustool.services.clients import create_client
from rustool.services.documents import referral_pdf
from rustool.services.referrals import create_referral

RESOURCES = Path(rustool.__file__).resolve().parent / "resources"
I18N_DIR = RESOURCES / "i18n"
ICON_FILE = RESOURCES / "icons" / "no.rustool.Rustool.svg"
SYNTHETIC_NATIONAL_ID = "10915596784"  # month + 80: a test number, nobody's real one
# Christmas Day 2026 is a Friday: only the Norwegian holiday calendar makes it a day off.
HOLIDAY = dt.date(2026, 12, 25)
FONT_NAME = b"DejaVuSans"  # the bundled font, named in every PDF that embeds it


class SelfTestFailed(Exception):
    """A check saw something wrong; the message says what."""


class _Stopped(Exception):
    def __init__(self, check: str) -> None:
        super().__init__(check)
        self.check = check


@contextmanager
def _check(name: str) -> Iterator[list[str]]:
    """One check: the body appends what it saw; any exception fails the check by name."""
    seen: list[str] = []
    try:
        yield seen
    except Exception as exc:
        traceback.print_exc(file=sys.stderr)
        print(f"FAILED {name}: {type(exc).__name__}: {exc}", flush=True)
        raise _Stopped(name) from exc
    print(f"ok {name}: {'; '.join(seen)}", flush=True)


def run_self_test() -> int:
    """Run every check; 0 when all pass, 1 at the first failure."""
    started = time.monotonic()
    print(f"rustool {__version__} self-test", flush=True)
    try:
        with tempfile.TemporaryDirectory(prefix="rustool-self-test-") as folder:
            _run_checks(Path(folder))
    except _Stopped as stopped:
        print(f"self-test FAILED at {stopped.check}", flush=True)
        return 1
    print(f"self-test passed in {time.monotonic() - started:.1f} s", flush=True)
    return 0


def _run_checks(folder: Path) -> None:
    db = _open_database(folder)
    try:
        pdf = _check_records(db)
        _check_rules()
        _check_translations()
        _check_qt(db, pdf, folder)
    finally:
        db.close()


def _open_database(folder: Path) -> Database:
    with _check("database") as seen:
        path = folder / "rustool.sqlite3"
        db = open_database(path, folder / "backups", key=Key.new(secrets.token_urlsafe(24)))
        try:
            if encryption.is_plain(path):
                raise SelfTestFailed("the database file was written unencrypted")
            revision = db.current_revision()
            if revision != head_revision():
                raise SelfTestFailed(f"schema {revision}, expected {head_revision()}")
        except BaseException:
            db.close()
            raise
        seen.append(f"encrypted (SQLCipher), migrated to schema {revision}")
    return db


def _check_records(db: Database) -> bytes:
    """A synthetic client, a TSB referral draft and its PDF; returns the PDF."""
    with _check("client") as seen:
        client = create_client(
            db,
            {
                "given_name": "Selv",
                "family_name": "Test",
                "national_id": SYNTHETIC_NATIONAL_ID,
            },
        )
        assert client.id is not None
        # The birth date comes from the national id, through python-stdnum's check digits.
        seen.append(f"synthetic client {client.id}, born {client.birth_date:%d.%m.%Y}")
    with _check("referral") as seen:
        referral = create_referral(db, client.id, "tsb")
        assert referral.id is not None
        seen.append(f"TSB referral draft {referral.id}")
    with _check("pdf") as seen:
        document = referral_pdf(db, referral.id)
        if not document.data.startswith(b"%PDF"):
            raise SelfTestFailed("the referral is not a PDF file")
        if FONT_NAME not in document.data:
            raise SelfTestFailed("the bundled font is not in the PDF")
        seen.append(f"referral, {document.pages} page(s), {len(document.data)} bytes")
    return document.data


def _check_rules() -> None:
    """The libraries behind the domain rules, each with data of its own."""
    with _check("holidays") as seen:
        if is_working_day(HOLIDAY):
            raise SelfTestFailed(f"{HOLIDAY:%d.%m.%Y} counted as a working day")
        seen.append(f"{HOLIDAY:%d.%m.%Y} is a public holiday in Norway")
    with _check("calendar") as seen:
        invitation = meeting_invitation(
            uid="self-test@rustool",
            starts_at=dt.datetime(2026, 12, 1, 10, 0),
            ends_at=None,
            location=None,
            organizer_name="Selv Test",
            organizer_email=None,
            attendees=[],
        )
        if f"TZID:{DEFAULT_TIMEZONE}".encode() not in invitation:
            raise SelfTestFailed(f"the invitation lacks the {DEFAULT_TIMEZONE} time zone")
        seen.append(f"meeting invitation in {DEFAULT_TIMEZONE} time")
    with _check("passphrase") as seen:
        if strength("password").acceptable or not strength(secrets.token_urlsafe(24)).acceptable:
            raise SelfTestFailed("the strength estimate is wrong")
        seen.append("strength estimate (zxcvbn) works")


def _check_translations() -> None:
    from PySide6.QtCore import QTranslator  # Qt only once the storage checks passed

    with _check("translations") as seen:
        files = sorted(I18N_DIR.glob("*.qm"))
        for path in files:
            if not QTranslator().load(str(path)):
                raise SelfTestFailed(f"{path.name} does not load")
        names = ", ".join(path.stem for path in files)
        seen.append(f"{len(files)} loaded ({names})" if files else "none built")


def _check_qt(db: Database, pdf: bytes, folder: Path) -> None:
    from PySide6.QtCore import QThreadPool
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from rustool.ui import geometry
    from rustool.ui.dialogs.pdf_preview import PdfPages
    from rustool.ui.main_window import MainWindow

    with _check("qt") as seen:
        existing = QApplication.instance()
        app = (
            existing
            if isinstance(existing, QApplication)
            else QApplication(["rustool", "-platform", "offscreen"])
        )
        seen.append(f"platform {app.platformName()}")
    with _check("icon") as seen:
        icon = QIcon(str(ICON_FILE))
        for size in (16, 256):
            if icon.pixmap(size, size).isNull():
                raise SelfTestFailed(f"{ICON_FILE.name} does not render at {size} px")
        seen.append("SVG icon renders at 16 and 256 px")
    with _check("preview") as seen:
        pages = PdfPages(pdf)
        try:
            image = pages.render(0, 1.0)
        finally:
            pages.close()
        if image is None or image.isNull():
            raise SelfTestFailed("page 1 did not render")
        seen.append(f"page 1 rendered by PDFium, {image.width()}x{image.height()} px")
    with _check("window") as seen:
        # Window sizes are remembered in the temporary folder, not beside the user's data.
        geometry.use_settings_file(folder / "ui.ini")
        window = MainWindow(db)
        try:
            window.show()
            app.processEvents()
            rows = window.model.rowCount()
            if rows != 1:
                raise SelfTestFailed(f"the client list shows {rows} clients, not 1")
            seen.append("main window lists the synthetic client")
        finally:
            window.close()
            QThreadPool.globalInstance().waitForDone()  # background reads end before the db
