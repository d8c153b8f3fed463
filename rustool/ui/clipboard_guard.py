"""A national id copied to the clipboard does not stay there (KeePassXC's clipboard clearing).

Whatever puts a valid fødselsnummer or D-number on the clipboard (this window or another
program), the guard clears it after a delay, unless something else was copied meanwhile: the
user's next copy is never touched. On X11 the selection (what is highlighted, pasted with the
middle button) is guarded the same way.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

from rustool.domain.national_id import NationalIdError, parse_national_id

CLEAR_DELAY_MS = 30_000


def is_national_id(text: str) -> bool:
    """Whether `text` is one national id, as copied: spaces around or inside (109155 96784)."""
    digits = "".join(text.split())  # also the no-break space a formatted number may carry
    if len(digits) != 11:  # cheap way out for the long texts most copies are
        return False
    try:
        parse_national_id(digits)
    except NationalIdError:
        return False
    return True


class ClipboardGuard(QObject):
    """Clears a national id from the clipboard `delay_ms` after it was copied, if it is still
    there; `stop()` (rustool ends) clears one at once."""

    def __init__(self, delay_ms: int = CLEAR_DELAY_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clipboard = QGuiApplication.clipboard()
        self._modes = [QClipboard.Mode.Clipboard]
        if self._clipboard.supportsSelection():
            self._modes.append(QClipboard.Mode.Selection)
        self._pending: dict[QClipboard.Mode, str] = {}
        self._timers: dict[QClipboard.Mode, QTimer] = {}
        for mode in self._modes:
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.setInterval(delay_ms)
            timer.timeout.connect(lambda mode=mode: self._clear_if_unchanged(mode))
            self._timers[mode] = timer
        self._stopped = False
        self._clipboard.changed.connect(self._changed)
        # On Windows and macOS the clipboard outlives the program, and on X11 Qt hands it to a
        # clipboard manager at exit: a national id left there when rustool ends would stay
        # for good, with no timer left to clear it. So it goes now, even if copied just before.
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    @property
    def delay_ms(self) -> int:
        return self._timers[QClipboard.Mode.Clipboard].interval()

    def _changed(self, mode: QClipboard.Mode) -> None:
        if mode not in self._timers:
            return  # the macOS find buffer: not a place rustool copies to
        text = self._clipboard.text(mode)
        if is_national_id(text):
            self._pending[mode] = text
            self._timers[mode].start()  # a second copy of an id gets the full delay again
        else:
            self._pending.pop(mode, None)
            self._timers[mode].stop()

    def _clear_if_unchanged(self, mode: QClipboard.Mode) -> None:
        pending = self._pending.pop(mode, None)
        if pending is not None and self._clipboard.text(mode) == pending:
            self._clipboard.clear(mode)

    def stop(self) -> None:
        """rustool ends: clear a national id still on the clipboard, and stop watching."""
        if self._stopped:
            return
        self._stopped = True
        self._clipboard.changed.disconnect(self._changed)
        for mode, timer in self._timers.items():
            timer.stop()
            if is_national_id(self._clipboard.text(mode)):
                self._clipboard.clear(mode)
        self._pending.clear()
