"""Keys that act on one widget only (Insert and Delete on a table, say)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget


def widget_shortcut(widget: QWidget, key: QKeySequence, slot: Callable[[], object]) -> QShortcut:
    """`key` while `widget` has the focus, and nowhere else in the window.

    PySide6 drops the context given to QShortcut's constructor together with a slot (the
    shortcut would be window-wide: Delete on any button would delete the table's row), so the
    context is set on its own.
    """
    shortcut = QShortcut(key, widget)
    shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
    shortcut.activated.connect(slot)
    return shortcut
