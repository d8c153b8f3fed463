"""The lock: after a spell without use, on Ctrl+L, or when the desktop locks or goes to sleep,
rustool shows no client data until the passphrase is given again (KeePassXC is the model).

Locking conceals every window of the application and shows only the lock screen. Nothing is
closed, so whatever was typed and not yet saved is there again after unlocking. Windows are
hidden, except modal dialogs: hiding a QDialog ends its exec() loop (Qt exits the loop when a
dialog is hidden), and the code waiting on exec() would take that for "Avbryt" and drop the
input. A modal dialog is emptied instead: its contents are hidden under a plain "rustool er
låst.", its title replaced, and the lock screen, modal to the whole application and shown
above it, takes every key and click until the lock is lifted.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import (
    SLOT,
    QByteArray,
    QCoreApplication,
    QEvent,
    QObject,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from rustool.db import Database, StorageError
from rustool.ui.dialogs.message_box import ask, waiting
from rustool.ui.form_dialog import WARNING_SIGN
from rustool.ui.messages import error_text

if TYPE_CHECKING:  # imported where used: not every Qt build has D-Bus
    from PySide6.QtDBus import QDBusConnection

LOCK_SHORTCUT = "Ctrl+L"
# What a user does; paint, timer and focus events are no sign of anyone at the keyboard.
ACTIVITY_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
    }
)
# A moving mouse sends events by the hundred: the idle timer is restarted at most this often
# (or ten times per idle spell, for the tests' short ones), so the lock comes at most that early.
RESTART_GAP_S = 1.0

LOGIN1 = "org.freedesktop.login1"
SCREEN_SAVERS = ("org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver")


def _t(text: str) -> str:
    return QCoreApplication.translate("SessionLock", text)


class LockScreen(QDialog):
    """The only window shown while locked: the passphrase (none in the developer's unencrypted
    mode), Lås opp, and Avslutt rustool.

    `unlock(passphrase)` returns None once unlocked, else what to tell the user. Esc and the
    window's close button do nothing: only unlocking or quitting ends the lock.
    """

    def __init__(
        self,
        needs_passphrase: bool,
        unlock: Callable[[str], str | None],
        quit_app: Callable[[], None],
    ) -> None:
        super().__init__(None)
        self._unlock = unlock
        self._quit_app = quit_app
        self.setWindowTitle(self.tr("rustool er låst"))
        # Above any modal dialog that is still open underneath: only this window takes input.
        self.setWindowModality(Qt.WindowModality.ApplicationModal)

        if needs_passphrase:
            text = self.tr("rustool er låst. Skriv passordfrasen for å låse opp.")
        else:
            text = self.tr("rustool er låst.")
        self.message_label = QLabel(text)
        self.message_label.setWordWrap(True)

        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setAccessibleName(self.tr("Passordfrase"))
        passphrase_label = QLabel(self.tr("&Passordfrase"))
        passphrase_label.setBuddy(self.passphrase_edit)

        self.error_label = QLabel()
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #a4000f;")  # the ⚠ and the words carry it too
        self.error_label.hide()

        self.unlock_button = QPushButton(self.tr("Lås &opp"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._try_unlock)
        self.quit_button = QPushButton(self.tr("&Avslutt rustool"))
        self.quit_button.setAutoDefault(False)
        self.quit_button.clicked.connect(self._quit)

        form = QFormLayout()
        form.addRow(passphrase_label, self.passphrase_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.quit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_label)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        if needs_passphrase:
            self.passphrase_edit.setFocus()
        else:
            form.setRowVisible(0, False)
            self.unlock_button.setFocus()
        self.setMinimumWidth(420)

    def _try_unlock(self) -> None:
        problem = self._unlock(self.passphrase_edit.text())
        if problem is None:
            return  # unlocked: the lock has closed this window
        text = f"{WARNING_SIGN} {problem}"
        self.error_label.setText(text)
        self.error_label.show()
        self.passphrase_edit.setAccessibleDescription(text)  # read out with the field
        self.passphrase_edit.clear()
        self.passphrase_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _quit(self) -> None:
        if ask(
            self,
            self.tr("Avslutte rustool?"),
            self.tr("Avslutte uten å låse opp? Det du ikke har lagret, går tapt."),
            yes_text=self.tr("Avslutt rustool"),
            no_text=self.tr("Fortsett låst"),
        ):
            self._quit_app()

    def reject(self) -> None:
        """Esc does not unlock."""

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()  # the window's ✕ and Alt+F4 do not unlock either


class _Cover(QLabel):
    """What a modal dialog shows while locked, over its hidden contents, at its full size."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(_t("rustool er låst."), window)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setGeometry(window.rect())
        window.installEventFilter(self)
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
        return False


@dataclass
class _Concealed:
    """A window as it was before the lock, to be brought back as it was."""

    window: QWidget
    focus: QWidget | None
    geometry: QByteArray
    state: Qt.WindowState
    title: str
    # For an emptied modal dialog: the contents hidden and the cover over them. For a hidden
    # window: None.
    hidden_children: list[QWidget] | None = None
    cover: _Cover | None = None


def _login1_session_path() -> str:
    """logind's object for this session, or "" (then a lock of any session counts: safe side).

    The id is escaped as systemd's sd_bus_path_encode does: all but letters, and digits after
    the first character, become _xx.
    """
    session_id = os.environ.get("XDG_SESSION_ID", "").encode()
    if not session_id:
        return ""
    escaped = "".join(
        chr(byte)
        if chr(byte).isascii() and (chr(byte).isalpha() or (index > 0 and chr(byte).isdigit()))
        else f"_{byte:02x}"
        for index, byte in enumerate(session_id)
    )
    return f"/org/freedesktop/login1/session/{escaped}"


def _connect(
    bus: QDBusConnection,
    service: str,
    path: str,
    interface: str,
    name: str,
    receiver: QObject,
    slot: str,
) -> None:
    """Connect a D-Bus signal to `receiver`'s slot ("name(types)"); a refusal changes nothing.

    PySide6's stub asks for bytes, but only the text from SLOT() is accepted (bytes raise
    ValueError, checked against a private dbus-daemon), hence the ignore.
    """
    bus.connect(service, path, interface, name, receiver, SLOT(slot))  # type: ignore[call-overload]


class DesktopSessionEvents(QObject):
    """What a Linux desktop tells over D-Bus: the machine is about to sleep (logind), the
    session is locked (logind: loginctl lock-session, some desktops), the screen saver came on
    (KDE, GNOME and others). Each asks for the lock.

    Without a bus (other systems, containers, CI) nothing is connected and nothing is said: the
    idle timer and Ctrl+L still lock. Tests call the slots; the plumbing itself cannot run in CI,
    which has no system or session bus.
    """

    lock_requested = Signal()

    def connect_to_desktop(self) -> None:
        if not sys.platform.startswith("linux"):
            return
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # a Qt built without D-Bus
            return
        system = QDBusConnection.systemBus()
        if system.isConnected():
            _connect(
                system,
                LOGIN1,
                "/org/freedesktop/login1",
                f"{LOGIN1}.Manager",
                "PrepareForSleep",
                self,
                "prepare_for_sleep(bool)",
            )
            _connect(
                system,
                LOGIN1,
                _login1_session_path(),
                f"{LOGIN1}.Session",
                "Lock",
                self,
                "session_locked()",
            )
        session = QDBusConnection.sessionBus()
        if session.isConnected():
            for interface in SCREEN_SAVERS:  # any sender, any path: they differ by desktop
                _connect(
                    session, "", "", interface, "ActiveChanged", self, "screen_saver_changed(bool)"
                )

    @Slot(bool)
    def prepare_for_sleep(self, starting: bool) -> None:
        if starting:  # False is the wake-up, which leaves the lock to the user
            self.lock_requested.emit()

    @Slot()
    def session_locked(self) -> None:
        self.lock_requested.emit()

    @Slot(bool)
    def screen_saver_changed(self, active: bool) -> None:
        if active:
            self.lock_requested.emit()


class SessionLock(QObject):
    """Locks the application after `idle_ms` without use, on `lock()`, and when the desktop
    or Qt says the session is locked or suspended. `window` is the main window: Avslutt rustool
    on the lock screen closes it as usual (committed data is safe) and ends the application.
    """

    locked_changed = Signal(bool)

    def __init__(
        self, db: Database, window: QWidget, idle_ms: int, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._window = window
        self._locked = False
        self._stopped = False
        self._concealed: list[_Concealed] = []
        self._active: QWidget | None = None
        self.lock_screen: LockScreen | None = None
        self._lock_keys = QKeySequence(LOCK_SHORTCUT)

        self._idle_timer = QTimer(self)
        self._idle_timer.setSingleShot(True)
        self._idle_timer.timeout.connect(self.lock)
        self._last_restart = 0.0  # time.monotonic(), for the restart gap
        self._last_restart_wall = 0.0  # time.time(), which runs on while the machine sleeps
        self._restart_gap = RESTART_GAP_S
        self.set_idle_interval(idle_ms)

        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self._app = app
        app.installEventFilter(self)
        app.applicationStateChanged.connect(self._application_state_changed)
        self.desktop = DesktopSessionEvents(self)
        self.desktop.lock_requested.connect(self.lock)
        self.desktop.connect_to_desktop()

    # --- the idle timer ------------------------------------------------------------------------

    @property
    def locked(self) -> bool:
        return self._locked

    @property
    def idle_interval_ms(self) -> int:
        return self._idle_timer.interval()

    def set_idle_interval(self, idle_ms: int) -> None:
        """How long without use before the lock; counts afresh from now."""
        self._idle_timer.setInterval(idle_ms)
        self._restart_gap = min(RESTART_GAP_S, idle_ms / 10_000)
        if not self._locked and not self._stopped:
            self._restart_idle_timer()

    def _restart_idle_timer(self) -> None:
        self._idle_timer.start()
        self._last_restart = time.monotonic()
        self._last_restart_wall = time.time()

    def _activity(self) -> None:
        if time.monotonic() - self._last_restart < self._restart_gap:
            return
        # Qt's timers stand still while the machine sleeps. Woken after a longer sleep with no
        # desktop to say so, the first touch locks rather than counting afresh.
        if time.time() - self._last_restart_wall >= self._idle_timer.interval() / 1000:
            self.lock()
            return
        self._restart_idle_timer()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if self._locked:
            return self._filter_while_locked(watched, event)
        if kind in ACTIVITY_EVENTS:
            if (
                kind == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and QKeySequence(event.keyCombination()) == self._lock_keys
            ):
                # The menu's shortcut took it unless a modal dialog blocks the main window:
                # Ctrl+L locks from any window.
                self.lock()
                return True
            if event.spontaneous():  # from the user's devices, not sent by the program
                self._activity()
        return False

    def _filter_while_locked(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Quit:
            # Quitting from outside (the macOS dock, Cmd+Q) would close each window, and a
            # dialog with unsaved input would ask behind the lock. Avslutt rustool quits.
            event.ignore()
            return True
        if (
            kind == QEvent.Type.Show
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and watched.windowType() not in (Qt.WindowType.ToolTip, Qt.WindowType.Popup)
            and not self._is_lock_screen(watched)
        ):
            # A window opened while locked (a message from work in the background) is
            # concealed too, once its showing is done.
            QTimer.singleShot(0, watched, lambda: self._conceal_late(watched))
        return False

    def _application_state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended:
            self.lock()

    # --- locking -------------------------------------------------------------------------------

    def lock(self) -> None:
        if self._locked or self._stopped:
            return
        self._locked = True
        self._idle_timer.stop()
        QToolTip.hideText()
        self._active = QApplication.activeWindow()
        windows: list[QWidget] = []
        for window in QApplication.topLevelWidgets():
            if not window.isVisible():
                continue
            if window.windowType() == Qt.WindowType.Popup:
                window.close()  # an open menu or list: closing it loses nothing
            elif window.windowType() == Qt.WindowType.ToolTip:
                window.hide()  # QToolTip fades out; the lock does not wait for it
            else:
                windows.append(window)
        windows.sort(key=lambda window: window is self._active)  # brought back last: on top
        self._show_lock_screen()  # first, so there is never a moment without a window
        self._concealed = [self._conceal(window) for window in windows]
        self.locked_changed.emit(True)

    def _conceal(self, window: QWidget) -> _Concealed:
        record = _Concealed(
            window=window,
            focus=window.focusWidget(),
            geometry=window.saveGeometry(),
            state=window.windowState(),
            title=window.windowTitle(),
        )
        if isinstance(window, QDialog) and window.isModal():
            record.hidden_children = [
                child
                for child in window.findChildren(
                    QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
                )
                if not child.isWindow() and not child.isHidden()
            ]
            for child in record.hidden_children:
                child.hide()
            window.setWindowTitle(_t("rustool er låst"))
            record.cover = _Cover(window)
        else:
            window.hide()
        return record

    def _conceal_late(self, window: QWidget) -> None:
        if not self._locked or not window.isVisible():
            return
        for record in self._concealed:
            if record.window is window:
                if record.hidden_children is None:
                    window.hide()  # shown again while locked: it comes back on unlocking
                return
        self._concealed.append(self._conceal(window))
        if window.isModal() and self.lock_screen is not None:
            # The newest modal window takes the input: the lock screen must be that again.
            self.lock_screen.hide()
            self._present(self.lock_screen)

    def _is_lock_screen(self, widget: QWidget) -> bool:
        """The lock screen, or a window of its own (the question before quitting)."""
        current: QWidget | None = widget
        while current is not None:
            if current is self.lock_screen:
                return True
            current = current.parentWidget()
        return False

    def _show_lock_screen(self) -> None:
        screen = LockScreen(self._db.encrypted, self._try_unlock, self._quit)
        screen.adjustSize()
        if self._window.isVisible():  # where the user was looking
            frame = screen.frameGeometry()
            frame.moveCenter(self._window.frameGeometry().center())
            screen.move(frame.topLeft())
        self.lock_screen = screen
        self._present(screen)

    @staticmethod
    def _present(screen: LockScreen) -> None:
        screen.show()
        screen.raise_()
        screen.activateWindow()

    # --- unlocking -----------------------------------------------------------------------------

    def _try_unlock(self, passphrase: str) -> str | None:
        if self._db.encrypted:
            try:
                with waiting():  # the key derivation takes a moment, by design
                    right = self._db.verify_passphrase(passphrase)
            except StorageError as exc:
                return error_text(exc)
            if not right:
                return _t("Feil passordfrase.")
        self._unlock()
        return None

    def _unlock(self) -> None:
        self._locked = False
        self._close_lock_screen()
        for record in self._concealed:
            self._reveal(record)
        self._concealed = []
        active = self._active
        self._active = None
        if active is not None and shiboken6.isValid(active) and active.isVisible():
            active.raise_()
            active.activateWindow()
        self._restart_idle_timer()
        self.locked_changed.emit(False)

    @staticmethod
    def _reveal(record: _Concealed) -> None:
        window = record.window
        if not shiboken6.isValid(window):
            return  # deleted by its owner while locked
        if record.hidden_children is None:
            window.restoreGeometry(record.geometry)
            window.setWindowState(record.state)
            window.show()
        else:
            if record.cover is not None:
                record.cover.hide()
                record.cover.deleteLater()
            for child in record.hidden_children:
                if shiboken6.isValid(child):
                    child.show()
            window.setWindowTitle(record.title)
            window.raise_()
        focus = record.focus
        if focus is not None and shiboken6.isValid(focus) and focus.isVisible():
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def _close_lock_screen(self) -> None:
        if self.lock_screen is not None:
            self.lock_screen.hide()
            self.lock_screen.deleteLater()
            self.lock_screen = None

    def _quit(self) -> None:
        """Avslutt rustool, confirmed on the lock screen."""
        if not self._window.close():  # its closeEvent runs as always; it may refuse
            return
        # exit, not quit: quit would close every dialog first, and one with unsaved input
        # would ask about it, with nobody unlocked to see it. The user has said to drop it.
        QCoreApplication.exit(0)

    def stop(self) -> None:
        """The main window closes: no more locking, and a lock screen still shown goes too
        (the windows it conceals stay concealed)."""
        if self._stopped:
            return
        self._stopped = True
        self._idle_timer.stop()
        self._app.removeEventFilter(self)
        self._app.applicationStateChanged.disconnect(self._application_state_changed)
        self.desktop.lock_requested.disconnect(self.lock)
        self._close_lock_screen()
