"""A dialog built from a list of fields, saving through a service and showing its refusals.

The service validates (domain rules live there, not here); a `ValidationError` comes back and
each message is shown under its field, with a "⚠" so the meaning does not rest on colour.
Input is never lost: a refused save keeps everything, and closing with changes asks first.
Dates are typed as text (DD.MM.ÅÅÅÅ, or ISO) — quicker from the keyboard than a date widget,
and an optional date can simply be left empty.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from rustool.db import StorageError
from rustool.domain.records import FieldSpec, FieldType, ValidationError
from rustool.services.errors import ConflictError, NotFoundError
from rustool.ui.accessibility import bind_label, fit_to_screen, show_focus
from rustool.ui.dialogs.message_box import ask, show_error
from rustool.ui.geometry import restore_geometry, save_geometry
from rustool.ui.labels import choice_label, field_label
from rustool.ui.messages import error_text, field_error_text, validation_text

FieldKind = Literal["line", "text", "date", "datetime", "bool", "choice"]
WARNING_SIGN = "⚠"

_KINDS: dict[FieldType, FieldKind] = {
    FieldType.STR: "line",
    FieldType.TEXT: "text",
    FieldType.DATE: "date",
    FieldType.DATETIME: "datetime",
    FieldType.BOOL: "bool",
    FieldType.ENUM: "choice",
}


@dataclass(frozen=True)
class FormField:
    name: str
    label: str
    kind: FieldKind
    choices: tuple[tuple[str, str], ...] = ()  # (stored value, what the user reads)
    required: bool = False
    group: str = ""  # consecutive fields with the same group share a titled box


def fields_from_specs(
    specs: Iterable[FieldSpec], groups: Mapping[str, str] | None = None
) -> tuple[FormField, ...]:
    """Form fields for domain field specs, labelled in Norwegian; `groups` maps name → box title."""
    return tuple(
        FormField(
            name=spec.name,
            label=field_label(spec.name),
            kind=_KINDS[spec.type],
            choices=tuple((value, choice_label(value)) for value in spec.choices),
            required=spec.required,
            group=(groups or {}).get(spec.name, ""),
        )
        for spec in specs
    )


# --- dates as the user reads and types them ----------------------------------------------------


def format_date(value: dt.date | None) -> str:
    return value.strftime("%d.%m.%Y") if value is not None else ""


def format_datetime(value: dt.datetime | None) -> str:
    return value.strftime("%d.%m.%Y %H:%M") if value is not None else ""


_NORWEGIAN_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_TIME = re.compile(r"(\d{1,2})[:.](\d{2})")


def _date_parts(text: str) -> tuple[int, int, int] | None:
    if match := _NORWEGIAN_DATE.fullmatch(text):
        day, month, year = match.groups()
        return int(year), int(month), int(day)
    if match := _ISO_DATE.fullmatch(text):
        year, month, day = match.groups()
        return int(year), int(month), int(day)
    return None


def parse_date_text(text: str) -> dt.date | str | None:
    """A date from what was typed; text that is no date is passed on for the service to refuse."""
    text = text.strip()
    if not text:
        return None
    parts = _date_parts(text)
    if parts is None:
        return text
    try:
        return dt.date(*parts)
    except ValueError:
        return text


def parse_datetime_text(text: str) -> dt.datetime | str | None:
    """A local date and time ("DD.MM.ÅÅÅÅ TT:MM" or ISO); other text goes on to be refused."""
    text = text.strip()
    if not text:
        return None
    date_text, _, time_text = text.replace("T", " ").partition(" ")
    parts = _date_parts(date_text)
    time_match = _TIME.fullmatch(time_text.strip())
    if parts is None or time_match is None:
        return text
    try:
        return dt.datetime(*parts, int(time_match.group(1)), int(time_match.group(2)))
    except ValueError:
        return text


# --- the dialog --------------------------------------------------------------------------------


class FormDialog(QDialog):
    """Shows `fields`, filled from `values`; Lagre (Ctrl+S) calls `save(values)`.

    `save` raises ValidationError (shown by the fields), ConflictError, NotFoundError or
    StorageError (shown in a message box); the dialog stays open with the input as typed.
    It returns normally when saved, and the dialog closes as accepted.
    """

    def __init__(
        self,
        title: str,
        fields: Iterable[FormField],
        save: Callable[[dict[str, Any]], None],
        *,
        values: Mapping[str, Any] | None = None,
        geometry_key: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._fields = tuple(fields)
        self._save = save
        self._geometry_key = geometry_key
        self._inputs: dict[str, QWidget] = {}
        self._labels: dict[str, QLabel] = {}
        self._errors: dict[str, QLabel] = {}
        self._hints: dict[str, QLabel] = {}

        self.summary_label = self._message_label()
        layout = QVBoxLayout(self)
        if any(field.required for field in self._fields):
            legend = QLabel(self.tr("Felt merket med * må fylles ut."))
            layout.addWidget(legend)
        layout.addWidget(self.summary_label)
        layout.addWidget(self._build_form(), stretch=1)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Lagre"))
        self.save_button.setToolTip(self.tr("Lagre (Ctrl+S)"))
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Avbryt"))
        self.cancel_button.setToolTip(self.tr("Avbryt (Esc)"))
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.try_save)

        for name, value in (values or {}).items():
            if name in self._inputs:
                self.set_value(name, value)
        self._initial_state = self._state()
        fit_to_screen(self, max(self.sizeHint().width(), 560), self._form_height())
        restore_geometry(self, geometry_key)
        if self._fields:
            self._inputs[self._fields[0].name].setFocus()

    # --- building ------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Wrapped lines (hints, messages) know their height only once the width is known:
        # grow then, so a short form never needs scrolling for a line of its own.
        QTimer.singleShot(0, self._fit_height)

    def _fit_height(self) -> None:
        fit_to_screen(self, self.width(), max(self.height(), self._form_height()))

    def _form_height(self) -> int:
        """The form scrolls, so its size hint is small: tall enough to read a whole section."""
        chrome = self.sizeHint().height() - self._scroll.sizeHint().height()
        return min(self._form_content.sizeHint().height() + chrome, 720)

    def _message_label(self) -> QLabel:
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setStyleSheet("color: #a4000f;")  # the ⚠ and the words carry the meaning too
        label.hide()
        return label

    def _build_form(self) -> QScrollArea:
        content = QWidget()
        outer = QVBoxLayout(content)
        form: QFormLayout | None = None
        group: str | None = None
        for field in self._fields:
            if form is None or field.group != group:
                group = field.group
                form = QFormLayout()
                if group:
                    box = QGroupBox(group)
                    box.setLayout(form)
                    outer.addWidget(box)
                else:
                    outer.addLayout(form)
            self._add_row(form, field)
        outer.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # Tab goes from field to field, never to the scroll area (a stop with nothing to say);
        # the area still scrolls to the field that takes the focus.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(content)
        self._scroll = scroll
        self._form_content = content
        return scroll

    def _add_row(self, form: QFormLayout, field: FormField) -> None:
        widget = self._make_input(field)
        widget.setAccessibleName(field.label)
        if field.required:
            widget.setAccessibleDescription(self.tr("Må fylles ut."))
        # The words as they are: an "&" in them (a goal the user wrote) is no mnemonic.
        shown = field.label.replace("&", "&&")
        label = bind_label(QLabel(f"{shown} *" if field.required else shown), widget)
        hint = QLabel()
        hint.setTextFormat(Qt.TextFormat.PlainText)
        hint.setWordWrap(True)
        hint.hide()
        error = self._message_label()
        cell = QWidget()
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        for part in (widget, hint, error):
            column.addWidget(part)
        form.addRow(label, cell)
        self._inputs[field.name] = widget
        self._labels[field.name] = label
        self._hints[field.name] = hint
        self._errors[field.name] = error

    def _make_input(self, field: FormField) -> QWidget:
        if field.kind == "text":
            text = QPlainTextEdit()
            text.setTabChangesFocus(True)  # Tab moves on, as in every other field
            text.setMinimumHeight(text.fontMetrics().lineSpacing() * 4)
            show_focus(text)  # more than the caret, which an empty field hardly shows
            return text
        if field.kind == "bool":
            return QCheckBox()
        if field.kind == "choice":
            combo = QComboBox()
            for value, label in field.choices:
                combo.addItem(label, value)
            return combo
        line = QLineEdit()
        if field.kind == "date":
            line.setPlaceholderText(self.tr("DD.MM.ÅÅÅÅ"))
        elif field.kind == "datetime":
            line.setPlaceholderText(self.tr("DD.MM.ÅÅÅÅ TT:MM"))
        return line

    # --- values --------------------------------------------------------------------------------

    def field_widget(self, name: str) -> QWidget:
        return self._inputs[name]

    def field_label_widget(self, name: str) -> QLabel:
        return self._labels[name]

    def error_label(self, name: str) -> QLabel:
        return self._errors[name]

    def hint_label(self, name: str) -> QLabel:
        return self._hints[name]

    def _field(self, name: str) -> FormField:
        return next(field for field in self._fields if field.name == name)

    def set_value(self, name: str, value: Any) -> None:
        field, widget = self._field(name), self._inputs[name]
        if isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(0, widget.findData(value)))
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(value or "")
        elif isinstance(widget, QLineEdit):
            if field.kind == "date" and isinstance(value, dt.date):
                widget.setText(format_date(value))
            elif field.kind == "datetime" and isinstance(value, dt.datetime):
                widget.setText(format_datetime(value))
            else:
                widget.setText("" if value is None else str(value))

    def value(self, name: str) -> Any:
        field, widget = self._field(name), self._inputs[name]
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText() or None
        assert isinstance(widget, QLineEdit)
        if field.kind == "date":
            return parse_date_text(widget.text())
        if field.kind == "datetime":
            return parse_datetime_text(widget.text())
        return widget.text().strip() or None

    def values(self) -> dict[str, Any]:
        return {field.name: self.value(field.name) for field in self._fields}

    def _state(self) -> tuple[Any, ...]:
        """What the user sees, to tell whether anything was changed."""
        state: list[Any] = []
        for widget in self._inputs.values():
            if isinstance(widget, QCheckBox):
                state.append(widget.isChecked())
            elif isinstance(widget, QComboBox):
                state.append(widget.currentIndex())
            elif isinstance(widget, QPlainTextEdit):
                state.append(widget.toPlainText())
            elif isinstance(widget, QLineEdit):
                state.append(widget.text())
        return tuple(state)

    def has_changes(self) -> bool:
        return self._state() != self._initial_state

    # --- messages ------------------------------------------------------------------------------

    def set_hint(self, name: str, text: str) -> None:
        hint = self._hints[name]
        hint.setText(text)
        hint.setVisible(bool(text))

    def set_field_error(self, name: str, reason: str | None) -> None:
        """Show `reason` under the field (None clears it); screen readers get it as description."""
        label, widget = self._errors[name], self._inputs[name]
        required = self.tr("Må fylles ut.") if self._field(name).required else ""
        if reason:
            text = f"{WARNING_SIGN} {reason}"
            label.setText(text)
            label.show()
            widget.setAccessibleDescription(text)
        else:
            label.clear()
            label.hide()
            widget.setAccessibleDescription(required)

    def show_validation(self, error: ValidationError) -> None:
        """Each message under its field; the rest, and a summary, above the form."""
        first: QWidget | None = None
        for field in self._fields:
            problem = error.for_field(field.name)
            self.set_field_error(field.name, field_error_text(problem) if problem else None)
            if problem is not None and first is None:
                first = self._inputs[field.name]
        names = {field.name for field in self._fields}
        others = ValidationError(
            [e for e in error.errors if e.field.rsplit(".", 1)[-1] not in names]
        )
        lines = [f"{WARNING_SIGN} " + self.tr("Ikke lagret. Rett det som er merket.")]
        if others.errors:
            lines.append(validation_text(others))
        self.summary_label.setText("\n".join(lines))
        self.summary_label.show()
        if first is not None:
            first.setFocus()

    def clear_messages(self) -> None:
        for field in self._fields:
            self.set_field_error(field.name, None)
        self.summary_label.clear()
        self.summary_label.hide()

    # --- saving and closing --------------------------------------------------------------------

    def try_save(self) -> None:
        try:
            self._save(self.values())
        except ValidationError as exc:
            self.show_validation(exc)
            return
        except (ConflictError, NotFoundError, StorageError) as exc:
            show_error(self, self.tr("Ikke lagret"), error_text(exc))
            return
        self.clear_messages()
        self.accept()

    def reject(self) -> None:
        """Esc, Avbryt and the window's close button all come here: ask before losing input."""
        if self.has_changes() and not ask(
            self,
            self.tr("Forkaste endringene?"),
            self.tr("Forkaste endringene?\n\nDet du har skrevet i dette vinduet blir ikke lagret."),
            yes_text=self.tr("Forkast endringene"),
            no_text=self.tr("Fortsett å redigere"),
        ):
            return
        super().reject()

    def done(self, result: int) -> None:
        save_geometry(self, self._geometry_key)
        super().done(result)
