"""The lock: idle time, Ctrl+L, the desktop and Qt lock the window; locked, no client data is
shown anywhere; the passphrase unlocks, and whatever was typed is still there."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QToolTip,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from rustool.db import Database, StorageError
from rustool.services.clients import search_clients
from rustool.services.settings import save_settings
from rustool.ui.dialogs.client_dialog import ClientDialog
from rustool.ui.form_dialog import FormDialog
from rustool.ui.main_window import MainWindow
from rustool.ui.session_lock import LockScreen, _login1_session_path
from tests.conftest import SYNTHETIC_ID, TEST_PASSPHRASE
from tests.ui.dialog_helpers import MessageBoxes, drive_form_dialogs, type_into
from tests.ui.test_client_list_model import add
from tests.ui.test_main_window import names, open_window

# The offscreen platform (tests) cannot raise windows or grab the keyboard (for an open list);
# harmless and not ours.
NO_RAISE = "This plugin does not support raise"
pytestmark = pytest.mark.qt_log_ignore(NO_RAISE)

PASSPHRASE = TEST_PASSPHRASE


@pytest.fixture
def encrypted_db(db: Database) -> Database:
    """The test database: encrypted with TEST_PASSPHRASE, which unlocks."""
    assert db.encrypted
    return db


@pytest.fixture
def window(encrypted_db: Database, qtbot: QtBot) -> MainWindow:
    add(encrypted_db, "Kari", "Nordmann", national_id=SYNTHETIC_ID, birth_date=None)
    shown = open_window(encrypted_db, qtbot)
    assert names(shown) == ["Nordmann, Kari"]  # the data the lock must hide
    return shown


def visible_windows() -> list[QWidget]:
    return [widget for widget in QApplication.topLevelWidgets() if widget.isVisible()]


def lock_screen(window: MainWindow) -> LockScreen:
    screen = window.session_lock.lock_screen
    assert screen is not None and screen.isVisible()
    return screen


def press_ctrl_l(widget: QWidget) -> None:
    QTest.keyClick(widget, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)


def type_passphrase(window: MainWindow, passphrase: str) -> None:
    edit = lock_screen(window).passphrase_edit
    QTest.keyClicks(edit, passphrase)
    QTest.keyClick(edit, Qt.Key.Key_Return)


def test_ctrl_l_locks_and_only_the_lock_screen_is_left(window: MainWindow, qtbot: QtBot) -> None:
    fil = window.menuBar().actions()[0].menu()
    assert isinstance(fil, QMenu)
    entries = [(a.text(), a.shortcut().toString()) for a in fil.actions()]
    assert entries[-3:] == [("", ""), ("&Lås", "Ctrl+L"), ("&Avslutt", "Ctrl+Q")]

    press_ctrl_l(window.search_edit)

    assert window.session_lock.locked
    screen = lock_screen(window)
    assert visible_windows() == [screen]
    assert not window.isVisible()
    assert screen.windowTitle() == "rustool er låst"
    assert screen.message_label.text() == "rustool er låst. Skriv passordfrasen for å låse opp."
    edit = screen.passphrase_edit
    assert edit.echoMode() == QLineEdit.EchoMode.Password
    assert edit.accessibleName() == "Passordfrase"
    label = next(lbl for lbl in screen.findChildren(QLabel) if lbl.buddy() is edit)
    assert label.text() == "&Passordfrase"
    assert screen.unlock_button.text() == "Lås &opp" and screen.unlock_button.isDefault()
    assert screen.quit_button.text() == "&Avslutt rustool"
    qtbot.waitUntil(edit.hasFocus)  # type at once


def test_a_wrong_passphrase_keeps_it_locked_and_says_so(window: MainWindow, qtbot: QtBot) -> None:
    window.lock_action.trigger()
    type_passphrase(window, "feil passordfrase")

    screen = lock_screen(window)
    assert window.session_lock.locked
    assert visible_windows() == [screen]
    assert screen.error_label.isVisible()
    assert screen.error_label.text() == "⚠ Feil passordfrase."
    assert screen.passphrase_edit.text() == ""
    qtbot.waitUntil(screen.passphrase_edit.hasFocus)  # ready for the next try

    type_passphrase(window, PASSPHRASE)
    assert not window.session_lock.locked
    assert window.session_lock.lock_screen is None
    assert visible_windows() == [window]
    assert names(window) == ["Nordmann, Kari"]


def test_a_failing_check_of_the_passphrase_is_told_and_keeps_it_locked(
    window: MainWindow, encrypted_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_gone(passphrase: str) -> bool:
        raise StorageError("io", "The database file cannot be read.")

    monkeypatch.setattr(encrypted_db, "verify_passphrase", disk_gone, raising=False)
    window.lock_action.trigger()
    type_passphrase(window, PASSPHRASE)
    screen = lock_screen(window)
    assert window.session_lock.locked
    assert screen.error_label.text().startswith("⚠ ")
    assert screen.error_label.text() != "⚠ Feil passordfrase."


def test_escape_and_the_close_button_do_not_unlock(window: MainWindow) -> None:
    window.lock_action.trigger()
    screen = lock_screen(window)
    QTest.keyClick(screen.passphrase_edit, Qt.Key.Key_Escape)
    screen.close()
    assert window.session_lock.locked
    assert visible_windows() == [screen]


def test_the_window_comes_back_as_it_was(window: MainWindow, qtbot: QtBot) -> None:
    window.showMaximized()
    qtbot.waitUntil(window.isMaximized)
    window.search_edit.setFocus()
    window.lock_action.trigger()
    type_passphrase(window, PASSPHRASE)
    assert window.isVisible() and window.isMaximized()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.search_edit.hasFocus()


@pytest.mark.qt_log_ignore(NO_RAISE, "This plugin does not support grabbing the keyboard")
def test_locking_clears_tooltips_and_closes_open_lists(window: MainWindow, qtbot: QtBot) -> None:
    window.status_filter.showPopup()
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    QToolTip.showText(window.mapToGlobal(QPoint(20, 20)), "Nordmann, Kari", window)
    qtbot.waitUntil(QToolTip.isVisible)
    window.session_lock.lock()
    assert QApplication.activePopupWidget() is None
    assert visible_windows() == [lock_screen(window)]


# --- idle time -----------------------------------------------------------------------------------


def test_the_window_locks_after_the_idle_time(window: MainWindow, qtbot: QtBot) -> None:
    window.session_lock.set_idle_interval(150)
    qtbot.waitUntil(lambda: window.session_lock.locked, timeout=3000)
    assert visible_windows() == [lock_screen(window)]


def test_use_postpones_the_lock(window: MainWindow, qtbot: QtBot) -> None:
    window.session_lock.set_idle_interval(600)
    for step in range(12):  # typing and pointing for twice the idle time
        if step % 2:
            QTest.keyClick(window.search_edit, Qt.Key.Key_A)
        else:
            QTest.mouseMove(window.table, QPoint(10 + step, 10 + step))
        qtbot.wait(100)
    assert not window.session_lock.locked
    qtbot.waitUntil(lambda: window.session_lock.locked, timeout=3000)


def test_events_the_program_sends_itself_are_no_use(window: MainWindow, qtbot: QtBot) -> None:
    window.session_lock.set_idle_interval(300)
    move = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(5, 5),
        QPointF(5, 5),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    for _ in range(10):
        QCoreApplication.sendEvent(window.table, move)
        qtbot.wait(60)
    assert window.session_lock.locked


def test_no_time_counts_while_locked(window: MainWindow, qtbot: QtBot) -> None:
    window.session_lock.set_idle_interval(300)
    window.lock_action.trigger()
    qtbot.wait(600)  # twice the idle time, locked
    type_passphrase(window, PASSPHRASE)
    qtbot.wait(100)
    assert not window.session_lock.locked  # the user gets the whole idle time again
    qtbot.waitUntil(lambda: window.session_lock.locked, timeout=3000)


def test_the_idle_minutes_come_from_the_settings_and_a_change_applies_at_once(
    encrypted_db: Database, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    save_settings(encrypted_db, {"lock_minutes": 2})
    window = open_window(encrypted_db, qtbot)
    assert window.session_lock.idle_interval_ms == 2 * 60_000

    def user(dialog: FormDialog) -> None:
        type_into(dialog, "lock_minutes", "10")
        dialog.save_button.click()

    drive_form_dialogs(monkeypatch, user)
    window.settings_action.trigger()
    assert window.session_lock.idle_interval_ms == 10 * 60_000


def test_a_new_window_starts_with_five_minutes(encrypted_db: Database, qtbot: QtBot) -> None:
    window = MainWindow(encrypted_db)
    qtbot.addWidget(window)
    assert window.session_lock.idle_interval_ms == 5 * 60_000


# --- the desktop and Qt ------------------------------------------------------------------------


def test_a_suspended_application_locks(window: MainWindow) -> None:
    app = QGuiApplication.instance()
    assert isinstance(app, QGuiApplication)
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)
    assert not window.session_lock.locked  # another program in front is no reason
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationSuspended)
    assert window.session_lock.locked


@pytest.mark.parametrize(
    ("signal", "lock"),
    [
        (lambda desktop: desktop.prepare_for_sleep(False), False),  # waking up
        (lambda desktop: desktop.prepare_for_sleep(True), True),
        (lambda desktop: desktop.session_locked(), True),
        (lambda desktop: desktop.screen_saver_changed(False), False),
        (lambda desktop: desktop.screen_saver_changed(True), True),
    ],
)
def test_sleep_a_locked_session_and_the_screen_saver_lock(
    window: MainWindow, signal: Callable[[Any], None], lock: bool
) -> None:
    # What logind and the screen saver send over D-Bus reaches these slots; the bus itself is
    # not there in CI.
    signal(window.session_lock.desktop)
    assert window.session_lock.locked is lock


@pytest.mark.parametrize(
    ("session_id", "path"),
    [
        ("2", "/org/freedesktop/login1/session/_32"),
        ("c12", "/org/freedesktop/login1/session/c12"),
        ("", ""),  # no session known: any session's lock counts
    ],
)
def test_the_session_object_is_named_as_logind_names_it(
    monkeypatch: pytest.MonkeyPatch, session_id: str, path: str
) -> None:
    monkeypatch.setenv("XDG_SESSION_ID", session_id)
    assert _login1_session_path() == path


def test_quitting_from_outside_waits_for_the_unlock(window: MainWindow) -> None:
    window.lock_action.trigger()
    app = QCoreApplication.instance()
    assert app is not None
    QCoreApplication.sendEvent(app, QEvent(QEvent.Type.Quit))
    assert window.session_lock.locked
    assert visible_windows() == [lock_screen(window)]


# --- dialogs -----------------------------------------------------------------------------------


def test_an_open_dialog_is_hidden_and_comes_back_with_its_input(
    window: MainWindow, qtbot: QtBot
) -> None:
    dialog = QDialog(window)
    dialog.setWindowTitle("Notat om Kari Nordmann")
    edit = QLineEdit(dialog)
    QVBoxLayout(dialog).addWidget(edit)
    dialog.show()
    qtbot.waitUntil(dialog.isActiveWindow)
    QTest.keyClicks(edit, "ikke lagret ennå")

    window.lock_action.trigger()
    assert visible_windows() == [lock_screen(window)]

    type_passphrase(window, PASSPHRASE)
    assert set(visible_windows()) == {window, dialog}
    assert edit.text() == "ikke lagret ennå"
    assert dialog.windowTitle() == "Notat om Kari Nordmann"
    qtbot.waitUntil(dialog.isActiveWindow)  # it was in front: it is again


def test_a_modal_dialog_keeps_its_input_and_goes_on_working(
    window: MainWindow, encrypted_db: Database, qtbot: QtBot
) -> None:
    """Ctrl+N, type, Ctrl+L in the dialog, unlock, save: the client is registered."""
    seen: dict[str, Any] = {}

    def user() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ClientDialog)
        try:
            type_into(dialog, "given_name", "Ida")
            type_into(dialog, "family_name", "Berg")
            type_into(dialog, "birth_date", "01.02.1990")
            press_ctrl_l(dialog.field_widget("birth_date"))  # the main window's menu is blocked

            screen = lock_screen(window)
            seen["dialog"] = dialog
            seen["locked"] = window.session_lock.locked
            seen["windows"] = set(visible_windows())
            seen["title"] = dialog.windowTitle()
            seen["shown_in_dialog"] = [
                child.text() if isinstance(child, QLabel) else type(child).__name__
                for child in dialog.findChildren(QWidget)
                if child.isVisible()
            ]
            seen["input_goes_to"] = QApplication.activeModalWidget()

            type_passphrase(window, PASSPHRASE)
            seen["after"] = (dialog.isVisible(), dialog.value("family_name"), dialog.windowTitle())
            seen["modal_after"] = QApplication.activeModalWidget() is dialog
            seen["screen"] = screen
            dialog.save_button.click()
        finally:
            if dialog.isVisible():  # never leave exec() waiting for a user that failed
                dialog.done(QDialog.DialogCode.Rejected)

    QTimer.singleShot(0, user)
    window.new_client_action.trigger()  # the real exec(): the user above runs inside it

    assert seen["locked"]
    assert seen["windows"] == {seen["screen"], seen["dialog"]}  # the main window is hidden
    assert seen["title"] == "rustool er låst"
    assert seen["shown_in_dialog"] == ["rustool er låst."]  # nothing of the form
    assert seen["input_goes_to"] is seen["screen"]
    assert seen["after"] == (True, "Berg", "Ny klient")
    assert seen["modal_after"]
    new_id = search_clients(encrypted_db, "Ida")[0].id
    assert window.client_view.client_id == new_id
    assert "Berg, Ida" in names(window)


def test_a_window_opened_while_locked_is_concealed_until_the_unlock(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.lock_action.trigger()
    screen = lock_screen(window)
    message = QDialog(window)  # say, a message from work that finished in the background
    message.setWindowTitle("Kari Nordmann er lagret")
    QVBoxLayout(message).addWidget(QLabel("Kari Nordmann"))
    message.open()  # modal to the main window
    qtbot.waitUntil(lambda: message.windowTitle() == "rustool er låst")
    assert QApplication.activeModalWidget() is screen  # the lock screen still takes the input
    assert next(w for w in message.findChildren(QLabel) if w.isVisible()).text() == (
        "rustool er låst."
    )

    type_passphrase(window, PASSPHRASE)
    assert message.isVisible() and message.windowTitle() == "Kari Nordmann er lagret"


# --- quitting from the lock screen -------------------------------------------------------------


def test_quitting_from_the_lock_screen_asks_then_closes_the_window_as_usual(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    exits: list[int] = []
    monkeypatch.setattr(QCoreApplication, "exit", lambda code=0: exits.append(code))
    boxes = MessageBoxes(monkeypatch, answer=False)
    QGuiApplication.clipboard().setText(SYNTHETIC_ID)
    window.lock_action.trigger()

    lock_screen(window).quit_button.click()
    assert boxes.texts == ["Avslutte uten å låse opp? Det du ikke har lagret, går tapt."]
    assert window.session_lock.locked and exits == []

    boxes.answer = True
    lock_screen(window).quit_button.click()
    assert exits == [0]
    assert window.session_lock.lock_screen is None
    assert visible_windows() == []  # nothing shown again on the way out
    assert QGuiApplication.clipboard().text() == ""  # the window's closeEvent ran


def test_without_encryption_the_lock_screen_unlocks_without_a_passphrase(
    window: MainWindow, encrypted_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(type(encrypted_db), "encrypted", property(lambda self: False))
    window.lock_action.trigger()
    screen = lock_screen(window)
    assert screen.message_label.text() == "rustool er låst."
    assert not screen.passphrase_edit.isVisible()
    QTest.keyClick(screen.unlock_button, Qt.Key.Key_Space)
    assert not window.session_lock.locked
    assert window.isVisible()
