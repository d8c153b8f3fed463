"""Guard against PySide6 6.12.0's reference bug: every call to a Qt method that returns nothing
released a reference to None, and every emit one to True, so a long session (or this test
suite) ended in "Fatal Python error: none_dealloc". pyproject.toml keeps PySide6 below 6.12;
this fails if an upgrade brings the bug back."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

CALLS = 1000


class _Emitter(QObject):
    changed = Signal()


def test_calls_that_return_nothing_keep_none_alive(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        label.setText("tekst")
    # Other threads may hold or drop a few references meanwhile; a loss per call is CALLS.
    assert sys.getrefcount(None) - before > -CALLS // 2


def test_emitting_a_signal_keeps_true_alive() -> None:
    emitter = _Emitter()
    before = sys.getrefcount(True)
    for _ in range(CALLS):
        emitter.changed.emit()
    assert sys.getrefcount(True) - before > -CALLS // 2
