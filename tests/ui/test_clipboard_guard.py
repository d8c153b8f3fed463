"""A national id copied to the clipboard is cleared after a while, unless replaced meanwhile."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QClipboard, QGuiApplication
from pytestqt.qtbot import QtBot

from rustool.db import Database
from rustool.ui.clipboard_guard import ClipboardGuard
from rustool.ui.main_window import MainWindow
from tests.conftest import SYNTHETIC_D_NUMBER, SYNTHETIC_ID

DELAY_MS = 300  # the tests' stand-in for 30 s


@pytest.fixture
def clipboard() -> Iterator[QClipboard]:
    board = QGuiApplication.clipboard()
    board.clear()
    yield board
    board.clear()


@pytest.fixture
def guard(clipboard: QClipboard) -> Iterator[ClipboardGuard]:
    watcher = ClipboardGuard(DELAY_MS)
    yield watcher
    watcher.stop()


@pytest.mark.parametrize(
    "text",
    [
        SYNTHETIC_ID,  # synthetic (month + 80): stdnum alone would refuse it
        SYNTHETIC_D_NUMBER,
        "109155 96784",  # as the record shows it
        "  10915596784\n",
        "109155\u00a096784",
    ],
)
def test_a_copied_national_id_is_cleared_after_the_delay(
    guard: ClipboardGuard, clipboard: QClipboard, qtbot: QtBot, text: str
) -> None:
    clipboard.setText(text)
    qtbot.wait(DELAY_MS // 3)
    assert clipboard.text() == text  # still there to paste for a while
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=DELAY_MS * 10)


@pytest.mark.parametrize(
    "text",
    [
        "10915596785",  # a wrong check digit
        "Kari Nordmann",
        f"Kari Nordmann {SYNTHETIC_ID}",  # a line with an id in it is the user's own text
        "91234567",
    ],
)
def test_other_text_stays(
    guard: ClipboardGuard, clipboard: QClipboard, qtbot: QtBot, text: str
) -> None:
    clipboard.setText(text)
    qtbot.wait(DELAY_MS * 3)
    assert clipboard.text() == text


def test_an_id_replaced_before_the_delay_is_not_cleared_and_the_new_text_stays(
    guard: ClipboardGuard, clipboard: QClipboard, qtbot: QtBot
) -> None:
    clipboard.setText(SYNTHETIC_ID)
    qtbot.wait(DELAY_MS // 3)
    clipboard.setText("Kari Nordmann")
    qtbot.wait(DELAY_MS * 3)
    assert clipboard.text() == "Kari Nordmann"


def test_a_second_copy_of_an_id_gets_the_whole_delay_again(
    guard: ClipboardGuard, clipboard: QClipboard, qtbot: QtBot
) -> None:
    clipboard.setText(SYNTHETIC_ID)
    qtbot.wait(DELAY_MS * 2 // 3)
    clipboard.setText(SYNTHETIC_D_NUMBER)
    qtbot.wait(DELAY_MS * 2 // 3)  # past the first copy's delay
    assert clipboard.text() == SYNTHETIC_D_NUMBER
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=DELAY_MS * 10)


def test_closing_the_window_clears_an_id_at_once_and_leaves_other_text(
    db: Database, clipboard: QClipboard, qtbot: QtBot
) -> None:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    clipboard.setText(SYNTHETIC_ID)
    window.close()  # rustool ends: no timer would be left to clear it
    assert clipboard.text() == ""

    other = MainWindow(db)
    qtbot.addWidget(other)
    other.show()
    clipboard.setText("Kari Nordmann")
    other.close()
    assert clipboard.text() == "Kari Nordmann"


def test_the_window_guards_the_clipboard_for_30_seconds(
    db: Database, clipboard: QClipboard, qtbot: QtBot
) -> None:
    window = MainWindow(db)
    qtbot.addWidget(window)
    assert window.clipboard_guard.delay_ms == 30_000
    clipboard.setText(SYNTHETIC_ID)
    qtbot.wait(DELAY_MS)
    assert clipboard.text() == SYNTHETIC_ID
