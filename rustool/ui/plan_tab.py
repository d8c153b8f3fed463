"""The client view's "Individuell plan" tab: the plan, its quality at all times, its revisions.

No plan without a consent of kind `individual_plan` in force: until there is one the tab says
so and leads to recording it, or to recording that the client declined (a koordinator is
offered all the same). The plan is saved whole through `services.plans.save_plan`, so every
change edits a copy of the shown content, goals and measures keeping their service keys and
origins. The quality lines (what an inspection would find missing) stay in view above the plan,
and each takes the user to its spot.
"""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rustool.db import Database, StorageError
from rustool.domain.group_rules import name_key, participant_line
from rustool.domain.plan_rules import (
    COORDINATOR_ONLY_FIELDS,
    EVALUATION_FIELDS,
    GOAL_FIELDS,
    MEASURE_FIELDS,
    PARTICIPANT_FIELDS,
    PLAN_FIELDS,
    QualityIssue,
    remove_goal,
)
from rustool.domain.records import FieldSpec, ValidationError
from rustool.models import Client, GroupMember
from rustool.services.errors import ConflictError, NotFoundError
from rustool.services.group_documents import plan_pdf
from rustool.services.groups import client_group
from rustool.services.plans import (
    PLAN_CONSENT_KIND,
    PlanView,
    client_plan,
    decline_plan,
    plan_revision,
    save_plan,
)
from rustool.services.record_parts import Part
from rustool.ui.accessibility import bind_label, labelled, show_focus
from rustool.ui.dialogs.message_box import ask, show_error
from rustool.ui.dialogs.part_dialogs import part_dialog
from rustool.ui.dialogs.pdf_preview import open_pdf_preview
from rustool.ui.dialogs.plan_dialogs import (
    NOTE_FIELD,
    MemberChoiceDialog,
    RevisionDialog,
    choice_text,
    decline_dialog,
    evaluation_dialog,
    evaluation_from_values,
    goal_details,
    goal_dialog,
    measure_details,
    measure_dialog,
    participant_dialog,
    plan_fields_dialog,
    plan_fields_text,
    plan_label,
    plan_refusal,
    refusal_text,
    value_text,
)
from rustool.ui.form_dialog import WARNING_SIGN, FormDialog, format_datetime
from rustool.ui.messages import error_text
from rustool.ui.shortcuts import widget_shortcut
from rustool.ui.widgets import FlowLayout, record_table

Spot = tuple[int, int | None]  # (goal index, measure index or None for the goal itself)
Build = Callable[[dict[str, Any]], tuple[dict[str, Any], dict[str, str]]]


def _fill(table: QTableWidget, rows: Iterable[Iterable[str]]) -> None:
    rows = [list(row) for row in rows]
    table.clearSelection()
    table.setRowCount(len(rows))
    for row, texts in enumerate(rows):
        for column, text in enumerate(texts):
            table.setItem(row, column, QTableWidgetItem(text))
    table.resizeColumnsToContents()


def _selected_row(table: QTableWidget) -> int | None:
    rows = table.selectionModel().selectedRows()
    return rows[0].row() if rows else None


def _one_line(text: Any) -> str:
    return " ".join(str(text or "").split())


def _places(prefix: str, specs: Iterable[FieldSpec]) -> dict[str, str]:
    """Paths inside the plan of a row's fields → the dialog fields showing them."""
    return {f"{prefix}.{spec.name}" if prefix else spec.name: spec.name for spec in specs}


def _label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # names and words the user typed
    label.setWordWrap(True)
    return label


class PlanTab(QWidget):
    """Consent state and the plan: its fields, participants, goals and measures, evaluations,
    revisions, and the quality lines."""

    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._client: Client | None = None
        self._view: PlanView | None = None
        self._members: list[GroupMember] = []  # the group's current members
        self._meeting_days: dict[int, dt.date] = {}
        self.quality: list[QualityIssue] = []  # parallel to the rows of quality_list

        self.status_label = _label()
        self.status_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.status_label.setAccessibleName(self.tr("Individuell plan"))
        # Mnemonics here are letters the main window and the plan's other parts leave free.
        self.consent_button = QPushButton(self.tr("Re&gistrer samtykke…"))
        self.consent_button.setToolTip(self.tr("Registrer klientens samtykke til individuell plan"))
        self.consent_button.clicked.connect(self.record_consent)
        # Named from the start; _show words it for a declined plan.
        self.decline_button = QPushButton(self.tr("Klienten takket &nei – registrer koordinator…"))
        self.decline_button.clicked.connect(self.record_declined)
        self.create_button = QPushButton(self.tr("&Opprett plan…"))
        self.create_button.clicked.connect(self.create_plan)
        intro_buttons = FlowLayout()  # wraps rather than widening the window (large fonts)
        for button in (self.consent_button, self.decline_button, self.create_button):
            intro_buttons.addWidget(button)

        self.plan_area = QWidget()
        area = QVBoxLayout(self.plan_area)
        area.setContentsMargins(0, 0, 0, 0)
        area.addWidget(self._build_quality())
        self.sections = QTabWidget()
        self.plan_page = self._build_plan_page()
        self.goals_page = self._build_goals_page()
        self.evaluations_page = self._build_evaluations_page()
        self.revisions_page = self._build_revisions_page()
        self.sections.addTab(self.plan_page, self.tr("&Planen"))
        self.sections.addTab(self.goals_page, self.tr("&Mål og tiltak"))
        self.sections.addTab(self.evaluations_page, self.tr("Eval&ueringer"))
        self.sections.addTab(self.revisions_page, self.tr("&Revisjoner"))
        # Beside the section tabs, so the plan can be printed from any of them.
        self.pdf_button = QPushButton(self.tr("Planen som PDF…"))
        self.pdf_button.setToolTip(
            self.tr("Se planen slik klienten får den, skriv den ut eller lagre den (Ctrl+P)")
        )
        self.pdf_button.clicked.connect(self.preview_plan)
        self.sections.setCornerWidget(self.pdf_button, Qt.Corner.TopRightCorner)
        pdf_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self.plan_area)
        pdf_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        pdf_shortcut.activated.connect(self.preview_plan)
        area.addWidget(self.sections, stretch=1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addLayout(intro_buttons)
        layout.addWidget(self.plan_area, stretch=1)
        # Without a plan the words and buttons sit at the top; the plan takes the space.
        layout.addStretch(0)
        self._show()

    # --- building ------------------------------------------------------------------------------

    def _build_quality(self) -> QWidget:
        self.quality_list = QListWidget()
        self.quality_list.setAccessibleName(self.tr("Plankvalitet"))
        self.quality_list.setWordWrap(True)
        show_focus(self.quality_list)  # also when there is nothing to improve
        # Always in view but never crowding out the plan: a few lines, then it scrolls.
        self.quality_list.setMaximumHeight(self.quality_list.fontMetrics().lineSpacing() * 6)
        self.quality_list.itemActivated.connect(
            lambda item: self.show_issue(self.quality_list.row(item))
        )
        label = bind_label(
            QLabel(self.tr("Pla&nkvalitet (Enter går til stedet):")), self.quality_list
        )
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(label)
        column.addWidget(self.quality_list)
        return box

    def _build_plan_page(self) -> QWidget:
        self.summary_view = QPlainTextEdit()
        self.summary_view.setReadOnly(True)
        self.summary_view.setTabChangesFocus(True)
        show_focus(self.summary_view)  # read only: no caret to show the focus
        summary_label = labelled(self.tr("Planens fel&t:"), self.summary_view)
        self.edit_plan_button = QPushButton(self.tr("&Endre planen…"))
        self.edit_plan_button.setToolTip(
            self.tr("Koordinator, periode, neste revisjon, klientens egne ord, ressurser")
        )
        self.edit_plan_button.clicked.connect(lambda: self.edit_plan())

        self.participants_table = record_table(
            self.tr("Deltakere"),
            [plan_label(spec.name) for spec in PARTICIPANT_FIELDS],
        )
        self.participants_table.itemSelectionChanged.connect(self._update_buttons)
        participants_label = QLabel(self.tr("De&ltakere:"))
        participants_label.setBuddy(self.participants_table)
        self.participants_empty = _label(self.tr("Ingen deltakere registrert ennå."))
        self.add_members_button = QPushButton(self.tr("Legg til fra &ansvarsgruppen…"))
        self.add_members_button.clicked.connect(self.add_members)
        self.add_participant_button = QPushButton(self.tr("Legg til &deltaker…"))
        self.add_participant_button.setToolTip(
            self.tr("Legg til en deltaker som ikke er i gruppen")
        )
        self.add_participant_button.clicked.connect(self.add_participant)
        self.remove_participant_button = QPushButton(self.tr("F&jern deltaker…"))
        self.remove_participant_button.setToolTip(self.tr("Fjern den valgte (Delete i tabellen)"))
        self.remove_participant_button.clicked.connect(self.remove_participant)
        widget_shortcut(
            self.participants_table,
            QKeySequence(QKeySequence.StandardKey.Delete),
            self.remove_participant,
        )

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(summary_label)
        layout.addWidget(self.summary_view, stretch=1)
        row = QHBoxLayout()
        row.addWidget(self.edit_plan_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(participants_label)
        layout.addWidget(self.participants_table, stretch=1)
        layout.addWidget(self.participants_empty)
        flow = FlowLayout()
        for button in (
            self.add_members_button,
            self.add_participant_button,
            self.remove_participant_button,
        ):
            flow.addWidget(button)
        layout.addLayout(flow)
        return page

    def _build_goals_page(self) -> QWidget:
        tree = QTreeWidget()
        tree.setColumnCount(3)
        tree.setHeaderLabels([self.tr("Mål og tiltak"), self.tr("Detaljer"), self.tr("Status")])
        tree.setAccessibleName(self.tr("Mål og tiltak"))
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.setAllColumnsShowFocus(True)
        tree.setUniformRowHeights(True)
        show_focus(tree)  # also when there are no goals
        tree.itemSelectionChanged.connect(self._update_buttons)
        # Enter, and a double click, mean "change this one".
        tree.itemActivated.connect(lambda _item, _column: self.edit_selected())
        widget_shortcut(tree, QKeySequence(Qt.Key.Key_Insert), self.new_goal)
        widget_shortcut(tree, QKeySequence(QKeySequence.StandardKey.Delete), self.remove_selected)
        self.goals_tree = tree
        self.goals_empty = _label(self.tr("Ingen mål ennå. Velg «Nytt mål…»."))

        self.new_goal_button = QPushButton(self.tr("N&ytt mål…"))
        self.new_goal_button.setToolTip(self.tr("Nytt mål (Insert i listen)"))
        self.new_goal_button.clicked.connect(self.new_goal)
        self.new_measure_button = QPushButton(self.tr("Nytt &tiltak…"))
        self.new_measure_button.setToolTip(self.tr("Nytt tiltak under det valgte målet"))
        self.new_measure_button.clicked.connect(self.new_measure)
        self.edit_item_button = QPushButton(self.tr("&Endre…"))
        self.edit_item_button.setToolTip(
            self.tr("Endre det valgte målet eller tiltaket (Enter i listen)")
        )
        self.edit_item_button.clicked.connect(self.edit_selected)
        self.remove_item_button = QPushButton(self.tr("F&jern…"))
        self.remove_item_button.setToolTip(
            self.tr("Fjern det valgte målet eller tiltaket (Delete i listen)")
        )
        self.remove_item_button.clicked.connect(self.remove_selected)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(tree, stretch=1)
        layout.addWidget(self.goals_empty)
        flow = FlowLayout()
        for button in (
            self.new_goal_button,
            self.new_measure_button,
            self.edit_item_button,
            self.remove_item_button,
        ):
            flow.addWidget(button)
        layout.addLayout(flow)
        return page

    def _build_evaluations_page(self) -> QWidget:
        self.evaluations_table = record_table(
            self.tr("Evalueringer"),
            [plan_label("held_on"), plan_label("summary"), self.tr("Notater per mål")],
        )
        self.evaluations_table.itemSelectionChanged.connect(self._update_buttons)
        self.evaluations_table.activated.connect(lambda _index: self.edit_evaluation())
        self.evaluations_empty = _label(self.tr("Ingen evalueringer ennå."))
        self.new_evaluation_button = QPushButton(self.tr("Ny &evaluering…"))
        self.new_evaluation_button.clicked.connect(self.new_evaluation)
        self.edit_evaluation_button = QPushButton(self.tr("En&dre evaluering…"))
        self.edit_evaluation_button.setToolTip(
            self.tr("Endre den valgte evalueringen (Enter i tabellen)")
        )
        self.edit_evaluation_button.clicked.connect(self.edit_evaluation)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.evaluations_table, stretch=1)
        layout.addWidget(self.evaluations_empty)
        row = QHBoxLayout()
        row.addWidget(self.new_evaluation_button)
        row.addWidget(self.edit_evaluation_button)
        row.addStretch(1)
        layout.addLayout(row)
        return page

    def _build_revisions_page(self) -> QWidget:
        self.revisions_table = record_table(
            self.tr("Revisjoner"),
            [self.tr("Nr."), self.tr("Lagret"), self.tr("Av"), self.tr("Endring")],
        )
        self.revisions_table.itemSelectionChanged.connect(self._update_buttons)
        self.revisions_table.activated.connect(lambda _index: self.view_revision())
        self.view_revision_button = QPushButton(self.tr("V&is revisjonen…"))
        self.view_revision_button.setToolTip(
            self.tr("Les den valgte revisjonen slik planen var (Enter i tabellen)")
        )
        self.view_revision_button.clicked.connect(self.view_revision)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.revisions_table, stretch=1)
        row = QHBoxLayout()
        row.addWidget(self.view_revision_button)
        row.addStretch(1)
        layout.addLayout(row)
        return page

    # --- state ---------------------------------------------------------------------------------

    def _has_plan(self) -> bool:
        view = self._view
        return view is not None and view.plan is not None and not view.declined

    def _writable(self) -> bool:
        return self._has_plan() and self._view is not None and self._view.consent_in_force

    def _content(self) -> dict[str, Any]:
        """A copy of the shown plan to edit: what is sent back keeps keys and origins."""
        return copy.deepcopy(self._view.content) if self._view is not None else {}

    def _version(self) -> int | None:
        plan = self._view.plan if self._view is not None else None
        return plan.version if plan is not None else None

    def _member_names(self) -> list[str]:
        return [member.name for member in self._members]

    def _group_coordinator(self) -> str | None:
        return next((m.name for m in self._members if m.is_coordinator), None)

    # --- showing -------------------------------------------------------------------------------

    def set_client(self, client: Client) -> None:
        """Show the client's plan, keeping the selected goal or measure when it is the same
        client (the view reads the record again after every change)."""
        same_client = self._client is not None and self._client.id == client.id
        spot = self.selected_spot() if same_client else None
        section = self.sections.currentIndex() if same_client else 0
        self._client = client
        self._load()
        self.sections.setCurrentIndex(section)
        if spot is not None:
            self.select_spot(*spot)

    def _load(self) -> None:
        self._view, self._members, self._meeting_days = None, [], {}
        client_id = self._client.id if self._client is not None else None
        if client_id is not None:
            try:
                self._view = client_plan(self._db, client_id)
                group = client_group(self._db, client_id)
            except (NotFoundError, StorageError) as exc:
                self._view = None
                self.status_label.setText(error_text(exc))
            except ValidationError as exc:
                # Stored plans are validated when saved; one that is not (edited outside the
                # app) is told about here rather than taking the whole client view down.
                self._view = None
                self.status_label.setText(
                    self.tr("Den lagrede planen kan ikke leses:") + "\n" + refusal_text(exc)
                )
            else:
                self._members = [m for m in group.members if m.left_on is None]
                self._meeting_days = {
                    m.meeting.id: m.meeting.starts_at.date()
                    for m in group.meetings
                    if m.meeting.id is not None
                }
        self._show()

    def _reload(self) -> None:
        spot = self.selected_spot()
        self._load()
        if spot is not None:
            self.select_spot(*spot)

    def _show(self) -> None:
        view = self._view
        plan_shown = self._has_plan()
        self.plan_area.setVisible(plan_shown)
        if view is None:
            for button in (self.consent_button, self.decline_button, self.create_button):
                button.hide()
            if self._client is None:
                self.status_label.clear()
            self.status_label.setVisible(bool(self.status_label.text()))
            return
        consent = view.consent_in_force
        self.status_label.setText(self.status_text(view))
        self.status_label.setVisible(bool(self.status_label.text()))
        self.consent_button.setVisible(not consent)
        self.decline_button.setVisible(not plan_shown)
        self.decline_button.setText(
            self.tr("E&ndre koordinator og notater…")
            if view.declined
            else self.tr("Klienten takket &nei – registrer koordinator…")
        )
        self.create_button.setVisible(not plan_shown)
        self.create_button.setEnabled(consent)
        self.create_button.setToolTip(
            self.tr("Opprett klientens individuelle plan")
            if consent
            else self.tr("Krever et samtykke til individuell plan som er i kraft")
        )
        if plan_shown:
            self._fill_plan(view)
        self._update_buttons()

    def status_text(self, view: PlanView) -> str:
        """What the tab says above the plan, in words: consent, and a declined record."""
        lines: list[str] = []
        if view.declined:
            record = view.content
            lines.append(
                self.tr("Klienten takket nei til individuell plan {date}.").format(
                    date=value_text("declined_on", record.get("declined_on"))
                )
            )
            lines.append(
                self.tr("Koordinator: {name}").format(
                    name=value_text("coordinator", record.get("coordinator"))
                )
            )
            if record.get("notes"):
                lines.append(self.tr("Notater: {notes}").format(notes=record["notes"]))
        if self._has_plan():
            if not view.consent_in_force:
                lines.append(
                    f"{WARNING_SIGN} "
                    + self.tr(
                        "Samtykket til individuell plan er ikke i kraft. Planen kan leses og "
                        "avsluttes («Endre planen…», status avsluttet), men ikke endres ellers "
                        "før et nytt samtykke er registrert."
                    )
                )
        elif view.consent_in_force:
            lines.append(
                self.tr(
                    "Klienten har samtykket til individuell plan. Planen er ikke opprettet "
                    "ennå: velg «Opprett plan…»."
                )
            )
        else:
            lines.append(
                self.tr(
                    "Individuell plan krever samtykke fra klienten (et samtykke av typen "
                    "«Individuell plan» som er i kraft), og klienten har ikke et slikt samtykke "
                    "nå. Registrer samtykket når klienten har gitt det. Takker klienten nei, "
                    "registrer det: klienten skal få tilbud om koordinator likevel."
                )
            )
        return "\n".join(lines)

    def _fill_plan(self, view: PlanView) -> None:
        content = view.content
        self.summary_view.setPlainText(plan_fields_text(content))
        participants = content.get("participants") or []
        _fill(
            self.participants_table,
            (
                [str(person.get(spec.name) or "") for spec in PARTICIPANT_FIELDS]
                for person in participants
            ),
        )
        self.participants_empty.setVisible(not participants)
        self._fill_goals(content.get("goals") or [])
        evaluations = content.get("evaluations") or []
        _fill(
            self.evaluations_table,
            (
                [
                    value_text("held_on", evaluation.get("held_on")),
                    _one_line(evaluation.get("summary")),
                    str(len(evaluation.get("goal_notes") or [])),
                ]
                for evaluation in evaluations
            ),
        )
        self.evaluations_empty.setVisible(not evaluations)
        _fill(
            self.revisions_table,
            (
                [
                    str(revision.number),
                    format_datetime(revision.saved_at),
                    revision.saved_by,
                    self.first_change(revision.changes),
                ]
                for revision in view.revisions
            ),
        )
        self._fill_quality(view.quality)

    def first_change(self, changes: list[str]) -> str:
        if len(changes) > 1:
            return self.tr("{change} (og {more} til)").format(
                change=changes[0], more=len(changes) - 1
            )
        return changes[0] if changes else ""

    def _fill_goals(self, goals: list[dict[str, Any]]) -> None:
        self.goals_tree.clear()
        for number, goal in enumerate(goals, 1):
            measures = goal.get("measures") or []
            details = goal_details(goal)
            if not measures:
                details += f" · {WARNING_SIGN} " + self.tr("ingen tiltak")
            item = QTreeWidgetItem(
                [
                    self.tr("Mål {number}: {text}").format(
                        number=number, text=_one_line(goal.get("description"))
                    ),
                    details,
                    choice_text(goal.get("status")),
                ]
            )
            item.setToolTip(0, str(goal.get("description") or ""))
            for measure_number, measure in enumerate(measures, 1):
                meeting_id = (measure.get("origin") or {}).get("meeting_id")
                meeting_day = self._meeting_days.get(meeting_id) if meeting_id else None
                child = QTreeWidgetItem(
                    [
                        self.tr("Tiltak {number}: {text}").format(
                            number=measure_number, text=_one_line(measure.get("description"))
                        ),
                        measure_details(measure, meeting_day),
                        choice_text(measure.get("status")),
                    ]
                )
                child.setToolTip(0, str(measure.get("description") or ""))
                item.addChild(child)
            self.goals_tree.addTopLevelItem(item)
        self.goals_tree.expandAll()
        for column in range(self.goals_tree.columnCount()):
            self.goals_tree.resizeColumnToContents(column)
        self.goals_empty.setVisible(not goals)

    def _fill_quality(self, issues: list[QualityIssue]) -> None:
        self.quality = list(issues)
        self.quality_list.clear()
        for issue in issues:
            self.quality_list.addItem(QListWidgetItem(f"{WARNING_SIGN} {issue.message}"))
        if not issues:
            self.quality_list.addItem(
                QListWidgetItem(self.tr("Planen har mål, tiltak, ansvarlige og revisjonsdato."))
            )
        self.quality_list.setCurrentRow(0)

    def _update_buttons(self) -> None:
        writable = self._writable()
        spot = self.selected_spot()
        # Without consent the plan can still be closed, through its fields.
        self.edit_plan_button.setEnabled(self._has_plan())
        self.add_members_button.setEnabled(writable and bool(self._members_to_add()))
        self.add_participant_button.setEnabled(writable)
        self.remove_participant_button.setEnabled(
            writable and _selected_row(self.participants_table) is not None
        )
        self.new_goal_button.setEnabled(writable)
        for button in (self.new_measure_button, self.edit_item_button, self.remove_item_button):
            button.setEnabled(writable and spot is not None)
        self.new_evaluation_button.setEnabled(writable)
        self.edit_evaluation_button.setEnabled(
            writable and _selected_row(self.evaluations_table) is not None
        )
        self.view_revision_button.setEnabled(_selected_row(self.revisions_table) is not None)
        self.pdf_button.setEnabled(self._has_plan())

    # --- selection -----------------------------------------------------------------------------

    def selected_spot(self) -> Spot | None:
        """The selected goal (measure None) or measure in the tree."""
        items = self.goals_tree.selectedItems()
        if not items:
            return None
        parent = items[0].parent()
        if parent is None:
            return self.goals_tree.indexOfTopLevelItem(items[0]), None
        return self.goals_tree.indexOfTopLevelItem(parent), parent.indexOfChild(items[0])

    def select_spot(self, goal: int, measure: int | None = None) -> bool:
        """Select a goal or measure in the tree; False when there is no such row."""
        item = self.goals_tree.topLevelItem(goal) if goal >= 0 else None
        if item is not None and measure is not None:
            item = item.child(measure) if measure >= 0 else None
        if item is None:
            return False
        self.goals_tree.setCurrentItem(item)
        self.goals_tree.scrollToItem(item)
        return True

    def show_issue(self, row: int) -> None:
        """Go to the spot a quality line is about: the goal or measure in the tree, the goal
        list for a plan without goals, and the plan's fields for the rest."""
        if not 0 <= row < len(self.quality):
            return
        issue = self.quality[row]
        if issue.goal_index is not None:
            self.sections.setCurrentWidget(self.goals_page)
            self.select_spot(issue.goal_index, issue.measure_index)
            self.goals_tree.setFocus(Qt.FocusReason.OtherFocusReason)
        elif issue.code == "no_goals":
            self.sections.setCurrentWidget(self.goals_page)
            self.new_goal_button.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.sections.setCurrentWidget(self.plan_page)
            field = "coordinator" if issue.code == "no_coordinator" else "next_revision_on"
            if self._writable():
                self.edit_plan(focus=field)
            else:
                self.summary_view.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- writing -------------------------------------------------------------------------------

    def _client_id(self) -> int | None:
        return self._client.id if self._client is not None else None

    def _saver(self, build: Build) -> Callable[[dict[str, Any]], None]:
        """A dialog's save: the plan `build` makes from the values, saved whole; a refusal is
        put under the dialog's fields by the places `build` names."""

        def save(values: dict[str, Any]) -> None:
            client_id = self._client_id()
            assert client_id is not None
            content, places = build(values)
            try:
                self._view = save_plan(self._db, client_id, content, self._version())
            except ValidationError as exc:
                raise plan_refusal(exc, places) from exc

        return save

    def _run(self, dialog: QDialog, spot: Spot | None = None) -> bool:
        """Show a dialog that writes; afterwards show the plan as saved (or as it now is in the
        database, when the save was refused for a change made elsewhere)."""
        if dialog.exec() != QDialog.DialogCode.Accepted:
            self._reload()
            return False
        self._after_write(spot)
        return True

    def _after_write(self, spot: Spot | None = None) -> None:
        self._show()
        if spot is not None:
            self.select_spot(*spot)
        self.changed.emit()

    def _save_directly(self, content: dict[str, Any], spot: Spot | None = None) -> bool:
        """Save without a dialog (a removal or participants picked from the group)."""
        client_id = self._client_id()
        if client_id is None:
            return False
        try:
            self._view = save_plan(self._db, client_id, content, self._version())
        except ValidationError as exc:
            show_error(self, self.tr("Ikke lagret"), refusal_text(exc))
            return False
        except (ConflictError, NotFoundError, StorageError) as exc:
            show_error(self, self.tr("Ikke lagret"), error_text(exc))
            self._reload()
            return False
        self._after_write(spot)
        return True

    def record_consent(self) -> None:
        """The consent dialog, set to kind individual_plan and today's date."""
        client_id = self._client_id()
        if client_id is None:
            return
        dialog = part_dialog(
            self._db, Part.CONSENTS, client_id, parent=self, preset={"kind": PLAN_CONSENT_KIND}
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._reload()
            self.changed.emit()

    def record_declined(self) -> None:
        client_id, view = self._client_id(), self._view
        if client_id is None or view is None or self._has_plan():
            return
        if view.declined:
            values: dict[str, Any] = dict(view.content)
        else:
            values = {"coordinator": self._group_coordinator(), "declined_on": dt.date.today()}
        places = _places("", COORDINATOR_ONLY_FIELDS)

        def save(values: dict[str, Any]) -> None:
            try:
                self._view = decline_plan(self._db, client_id, values, self._version())
            except ValidationError as exc:
                raise plan_refusal(exc, places) from exc

        self._run(decline_dialog(values, save, member_names=self._member_names(), parent=self))

    def create_plan(self) -> None:
        view = self._view
        if view is None or self._has_plan() or not view.consent_in_force:
            return
        coordinator = view.content.get("coordinator") if view.declined else None
        values = {
            "coordinator": coordinator or self._group_coordinator(),
            "period_start": dt.date.today(),
            "status": "active",
        }

        def build(values: dict[str, Any]) -> tuple[dict[str, Any], dict[str, str]]:
            plan = {**values, "participants": [], "goals": [], "evaluations": []}
            return plan, _places("", PLAN_FIELDS)

        dialog = plan_fields_dialog(
            values, self._saver(build), new=True, member_names=self._member_names(), parent=self
        )
        if self._run(dialog):
            self.sections.setCurrentWidget(self.plan_page)

    def edit_plan(self, focus: str | None = None) -> None:
        """The plan's own fields; `focus` names the field to start in."""
        if not self._writable():
            return

        def build(values: dict[str, Any]) -> tuple[dict[str, Any], dict[str, str]]:
            return {**self._content(), **values}, _places("", PLAN_FIELDS)

        dialog = plan_fields_dialog(
            self._content(),
            self._saver(build),
            new=False,
            member_names=self._member_names(),
            focus=focus,
            parent=self,
        )
        self._run(dialog, self.selected_spot())

    # --- the plan as PDF -----------------------------------------------------------------------

    def preview_plan(self) -> None:
        """The plan in plain language as the client gets it, to print or save."""
        client_id = self._client_id()
        if client_id is None or not self._has_plan():
            return
        open_pdf_preview(self._db, lambda: plan_pdf(self._db, client_id), self)

    # --- participants --------------------------------------------------------------------------

    def _members_to_add(self) -> list[GroupMember]:
        taken = {
            name_key(str(person.get("name") or ""))
            for person in self._content().get("participants") or []
        }
        return [member for member in self._members if name_key(member.name) not in taken]

    def add_members(self) -> None:
        members = self._members_to_add()
        if not self._writable() or not members:
            return
        dialog = MemberChoiceDialog(
            [
                participant_line({"name": m.name, "role": m.role, "organization": m.organization})
                for m in members
            ],
            self,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.chosen_rows():
            return
        content = self._content()
        content["participants"] = [
            *content.get("participants", []),
            *(
                {
                    "name": members[row].name,
                    "role": members[row].role,
                    "organization": members[row].organization,
                }
                for row in dialog.chosen_rows()
            ),
        ]
        self._save_directly(content, self.selected_spot())

    def add_participant(self) -> None:
        if not self._writable():
            return
        number = len(self._content().get("participants") or [])

        def build(values: dict[str, Any]) -> tuple[dict[str, Any], dict[str, str]]:
            content = self._content()
            content["participants"] = [*content.get("participants", []), values]
            return content, _places(f"participants[{number}]", PARTICIPANT_FIELDS)

        self._run(participant_dialog(self._saver(build), self), self.selected_spot())

    def remove_participant(self) -> None:
        row = _selected_row(self.participants_table)
        if row is None or not self._writable():
            return
        content = self._content()
        person = content["participants"][row]
        if not ask(
            self,
            self.tr("Fjerne deltakeren?"),
            self.tr("Fjerne {name} fra deltakerne i planen?").format(name=person.get("name")),
            yes_text=self.tr("Fjern"),
            no_text=self.tr("Ikke fjern"),
        ):
            return
        del content["participants"][row]
        self._save_directly(content, self.selected_spot())

    # --- goals and measures --------------------------------------------------------------------

    def _responsible_names(self) -> list[str]:
        names: dict[str, str] = {}
        for person in self._content().get("participants") or []:
            if person.get("name"):
                names.setdefault(name_key(person["name"]), person["name"])
        for member in self._members:
            names.setdefault(name_key(member.name), member.name)
        return list(names.values())

    def new_goal(self) -> None:
        if not self._writable():
            return
        index = len(self._content().get("goals") or [])

        def build(values: dict[str, Any]) -> tuple[dict[str, Any], dict[str, str]]:
            content = self._content()
            content["goals"] = [*content.get("goals", []), {**values, "measures": []}]
            return content, _places(f"goals[{index}]", GOAL_FIELDS)

        dialog = goal_dialog({}, self._saver(build), number=index + 1, new=True, parent=self)
        self._run(dialog, (index, None))

    def new_measure(self) -> None:
        spot = self.selected_spot()
        if spot is None or not self._writable():
            return
        goal_index = spot[0]
        goal = self._content()["goals"][goal_index]
        index = len(goal.get("measures") or [])

        def build(values: dict[str, Any]) -> tuple[dict[str, Any], dict[str, str]]:
            content = self._content()
            content["goals"][goal_index]["measures"].append(values)
            return content, _places(f"goals[{goal_index}].measures[{index}]", MEASURE_FIELDS)

        dialog = measure_dialog(
            {},
            self._saver(build),
            goal_number=goal_index + 1,
            goal_description=goal.get("description"),
            new=True,
            responsible_names=self._responsible_names(),
            parent=self,
        )
        self._run(dialog, (goal_index, index))

    def edit_selected(self) -> None:
        spot = self.selected_spot()
        if spot is None or not self._writable():
            return
        goal_index, measure_index = spot
        goal = self._content()["goals"][goal_index]
        dialog: FormDialog
        if measure_index is None:

            def build(values: dict[str, Any]) -> tuple[dict[str, Any], dict[str, str]]:
                content = self._content()
                content["goals"][goal_index].update(values)
                return content, _places(f"goals[{goal_index}]", GOAL_FIELDS)

            dialog = goal_dialog(
                goal, self._saver(build), number=goal_index + 1, new=False, parent=self
            )
        else:

            def build(values: dict[str, Any]) -> tuple[dict[str, Any], dict[str, str]]:
                content = self._content()
                content["goals"][goal_index]["measures"][measure_index].update(values)
                path = f"goals[{goal_index}].measures[{measure_index}]"
                return content, _places(path, MEASURE_FIELDS)

            dialog = measure_dialog(
                goal["measures"][measure_index],
                self._saver(build),
                goal_number=goal_index + 1,
                goal_description=goal.get("description"),
                new=False,
                responsible_names=self._responsible_names(),
                parent=self,
            )
        self._run(dialog, spot)

    def remove_selected(self) -> None:
        """Remove the selected goal (with its measures and evaluation notes) or measure."""
        spot = self.selected_spot()
        if spot is None or not self._writable():
            return
        goal_index, measure_index = spot
        content = self._content()
        goal = content["goals"][goal_index]
        if measure_index is None:
            question = self.tr(
                "Fjerne mål {number} «{goal}» med {measures} tiltak og notatene om målet i "
                "evalueringene?\n\nEt mål som er fulgt opp, bør heller få status «avsluttet "
                "uten å nås». Planens tidligere revisjoner beholder målet."
            ).format(
                number=goal_index + 1,
                goal=_one_line(goal.get("description")),
                measures=len(goal.get("measures") or []),
            )
            content = remove_goal(content, goal_index)
            after: Spot | None = (goal_index - 1, None) if goal_index > 0 else None
        else:
            measure = goal["measures"][measure_index]
            question = self.tr(
                "Fjerne tiltak {number} «{measure}» under mål {goal}?\n\nPlanens tidligere "
                "revisjoner beholder tiltaket."
            ).format(
                number=measure_index + 1,
                measure=_one_line(measure.get("description")),
                goal=goal_index + 1,
            )
            del goal["measures"][measure_index]
            after = (goal_index, None)
        if ask(
            self,
            self.tr("Fjerne?"),
            question,
            yes_text=self.tr("Fjern"),
            no_text=self.tr("Ikke fjern"),
        ):
            self._save_directly(content, after)

    # --- evaluations ---------------------------------------------------------------------------

    def _open_evaluation(self, index: int, new: bool) -> None:
        content = self._content()
        goals = content.get("goals") or []
        evaluations = content.get("evaluations") or []
        evaluation = {"held_on": dt.date.today()} if new else evaluations[index]

        def build(values: dict[str, Any]) -> tuple[dict[str, Any], dict[str, str]]:
            plan = self._content()
            row = evaluation_from_values(values, len(goals))
            rows = list(plan.get("evaluations") or [])
            if new:
                rows.append(row)
            else:
                rows[index] = row
            plan["evaluations"] = rows
            prefix = f"evaluations[{index}]"
            places = _places(prefix, EVALUATION_FIELDS)
            for number, note in enumerate(row["goal_notes"]):
                field = NOTE_FIELD.format(goal=note["goal"])
                places[f"{prefix}.goal_notes[{number}].note"] = field
                places[f"{prefix}.goal_notes[{number}].goal"] = field
            return plan, places

        dialog = evaluation_dialog(evaluation, goals, self._saver(build), new=new, parent=self)
        if self._run(dialog, self.selected_spot()):
            self.evaluations_table.selectRow(index)

    def new_evaluation(self) -> None:
        if self._writable():
            self._open_evaluation(len(self._content().get("evaluations") or []), new=True)

    def edit_evaluation(self) -> None:
        row = _selected_row(self.evaluations_table)
        if row is not None and self._writable():
            self._open_evaluation(row, new=False)

    # --- revisions -----------------------------------------------------------------------------

    def view_revision(self) -> None:
        row = _selected_row(self.revisions_table)
        client_id = self._client_id()
        if row is None or client_id is None or self._view is None:
            return
        number = self._view.revisions[row].number
        try:
            revision = plan_revision(self._db, client_id, number)
        except (NotFoundError, StorageError) as exc:
            show_error(self, self.tr("Kan ikke vise revisjonen"), error_text(exc))
            return
        RevisionDialog(revision, self).exec()
