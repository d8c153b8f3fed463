"""An AUDIT or DUDIT form: every item with its answers, the live total and zone, and saving.

Each item is a group box with one radio button per answer (Tab moves between items, the arrow
keys and Space choose within one). The zone depends on the client's sex; when the national id
does not tell it, the user may say, and otherwise the cautious threshold applies. The service
scores and stores; an item left unanswered blocks saving, naming the item.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from rustool.db import Database, StorageError
from rustool.domain.records import ValidationError
from rustool.domain.screening import (
    ITEMS,
    UNOFFICIAL_TEXTS,
    Instrument,
    Item,
    Sex,
    max_score,
    sex_from_national_id,
    zone,
    zone_label,
)
from rustool.models import Client, Screening
from rustool.services.errors import NotFoundError
from rustool.services.screenings import record_screening
from rustool.ui.accessibility import fit_to_screen
from rustool.ui.dialogs.message_box import ask, show_error
from rustool.ui.form_dialog import WARNING_SIGN, format_date, parse_date_text
from rustool.ui.geometry import restore_geometry, save_geometry
from rustool.ui.messages import error_text, field_error_text, validation_text


def _plain(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def _warning_label() -> QLabel:
    label = _plain()
    label.setStyleSheet("color: #a4000f;")  # the ⚠ and the words carry the meaning too
    label.hide()
    return label


class ScreeningDialog(QDialog):
    """A new AUDIT or DUDIT result for one client; `saved` holds it after Lagre."""

    def __init__(
        self,
        db: Database,
        client: Client,
        instrument: Instrument,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._client = client
        self._instrument: Instrument = instrument
        self._items = ITEMS[instrument]
        self._known_sex = sex_from_national_id(client.national_id) if client.national_id else None
        self.saved: Screening | None = None
        self.groups: list[QButtonGroup] = []
        self.item_boxes: list[QGroupBox] = []
        self.setWindowTitle(
            self.tr("Ny {instrument} – {name}").format(
                instrument=instrument, name=f"{client.given_name} {client.family_name}"
            )
        )

        self.summary_label = _warning_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addLayout(self._build_header())
        if any((instrument, item.number) in UNOFFICIAL_TEXTS for item in self._items):
            layout.addWidget(
                _plain(
                    self.tr("Ordlyden i {instrument} er en arbeidsoversettelse.").format(
                        instrument=instrument
                    )
                )
            )
        layout.addWidget(self._build_items(), stretch=1)
        self.total_label = _plain()
        self.total_label.setAccessibleName(self.tr("Sum og sone"))
        layout.addWidget(self.total_label)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Lagre"))
        self.save_button.setToolTip(self.tr("Lagre (Ctrl+S)"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Avbryt"))
        cancel.setToolTip(self.tr("Avbryt (Esc)"))
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.try_save)

        self._update_total()
        fit_to_screen(self, 640, 720)
        restore_geometry(self, "screening_dialog")
        self.date_input.setFocus()

    # --- building --------------------------------------------------------------------------------

    def _build_header(self) -> QFormLayout:
        form = QFormLayout()
        self.date_input = QLineEdit(format_date(dt.date.today()))
        self.date_input.setPlaceholderText(self.tr("DD.MM.ÅÅÅÅ"))
        self.date_input.setAccessibleName(self.tr("Dato"))
        date_label = QLabel(self.tr("&Dato *"))
        date_label.setBuddy(self.date_input)
        self.date_error = _warning_label()
        cell = QWidget()
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.date_input)
        column.addWidget(self.date_error)
        form.addRow(date_label, cell)

        self.sex_combo: QComboBox | None = None
        self.sex_note = _plain(
            self.tr(
                "Kjønn er ukjent: den forsiktigste grensen brukes (kvinners, som er lavest), "
                "så ingen i risiko blir vurdert som lav risiko."
            )
        )
        if self._known_sex is not None:
            sex_text = self.tr("kvinne") if self._known_sex == "female" else self.tr("mann")
            known = _plain(self.tr("{sex} (fra fødselsnummeret)").format(sex=sex_text))
            known.setAccessibleName(self.tr("Kjønn"))
            form.addRow(QLabel(self.tr("Kjønn")), known)
            self.sex_note.hide()
        else:
            self.sex_combo = QComboBox()
            for text, value in (
                (self.tr("ukjent"), None),
                (self.tr("kvinne"), "female"),
                (self.tr("mann"), "male"),
            ):
                self.sex_combo.addItem(text, value)
            self.sex_combo.setAccessibleName(self.tr("Kjønn"))
            self.sex_combo.currentIndexChanged.connect(self._update_total)
            sex_label = QLabel(self.tr("&Kjønn"))
            sex_label.setBuddy(self.sex_combo)
            form.addRow(sex_label, self.sex_combo)
        form.addRow(self.sex_note)
        return form

    def _build_items(self) -> QScrollArea:
        content = QWidget()
        column = QVBoxLayout(content)
        for item in self._items:
            column.addWidget(self._item_box(item))
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # Tab goes from one item to the next, not to the scroll area (it still scrolls to them).
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(content)
        return scroll

    def _item_box(self, item: Item) -> QGroupBox:
        # The title is short so it never clips; the question wraps beneath it, and screen
        # readers get the whole question as the group's name.
        box = QGroupBox(self.tr("Spørsmål {number}").format(number=item.number))
        box.setAccessibleName(f"{item.number}. {item.text}")
        inner = QVBoxLayout(box)
        inner.addWidget(_plain(item.text))
        group = QButtonGroup(box)
        for score, text in item.options:
            button = QRadioButton(self.tr("{text} ({score} p)").format(text=text, score=score))
            button.setAccessibleName(text)
            inner.addWidget(button)
            group.addButton(button, score)
        group.idToggled.connect(self._update_total)
        self.groups.append(group)
        self.item_boxes.append(box)
        return box

    # --- values ----------------------------------------------------------------------------------

    def sex(self) -> Sex | None:
        if self.sex_combo is None:
            return self._known_sex
        value = self.sex_combo.currentData()
        return "female" if value == "female" else "male" if value == "male" else None

    def answers(self) -> list[int | None]:
        """Each item's score, None where not answered."""
        return [group.checkedId() if group.checkedButton() else None for group in self.groups]

    def unanswered(self) -> list[int]:
        """The numbers, as on the form, of the items without an answer."""
        return [
            item.number
            for item, answer in zip(self._items, self.answers(), strict=True)
            if answer is None
        ]

    def _update_total(self) -> None:
        answers = self.answers()
        total = sum(answer for answer in answers if answer is not None)
        answered = len(answers) - len(self.unanswered())
        text = self.tr("Sum: {total} av {most} poeng ({answered} av {count} besvart).").format(
            total=total, most=max_score(self._instrument), answered=answered, count=len(answers)
        )
        if answered == len(answers):
            found = zone(self._instrument, total, self.sex())
            text += " " + self.tr("Sone: {zone}.").format(zone=zone_label(found))
        else:
            text += " " + self.tr("Sonen vises når alle spørsmålene er besvart.")
        self.total_label.setText(text)
        if self.sex_combo is not None:
            self.sex_note.setVisible(self.sex() is None)

    # --- saving and closing ----------------------------------------------------------------------

    def try_save(self) -> None:
        self.date_error.hide()
        missing = self.unanswered()
        if missing:
            numbers = ", ".join(str(number) for number in missing)
            self._show_summary(
                self.tr("Ikke lagret. Disse spørsmålene er ikke besvart: {numbers}.").format(
                    numbers=numbers
                )
            )
            self.groups[missing[0] - 1].buttons()[0].setFocus()
            return
        answers = [answer for answer in self.answers() if answer is not None]
        taken_on = parse_date_text(self.date_input.text())
        assert self._client.id is not None
        try:
            self.saved = record_screening(
                self._db, self._client.id, self._instrument, taken_on or "", answers, self.sex()
            )
        except ValidationError as exc:
            self._show_validation(exc)
            return
        except (NotFoundError, StorageError) as exc:
            show_error(self, self.tr("Ikke lagret"), error_text(exc))
            return
        self.accept()

    def _show_summary(self, text: str) -> None:
        self.summary_label.setText(f"{WARNING_SIGN} {text}")
        self.summary_label.show()

    def _show_validation(self, error: ValidationError) -> None:
        problem = error.for_field("taken_on")
        if problem is not None:
            text = f"{WARNING_SIGN} {field_error_text(problem)}"
            self.date_error.setText(text)
            self.date_error.show()
            self.date_input.setAccessibleDescription(text)
            self.date_input.setFocus()
        others = ValidationError([e for e in error.errors if e.field != "taken_on"])
        lines = [self.tr("Ikke lagret. Rett det som er merket.")]
        if others.errors:
            lines.append(validation_text(others))
        self._show_summary("\n".join(lines))

    def has_changes(self) -> bool:
        return any(answer is not None for answer in self.answers())

    def reject(self) -> None:
        """Esc, Avbryt and the close button: ask before losing the answers."""
        if self.has_changes() and not ask(
            self,
            self.tr("Forkaste svarene?"),
            self.tr("Forkaste svarene?\n\nSvarene i dette skjemaet blir ikke lagret."),
            yes_text=self.tr("Forkast svarene"),
            no_text=self.tr("Fortsett å fylle ut"),
        ):
            return
        super().reject()

    def done(self, result: int) -> None:
        save_geometry(self, "screening_dialog")
        super().done(result)


def open_screening_dialog(
    db: Database, client: Client, instrument: Instrument, parent: QWidget | None = None
) -> Screening | None:
    """Show the form modally; the saved result, or None when cancelled."""
    dialog = ScreeningDialog(db, client, instrument, parent)
    dialog.exec()
    return dialog.saved
