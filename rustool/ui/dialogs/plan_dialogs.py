"""Dialogs of the individual plan (*individuell plan*): its fields, goals, measures, evaluations,
participants, the declined record, and a read-only view of an earlier revision.

The plan is saved whole, so a refusal can be about any spot in it. `plan_refusal` puts each
error where the user can act on it: under the field of the open dialog when it is about the
row being edited, otherwise in the dialog's summary with the spot named ("Mål 2, tiltak 1,
Slutt: …"). Field names and coded values read as in `plan_rules.LABELS` / `CHOICE_LABELS`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from rustool.domain.plan_rules import (
    CHOICE_LABELS,
    COORDINATOR_ONLY_FIELDS,
    EVALUATION_FIELDS,
    GOAL_FIELDS,
    LABELS,
    MEASURE_FIELDS,
    PARTICIPANT_FIELDS,
    PLAN_FIELDS,
    quote,
)
from rustool.domain.records import FieldError, FieldSpec, FieldType, ValidationError
from rustool.models import PlanRevision
from rustool.ui.accessibility import fit_to_screen, show_focus
from rustool.ui.form_dialog import (
    FormDialog,
    FormField,
    fields_from_specs,
    format_date,
    format_datetime,
)
from rustool.ui.geometry import restore_geometry, save_geometry
from rustool.ui.labels import field_label
from rustool.ui.messages import field_error_text
from rustool.ui.widgets import choice_buttons

EMPTY = "—"
NOTE_FIELD = "note_{goal}"  # the evaluation dialog's field for the note about goal {goal}
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_SEGMENT = re.compile(r"(\w+)(?:\[(\d+)\])?")
_DATE_FIELDS = frozenset(
    spec.name
    for specs in (PLAN_FIELDS, GOAL_FIELDS, MEASURE_FIELDS, EVALUATION_FIELDS)
    for spec in specs
    if spec.type is FieldType.DATE
) | {"declined_on"}


def _t(text: str) -> str:
    return QCoreApplication.translate("PlanDialogs", text)


def plan_label(name: str) -> str:
    """A plan field's Norwegian name; the declined record's two own fields are named here."""
    own = {"declined_on": _t("Takket nei dato"), "notes": field_label("notes")}
    return LABELS.get(name) or own.get(name) or field_label(name)


def choice_text(value: Any) -> str:
    return CHOICE_LABELS.get(value, str(value)) if value else EMPTY


def _day(value: Any) -> dt.date | None:
    """A date from the plan as the service gives it (a date) or a revision holds it (ISO)."""
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and _ISO_DATE.fullmatch(value):
        return dt.date.fromisoformat(value)
    return None


def value_text(name: str, value: Any) -> str:
    """One field's value as the user reads it: dates as DD.MM.ÅÅÅÅ, codes in words."""
    if value is None or value == "":
        return EMPTY
    if name in _DATE_FIELDS:
        day = _day(value)
        return format_date(day) if day is not None else str(value)
    if isinstance(value, str) and value in CHOICE_LABELS:
        return CHOICE_LABELS[value]
    return str(value)


# --- refusals ----------------------------------------------------------------------------------


def _relative(path: str) -> str:
    """The path inside the plan: "individual_plan.goals[0].end_on" → "goals[0].end_on"."""
    return path.removeprefix("individual_plan").removeprefix(".")


def spot_text(path: str) -> str:
    """Where in the plan a path points, in words and without dots ("Mål 2, tiltak 1, Slutt")."""
    names = {
        "goals": _t("Mål {n}"),
        "measures": _t("tiltak {n}"),
        "participants": _t("Deltaker {n}"),
        "evaluations": _t("Evaluering {n}"),
        "goal_notes": _t("notat {n}"),
    }
    parts = []
    for segment in filter(None, _relative(path).split(".")):
        match = _SEGMENT.fullmatch(segment)
        if match is None:
            parts.append(segment)
        elif match.group(2) is not None and match.group(1) in names:
            parts.append(names[match.group(1)].format(n=int(match.group(2)) + 1))
        else:
            parts.append(plan_label(match.group(1)))
    return ", ".join(parts) or _t("Individuell plan")


def reason_text(error: FieldError) -> str:
    """The reason in Norwegian; the plan's own codes here, the shared ones in `messages`."""
    days = [format_date(dt.date.fromisoformat(day)) for day in _ISO_DATE.findall(error.message)]
    if error.code == "outside_period" and len(days) == 2:
        return _t("Må ligge innenfor planperioden ({start} – {end}).").format(
            start=days[0], end=days[1]
        )
    if error.code == "outside_period" and days:
        return _t("Kan ikke være før planperioden starter ({start}).").format(start=days[0])
    if error.code == "before_start" and days:
        before = re.search(r"before (\w+)", error.message)
        name = plan_label(before.group(1)) if before else _t("start")
        return _t("Kan ikke være før «{field}» ({date}).").format(field=name, date=days[0])
    if error.code == "before_plan" and days:
        return _t("En evaluering kan ikke være før planen startet ({date}).").format(date=days[0])
    reasons = {
        "no_consent": _t(
            "Individuell plan krever et samtykke av typen «Individuell plan» som er i kraft. "
            "Registrer samtykket først."
        ),
        "unknown_goal": _t("Målet finnes ikke i planen."),
        "duplicate_goal": _t("Målet har allerede et notat i denne evalueringen."),
        "choice": _t("Er ikke et av valgene."),
    }
    return reasons.get(error.code) or field_error_text(error)


def plan_refusal(error: ValidationError, places: Mapping[str, str]) -> ValidationError:
    """The refusal for the open dialog: `places` maps a path inside the plan (as `_relative`
    gives it) to the dialog field showing it; other errors are named by their spot."""
    return ValidationError(
        [
            FieldError(places.get(_relative(e.field)) or spot_text(e.field), e.code, reason_text(e))
            for e in error.errors
        ]
    )


def refusal_text(error: ValidationError) -> str:
    """A refusal outside a dialog (a removal), one line per spot."""
    return "\n".join(f"{spot_text(e.field)}: {reason_text(e)}" for e in error.errors)


# --- the form dialogs --------------------------------------------------------------------------


def _fields(specs: Sequence[FieldSpec]) -> tuple[FormField, ...]:
    """Form fields named as the plan names them; an optional choice (not a status, which has a
    default) can be left unset."""
    fields = []
    for field, spec in zip(fields_from_specs(specs), specs, strict=True):
        choices = tuple((value, choice_text(value)) for value in spec.choices)
        if spec.type is FieldType.ENUM and not spec.required and spec.name != "status":
            choices = (("", _t("(ikke satt)")), *choices)
        fields.append(dataclasses.replace(field, label=plan_label(spec.name), choices=choices))
    return tuple(fields)


def _suggest(
    dialog: FormDialog, name: str, names: Sequence[str], hint: str, plain_hint: str = ""
) -> None:
    """Offer `names` while typing in a line field (any part of a name matches) and list them in
    `hint`; without names, `plain_hint` is shown."""
    if not names:
        dialog.set_hint(name, plain_hint)
        return
    widget = dialog.field_widget(name)
    assert isinstance(widget, QLineEdit)
    completer = QCompleter(list(names), dialog)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    widget.setCompleter(completer)
    dialog.set_hint(name, hint.format(names=", ".join(names)))


def _focus(dialog: FormDialog, name: str | None) -> None:
    if name is not None:
        dialog.field_widget(name).setFocus()


def plan_fields_dialog(
    values: Mapping[str, Any],
    save: Callable[[dict[str, Any]], None],
    *,
    new: bool,
    member_names: Sequence[str] = (),
    focus: str | None = None,
    parent: QWidget | None = None,
) -> FormDialog:
    """The plan's own fields: koordinator, period, next revision, the client's story, resources,
    cooperation, status. `focus` names the field to start in (a quality line leads there)."""
    dialog = FormDialog(
        _t("Opprett individuell plan") if new else _t("Endre planen"),
        _fields(PLAN_FIELDS),
        save,
        values=values,
        geometry_key="plan/fields",
        parent=parent,
    )
    _suggest(
        dialog, "coordinator", member_names, _t("Ansvarsgruppen: {names} (skriv for å velge).")
    )
    dialog.set_hint("client_story", _t("Klientens egen beskrivelse av situasjonen og målene."))
    _focus(dialog, focus)
    return dialog


def goal_dialog(
    values: Mapping[str, Any],
    save: Callable[[dict[str, Any]], None],
    *,
    number: int,
    new: bool,
    parent: QWidget | None = None,
) -> FormDialog:
    title = _t("Nytt mål") if new else _t("Endre mål {number}").format(number=number)
    dialog = FormDialog(
        title, _fields(GOAL_FIELDS), save, values=values, geometry_key="plan/goal", parent=parent
    )
    dialog.set_hint("description", _t("Skriv målet med klientens egne ord."))
    return dialog


def measure_dialog(
    values: Mapping[str, Any],
    save: Callable[[dict[str, Any]], None],
    *,
    goal_number: int,
    goal_description: str | None,
    new: bool,
    responsible_names: Sequence[str] = (),
    parent: QWidget | None = None,
) -> FormDialog:
    title = (
        _t("Nytt tiltak under mål {number} {goal}")
        if new
        else _t("Endre tiltak under mål {number} {goal}")
    ).format(number=goal_number, goal=quote(goal_description))
    dialog = FormDialog(
        title,
        _fields(MEASURE_FIELDS),
        save,
        values=values,
        geometry_key="plan/measure",
        parent=parent,
    )
    _suggest(
        dialog,
        "responsible",
        responsible_names,
        _t("Tjeneste og person. Deltakere og ansvarsgruppen: {names} (skriv for å velge)."),
        _t("Tjeneste og person, for eksempel «NAV, Per Hansen»."),
    )
    return dialog


def participant_dialog(
    save: Callable[[dict[str, Any]], None], parent: QWidget | None = None
) -> FormDialog:
    return FormDialog(
        _t("Ny deltaker i planen"),
        _fields(PARTICIPANT_FIELDS),
        save,
        geometry_key="plan/participant",
        parent=parent,
    )


def evaluation_dialog(
    evaluation: Mapping[str, Any],
    goals: Sequence[Mapping[str, Any]],
    save: Callable[[dict[str, Any]], None],
    *,
    new: bool,
    parent: QWidget | None = None,
) -> FormDialog:
    """Date and summary, and a note field per goal (`NOTE_FIELD`); an empty note is no note."""
    notes = {note.get("goal"): note.get("note") for note in evaluation.get("goal_notes") or []}
    note_fields = tuple(
        FormField(
            NOTE_FIELD.format(goal=index),
            _t("Mål {number} {goal}").format(number=index + 1, goal=quote(goal.get("description"))),
            "text",
            group=_t("Notat per mål"),
        )
        for index, goal in enumerate(goals)
    )
    values: dict[str, Any] = {
        "held_on": evaluation.get("held_on"),
        "summary": evaluation.get("summary"),
    }
    values.update({NOTE_FIELD.format(goal=goal): note for goal, note in notes.items()})
    return FormDialog(
        _t("Ny evaluering") if new else _t("Endre evaluering"),
        _fields(EVALUATION_FIELDS) + note_fields,
        save,
        values=values,
        geometry_key="plan/evaluation",
        parent=parent,
    )


def evaluation_from_values(values: Mapping[str, Any], goal_count: int) -> dict[str, Any]:
    """The evaluation the dialog's values describe, notes in goal order."""
    notes = [
        {"goal": goal, "note": values[NOTE_FIELD.format(goal=goal)]}
        for goal in range(goal_count)
        if values.get(NOTE_FIELD.format(goal=goal))
    ]
    return {"held_on": values["held_on"], "summary": values["summary"], "goal_notes": notes}


def decline_dialog(
    values: Mapping[str, Any],
    save: Callable[[dict[str, Any]], None],
    *,
    member_names: Sequence[str] = (),
    parent: QWidget | None = None,
) -> FormDialog:
    """The client declined the plan: who is koordinator all the same, since when, notes."""
    dialog = FormDialog(
        _t("Klienten takket nei til individuell plan"),
        _fields(COORDINATOR_ONLY_FIELDS),
        save,
        values=values,
        geometry_key="plan/declined",
        parent=parent,
    )
    _suggest(
        dialog, "coordinator", member_names, _t("Ansvarsgruppen: {names} (skriv for å velge).")
    )
    return dialog


# --- choosing participants from the group -------------------------------------------------------


class MemberChoiceDialog(QDialog):
    """Pick one or more of the ansvarsgruppe's members to take part in the plan."""

    def __init__(self, lines: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Deltakere fra ansvarsgruppen"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Medlemmer i ansvarsgruppen"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        for line in lines:
            self.list.addItem(QListWidgetItem(line))
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self.accept())
        label = QLabel(self.tr("&Velg medlemmene som skal delta i planen (Ctrl+klikk for flere):"))
        label.setBuddy(self.list)
        buttons = choice_buttons(self, self.tr("Legg til"))
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.list.setFocus()

    def chosen_rows(self) -> list[int]:
        return sorted(self.list.row(item) for item in self.list.selectedItems())


# --- the plan as readable text ------------------------------------------------------------------


def _block(label: str, text: Any) -> list[str]:
    """A long text under its label, indented, so the lines of the client's story stay lines."""
    if not text:
        return [f"{label}: {EMPTY}"]
    return [f"{label}:", *(f"    {line}" for line in str(text).splitlines())]


def plan_fields_text(content: Mapping[str, Any]) -> str:
    """The plan's own fields, one per line (long texts indented below their label)."""
    lines = [
        f"{plan_label(name)}: {value_text(name, content.get(name))}"
        for name in ("coordinator", "period_start", "period_end", "next_revision_on", "status")
    ]
    for name in ("client_story", "resources", "cooperation"):
        lines.extend(_block(plan_label(name), content.get(name)))
    return "\n".join(lines)


def goal_details(goal: Mapping[str, Any]) -> str:
    parts = [choice_text(goal.get("life_area"))]
    if goal.get("horizon"):
        parts.append(choice_text(goal["horizon"]))
    if goal.get("target_date"):
        parts.append(
            _t("måldato {date}").format(date=value_text("target_date", goal["target_date"]))
        )
    return " · ".join(parts)


def measure_details(measure: Mapping[str, Any], meeting_day: dt.date | None = None) -> str:
    """Responsible, scope, start–end and, for a measure from a meeting, which meeting."""
    responsible = measure.get("responsible")
    parts = [
        _t("Ansvarlig: {name}").format(name=responsible)
        if responsible
        else "⚠ " + _t("ingen ansvarlig")
    ]
    if measure.get("scope"):
        parts.append(_t("Omfang: {scope}").format(scope=measure["scope"]))
    start, end = measure.get("start_on"), measure.get("end_on")
    if start or end:
        parts.append(
            f"{value_text('start_on', start) if start else ''}–"
            f"{value_text('end_on', end) if end else ''}"
        )
    if measure.get("origin"):
        parts.append(
            _t("fra møte {date}").format(date=format_date(meeting_day))
            if meeting_day is not None
            else _t("fra et møte i ansvarsgruppen")
        )
    return " · ".join(parts)


def plan_text(content: Mapping[str, Any]) -> str:
    """A whole plan (or the declined record) as plain text, as an earlier revision is read."""
    if content.get("declined_on"):
        lines = [
            _t("Klienten takket nei til planen {date}.").format(
                date=value_text("declined_on", content["declined_on"])
            ),
            f"{plan_label('coordinator')}: {value_text('coordinator', content.get('coordinator'))}",
            *_block(plan_label("notes"), content.get("notes")),
        ]
        return "\n".join(lines)
    lines = [plan_fields_text(content), "", _t("Deltakere:")]
    participants = content.get("participants") or []
    if not participants:
        lines.append(f"    {EMPTY}")
    for person in participants:
        details = ", ".join(str(person[k]) for k in ("role", "organization") if person.get(k))
        lines.append(f"    {person.get('name')}" + (f" ({details})" if details else ""))
    lines += ["", _t("Mål og tiltak:")]
    goals = content.get("goals") or []
    if not goals:
        lines.append(f"    {EMPTY}")
    for number, goal in enumerate(goals, 1):
        lines.append(
            _t("    Mål {number}: {goal} – {details}, {status}").format(
                number=number,
                goal=quote(goal.get("description"), 200),
                details=goal_details(goal),
                status=choice_text(goal.get("status")),
            )
        )
        for measure_number, measure in enumerate(goal.get("measures") or [], 1):
            lines.append(
                _t("        Tiltak {number}: {measure} – {details}, {status}").format(
                    number=measure_number,
                    measure=quote(measure.get("description"), 200),
                    details=measure_details(measure),
                    status=choice_text(measure.get("status")),
                )
            )
    lines += ["", _t("Evalueringer:")]
    evaluations = content.get("evaluations") or []
    if not evaluations:
        lines.append(f"    {EMPTY}")
    for evaluation in evaluations:
        held = value_text("held_on", evaluation.get("held_on"))
        lines.extend(f"    {line}" for line in _block(held, evaluation.get("summary")))
        for note in evaluation.get("goal_notes") or []:
            lines.append(
                _t("        Mål {number}: {note}").format(
                    number=int(note.get("goal", 0)) + 1, note=note.get("note")
                )
            )
    return "\n".join(lines)


class RevisionDialog(QDialog):
    """An earlier revision, read only: who saved it when, what changed, and the plan as it was."""

    def __init__(self, revision: PlanRevision, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Revisjon {number} av planen").format(number=revision.number))
        self.header_label = QLabel(
            self.tr("Revisjon {number}, lagret {when} av {who}.").format(
                number=revision.number,
                when=format_datetime(revision.saved_at),
                who=revision.saved_by,
            )
        )
        self.header_label.setTextFormat(Qt.TextFormat.PlainText)
        self.header_label.setWordWrap(True)
        self.changes_list = QListWidget()
        self.changes_list.setAccessibleName(self.tr("Endringer i denne revisjonen"))
        for line in revision.changes or [self.tr("Ingen endringer registrert.")]:
            self.changes_list.addItem(QListWidgetItem(line))
        changes_label = QLabel(self.tr("&Endringer:"))
        changes_label.setBuddy(self.changes_list)
        self.content_view = QPlainTextEdit(plan_text(revision.content))
        self.content_view.setReadOnly(True)
        show_focus(self.content_view)  # read only: no caret to show the focus
        self.content_view.setAccessibleName(self.tr("Planen slik den var"))
        content_label = QLabel(self.tr("&Planen slik den var:"))
        content_label.setBuddy(self.content_view)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Lukk"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header_label)
        layout.addWidget(changes_label)
        layout.addWidget(self.changes_list, stretch=1)
        layout.addWidget(content_label)
        layout.addWidget(self.content_view, stretch=3)
        layout.addWidget(buttons)
        fit_to_screen(self, 640, 600)
        restore_geometry(self, "plan/revision")
        self.changes_list.setFocus()

    def done(self, result: int) -> None:
        save_geometry(self, "plan/revision")
        super().done(result)
