"""Stand-ins for the user at modal prompts, so no test ever blocks on a dialog."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QLineEdit, QMessageBox, QPlainTextEdit

from rustool.ui.dialogs.passphrase_dialogs import NewPassphraseDialog, PassphraseDialog
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


class PassphraseAnswers:
    """Types the given passphrases, one per try, into the start's passphrase dialog and then
    gives up (Cancel); remembers every message the dialog showed."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, answers: list[str]) -> None:
        self.messages: list[str] = []
        self.shown = 0
        self.pending = list(answers)

        def exec_(dialog: PassphraseDialog) -> int:
            self.shown += 1
            while self.pending:
                dialog.passphrase_edit.clear()
                QTest.keyClicks(dialog.passphrase_edit, self.pending.pop(0))
                dialog.accept()
                if dialog.result() == QDialog.DialogCode.Accepted:
                    return int(QDialog.DialogCode.Accepted.value)
                self.messages.append(dialog.message.text())
            if not self.messages and dialog.message.text():
                self.messages.append(dialog.message.text())  # the message it opened with
            return int(QDialog.DialogCode.Rejected.value)

        monkeypatch.setattr(PassphraseDialog, "exec", exec_)


class NewPassphraseAnswers:
    """Chooses a passphrase in each NewPassphraseDialog (typed twice), or cancels with None;
    remembers the dialogs' titles."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, answers: list[str | None]) -> None:
        self.titles: list[str] = []
        self.pending = list(answers)

        def exec_(dialog: NewPassphraseDialog) -> int:
            self.titles.append(dialog.windowTitle())
            answer = self.pending.pop(0)
            if answer is None:
                return int(QDialog.DialogCode.Rejected.value)
            QTest.keyClicks(dialog.passphrase_edit, answer)
            QTest.keyClicks(dialog.repeated_edit, answer)
            dialog.accept()
            return int(dialog.result())

        monkeypatch.setattr(NewPassphraseDialog, "exec", exec_)
