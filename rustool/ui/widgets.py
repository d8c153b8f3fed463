"""Small building blocks the tabs and dialogs share: one way to show a table of records, one
pair of buttons under a choice, one list of the errors a user acts on, one way to write the
file the user chose."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QWidget,
)

from rustool.db import StorageError
from rustool.domain.records import ValidationError
from rustool.files import write_atomically
from rustool.services.errors import ConflictError, NotFoundError
from rustool.ui.dialogs.message_box import show_error

# What a service raises for the user to read and act on (anything else is a bug).
USER_ERRORS = (ValidationError, ConflictError, NotFoundError, StorageError)


def record_table(name: str, headers: list[str]) -> QTableWidget:
    """A read-only table of records: whole rows selected, one at a time; Tab leaves it."""
    table = QTableWidget(0, len(headers))
    table.setAccessibleName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def choice_buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    """OK (named for what it does) and Avbryt, accepting or rejecting `dialog`."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    cancel = QCoreApplication.translate("Widgets", "Avbryt")
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def write_chosen_file(parent: QWidget, path: Path, data: bytes, failed_title: str) -> bool:
    """Write `data` whole to the file the user chose (never half a file); on failure say which
    file and why, and return False."""
    try:
        write_atomically(path, data)
    except OSError as exc:
        reason = QCoreApplication.translate("Widgets", "Kunne ikke skrive {path}:\n{reason}")
        show_error(parent, failed_title, reason.format(path=path, reason=exc.strerror or exc))
        return False
    return True
