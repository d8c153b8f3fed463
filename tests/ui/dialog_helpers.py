"""Stand-ins for the user at modal prompts, so no test ever blocks on a dialog."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QMessageBox, QPlainTextEdit

from rustool.ui.form_dialog import FormDialog


class MessageBoxes:
    """Answers every QMessageBox in place of the user and remembers what each one said."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, answer: bool = False) -> None:
        self.texts: list[str] = []
        self.answer = answer

        def exec_(box: QMessageBox) -> int:
            self.texts.append(box.text())
            button = (
                QMessageBox.StandardButton.Yes if self.answer else QMessageBox.StandardButton.No
            )
            return int(button.value)

        monkeypatch.setattr(QMessageBox, "exec", exec_)


def drive_form_dialogs(
    monkeypatch: pytest.MonkeyPatch, *users: Callable[[FormDialog], None]
) -> list[FormDialog]:
    """Each FormDialog.exec() runs the next `user` (who types and clicks) instead of blocking."""
    pending = list(users)
    opened: list[FormDialog] = []

    def exec_(dialog: FormDialog) -> int:
        opened.append(dialog)
        pending.pop(0)(dialog)
        return dialog.result()

    monkeypatch.setattr(FormDialog, "exec", exec_)
    return opened


def type_into(dialog: FormDialog, name: str, text: str) -> None:
    """Replace a text field's content by typing, as the user would."""
    widget = dialog.field_widget(name)
    assert isinstance(widget, QLineEdit | QPlainTextEdit)
    widget.clear()
    QTest.keyClicks(widget, text)
