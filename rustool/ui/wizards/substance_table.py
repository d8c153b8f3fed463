"""The substance-use table of a referral: one line of inputs per substance.

A grid of ordinary inputs rather than an item view, so every cell is reached with Tab, typed
into directly and read by a screen reader with its row and column ("Rad 2: Debutalder").
A row left completely empty is not part of the referral (a fresh row is not an error).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rustool.domain.referral_rules import ROUTES, SUBSTANCES
from rustool.ui.form_dialog import WARNING_SIGN, format_date, parse_date_text
from rustool.ui.referral_labels import code_label

COLUMNS = ("substance", "frequency", "amount", "route", "debut_age", "last_used_on")


def error_label() -> QLabel:
    """A message under an input: the ⚠ and the words carry the meaning, the colour only helps."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setStyleSheet("color: #a4000f;")
    label.hide()
    return label


def choice_combo(choices: tuple[str, ...]) -> QComboBox:
    """A combo with an empty first choice ("not chosen") and the codes in Norwegian words."""
    combo = QComboBox()
    combo.addItem("—", None)
    for code in choices:
        combo.addItem(code_label(code), code)
    return combo


def stored_date(value: Any) -> dt.date | None:
    """A date from the JSON draft (ISO text) or already a date; anything else is no date."""
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and value:
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None


@dataclass
class _Row:
    substance: QComboBox
    frequency: QLineEdit
    amount: QLineEdit
    route: QComboBox
    debut_age: QLineEdit
    last_used_on: QLineEdit
    remove: QPushButton
    error: QLabel

    def inputs(self) -> tuple[QWidget, ...]:
        return (
            self.substance,
            self.frequency,
            self.amount,
            self.route,
            self.debut_age,
            self.last_used_on,
        )


class SubstanceTable(QWidget):
    """Rows of substance, frequency, amount, route, debut age and last used; `changed` on edits."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
        self.headers = {
            "substance": self.tr("Rusmiddel"),
            "frequency": self.tr("Hyppighet"),
            "amount": self.tr("Mengde"),
            "route": self.tr("Inntak"),
            "debut_age": self.tr("Debutalder"),
            "last_used_on": self.tr("Sist brukt"),
        }
        self.add_button = QPushButton(self.tr("&Legg til rusmiddel"))
        self.add_button.setToolTip(self.tr("Legg til en rad i tabellen (Alt+L)"))
        self.add_button.clicked.connect(self._add_clicked)
        self.empty_label = QLabel(self.tr("Ingen rusmidler registrert."))
        self.table_error = error_label()

        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(6)
        for column, name in enumerate(COLUMNS):
            header = QLabel(self.headers[name])
            header.setStyleSheet("font-weight: bold;")
            self._grid.addWidget(header, 0, column)
        self._grid.setColumnStretch(1, 2)
        self._grid.setColumnStretch(2, 2)

        top = QHBoxLayout()
        top.addWidget(self.add_button)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(self._grid)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table_error)

    # --- rows ----------------------------------------------------------------------------------

    def row_count(self) -> int:
        return len(self._rows)

    def cell(self, row: int, name: str) -> QWidget:
        widget: QWidget = getattr(self._rows[row], name)
        return widget

    def remove_button(self, row: int) -> QPushButton:
        return self._rows[row].remove

    def add_row(self, values: dict[str, Any] | None = None) -> None:
        values = values or {}
        row = _Row(
            substance=choice_combo(SUBSTANCES),
            frequency=QLineEdit(),
            amount=QLineEdit(),
            route=choice_combo(ROUTES),
            debut_age=QLineEdit(),
            last_used_on=QLineEdit(),
            remove=QPushButton(self.tr("Fjern")),
            error=error_label(),
        )
        row.substance.setCurrentIndex(max(0, row.substance.findData(values.get("substance"))))
        row.route.setCurrentIndex(max(0, row.route.findData(values.get("route"))))
        row.frequency.setText(values.get("frequency") or "")
        row.amount.setText(values.get("amount") or "")
        age = values.get("debut_age")
        row.debut_age.setText("" if age is None else str(age))
        row.debut_age.setMaxLength(4)
        row.last_used_on.setText(format_date(stored_date(values.get("last_used_on"))))
        row.last_used_on.setPlaceholderText(self.tr("DD.MM.ÅÅÅÅ"))
        for combo in (row.substance, row.route):
            combo.currentIndexChanged.connect(self.changed)
        for line in (row.frequency, row.amount, row.debut_age, row.last_used_on):
            line.textChanged.connect(self.changed)
        row.remove.clicked.connect(lambda: self._remove(row))
        previous: QWidget = self._rows[-1].remove if self._rows else self.add_button
        self._rows.append(row)
        self._place_rows()
        # The new row goes after the last one in the Tab order, not at the end of the window.
        for widget in (*row.inputs(), row.remove):
            QWidget.setTabOrder(previous, widget)
            previous = widget

    def _add_clicked(self) -> None:
        self.add_row()
        self._rows[-1].substance.setFocus()
        self.changed.emit()

    def _remove(self, row: _Row) -> None:
        index = self._rows.index(row)
        self._rows.remove(row)
        for widget in (*row.inputs(), row.remove, row.error):
            widget.hide()
            widget.deleteLater()
        self._place_rows()
        # Focus stays in the table: on the row that took its place, or on the add button.
        if index < len(self._rows):
            self._rows[index].substance.setFocus()
        elif self._rows:
            self._rows[-1].substance.setFocus()
        else:
            self.add_button.setFocus()
        self.changed.emit()

    def _place_rows(self) -> None:
        """Lay the rows out again (after a removal) and name each cell by row and column."""
        for number, row in enumerate(self._rows, start=1):
            line = number * 2 - 1
            for column, widget in enumerate(row.inputs()):
                self._grid.addWidget(widget, line, column)
                name = self.tr("Rad {number}: {column}").format(
                    number=number, column=self.headers[COLUMNS[column]]
                )
                widget.setAccessibleName(name)
            self._grid.addWidget(row.remove, line, len(COLUMNS))
            row.remove.setAccessibleName(self.tr("Fjern rad {number}").format(number=number))
            self._grid.addWidget(row.error, line + 1, 0, 1, len(COLUMNS) + 1)
        self.empty_label.setVisible(not self._rows)

    # --- values --------------------------------------------------------------------------------

    @staticmethod
    def _row_values(row: _Row) -> dict[str, Any]:
        age_text = row.debut_age.text().strip()
        # Digits become a number; other text goes on for the service to refuse by name.
        age: int | str | None = int(age_text) if age_text.isdigit() else (age_text or None)
        return {
            "substance": row.substance.currentData(),
            "frequency": row.frequency.text().strip() or None,
            "amount": row.amount.text().strip() or None,
            "route": row.route.currentData(),
            "debut_age": age,
            "last_used_on": parse_date_text(row.last_used_on.text()),
        }

    def values(self) -> tuple[list[dict[str, Any]], list[int]]:
        """The rows to save, and for each the index of its line on screen."""
        saved: list[dict[str, Any]] = []
        lines: list[int] = []
        for index, row in enumerate(self._rows):
            values = self._row_values(row)
            if any(value is not None for value in values.values()):
                saved.append(values)
                lines.append(index)
        return saved, lines

    # --- messages ------------------------------------------------------------------------------

    def set_errors(self, errors: dict[int, list[tuple[str, str]]], table_error: str | None) -> None:
        """Messages by screen line: [(column, reason)]; each names its row and column."""
        for index, row in enumerate(self._rows):
            problems = errors.get(index, [])
            text = "\n".join(
                f"{WARNING_SIGN} "
                + self.tr("Rad {number}, {column}: {reason}").format(
                    number=index + 1, column=self.headers[column], reason=reason
                )
                for column, reason in problems
            )
            row.error.setText(text)
            row.error.setVisible(bool(text))
            for name in COLUMNS:
                widget = self.cell(index, name)
                reason = next((r for c, r in problems if c == name), "")
                widget.setAccessibleDescription(f"{WARNING_SIGN} {reason}" if reason else "")
        self.table_error.setText(f"{WARNING_SIGN} {table_error}" if table_error else "")
        self.table_error.setVisible(bool(table_error))

    def focus_cell(self, row: int | None, column: str | None) -> QWidget:
        """Focus a cell (or the add button) and return it, so the page can scroll to it."""
        if row is None or not 0 <= row < len(self._rows):
            target: QWidget = self.add_button
        else:
            target = self.cell(row, column if column in COLUMNS else "substance")
        target.setFocus()
        return target
