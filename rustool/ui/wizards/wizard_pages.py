"""The building blocks of the referral wizard's pages: labelled inputs with help and messages,
the dependence criteria, the attachments, and the final check-and-send page.

Every input has a label (its buddy), an accessible name, a short help text under it (smaller,
toned down but readable) and a message line for refusals ("⚠" and words, never colour alone).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, Literal

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from rustool.domain.referral_rules import (
    DEPENDENCE_CRITERIA,
    SEND_METHODS,
    dependence_count,
    dependence_warning,
)
from rustool.ui.accessibility import bind_label, show_focus
from rustool.ui.form_dialog import WARNING_SIGN, format_date, parse_date_text
from rustool.ui.referral_labels import code_label
from rustool.ui.wizards.substance_table import choice_combo, error_label, stored_date

EditorKind = Literal["text", "line", "date", "bool", "choice"]


def muted_label(text: str) -> QLabel:
    """Help text: a step toward the background colour, so it reads as secondary yet stays
    readable in light and dark themes; a smaller size says the same without colour."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    palette = label.palette()
    text_colour = palette.color(QPalette.ColorRole.WindowText)
    background = palette.color(QPalette.ColorRole.Window)
    mixed = QColor(
        (text_colour.red() * 3 + background.red()) // 4,
        (text_colour.green() * 3 + background.green()) // 4,
        (text_colour.blue() * 3 + background.blue()) // 4,
    )
    palette.setColor(QPalette.ColorRole.WindowText, mixed)
    label.setPalette(palette)
    font = label.font()
    font.setPointSizeF(max(font.pointSizeF() * 0.9, 8.0))
    label.setFont(font)
    return label


def title_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setStyleSheet("font-weight: bold;")
    return label


def plain_label(text: str = "") -> QLabel:
    """Text from the record, shown literally (a name like `<b>` is not markup) and selectable."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    return label


class FieldEditor(QWidget):
    """One field of the referral: label, input, help text and a message line for refusals."""

    changed = Signal()

    def __init__(
        self,
        name: str,
        kind: EditorKind,
        title: str,
        help_text: str = "",
        *,
        choices: tuple[str, ...] = (),
        required: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.name = name
        self.kind = kind
        self.input: QWidget
        if kind == "text":
            text = QPlainTextEdit()
            text.setTabChangesFocus(True)  # Tab moves on, as everywhere else
            text.setMinimumHeight(text.fontMetrics().lineSpacing() * 4)
            show_focus(text)  # more than the caret, which an empty field hardly shows
            text.textChanged.connect(self.changed)
            self.input = text
        elif kind == "bool":
            box = QCheckBox(title)
            box.toggled.connect(self.changed)
            self.input = box
        elif kind == "choice":
            combo = choice_combo(choices)
            combo.currentIndexChanged.connect(self.changed)
            self.input = combo
        else:
            line = QLineEdit()
            if kind == "date":
                line.setPlaceholderText(self.tr("DD.MM.ÅÅÅÅ"))
            line.textChanged.connect(self.changed)
            self.input = line
        shown_title = f"{title} *" if required else title
        self.input.setAccessibleName(title)
        self.help_text = help_text
        self.input.setAccessibleDescription(help_text)
        self.label: QLabel | None = None
        self.error = error_label()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(2)
        if kind != "bool":  # a check box carries its own label
            self.label = bind_label(title_label(shown_title), self.input)
            layout.addWidget(self.label)
        layout.addWidget(self.input)
        if help_text:
            layout.addWidget(muted_label(help_text))
        layout.addWidget(self.error)

    def value(self) -> Any:
        widget = self.input
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText() or None  # kept exactly as typed
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, QComboBox):
            return widget.currentData()
        assert isinstance(widget, QLineEdit)
        if self.kind == "date":
            return parse_date_text(widget.text())
        return widget.text().strip() or None

    def set_value(self, value: Any) -> None:
        widget = self.input
        if isinstance(widget, QPlainTextEdit):
            widget.setPlainText(value or "")
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(0, widget.findData(value)))
        elif isinstance(widget, QLineEdit):
            if self.kind == "date":
                day = stored_date(value)
                widget.setText(format_date(day) if day else (value or ""))
            else:
                widget.setText("" if value is None else str(value))

    def set_error(self, reason: str | None) -> None:
        text = f"{WARNING_SIGN} {reason}" if reason else ""
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self.input.setAccessibleDescription(text or self.help_text)

    def focus_target(self) -> QWidget:
        return self.input


class ScrollPage(QWizardPage):
    """A wizard page whose content scrolls: a checklist section can be long."""

    def __init__(self, title: str, subtitle: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.content = QWidget()
        self.body = QVBoxLayout(self.content)
        self._scroll = QScrollArea()
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # Tab goes from field to field, not to the area; it still scrolls to the focused one.
        self._scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._scroll.setWidget(self.content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._scroll)
        self.first_input: QWidget | None = None

    def add(self, widget: QWidget, focus: QWidget | None = None) -> None:
        self.body.addWidget(widget)
        if self.first_input is None and focus is not None:
            self.first_input = focus

    def reveal(self, widget: QWidget) -> None:
        self._scroll.ensureWidgetVisible(widget, 20, 40)


class CriteriaBox(QGroupBox):
    """The six ICD-10 dependence criteria, with a live count and a warning under three."""

    changed = Signal()

    def __init__(self, title: str, help_text: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.checks: dict[str, QCheckBox] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(muted_label(help_text))
        for code in DEPENDENCE_CRITERIA:
            box = QCheckBox(code_label(code))
            box.setAccessibleName(code_label(code))
            box.toggled.connect(self._update)
            box.toggled.connect(self.changed)
            self.checks[code] = box
            layout.addWidget(box)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Antall kriterier"))
        layout.addWidget(self.count_label)
        icon = QLabel()
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(20)
        )
        self.warning_label = QLabel()
        self.warning_label.setTextFormat(Qt.TextFormat.PlainText)
        self.warning_label.setWordWrap(True)
        self.warning = QWidget()
        row = QHBoxLayout(self.warning)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.warning_label, 1)
        layout.addWidget(self.warning)
        self.error = error_label()
        layout.addWidget(self.error)
        self._update()

    def values(self) -> list[str]:
        return [code for code, box in self.checks.items() if box.isChecked()]

    def set_values(self, codes: list[str]) -> None:
        for code, box in self.checks.items():
            box.setChecked(code in codes)
        self._update()

    def _update(self) -> None:
        chosen = self.values()
        count = dependence_count(chosen)
        self.count_label.setText(
            self.tr("{count} av {total} kriterier").format(
                count=count, total=len(DEPENDENCE_CRITERIA)
            )
        )
        warning = dependence_warning(chosen)
        self.warning_label.setText(f"{WARNING_SIGN} {warning}" if warning else "")
        self.warning.setVisible(warning is not None)

    def set_error(self, reason: str | None) -> None:
        self.error.setText(f"{WARNING_SIGN} {reason}" if reason else "")
        self.error.setVisible(bool(reason))

    def focus_target(self) -> QWidget:
        return self.checks[DEPENDENCE_CRITERIA[0]]


class AttachmentsBox(QGroupBox):
    """The names of the documents that go with the referral, and the screenings to attach."""

    changed = Signal()
    attach_requested = Signal(int)

    def __init__(self, title: str, help_text: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.list = QListWidget()
        self.list.setAccessibleName(title)
        self.list.setMaximumHeight(self.list.fontMetrics().lineSpacing() * 8)
        show_focus(self.list)  # also when there are no attachments
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.Delete),
            self.list,
            self._remove_selected,
            Qt.ShortcutContext.WidgetShortcut,
        )
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Navn på nytt vedlegg"))
        # Enter adds the typed name, and only that: the line edit would pass the key on to
        # the wizard, whose default button would also turn the page.
        self.name_edit.installEventFilter(self)
        name_label = QLabel(self.tr("N&ytt vedlegg:"))
        name_label.setBuddy(self.name_edit)
        self.add_button = QPushButton(self.tr("Legg til &vedlegg"))
        self.add_button.setToolTip(self.tr("Legg til vedlegget (Enter i feltet)"))
        self.add_button.clicked.connect(self._add_typed)
        self.remove_button = QPushButton(self.tr("&Fjern valgt vedlegg"))
        self.remove_button.setToolTip(self.tr("Fjern det valgte vedlegget (Delete i listen)"))
        self.remove_button.clicked.connect(self._remove_selected)
        self.error = error_label()

        adding = QHBoxLayout()
        adding.addWidget(name_label)
        adding.addWidget(self.name_edit, 1)
        adding.addWidget(self.add_button)
        self._screenings = QFormLayout()
        self.screening_buttons: dict[int, QPushButton] = {}
        self.no_screenings = QLabel(self.tr("Klienten har ingen kartlegginger (AUDIT/DUDIT)."))

        layout = QVBoxLayout(self)
        layout.addWidget(muted_label(help_text))
        layout.addWidget(self.list)
        layout.addLayout(adding)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.error)
        layout.addWidget(title_label(self.tr("Kartlegginger som kan legges ved")))
        layout.addWidget(self.no_screenings)
        layout.addLayout(self._screenings)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        enter = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if (
            watched is self.name_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in enter
        ):
            self._add_typed()
            return True
        return super().eventFilter(watched, event)

    def values(self) -> list[str]:
        return [self.list.item(row).text() for row in range(self.list.count())]

    def set_values(self, names: list[str]) -> None:
        self.list.clear()
        self.list.addItems(names)

    def add_name(self, name: str) -> None:
        self.list.addItem(name)
        self.changed.emit()

    def _add_typed(self) -> None:
        name = self.name_edit.text().strip()
        if name:
            self.add_name(name)
            self.name_edit.clear()

    def _remove_selected(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self.changed.emit()

    def add_screening(self, screening_id: int, description: str, attached: bool) -> None:
        self.no_screenings.hide()
        button = QPushButton(self.tr("Legg ved"))
        button.setAccessibleName(self.tr("Legg ved {what}").format(what=description))
        button.clicked.connect(lambda: self.attach_requested.emit(screening_id))
        self.screening_buttons[screening_id] = button
        self._screenings.addRow(bind_label(plain_label(description), button), button)
        if attached:
            self.mark_attached(screening_id)

    def mark_attached(self, screening_id: int) -> None:
        button = self.screening_buttons[screening_id]
        button.setText(self.tr("Lagt ved"))
        button.setEnabled(False)

    def set_error(self, reason: str | None) -> None:
        self.error.setText(f"{WARNING_SIGN} {reason}" if reason else "")
        self.error.setVisible(bool(reason))

    def focus_target(self) -> QWidget:
        return self.list


Problem = tuple[str, str | None]  # (what the user reads, the field "Gå til" goes to, if any)


class ReviewPage(QWizardPage):
    """Kontroll og sending: what blocks sending, what is not described, and the send itself."""

    go_to = Signal(str)
    send_date_changed = Signal()

    def __init__(self, subtitle: str, send: Callable[[], bool], parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Kontroll og sending"))
        self.setSubTitle(subtitle)
        self._send = send
        self.can_send = False
        self.goto_buttons: dict[str, QPushButton] = {}
        self.first_focus: QWidget

        self.blocking_title = title_label(self.tr("Dette må være på plass før sending"))
        self.blocking = QVBoxLayout()
        self.missing_title = title_label(self.tr("Ikke beskrevet"))
        self.missing_note = muted_label(
            self.tr(
                "Disse feltene er tomme. Du kan gå tilbake og fylle dem ut, eller bevisst la dem "
                "stå tomme – vurderingsinstansen ser da at de ikke er beskrevet."
            )
        )
        self.missing = QVBoxLayout()

        self.send_date = QLineEdit(format_date(dt.date.today()))
        self.first_focus = self.send_date
        self.send_date.setPlaceholderText(self.tr("DD.MM.ÅÅÅÅ"))
        self.send_date.setAccessibleName(self.tr("Sendt dato"))
        self.send_date.textChanged.connect(self.send_date_changed)
        self.send_date_error = error_label()
        self.method = QComboBox()
        for code in SEND_METHODS:
            self.method.addItem(code_label(code), code)
        self.method.setAccessibleName(self.tr("Sendt som"))
        date_label = QLabel(self.tr("Sendt &dato:"))
        date_label.setBuddy(self.send_date)
        method_label = QLabel(self.tr("Sendt so&m:"))
        method_label.setBuddy(self.method)
        date_cell = QWidget()
        date_column = QVBoxLayout(date_cell)
        date_column.setContentsMargins(0, 0, 0, 0)
        date_column.addWidget(self.send_date)
        date_column.addWidget(self.send_date_error)
        sending = QGroupBox(self.tr("Sending"))
        form = QFormLayout(sending)
        form.addRow(date_label, date_cell)
        form.addRow(method_label, self.method)

        content = QWidget()
        body = QVBoxLayout(content)
        body.addWidget(self.blocking_title)
        body.addLayout(self.blocking)
        body.addSpacing(8)
        body.addWidget(self.missing_title)
        body.addWidget(self.missing_note)
        body.addLayout(self.missing)
        body.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # as in ScrollPage
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addWidget(sending)

    # --- the lists -----------------------------------------------------------------------------

    @staticmethod
    def _clear(layout: QVBoxLayout) -> None:
        while layout.count():
            item = layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()

    def _line(self, text: str, field: str | None, target_title: str) -> QWidget:
        line = QWidget()
        row = QHBoxLayout(line)
        row.setContentsMargins(12, 0, 0, 0)
        row.addWidget(plain_label(text), 1)
        if field is not None:
            button = QPushButton(self.tr("Gå til"))
            button.setAccessibleName(self.tr("Gå til {field}").format(field=target_title))
            button.clicked.connect(lambda: self.go_to.emit(field))
            self.goto_buttons[field] = button
            row.addWidget(button)
        return line

    def show_check(
        self,
        blocking: list[tuple[str, str | None, str]],
        not_described: list[tuple[str, list[tuple[str, str]]]],
        can_send: bool,
    ) -> None:
        """`blocking`: (text, field or None, field title); `not_described`: (section title,
        [(field, field title)])."""
        self._clear(self.blocking)
        self._clear(self.missing)
        self.goto_buttons.clear()
        if blocking:
            for text, field, target in blocking:
                self.blocking.addWidget(self._line(f"{WARNING_SIGN} {text}", field, target))
        else:
            self.blocking.addWidget(plain_label("✓ " + self.tr("Ingenting hindrer sending.")))
        # Where the keyboard starts: the first thing to fix, else the send date.
        self.first_focus = next(iter(self.goto_buttons.values()), self.send_date)
        if not_described:
            for section_title, fields in not_described:
                self.missing.addWidget(title_label(section_title))
                for field, target in fields:
                    self.missing.addWidget(self._line(target, field, target))
        else:
            self.missing.addWidget(plain_label(self.tr("Alle feltene er beskrevet.")))
        self.missing_note.setVisible(bool(not_described))
        self.can_send = can_send
        self.completeChanged.emit()

    # --- sending -------------------------------------------------------------------------------

    def sent_on(self) -> dt.date | str | None:
        return parse_date_text(self.send_date.text())

    def set_send_date_error(self, reason: str | None) -> None:
        self.send_date_error.setText(f"{WARNING_SIGN} {reason}" if reason else "")
        self.send_date_error.setVisible(bool(reason))

    def isComplete(self) -> bool:
        return self.can_send

    def validatePage(self) -> bool:
        return self._send()
