"""One ansvarsgruppe meeting: time and place, attendance, agenda with minutes, decisions and
action items, and the next meeting — and turning decisions and action items into IP measures.

The minutes are often written during the meeting, so Lagre (Ctrl+S) saves and keeps the dialog
open; Lagre og lukk (Ctrl+Enter) and Lukk (Esc, asking before losing changes) close it;
Referat som PDF (Ctrl+P) saves and opens the minutes in the preview to print or save. Rows
map to their records by position (no data on Qt items). The service validates; each refusal
is shown under the field it names, in the right agenda item or action item, and in a summary
that says where ("Oppgave 2 – Hvem: …"), with the input kept as typed.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from rustool.db import Database, StorageError
from rustool.domain.group_rules import name_key, participant_line
from rustool.domain.plan_rules import CHOICE_LABELS, quote
from rustool.domain.records import FieldError, ValidationError
from rustool.models import GroupMember
from rustool.services.errors import ConflictError, NotFoundError
from rustool.services.group_documents import minutes_pdf
from rustool.services.groups import (
    MeetingView,
    create_meeting,
    get_meeting,
    meeting_data,
    new_meeting,
    update_meeting,
)
from rustool.services.plans import (
    ORIGIN,
    PlanView,
    action_item_to_measure,
    client_plan,
    decision_to_measure,
    measures_from_meeting,
)
from rustool.ui.accessibility import bind_label, fit_to_screen, show_focus
from rustool.ui.dialogs.message_box import ask, show_error
from rustool.ui.dialogs.pdf_preview import open_pdf_preview
from rustool.ui.form_dialog import (
    WARNING_SIGN,
    format_date,
    format_datetime,
    parse_date_text,
    parse_datetime_text,
)
from rustool.ui.geometry import restore_geometry, save_geometry
from rustool.ui.messages import error_text, field_error_text
from rustool.ui.widgets import USER_ERRORS, choice_buttons

ATTENDANCE_CHOICES: tuple[str | None, ...] = (None, "present", "absent", "excused")
MEETING_SCALARS = ("starts_at", "ends_at", "location", "decisions", "next_meeting_at")
# "meeting.action_items[2].responsible" → ("action_items", "2", "responsible")
_ROW_PATH = re.compile(r"(agenda|attendance|action_items)\[(\d+)\]\.(\w+)$")
MeasureRow = tuple[int, int, dict[str, Any]]  # measures_from_meeting's (goal, measure, measure)


def _t(text: str) -> str:
    return QCoreApplication.translate("MeetingDialog", text)


def attendance_label(status: str | None) -> str:
    labels = {
        None: _t("ikke registrert"),
        "present": _t("til stede"),
        "absent": _t("fraværende"),
        "excused": _t("meldt forfall"),
    }
    return labels.get(status, status or "")


def meeting_label(name: str) -> str:
    """The Norwegian name of a meeting field, as the dialog's labels and messages say it."""
    labels = {
        "starts_at": _t("Start"),
        "ends_at": _t("Slutt"),
        "location": _t("Sted"),
        "decisions": _t("Vedtak"),
        "next_meeting_at": _t("Neste møte"),
        "title": _t("Tittel"),
        "notes": _t("Referat"),
        "member": _t("Oppmøte"),
        "status": _t("Oppmøte"),
        "description": _t("Hva"),
        "responsible": _t("Hvem"),
        "due_on": _t("Frist"),
        "done_on": _t("Utført"),
    }
    return labels.get(name, name)


def meeting_error_text(error: FieldError) -> str:
    """The reason in Norwegian; the group's own codes first, then the shared ones."""
    reasons = {
        "not_member": _t("Er ikke medlem av gruppen."),
        "before_start": _t("Må være etter starttidspunktet."),
        "before_meeting": _t("Kan ikke være før møtedagen."),
        "duplicate": _t("Er allerede registrert i oppmøtet."),
    }
    return reasons.get(error.code) or field_error_text(error)


# --- plan measures: shared by the dialog and the group tab ------------------------------------


def plan_problem(plan: PlanView) -> str | None:
    """Why nothing can become a measure in this client's plan, or None when it can."""
    if plan.plan is None:
        return _t(
            "Klienten har ingen individuell plan ennå. Lag planen først; da kan oppgaver og "
            "vedtak fra møtene bli tiltak i den."
        )
    if plan.declined:
        return _t("Klienten har takket nei til individuell plan, så planen kan ikke få tiltak.")
    if not plan.consent_in_force:
        return _t(
            "Klienten har ikke et samtykke til individuell plan som gjelder i dag. Registrer "
            "samtykket i fanen «Samtykker» først."
        )
    if not plan.content.get("goals"):
        return _t("Planen har ingen mål ennå. Et tiltak hører til et mål: legg til målet først.")
    return None


def measure_error_text(error: Exception) -> str:
    """A refused measure in the user's words; other refusals as everywhere else."""
    if not isinstance(error, ValidationError):
        return error_text(error)
    reasons = {
        "no_plan": _t("Klienten har ingen individuell plan."),
        "declined": _t("Klienten har takket nei til individuell plan."),
        "no_consent": _t("Det er ikke et samtykke til individuell plan som gjelder i dag."),
        "already_measure": _t("Dette er allerede et tiltak i planen."),
        "unknown_goal": _t("Målet finnes ikke lenger i planen."),
    }
    known = [reasons[e.code] for e in error.errors if e.code in reasons]
    rest = [e for e in error.errors if e.code not in reasons]
    if rest:
        known.append(error_text(ValidationError(rest)))
    return "\n".join(known)


def goal_text(index: int, goal: Mapping[str, Any]) -> str:
    """'Mål 2 (Bolig): «Egen leilighet»', with the status when the goal is no longer open."""
    area = CHOICE_LABELS.get(str(goal.get("life_area")), str(goal.get("life_area") or ""))
    text = _t("Mål {number} ({area}): {description}").format(
        number=index + 1, area=area, description=quote(goal.get("description"))
    )
    status = goal.get("status")
    if status and status != "open":
        text += f" – {CHOICE_LABELS.get(str(status), str(status))}"
    return text


def link_text(goal_index: int) -> str:
    return _t("→ tiltak under mål {number}").format(number=goal_index + 1)


class GoalChoiceDialog(QDialog):
    """Which goal of the plan the new measure belongs to."""

    def __init__(
        self, goals: list[dict[str, Any]], what: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Gjør til tiltak i IP"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Mål i planen"))
        for index, goal in enumerate(goals):
            self.list.addItem(QListWidgetItem(goal_text(index, goal)))
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self.accept())
        label = QLabel(
            self.tr("Gjør {what} til tiltak under &målet:").format(
                what=quote(what).replace("&", "&&")  # the user's "&" is no mnemonic
            )
        )
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setBuddy(self.list)
        buttons = choice_buttons(self, self.tr("Gjør til tiltak"))
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        # Wide enough to read the goals in the client's words, not only their numbers.
        width = self.list.sizeHintForColumn(0) + 2 * self.list.frameWidth() + 40
        fit_to_screen(self, min(max(width, 480), 900), 320)
        self.list.setFocus()

    def chosen_index(self) -> int | None:
        row = self.list.currentRow()
        return row if row >= 0 else None


def make_measure(
    parent: QWidget,
    db: Database,
    client_id: int,
    what: str,
    link: Callable[[int], PlanView],
) -> PlanView | None:
    """Ask under which goal `what` goes, then `link(goal index)`; explain when it cannot.

    Returns the plan after the link, or None when there was no plan to use, the user
    cancelled, or the service refused (all said in a message box).
    """
    title = _t("Ikke gjort til tiltak")
    try:
        plan = client_plan(db, client_id)
    except USER_ERRORS as exc:
        show_error(parent, title, error_text(exc))
        return None
    problem = plan_problem(plan)
    if problem is not None:
        show_error(parent, title, problem)
        return None
    dialog = GoalChoiceDialog(list(plan.content["goals"]), what, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    goal = dialog.chosen_index()
    if goal is None:
        return None
    try:
        return link(goal)
    except USER_ERRORS as exc:
        show_error(parent, title, measure_error_text(exc))
        return None


# --- small building blocks ------------------------------------------------------------------


def _plain(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # names and minutes the user typed
    label.setWordWrap(True)
    return label


def _warning_label() -> QLabel:
    label = _plain()
    label.setStyleSheet("color: #a4000f;")  # the ⚠ and the words carry the meaning too
    label.hide()
    return label


def _text_edit(text: str | None, lines: int) -> QPlainTextEdit:
    edit = QPlainTextEdit(text or "")
    edit.setTabChangesFocus(True)  # Tab moves on, as in every other field
    edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * lines)
    show_focus(edit)  # more than the caret, which an empty field hardly shows
    return edit


class Input:
    """One labelled input with the ⚠ line for its error under it."""

    def __init__(self, label: str, widget: QWidget, *, required: bool = False) -> None:
        self.widget = widget
        self._required = _t("Må fylles ut.") if required else ""
        widget.setAccessibleDescription(self._required)
        # The label's words (without the mnemonic mark and the star) name the input too.
        self.label = bind_label(QLabel(f"{label} *" if required else label), widget)
        self.error = _warning_label()
        self.cell = QWidget()
        column = QVBoxLayout(self.cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(self.error)

    def add_to(self, form: QFormLayout) -> None:
        form.addRow(self.label, self.cell)

    def set_error(self, reason: str | None) -> None:
        if reason:
            text = f"{WARNING_SIGN} {reason}"
            self.error.setText(text)
            self.error.show()
            self.widget.setAccessibleDescription(text)
        else:
            self.error.clear()
            self.error.hide()
            self.widget.setAccessibleDescription(self._required)


def _date_input(value: dt.date | None) -> QLineEdit:
    line = QLineEdit(format_date(value))
    line.setPlaceholderText(_t("DD.MM.ÅÅÅÅ"))
    return line


def _datetime_input(value: dt.datetime | None) -> QLineEdit:
    line = QLineEdit(format_datetime(value))
    line.setPlaceholderText(_t("DD.MM.ÅÅÅÅ TT:MM"))
    return line


class AttendanceRow:
    """One member's attendance: a combo labelled with the member's name, role and place."""

    def __init__(self, member: str, shown: str, status: str | None) -> None:
        self.member = member
        self.combo = QComboBox()
        for choice in ATTENDANCE_CHOICES:
            self.combo.addItem(attendance_label(choice))
        self.combo.setCurrentIndex(
            ATTENDANCE_CHOICES.index(status) if status in ATTENDANCE_CHOICES else 0
        )
        self.input = Input(shown.replace("&", "&&"), self.combo)  # "&" in a name is no mnemonic
        self.combo.setAccessibleName(_t("Oppmøte for {name}").format(name=member))

    def status(self) -> str | None:
        return ATTENDANCE_CHOICES[self.combo.currentIndex()]

    def set_status(self, status: str | None) -> None:
        self.combo.setCurrentIndex(ATTENDANCE_CHOICES.index(status))


class AgendaRow(QGroupBox):
    """One agenda item: its title and the minutes for it, with buttons to move or remove it."""

    def __init__(self, item: Mapping[str, Any]) -> None:
        super().__init__()
        self.title_input = Input(_t("Tittel"), QLineEdit(item.get("title") or ""), required=True)
        self.notes_input = Input(_t("Referat"), _text_edit(item.get("notes"), 3))
        self.up_button = QPushButton(_t("Flytt opp"))
        self.up_button.setToolTip(_t("Flytt punktet opp (Alt+Pil opp)"))
        self.down_button = QPushButton(_t("Flytt ned"))
        self.down_button.setToolTip(_t("Flytt punktet ned (Alt+Pil ned)"))
        self.remove_button = QPushButton(_t("Fjern punktet"))
        form = QFormLayout()
        self.title_input.add_to(form)
        self.notes_input.add_to(form)
        buttons = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)

    @property
    def title_edit(self) -> QLineEdit:
        assert isinstance(self.title_input.widget, QLineEdit)
        return self.title_input.widget

    @property
    def notes_edit(self) -> QPlainTextEdit:
        assert isinstance(self.notes_input.widget, QPlainTextEdit)
        return self.notes_input.widget

    def set_number(self, number: int, last: bool) -> None:
        self.setTitle(_t("Punkt {number}").format(number=number))
        self.title_edit.setAccessibleName(_t("Tittel, punkt {number}").format(number=number))
        self.notes_edit.setAccessibleName(_t("Referat, punkt {number}").format(number=number))
        self.up_button.setEnabled(number > 1)
        self.down_button.setEnabled(not last)

    def value(self) -> dict[str, Any]:
        return {
            "title": self.title_edit.text().strip() or None,
            "notes": self.notes_edit.toPlainText() or None,
        }

    def inputs(self) -> dict[str, Input]:
        return {"title": self.title_input, "notes": self.notes_input}


class ActionRow(QGroupBox):
    """One action item: what, who (a current member), due and done, and its IP measure."""

    def __init__(self, item: Mapping[str, Any], members: list[str]) -> None:
        super().__init__()
        self.item_id: int | None = item.get("id")
        self.measure_key: str | None = item.get("measure_key")
        self.description = Input(_t("Hva"), QLineEdit(item.get("description") or ""), required=True)
        # Who can be chosen: nobody yet, or a current member. An item given to someone who has
        # since left keeps that name (the minutes say who it was), but only on this item.
        self.responsible_names: list[str | None] = [None, *members]
        combo = QComboBox()
        combo.addItem(_t("(ingen valgt)"))
        for name in members:
            combo.addItem(name)
        responsible = item.get("responsible")
        if responsible:
            keys = [name_key(name) for name in members]
            if name_key(responsible) in keys:
                combo.setCurrentIndex(keys.index(name_key(responsible)) + 1)
            else:
                self.responsible_names.append(responsible)
                combo.addItem(_t("{name} (ikke lenger medlem)").format(name=responsible))
                combo.setCurrentIndex(combo.count() - 1)
        self.responsible = Input(_t("Hvem"), combo)
        self.due = Input(_t("Frist"), _date_input(item.get("due_on")))
        self.done = Input(_t("Utført"), _date_input(item.get("done_on")))
        self.measure_button = QPushButton(_t("Gjør til tiltak i IP…"))
        self.measure_button.setToolTip(
            _t("Gjør oppgaven til et tiltak under et av målene i klientens individuelle plan")
        )
        self.link_label = _plain()
        self.link_label.setAccessibleName(_t("Tiltak i IP"))
        self.link_label.hide()
        self.remove_button = QPushButton(_t("Fjern oppgaven"))
        form = QFormLayout()
        for part in (self.description, self.responsible, self.due, self.done):
            part.add_to(form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.measure_button)
        buttons.addWidget(self.link_label, stretch=1)  # room to read the link on one line
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)

    @property
    def responsible_combo(self) -> QComboBox:
        assert isinstance(self.responsible.widget, QComboBox)
        return self.responsible.widget

    def line(self, name: str) -> QLineEdit:
        widget = self.inputs()[name].widget
        assert isinstance(widget, QLineEdit)
        return widget

    def set_number(self, number: int) -> None:
        self.setTitle(_t("Oppgave {number}").format(number=number))
        for name, part in self.inputs().items():
            part.widget.setAccessibleName(
                _t("{field}, oppgave {number}").format(field=meeting_label(name), number=number)
            )

    def set_link(self, text: str | None) -> None:
        """A linked item shows where its measure is instead of the button."""
        linked = text is not None
        self.link_label.setText(text or "")
        self.link_label.setVisible(linked)
        self.measure_button.setVisible(not linked)
        self.measure_button.setEnabled(not linked)

    def value(self) -> dict[str, Any]:
        # The id keeps the row (and its measure link) when the meeting is saved again.
        value: dict[str, Any] = {} if self.item_id is None else {"id": self.item_id}
        return value | {
            "description": self.line("description").text().strip() or None,
            "responsible": self.responsible_names[self.responsible_combo.currentIndex()],
            "due_on": parse_date_text(self.line("due_on").text()),
            "done_on": parse_date_text(self.line("done_on").text()),
        }

    def inputs(self) -> dict[str, Input]:
        return {
            "description": self.description,
            "responsible": self.responsible,
            "due_on": self.due,
            "done_on": self.done,
        }


# --- the dialog -------------------------------------------------------------------------------


class MeetingDialog(QDialog):
    """A new meeting (`meeting_id` None, prefilled by `new_meeting`) or a saved one.

    What is typed is saved every AUTOSAVE_MS when it is valid (a new meeting is created then).

    `members` are the group's members as `client_group` lists them (current, then former).
    `wrote` tells the caller whether anything was saved while the dialog was open.
    """

    AUTOSAVE_MS = 2000

    def __init__(
        self,
        db: Database,
        client_id: int,
        members: list[GroupMember],
        meeting_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._client_id = client_id
        self._members = members
        self.meeting_id = meeting_id
        self._version = 0
        self.wrote = False
        self.attendance_rows: list[AttendanceRow] = []
        self.agenda_rows: list[AgendaRow] = []
        self.action_rows: list[ActionRow] = []
        self.measures: list[MeasureRow] = []
        self._sent_attendance: list[AttendanceRow] = []
        if meeting_id is None:
            data = new_meeting(db, client_id)
        else:
            view = get_meeting(db, meeting_id)
            self._version = view.meeting.version
            data = meeting_data(view)

        self.summary_label = _warning_label()
        self.status_label = _plain()
        self.status_label.setAccessibleName(self.tr("Lagret"))
        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(self._build_time(data))
        column.addWidget(self._build_attendance(data))
        column.addWidget(self._build_agenda(data))
        column.addWidget(self._build_decisions(data))
        column.addWidget(self._build_actions(data))
        column.addWidget(self._build_measures())
        column.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields
        self.scroll_area.setWidget(content)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Felt merket med * må fylles ut.")))
        layout.addWidget(self.summary_label)
        layout.addWidget(self.scroll_area, stretch=1)
        layout.addWidget(self.status_label)
        layout.addLayout(self._build_buttons())

        self._update_title()
        self._refresh_links()
        self._initial = self.values()
        # Minutes are written during the meeting: what is typed is saved within seconds,
        # whenever it is valid, so a crash or a flat battery loses at most that.
        self._last_autosaved: dict[str, Any] | None = None
        self._autosave_stopped = False
        self._autosave = QTimer(self)
        self._autosave.setInterval(self.AUTOSAVE_MS)
        self._autosave.timeout.connect(self.autosave)
        self._autosave.start()
        fit_to_screen(self, 760, 820)
        restore_geometry(self, "meeting_dialog")
        self.starts.widget.setFocus()

    # --- building --------------------------------------------------------------------------

    def _build_time(self, data: Mapping[str, Any]) -> QGroupBox:
        box = QGroupBox(self.tr("Tid og sted"))
        form = QFormLayout(box)
        self.starts = Input(
            self.tr("&Start"), _datetime_input(data.get("starts_at")), required=True
        )
        self.ends = Input(self.tr("S&lutt"), _datetime_input(data.get("ends_at")))
        self.location = Input(self.tr("S&ted"), QLineEdit(data.get("location") or ""))
        self.next_meeting = Input(
            self.tr("&Neste møte"), _datetime_input(data.get("next_meeting_at"))
        )
        for part in (self.starts, self.ends, self.location, self.next_meeting):
            part.add_to(form)
        return box

    def _build_attendance(self, data: Mapping[str, Any]) -> QGroupBox:
        box = QGroupBox(self.tr("Oppmøte"))
        form = QFormLayout(box)
        status_of = {name_key(str(a.get("member"))): a for a in data.get("attendance") or []}
        for member in self._members:
            entry = status_of.pop(name_key(member.name), None)
            if member.left_on is not None and entry is None:
                continue  # a former member who was not at this meeting has no say in it
            shown = participant_line(
                {"name": member.name, "role": member.role, "organization": member.organization}
            )
            if member.left_on is not None:
                shown += " " + self.tr("(sluttet)")
            self._add_attendance(form, member.name, shown, entry)
        for entry in status_of.values():  # named in the minutes, no longer in the group at all
            self._add_attendance(form, str(entry.get("member")), str(entry.get("member")), entry)
        if not self.attendance_rows:
            form.addRow(_plain(self.tr("Gruppen har ingen medlemmer ennå.")))
        return box

    def _add_attendance(
        self, form: QFormLayout, member: str, shown: str, entry: Mapping[str, Any] | None
    ) -> None:
        row = AttendanceRow(member, shown, entry.get("status") if entry else None)
        row.input.add_to(form)
        self.attendance_rows.append(row)

    def _build_agenda(self, data: Mapping[str, Any]) -> QGroupBox:
        box = QGroupBox(self.tr("Saksliste og referat"))
        self._agenda_layout = QVBoxLayout()
        for item in data.get("agenda") or []:
            self._insert_agenda_row(item)
        self._renumber_agenda()
        self.add_agenda_button = QPushButton(self.tr("Nytt &punkt på sakslisten"))
        self.add_agenda_button.clicked.connect(self.add_agenda_item)
        layout = QVBoxLayout(box)
        layout.addLayout(self._agenda_layout)
        layout.addWidget(self.add_agenda_button, alignment=Qt.AlignmentFlag.AlignLeft)
        return box

    def _insert_agenda_row(self, item: Mapping[str, Any]) -> AgendaRow:
        row = AgendaRow(item)
        row.up_button.clicked.connect(lambda: self.move_agenda_item(row, -1))
        row.down_button.clicked.connect(lambda: self.move_agenda_item(row, 1))
        row.remove_button.clicked.connect(lambda: self.remove_agenda_item(row))
        for key, step in ((Qt.Key.Key_Up, -1), (Qt.Key.Key_Down, 1)):
            shortcut = QShortcut(QKeySequence(Qt.Modifier.ALT | key), row)
            # Set apart: PySide6 drops a context given to the constructor with a slot.
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda step=step: self.move_agenda_item(row, step))
        self._agenda_layout.addWidget(row)
        row.show()  # a layout shows a new child only later, and focus needs it shown now
        self.agenda_rows.append(row)
        return row

    def _renumber_agenda(self) -> None:
        for number, row in enumerate(self.agenda_rows, 1):
            row.set_number(number, number == len(self.agenda_rows))

    def _build_decisions(self, data: Mapping[str, Any]) -> QGroupBox:
        box = QGroupBox(self.tr("Vedtak"))
        form = QFormLayout()
        self.decisions = Input(self.tr("&Vedtak"), _text_edit(data.get("decisions"), 4))
        self.decisions.add_to(form)
        self.decision_measure_button = QPushButton(self.tr("Gjør vedtak til tiltak i &IP…"))
        self.decision_measure_button.setToolTip(
            self.tr(
                "Gjør den merkede teksten i vedtakene (eller alt, når ingenting er merket) til "
                "et tiltak i klientens individuelle plan"
            )
        )
        self.decision_measure_button.clicked.connect(self.make_decision_measure)
        layout = QVBoxLayout(box)
        layout.addLayout(form)
        layout.addWidget(self.decision_measure_button, alignment=Qt.AlignmentFlag.AlignLeft)
        return box

    @property
    def decisions_edit(self) -> QPlainTextEdit:
        assert isinstance(self.decisions.widget, QPlainTextEdit)
        return self.decisions.widget

    def _current_names(self) -> list[str]:
        return [member.name for member in self._members if member.left_on is None]

    def _build_actions(self, data: Mapping[str, Any]) -> QGroupBox:
        box = QGroupBox(self.tr("Oppgaver"))
        self._action_layout = QVBoxLayout()
        for item in data.get("action_items") or []:
            self._insert_action_row(item)
        self._renumber_actions()
        self.add_action_button = QPushButton(self.tr("Ny &oppgave"))
        self.add_action_button.clicked.connect(self.add_action_item)
        layout = QVBoxLayout(box)
        layout.addLayout(self._action_layout)
        layout.addWidget(self.add_action_button, alignment=Qt.AlignmentFlag.AlignLeft)
        return box

    def _insert_action_row(self, item: Mapping[str, Any]) -> ActionRow:
        row = ActionRow(item, self._current_names())
        row.measure_button.clicked.connect(lambda: self.make_action_measure(row))
        row.remove_button.clicked.connect(lambda: self.remove_action_item(row))
        self._action_layout.addWidget(row)
        row.show()  # as for agenda items
        self.action_rows.append(row)
        return row

    def _renumber_actions(self) -> None:
        for number, row in enumerate(self.action_rows, 1):
            row.set_number(number)

    def _build_measures(self) -> QGroupBox:
        box = QGroupBox(self.tr("Tiltak i IP fra dette møtet"))
        self.measures_label = _plain()
        self.measures_label.setAccessibleName(self.tr("Tiltak i IP fra dette møtet"))
        self.measures_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        layout = QVBoxLayout(box)
        layout.addWidget(self.measures_label)
        return box

    def _build_buttons(self) -> QHBoxLayout:
        buttons = QDialogButtonBox()
        self.save_button = QPushButton(self.tr("Lagre"))
        self.save_button.setToolTip(self.tr("Lagre og fortsett å skrive (Ctrl+S)"))
        self.save_close_button = QPushButton(self.tr("Lagre og lukk"))
        self.save_close_button.setToolTip(self.tr("Lagre og lukk (Ctrl+Enter)"))
        self.minutes_button = QPushButton(self.tr("&Referat som PDF…"))
        self.minutes_button.setToolTip(
            self.tr("Lagre, og se referatet som PDF for å skrive det ut eller lagre det (Ctrl+P)")
        )
        self.minutes_button.setAutoDefault(False)  # as the others below
        self.close_button = QPushButton(self.tr("Lukk"))
        self.close_button.setToolTip(
            self.tr("Lukk (Esc); spør først om endringer som ikke er lagret")
        )
        for button, role in (
            (self.save_button, QDialogButtonBox.ButtonRole.ApplyRole),
            (self.save_close_button, QDialogButtonBox.ButtonRole.AcceptRole),
            (self.close_button, QDialogButtonBox.ButtonRole.RejectRole),
        ):
            # Enter in a field must not close the minutes half written.
            button.setAutoDefault(False)
            button.setDefault(False)
            buttons.addButton(button, role)
        self.save_button.clicked.connect(self.save)
        self.save_close_button.clicked.connect(self.save_and_close)
        self.close_button.clicked.connect(self.reject)
        self.minutes_button.clicked.connect(self.preview_minutes)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self, self.preview_minutes)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save_and_close)
        # The minutes go out to others: apart from the buttons that save and close.
        row = QHBoxLayout()
        row.addWidget(self.minutes_button)
        row.addStretch(1)
        row.addWidget(buttons)
        return row

    def _update_title(self) -> None:
        # The minutes are made from the saved meeting: there are none before it is saved.
        self.minutes_button.setEnabled(self.meeting_id is not None)
        if self.meeting_id is None:
            self.setWindowTitle(self.tr("Nytt møte i ansvarsgruppen"))
        else:
            text = self.starts.widget.text() if isinstance(self.starts.widget, QLineEdit) else ""
            self.setWindowTitle(self.tr("Møte i ansvarsgruppen {when}").format(when=text))

    # --- rows ------------------------------------------------------------------------------

    def _show_row(self, widget: QWidget, focus: QWidget) -> None:
        focus.setFocus()
        self.scroll_area.ensureWidgetVisible(widget)

    def add_agenda_item(self) -> None:
        row = self._insert_agenda_row({})
        self._renumber_agenda()
        self._show_row(row, row.title_edit)

    def move_agenda_item(self, row: AgendaRow, step: int) -> None:
        index = self.agenda_rows.index(row)
        target = index + step
        if not 0 <= target < len(self.agenda_rows):
            return
        self.agenda_rows.insert(target, self.agenda_rows.pop(index))
        self._agenda_layout.removeWidget(row)
        self._agenda_layout.insertWidget(target, row)
        self._renumber_agenda()
        # The keyboard stays on the moved item, on the button that moves it further.
        button = row.up_button if step < 0 else row.down_button
        self._show_row(row, button if button.isEnabled() else row.title_edit)

    def remove_agenda_item(self, row: AgendaRow) -> None:
        index = self.agenda_rows.index(row)
        self.agenda_rows.pop(index)
        self._agenda_layout.removeWidget(row)
        row.deleteLater()
        self._renumber_agenda()
        if self.agenda_rows:
            near = self.agenda_rows[min(index, len(self.agenda_rows) - 1)]
            self._show_row(near, near.title_edit)
        else:
            self.add_agenda_button.setFocus()

    def add_action_item(self) -> None:
        row = self._insert_action_row({})
        self._renumber_actions()
        row.set_link(None)
        self._show_row(row, row.line("description"))

    def remove_action_item(self, row: ActionRow) -> None:
        if row.measure_key is not None and not ask(
            self,
            self.tr("Fjerne oppgaven?"),
            self.tr(
                "Oppgaven er blitt et tiltak i den individuelle planen. Tiltaket blir stående i "
                "planen, men lenken til oppgaven forsvinner når møtet lagres.\n\nFjerne oppgaven?"
            ),
            yes_text=self.tr("Fjern oppgaven"),
            no_text=self.tr("Behold oppgaven"),
        ):
            return
        index = self.action_rows.index(row)
        self.action_rows.pop(index)
        self._action_layout.removeWidget(row)
        row.deleteLater()
        self._renumber_actions()
        if self.action_rows:
            near = self.action_rows[min(index, len(self.action_rows) - 1)]
            self._show_row(near, near.line("description"))
        else:
            self.add_action_button.setFocus()

    # --- values ----------------------------------------------------------------------------

    def _line_value(self, part: Input) -> str | None:
        assert isinstance(part.widget, QLineEdit)
        return part.widget.text().strip() or None

    def _datetime_value(self, part: Input) -> dt.datetime | str | None:
        assert isinstance(part.widget, QLineEdit)
        return parse_datetime_text(part.widget.text())

    def values(self) -> dict[str, Any]:
        """The meeting as typed, in the shape `meeting_data` gives and the service takes."""
        self._sent_attendance = [row for row in self.attendance_rows if row.status() is not None]
        return {
            "starts_at": self._datetime_value(self.starts),
            "ends_at": self._datetime_value(self.ends),
            "location": self._line_value(self.location),
            "agenda": [row.value() for row in self.agenda_rows],
            "attendance": [
                {"member": row.member, "status": row.status()} for row in self._sent_attendance
            ],
            "decisions": self.decisions_edit.toPlainText() or None,
            "action_items": [row.value() for row in self.action_rows],
            "next_meeting_at": self._datetime_value(self.next_meeting),
        }

    def has_changes(self) -> bool:
        return self.values() != self._initial

    # --- messages --------------------------------------------------------------------------

    def _scalar_inputs(self) -> dict[str, Input]:
        return {
            "starts_at": self.starts,
            "ends_at": self.ends,
            "location": self.location,
            "decisions": self.decisions,
            "next_meeting_at": self.next_meeting,
        }

    def _all_inputs(self) -> list[Input]:
        inputs = list(self._scalar_inputs().values())
        inputs += [row.input for row in self.attendance_rows]
        for agenda in self.agenda_rows:
            inputs += agenda.inputs().values()
        for action in self.action_rows:
            inputs += action.inputs().values()
        return inputs

    def clear_messages(self) -> None:
        for part in self._all_inputs():
            part.set_error(None)
        self.summary_label.clear()
        self.summary_label.hide()

    def _place(self, problem: FieldError) -> tuple[Input | None, str]:
        """The input a refusal is about, and how the summary names it."""
        match = _ROW_PATH.search(problem.field)
        name = problem.field.rsplit(".", 1)[-1]
        if match is None:
            return self._scalar_inputs().get(name), meeting_label(name)
        kind, index, name = match.group(1), int(match.group(2)), match.group(3)
        if kind == "agenda" and index < len(self.agenda_rows):
            where = self.tr("Punkt {number}").format(number=index + 1)
            part = self.agenda_rows[index].inputs().get(name)
        elif kind == "action_items" and index < len(self.action_rows):
            where = self.tr("Oppgave {number}").format(number=index + 1)
            part = self.action_rows[index].inputs().get(name)
        elif kind == "attendance" and index < len(self._sent_attendance):
            row = self._sent_attendance[index]
            return row.input, self.tr("Oppmøte for {name}").format(name=row.member)
        else:
            return None, meeting_label(name)
        return part, f"{where} – {meeting_label(name)}"

    def show_validation(self, error: ValidationError) -> None:
        """Each reason under its field, and a summary naming where each one is."""
        lines = [f"{WARNING_SIGN} " + self.tr("Ikke lagret. Rett det som er merket:")]
        first: Input | None = None
        for problem in error.errors:
            part, where = self._place(problem)
            reason = meeting_error_text(problem)
            lines.append(f"{where}: {reason}")
            if part is not None and not part.error.text():  # the first reason per field
                part.set_error(reason)
                first = first or part
        self.summary_label.setText("\n".join(lines))
        self.summary_label.show()
        if first is not None:
            self._show_row(first.cell, first.widget)

    # --- saving ----------------------------------------------------------------------------

    def autosave(self) -> None:
        """Save quietly what changed, if it is valid; an invalid state waits for the user's
        own save (Ctrl+S), which then shows what is wrong. A conflict or a storage error stops
        the quiet saving and says so."""
        if self._autosave_stopped:
            return
        data = self.values()
        if data == self._initial or data == self._last_autosaved:
            return
        self._last_autosaved = data
        try:
            if self.meeting_id is None:
                view = create_meeting(self._db, self._client_id, data)
            else:
                view = update_meeting(self._db, self.meeting_id, data, self._version, autosave=True)
        except ValidationError:
            return
        except (ConflictError, NotFoundError, StorageError) as exc:
            self._autosave_stopped = True
            self.status_label.setText(
                f"{WARNING_SIGN} "
                + self.tr("Lagres ikke automatisk lenger: {reason}").format(reason=error_text(exc))
            )
            return
        self._saved(view)
        self.status_label.setText(
            self.tr("Lagret automatisk kl. {time}.").format(
                time=dt.datetime.now().strftime("%H:%M:%S")
            )
        )

    def save(self) -> bool:
        """Save and stay open; True when saved. A refusal keeps everything as typed."""
        self.clear_messages()
        data = self.values()
        try:
            if self.meeting_id is None:
                view = create_meeting(self._db, self._client_id, data)
            else:
                view = update_meeting(self._db, self.meeting_id, data, self._version)
        except ValidationError as exc:
            self.show_validation(exc)
            return False
        except (ConflictError, NotFoundError, StorageError) as exc:
            show_error(self, self.tr("Ikke lagret"), error_text(exc))
            return False
        self._saved(view)
        self.status_label.setText(
            self.tr("Lagret kl. {time}.").format(time=dt.datetime.now().strftime("%H:%M"))
        )
        return True

    def _saved(self, view: MeetingView) -> None:
        """Take the saved meeting's ids and version; what is typed stays as it is."""
        self.wrote = True
        self.meeting_id = view.meeting.id
        self._version = view.meeting.version
        for row, item in zip(self.action_rows, view.action_items, strict=True):
            row.item_id = item.id
            row.measure_key = item.measure_key
        self._initial = self.values()
        self._update_title()
        self._refresh_links()

    def save_and_close(self) -> None:
        if self.save():
            self.accept()

    def reject(self) -> None:
        """Esc, Lukk and the window's close button: ask before losing what was typed."""
        if self.has_changes() and not ask(
            self,
            self.tr("Forkaste endringene?"),
            self.tr(
                "Forkaste endringene?\n\nDet du har skrevet i møtet siden det sist ble lagret, "
                "blir ikke lagret."
            ),
            yes_text=self.tr("Forkast endringene"),
            no_text=self.tr("Fortsett å redigere"),
        ):
            return
        super().reject()

    def done(self, result: int) -> None:
        self._autosave.stop()
        save_geometry(self, "meeting_dialog")
        super().done(result)

    # --- the minutes as PDF ----------------------------------------------------------------

    def preview_minutes(self) -> None:
        """The minutes as the participants get them, made from the saved meeting: what is
        typed is saved first (autosave would within seconds); a refusal shows as for Lagre."""
        if self.meeting_id is None and not self.has_changes():
            return
        if self.has_changes() and not self.save():
            return
        meeting_id = self.meeting_id
        assert meeting_id is not None  # saved just now, or before
        open_pdf_preview(self._db, lambda: minutes_pdf(self._db, meeting_id), self)

    # --- measures in the individual plan ---------------------------------------------------

    def _refresh_links(self) -> None:
        """Each linked action item shows its measure; the list shows all from this meeting."""
        self.measures = []
        problem = None
        if self.meeting_id is not None:
            try:
                self.measures = measures_from_meeting(self._db, self.meeting_id)
            except USER_ERRORS as exc:
                problem = error_text(exc)
        by_item = {
            (measure.get(ORIGIN) or {}).get("action_item_id"): goal
            for goal, _, measure in self.measures
        }
        for row in self.action_rows:
            if row.item_id is not None and row.item_id in by_item:
                row.set_link(link_text(by_item[row.item_id]))
            elif row.measure_key is not None:
                row.set_link(self.tr("→ tiltak i IP (ikke lenger i planen)"))
            else:
                row.set_link(None)
        lines = []
        item_numbers = {row.item_id: n for n, row in enumerate(self.action_rows, 1) if row.item_id}
        for goal, measure_index, measure in self.measures:
            item_id = (measure.get(ORIGIN) or {}).get("action_item_id")
            if item_id is None:
                source = self.tr("fra vedtak")
            elif item_id in item_numbers:
                source = self.tr("fra oppgave {number}").format(number=item_numbers[item_id])
            else:
                source = self.tr("fra en oppgave som er fjernet")
            lines.append(
                self.tr("Mål {goal}, tiltak {measure}: {description} ({source})").format(
                    goal=goal + 1,
                    measure=measure_index + 1,
                    description=quote(measure.get("description")),
                    source=source,
                )
            )
        self.measures_label.setText(
            problem or "\n".join(lines) or self.tr("Ingen tiltak i IP fra dette møtet ennå.")
        )

    def _ready_to_link(self) -> bool:
        """A measure points at the saved meeting: save first (asking) when needed."""
        if self.meeting_id is not None and not self.has_changes():
            return True
        if not ask(
            self,
            self.tr("Lagre møtet først?"),
            self.tr("Møtet må lagres før noe i det kan bli et tiltak i planen.\n\nLagre møtet nå?"),
            yes_text=self.tr("Lagre og fortsett"),
            no_text=self.tr("Avbryt"),
        ):
            return False
        return self.save()

    def _linked(self) -> None:
        """Read the meeting again: the item now carries its measure's key."""
        self.wrote = True
        if self.meeting_id is not None:
            try:
                view = get_meeting(self._db, self.meeting_id)
            except USER_ERRORS as exc:
                show_error(self, self.tr("Kunne ikke lese møtet"), error_text(exc))
            else:
                self._version = view.meeting.version
                for row, item in zip(self.action_rows, view.action_items, strict=True):
                    row.measure_key = item.measure_key
        self._refresh_links()

    def make_action_measure(self, row: ActionRow) -> None:
        if row.measure_key is not None or not self._ready_to_link():
            return
        item_id = row.item_id
        assert item_id is not None  # saved just now
        what = row.line("description").text().strip()
        linked = make_measure(
            self,
            self._db,
            self._client_id,
            what,
            lambda goal: action_item_to_measure(self._db, item_id, goal),
        )
        if linked is not None:
            self._linked()
            row.link_label.setFocus()

    def make_decision_measure(self) -> None:
        """The selected words of the decisions, or all of them, become a measure."""
        cursor = self.decisions_edit.textCursor()
        # Qt gives a selection's line breaks as U+2029 (paragraph separator).
        text = cursor.selectedText().replace("\u2029", "\n").strip()
        text = text or self.decisions_edit.toPlainText().strip()
        if not text:
            show_error(
                self,
                self.tr("Ingen vedtak"),
                self.tr("Skriv vedtaket først, og merk teksten som skal bli tiltaket."),
            )
            self.decisions_edit.setFocus()
            return
        if not self._ready_to_link():
            return
        meeting_id = self.meeting_id
        assert meeting_id is not None
        linked = make_measure(
            self,
            self._db,
            self._client_id,
            text,
            lambda goal: decision_to_measure(self._db, meeting_id, text, goal),
        )
        if linked is not None:
            self._linked()


def open_meeting_dialog(
    db: Database,
    client_id: int,
    members: list[GroupMember],
    meeting_id: int | None = None,
    parent: QWidget | None = None,
) -> int | None:
    """Show the meeting modally; the meeting's id when anything was saved, else None."""
    dialog = MeetingDialog(db, client_id, members, meeting_id, parent)
    dialog.exec()
    return dialog.meeting_id if dialog.wrote else None
