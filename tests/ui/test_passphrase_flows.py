"""The passphrase in the window as the user meets it: chosen at the first start, asked at every
start, asked once to encrypt an old unencrypted database, changed from the Fil menu, and asked
again for a backup made under an earlier passphrase."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from rustool import encryption, i18n
from rustool.db import Database, database_key, list_backups, open_database, opens_with
from rustool.encryption import PASSPHRASE_ENV, Key, key_for
from rustool.paths import Paths, resolve_paths
from rustool.services.clients import count_clients, create_client, search_clients
from rustool.services.settings import get_settings
from rustool.ui import geometry
from rustool.ui.app import run_gui
from rustool.ui.dialogs.passphrase_dialogs import NewPassphraseDialog, PassphraseDialog
from rustool.ui.wizards.first_start import FirstStartWizard
from tests.conftest import TEST_KEY, TEST_PASSPHRASE, connect_raw
from tests.ui.dialog_helpers import MessageBoxes, NewPassphraseAnswers, PassphraseAnswers
from tests.ui.test_app import Session, digest
from tests.ui.test_first_start import PASSPHRASE as FIRST_START_PASSPHRASE
from tests.ui.test_first_start import fill_to
from tests.ui.test_main_window import drive_restore_dialog, names, open_window, search

NEW_PASSPHRASE = "sju grønne elefanter på ski"
WRONG_PASSPHRASE = "feil passordfrase her"
BORN = {"birth_date": "1980-02-01"}

D = TypeVar("D", bound=QDialog)


@pytest.fixture(autouse=True)
def _restore_geometry_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(geometry, "_settings_file", None)  # run_gui sets it; undone afterwards


@pytest.fixture(autouse=True)
def _no_unexpected_dialog(monkeypatch: pytest.MonkeyPatch) -> None:
    """A dialog no test answers fails the test instead of blocking it; each test patches the
    dialogs it expects on top of this. QMessageBox has an `exec` of its own, so both."""

    def unexpected(dialog: QDialog) -> int:
        text = dialog.text() if isinstance(dialog, QMessageBox) else ""
        raise AssertionError(f"unexpected dialog {dialog.windowTitle()!r}: {text}")

    monkeypatch.setattr(QDialog, "exec", unexpected)
    monkeypatch.setattr(QMessageBox, "exec", unexpected)


# --- the user at the dialogs -------------------------------------------------------------------


def drive(monkeypatch: pytest.MonkeyPatch, kind: type[D], user: Callable[[D], None]) -> list[D]:
    """Each `kind` dialog is shown and handed to `user`, who types and clicks. Shown, so that
    a refusal can be seen to keep it open."""
    opened: list[D] = []

    def exec_(dialog: D) -> int:
        opened.append(dialog)
        dialog.show()
        user(dialog)
        return dialog.result()

    monkeypatch.setattr(kind, "exec", exec_)
    return opened


def type_text(edit: QLineEdit | None, text: str) -> None:
    assert edit is not None
    edit.clear()
    QTest.keyClicks(edit, text)


def press_ok(dialog: QDialog) -> None:
    """Click the button that accepts the dialog («OK», «Åpne»)."""
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    [button] = [b for b in box.buttons() if box.buttonRole(b) == box.ButtonRole.AcceptRole]
    button.click()


def choose(
    dialog: NewPassphraseDialog,
    passphrase: str,
    repeated: str | None = None,
    current: str | None = None,
) -> None:
    if current is not None:
        type_text(dialog.current_edit, current)
    type_text(dialog.passphrase_edit, passphrase)
    type_text(dialog.repeated_edit, passphrase if repeated is None else repeated)
    press_ok(dialog)


def refused_with(dialog: NewPassphraseDialog | PassphraseDialog, message: str) -> None:
    assert dialog.message.text() == message
    assert dialog.message.isVisible()
    assert dialog.isVisible()  # still open for another try


# --- files and data ----------------------------------------------------------------------------


def files_in(folder: Path) -> dict[str, str]:
    """Every file under `folder` with its content's hash: what "nothing changed" means. The
    lock file is left out: it is the running start's own, and goes when the start ends."""
    return {
        str(path.relative_to(folder)): digest(path)
        for path in sorted(folder.rglob("*"))
        if path.is_file() and not path.name.endswith(".lock")
    }


def encrypted_database(path: Path, *given_names: str) -> None:
    db = open_database(path, key=TEST_KEY)
    for given in given_names:
        add_client(db, given)
    db.close()


def add_client(db: Database, given: str) -> None:
    create_client(db, {"given_name": given, "family_name": "Nordmann", **BORN})


def old_unencrypted_database(paths: Paths) -> Path:
    """What an earlier rustool left: an unencrypted database with Kari, and a manual backup."""
    old = open_database(paths.db_file, paths.backup_dir, key=None)
    add_client(old, "Kari")
    backup = old.take_backup("manual")
    old.close()
    assert encryption.is_plain(paths.db_file) and encryption.is_plain(backup)
    return backup


def client_names(db: Database) -> list[str]:
    return sorted(f"{c.family_name}, {c.given_name}" for c in search_clients(db, status="all"))


def opens_with_passphrase(path: Path, passphrase: str) -> bool:
    return opens_with(path, key_for(path, passphrase))


# --- the first start ---------------------------------------------------------------------------


def test_the_first_start_assistant_makes_the_encrypted_database_with_its_answers(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(PASSPHRASE_ENV)
    paths = resolve_paths(data_dir=tmp_path / "data")
    shown: list[FirstStartWizard] = []

    def user(wizard: FirstStartWizard) -> int:
        shown.append(wizard)
        wizard.show()
        fill_to(wizard, 4)
        wizard.demo_page.wanted.setChecked(True)
        wizard.demo_page.count.setValue(7)
        fill_to(wizard, 5)
        assert not paths.db_file.exists()  # nothing is made before the assistant is finished
        wizard.accept()
        return wizard.result()

    monkeypatch.setattr(FirstStartWizard, "exec", user)
    session = Session(monkeypatch)

    assert run_gui(paths, []) == 0

    assert [wizard.windowTitle() for wizard in shown] == ["Sett opp rustool"]
    assert paths.db_file.read_bytes()[:16] != encryption.SQLITE_MAGIC
    with closing(connect_raw(paths.db_file, key=None)) as plain, pytest.raises(encryption.Error):
        plain.execute("SELECT count(*) FROM sqlite_master").fetchone()
    key = database_key(paths.db_file, FIRST_START_PASSPHRASE, paths.backup_dir)
    reopened = open_database(paths.db_file, paths.backup_dir, key=key)
    assert get_settings(reopened).user_name == "Kari Nordmann"
    assert get_settings(reopened).org_email == "post@example.no"
    assert count_clients(reopened, status="all") == 7
    assert session.names is not None
    assert len(session.names) == count_clients(reopened)  # the window shows the demo clients
    reopened.close()
    assert i18n.read_language(paths.ui_settings_file) == "nb"


def test_cancelling_the_first_start_ends_quietly_and_makes_no_database(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(PASSPHRASE_ENV)
    paths = resolve_paths(data_dir=tmp_path / "data")
    shown: list[FirstStartWizard] = []

    def user(wizard: FirstStartWizard) -> int:
        shown.append(wizard)
        wizard.show()
        wizard.reject()  # nothing typed: closes without a question
        return wizard.result()

    monkeypatch.setattr(FirstStartWizard, "exec", user)

    assert run_gui(paths, []) == 0
    assert len(shown) == 1
    assert not paths.db_file.exists()
    assert not paths.backup_dir.exists()
    assert not paths.ui_settings_file.exists()  # not even the language


# --- every start -------------------------------------------------------------------------------


def test_a_wrong_passphrase_at_the_start_changes_nothing_and_the_right_one_opens(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(PASSPHRASE_ENV)
    paths = resolve_paths(data_dir=tmp_path / "data")
    encrypted_database(paths.db_file, "Kari", "Ola")
    before = files_in(paths.data_dir)
    assert list(before) == ["rustool.sqlite3"]

    def user(dialog: PassphraseDialog) -> None:
        type_text(dialog.passphrase_edit, WRONG_PASSPHRASE)
        press_ok(dialog)
        refused_with(dialog, "Feil passordfrase. Ingenting er endret; prøv igjen.")
        assert dialog.passphrase_edit.text() == ""  # emptied for the next try
        assert files_in(paths.data_dir) == before  # the same bytes; no -wal, -shm or backup
        type_text(dialog.passphrase_edit, TEST_PASSPHRASE)
        press_ok(dialog)

    opened = drive(monkeypatch, PassphraseDialog, user)
    session = Session(monkeypatch)

    assert run_gui(paths, []) == 0

    [dialog] = opened
    assert str(paths.db_file) in [label.text() for label in dialog.findChildren(QLabel)]
    assert session.names == ["Nordmann, Kari", "Nordmann, Ola"]


# --- an unencrypted database from an earlier version -------------------------------------------


def test_an_old_unencrypted_database_is_encrypted_with_its_backups_on_request(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(PASSPHRASE_ENV)
    paths = resolve_paths(data_dir=tmp_path / "data")
    manual = old_unencrypted_database(paths)
    boxes = MessageBoxes(monkeypatch, answer=True)
    asked = NewPassphraseAnswers(monkeypatch, [NEW_PASSPHRASE])
    session = Session(monkeypatch)

    assert run_gui(paths, []) == 0

    assert boxes.texts[0].startswith("Databasen ble laget av en tidligere versjon av rustool")
    assert boxes.texts[0].endswith(str(paths.db_file))
    assert asked.titles == ["Velg passordfrase"]
    # The manual backup and the one taken before the conversion.
    assert boxes.texts[1:] == ["Databasen og 2 sikkerhetskopier er kryptert."]
    assert session.names == ["Nordmann, Kari"]
    assert not encryption.is_plain(paths.db_file)
    key = database_key(paths.db_file, NEW_PASSPHRASE, paths.backup_dir)
    assert opens_with(paths.db_file, key)
    backups = list_backups(paths.backup_dir)
    # The daily one is the window's, taken after the conversion.
    assert sorted(b.reason for b in backups) == ["before-encryption", "daily", "manual"]
    assert manual in [b.path for b in backups]
    for backup in backups:
        assert not encryption.is_plain(backup.path), backup.reason  # no readable copy is left
        with closing(connect_raw(backup.path, key)) as connection:
            found = connection.execute("SELECT given_name FROM client").fetchall()
        assert found == [("Kari",)], backup.reason


def test_an_old_unencrypted_database_is_left_as_it_is_when_the_user_says_no(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(PASSPHRASE_ENV)
    paths = resolve_paths(data_dir=tmp_path / "data")
    old_unencrypted_database(paths)
    before = files_in(paths.data_dir)
    boxes = MessageBoxes(monkeypatch, answer=False)
    asked = NewPassphraseAnswers(monkeypatch, [None])

    assert run_gui(paths, []) == 0  # «Avslutt»

    assert len(boxes.texts) == 1
    assert boxes.texts[0].startswith("Databasen ble laget av en tidligere versjon av rustool")
    assert asked.titles == []
    assert files_in(paths.data_dir) == before  # the same bytes, and no backup taken
    assert encryption.is_plain(paths.db_file)

    boxes.answer = True  # «Krypter», then no passphrase chosen after all
    assert run_gui(paths, []) == 0
    assert asked.titles == ["Velg passordfrase"]
    assert files_in(paths.data_dir) == before


# --- the developer's option --------------------------------------------------------------------


def test_the_developer_option_makes_an_unencrypted_database_without_a_passphrase(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(PASSPHRASE_ENV)
    paths = resolve_paths(data_dir=tmp_path / "data")
    session = Session(monkeypatch)  # a passphrase dialog would fail the test (see the fixture)

    assert run_gui(paths, [], unencrypted=True) == 0

    assert session.names == []
    assert encryption.is_plain(paths.db_file)
    with closing(connect_raw(paths.db_file, key=None)) as plain:
        tables = {row[0] for row in plain.execute("SELECT name FROM sqlite_master")}
    assert {"alembic_version", "client"} <= tables


# --- changing the passphrase from the menu -----------------------------------------------------


def test_changing_the_passphrase_from_the_menu_re_encrypts_and_keeps_the_data(
    db: Database, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_client(db, "Kari")
    before_change = db.take_backup("manual")
    window = open_window(db, qtbot)
    boxes = MessageBoxes(monkeypatch)

    def user(dialog: NewPassphraseDialog) -> None:
        file_before = digest(db.path)
        choose(dialog, NEW_PASSPHRASE, current=WRONG_PASSPHRASE)
        refused_with(dialog, "Den nåværende passordfrasen er feil.")
        assert boxes.texts == []
        assert digest(db.path) == file_before
        assert db.verify_passphrase(TEST_PASSPHRASE) and db.key == TEST_KEY
        choose(dialog, NEW_PASSPHRASE, current=TEST_PASSPHRASE)
        assert not dialog.isVisible()

    opened = drive(monkeypatch, NewPassphraseDialog, user)
    assert window.passphrase_action.text() == "&Endre passordfrase…"

    window.passphrase_action.trigger()

    [dialog] = opened
    assert dialog.windowTitle() == "Endre passordfrase"
    assert boxes.texts == [
        "Databasen er kryptert med den nye passordfrasen. Sikkerhetskopier som ble tatt før "
        "nå, åpnes fortsatt med den gamle."
    ]
    assert db.verify_passphrase(NEW_PASSPHRASE)
    assert not db.verify_passphrase(TEST_PASSPHRASE)
    # The open window goes on working on the re-encrypted data.
    add_client(db, "Ola")
    search(window, qtbot, "nordmann", ["Nordmann, Kari", "Nordmann, Ola"])
    # The file itself is re-encrypted while the window is still open (so a crash now loses
    # nothing): the next start opens it with the new passphrase only.
    assert opens_with_passphrase(db.path, NEW_PASSPHRASE)
    assert not opens_with_passphrase(db.path, TEST_PASSPHRASE)
    assert opens_with_passphrase(before_change, TEST_PASSPHRASE)
    assert not opens_with_passphrase(before_change, NEW_PASSPHRASE)


# --- restoring a backup made under an earlier passphrase ---------------------------------------


def test_a_backup_under_the_earlier_passphrase_is_restored_under_the_current_one(
    db: Database, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_client(db, "Kari")
    earlier = db.take_backup("manual")
    assert db.key is not None
    db.change_passphrase(Key.derive(NEW_PASSPHRASE, db.key.salt))
    add_client(db, "Ola")
    window = open_window(db, qtbot)
    assert names(window) == ["Nordmann, Kari", "Nordmann, Ola"]
    picked = drive_restore_dialog(monkeypatch, lambda dialog: dialog.restore_button.click())
    # The current passphrase does not open the backup: the user first mistypes the old one.
    asked = PassphraseAnswers(monkeypatch, [WRONG_PASSPHRASE, TEST_PASSPHRASE])
    boxes = MessageBoxes(monkeypatch, answer=True)

    window.restore_action.trigger()

    assert [dialog.chosen for dialog in picked] == [earlier]
    assert asked.shown == 1
    assert asked.messages == ["Passordfrasen åpner ikke denne filen. Prøv igjen."]
    assert boxes.texts[0].startswith("Alt som er i databasen nå, erstattes med innholdet i")
    assert str(earlier) in boxes.texts[0]
    assert boxes.texts[1].startswith("Dataene er hentet fra sikkerhetskopien.")
    assert names(window) == ["Nordmann, Kari"]  # the backup's data, read afresh
    assert client_names(db) == ["Nordmann, Kari"]
    # The restored data is under the passphrase in use now, not the backup's.
    assert db.verify_passphrase(NEW_PASSPHRASE)
    assert opens_with_passphrase(db.path, NEW_PASSPHRASE)
    assert not opens_with_passphrase(db.path, TEST_PASSPHRASE)
    [kept] = [b.path for b in list_backups(db.backup_dir) if b.reason == "before-restore"]
    assert opens_with_passphrase(kept, NEW_PASSPHRASE)  # the replaced data, Ola included
    with closing(connect_raw(kept, key_for(kept, NEW_PASSPHRASE))) as connection:
        found = sorted(row[0] for row in connection.execute("SELECT given_name FROM client"))
    assert found == ["Kari", "Ola"]
