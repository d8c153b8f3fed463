"""The client view's "Ansvarsgruppe" tab: members, meetings and the open action items.

The consent warning leads the tab when no consent to an ansvarsgruppe is in force. Former
members stay listed, greyed and with "(sluttet …)" in words, because the minutes name them.
Meetings open in the meeting dialog (minutes, action items, measures in the IP); a meeting
exports as an `.ics` invitation, and its minutes open in the PDF preview. Open action items
from every meeting are listed together, to tick off or to turn into a measure in the
individual plan. Rows map to their records by position (no data on Qt items).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, QStandardPaths, Qt, Signal
from PySide6.QtGui import QKeySequence, QPalette
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rustool.db import Database
from rustool.domain.group_rules import name_key
from rustool.domain.invitation import attendees_without_email, names_client
from rustool.domain.records import ValidationError
from rustool.models import ActionItem, Client, GroupMember
from rustool.services.group_documents import minutes_pdf
from rustool.services.groups import (
    GroupView,
    MeetingView,
    client_group,
    delete_meeting,
    invitation_file_name,
    make_coordinator,
    meeting_invitation,
    remove_member,
    set_action_item_done,
)
from rustool.services.plans import KEY, action_item_to_measure, client_plan
from rustool.ui.dialogs.meeting_dialog import link_text, make_measure, open_meeting_dialog
from rustool.ui.dialogs.member_dialog import member_label, open_member_dialog
from rustool.ui.dialogs.message_box import ask, show_error
from rustool.ui.dialogs.pdf_preview import open_pdf_preview
from rustool.ui.form_dialog import WARNING_SIGN, format_date, format_datetime
from rustool.ui.messages import error_text
from rustool.ui.shortcuts import widget_shortcut
from rustool.ui.widgets import USER_ERRORS, FlowLayout, record_table, write_chosen_file

Column = tuple[str, Callable[[GroupMember], str]]


def _fit_height(table: QTableWidget, rows: int) -> None:
    """Tall enough for its rows (2 to 8), so no table hides rows while another has air."""
    shown = max(2, min(rows, 8))
    height = (
        table.horizontalHeader().sizeHint().height()
        + shown * table.verticalHeader().defaultSectionSize()
        + 2 * table.frameWidth()
    )
    if table.horizontalHeader().length() > table.viewport().width():
        height += table.horizontalScrollBar().sizeHint().height()
    table.setFixedHeight(height)


def _plain() -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)  # names the user typed
    label.setWordWrap(True)
    return label


def _buttons(*buttons: QPushButton) -> FlowLayout:
    """A row that wraps when it is too narrow (a large font), rather than scrolling sideways."""
    row = FlowLayout()
    for button in buttons:
        row.addWidget(button)
    return row


class GroupTab(QWidget):
    """Members, meetings and open action items of one client's ansvarsgruppe."""

    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._client: Client | None = None
        self.members: list[GroupMember] = []
        self.meetings: list[MeetingView] = []
        # Open action items across meetings, each with the meeting it came from.
        self.open_items: list[tuple[ActionItem, MeetingView]] = []
        self._measure_goals: dict[str, int] = {}  # measure KEY → goal index in the plan

        self.warning_label = _plain()
        self.warning_label.setAccessibleName(self.tr("Advarsel om samtykke"))
        self.warning_label.setStyleSheet("color: #a4000f;")  # the ⚠ and the words carry it too
        self.warning_label.hide()
        # What was just done, said in words where the user is looking.
        self.status_label = _plain()
        self.status_label.setAccessibleName(self.tr("Status"))

        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(self._build_members())
        column.addWidget(self._build_meetings())
        column.addWidget(self._build_open_items())
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(content)

        layout = QVBoxLayout(self)
        layout.addWidget(self.warning_label)
        layout.addWidget(self.status_label)
        layout.addWidget(scroll, stretch=1)
        self.status_label.hide()
        self._update_buttons()

    # --- building --------------------------------------------------------------------------

    def _member_columns(self) -> tuple[Column, ...]:
        def name(member: GroupMember) -> str:
            if member.left_on is None:
                return member.name
            return self.tr("{name} (sluttet {date})").format(
                name=member.name, date=format_date(member.left_on)
            )

        def text(field: str) -> Column:
            return member_label(field), lambda member: getattr(member, field) or ""

        return (
            (member_label("name"), name),
            text("role"),
            text("organization"),
            text("phone"),
            text("email"),
            (
                member_label("is_coordinator"),
                lambda member: self.tr("Ja") if member.is_coordinator else "",
            ),
        )

    def _build_members(self) -> QGroupBox:
        box = QGroupBox(self.tr("Medlemmer"))
        self._columns = self._member_columns()
        self.member_table = record_table(
            self.tr("Medlemmer"), [header for header, _ in self._columns]
        )
        self.member_table.activated.connect(self._member_activated)
        self.member_table.itemSelectionChanged.connect(self._update_buttons)
        widget_shortcut(self.member_table, QKeySequence(Qt.Key.Key_Insert), self.new_member)
        widget_shortcut(
            self.member_table, QKeySequence(QKeySequence.StandardKey.Delete), self.remove_member
        )
        self.member_empty_label = _plain()
        self.member_empty_label.setText(
            self.tr("Ingen medlemmer ennå. Velg «Nytt medlem…»; den første blir koordinator.")
        )
        self.member_empty_label.hide()
        self.new_member_button = QPushButton(self.tr("Nytt &medlem…"))
        self.new_member_button.setToolTip(
            self.tr("Nytt medlem, også fra nettverket eller andre grupper (Insert i tabellen)")
        )
        self.new_member_button.clicked.connect(self.new_member)
        self.edit_member_button = QPushButton(self.tr("&Endre medlem…"))
        self.edit_member_button.setToolTip(self.tr("Endre det valgte medlemmet (Enter i tabellen)"))
        self.edit_member_button.clicked.connect(self.edit_member)
        self.coordinator_button = QPushButton(self.tr("Gjør til koo&rdinator"))
        self.coordinator_button.setToolTip(self.tr("Gi koordinatorrollen til det valgte medlemmet"))
        self.coordinator_button.clicked.connect(self.make_coordinator)
        self.remove_member_button = QPushButton(self.tr("Fjer&n medlem…"))
        self.remove_member_button.setToolTip(
            self.tr("Fjern det valgte medlemmet (Delete i tabellen)")
        )
        self.remove_member_button.clicked.connect(self.remove_member)
        layout = QVBoxLayout(box)
        layout.addWidget(self.member_table)
        layout.addWidget(self.member_empty_label)
        layout.addLayout(
            _buttons(
                self.new_member_button,
                self.edit_member_button,
                self.coordinator_button,
                self.remove_member_button,
            )
        )
        return box

    def _build_meetings(self) -> QGroupBox:
        box = QGroupBox(self.tr("Møter"))
        self.meeting_table = record_table(
            self.tr("Møter"), [self.tr("Tidspunkt"), self.tr("Sted"), self.tr("Åpne oppgaver")]
        )
        self.meeting_table.activated.connect(self._meeting_activated)
        self.meeting_table.itemSelectionChanged.connect(self._update_buttons)
        widget_shortcut(self.meeting_table, QKeySequence(Qt.Key.Key_Insert), self.new_meeting)
        widget_shortcut(
            self.meeting_table, QKeySequence(QKeySequence.StandardKey.Delete), self.delete_meeting
        )
        widget_shortcut(
            self.meeting_table, QKeySequence(QKeySequence.StandardKey.Print), self.preview_minutes
        )
        self.meeting_empty_label = _plain()
        self.meeting_empty_label.setText(self.tr("Ingen møter ennå. Velg «Nytt møte…»."))
        self.meeting_empty_label.hide()
        self.next_meeting_label = _plain()
        self.next_meeting_label.setAccessibleName(self.tr("Neste møte"))
        self.next_meeting_label.hide()
        self.new_meeting_button = QPushButton(self.tr("Nytt m&øte…"))
        self.new_meeting_button.setToolTip(
            self.tr("Nytt møte; åpne oppgaver fra forrige møte står på sakslisten (Insert)")
        )
        self.new_meeting_button.clicked.connect(self.new_meeting)
        self.open_meeting_button = QPushButton(self.tr("Å&pne møte…"))
        self.open_meeting_button.setToolTip(
            self.tr("Åpne det valgte møtet: referat, oppgaver og tiltak (Enter i tabellen)")
        )
        self.open_meeting_button.clicked.connect(self.open_meeting)
        self.delete_meeting_button = QPushButton(self.tr("S&lett møte…"))
        self.delete_meeting_button.setToolTip(self.tr("Slett det valgte møtet (Delete i tabellen)"))
        self.delete_meeting_button.clicked.connect(self.delete_meeting)
        self.export_button = QPushButton(self.tr("Eksporter &invitasjon (.ics)…"))
        self.export_button.setToolTip(
            self.tr("Lagre møtet som kalenderinvitasjon for Outlook og andre kalendere")
        )
        self.export_button.clicked.connect(self.export_invitation)
        self.minutes_button = QPushButton(self.tr("Referat som P&DF…"))
        self.minutes_button.setToolTip(
            self.tr(
                "Referatet fra det valgte møtet, til å skrive ut eller lagre (Ctrl+P i tabellen)"
            )
        )
        self.minutes_button.clicked.connect(self.preview_minutes)
        layout = QVBoxLayout(box)
        layout.addWidget(self.meeting_table)
        layout.addWidget(self.meeting_empty_label)
        layout.addWidget(self.next_meeting_label)
        layout.addLayout(
            _buttons(
                self.new_meeting_button,
                self.open_meeting_button,
                self.delete_meeting_button,
                self.export_button,
                self.minutes_button,
            )
        )
        return box

    def _build_open_items(self) -> QGroupBox:
        box = QGroupBox(self.tr("Åpne oppgaver fra møtene"))
        self.item_table = record_table(
            self.tr("Åpne oppgaver"),
            [
                self.tr("Oppgave"),
                self.tr("Ansvarlig"),
                self.tr("Frist"),
                self.tr("Fra møtet"),
                self.tr("Tiltak i IP"),
            ],
        )
        self.item_table.activated.connect(self._item_activated)
        self.item_table.itemSelectionChanged.connect(self._update_buttons)
        self.item_empty_label = _plain()
        self.item_empty_label.setText(self.tr("Ingen åpne oppgaver."))
        self.item_empty_label.hide()
        self.done_button = QPushButton(self.tr("Merk som &utført"))
        self.done_button.setToolTip(self.tr("Merk den valgte oppgaven som utført i dag"))
        self.done_button.clicked.connect(self.mark_item_done)
        self.measure_button = QPushButton(self.tr("Gjør til &tiltak i IP…"))
        self.measure_button.setToolTip(
            self.tr("Gjør den valgte oppgaven til et tiltak i klientens individuelle plan")
        )
        self.measure_button.clicked.connect(self.item_to_measure)
        layout = QVBoxLayout(box)
        layout.addWidget(self.item_table)
        layout.addWidget(self.item_empty_label)
        layout.addLayout(_buttons(self.done_button, self.measure_button))
        return box

    # --- showing ---------------------------------------------------------------------------

    def set_client(self, client: Client) -> None:
        """Show the client's group, keeping the selected member and meeting selected."""
        same_client = self._client is not None and self._client.id == client.id
        member = self.selected_member() if same_client else None
        meeting = self.selected_meeting() if same_client else None
        item = self.selected_item() if same_client else None
        if not same_client:
            self._say("")
        self._client = client
        assert client.id is not None
        try:
            view = client_group(self._db, client.id)
        except USER_ERRORS as exc:
            view = GroupView([], [], None)
            self._say(error_text(exc))
        self._measure_goals = self._read_measure_goals(client.id)
        self.members = view.members
        self.meetings = view.meetings
        self.open_items = [
            (action, meeting_view)
            for meeting_view in reversed(view.meetings)  # oldest first: the longest waiting
            for action in meeting_view.action_items
            if action.done_on is None
        ]
        if view.consent_warning:
            self.warning_label.setText(f"{WARNING_SIGN} {view.consent_warning}")
        self.warning_label.setVisible(bool(view.consent_warning))
        self._fill_members(member.id if member else None)
        self._fill_meetings(meeting.meeting.id if meeting else None)
        self._fill_items(item[0].id if item else None)
        self._update_buttons()

    def _read_measure_goals(self, client_id: int) -> dict[str, int]:
        """Which goal each measure of the plan is under, to show where an item went."""
        try:
            plan = client_plan(self._db, client_id)
        except USER_ERRORS:
            return {}  # the items still show; only the goal number is missing
        return {
            measure[KEY]: goal_index
            for goal_index, goal in enumerate(plan.content.get("goals") or [])
            for measure in goal.get("measures") or []
            if measure.get(KEY)
        }

    def _fill_members(self, keep: int | None) -> None:
        table = self.member_table
        table.clearSelection()
        table.setRowCount(len(self.members))
        grey = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        for row, member in enumerate(self.members):
            for column, (_, text) in enumerate(self._columns):
                item = QTableWidgetItem(text(member))
                if member.left_on is not None:
                    item.setForeground(grey)
                table.setItem(row, column, item)
            if member.id == keep:
                table.selectRow(row)
        table.resizeColumnsToContents()
        _fit_height(table, len(self.members))
        self.member_empty_label.setVisible(not self.members)

    def meeting_time_text(self, view: MeetingView) -> str:
        meeting = view.meeting
        text = format_datetime(meeting.starts_at)
        if meeting.ends_at is not None:
            same_day = meeting.ends_at.date() == meeting.starts_at.date()
            text += "–" + (
                meeting.ends_at.strftime("%H:%M") if same_day else format_datetime(meeting.ends_at)
            )
        return text

    def _fill_meetings(self, keep: int | None) -> None:
        table = self.meeting_table
        table.clearSelection()
        table.setRowCount(len(self.meetings))
        for row, view in enumerate(self.meetings):
            open_count = sum(1 for item in view.action_items if item.done_on is None)
            texts = (self.meeting_time_text(view), view.meeting.location or "", str(open_count))
            for column, text in enumerate(texts):
                table.setItem(row, column, QTableWidgetItem(text))
            if view.meeting.id == keep:
                table.selectRow(row)
        table.resizeColumnsToContents()
        _fit_height(table, len(self.meetings))
        self.meeting_empty_label.setVisible(not self.meetings)
        self.next_meeting_label.setText(self.next_meeting_text())
        self.next_meeting_label.setVisible(bool(self.next_meeting_label.text()))

    def next_meeting_text(self) -> str:
        """The next meeting agreed in the latest one, while it lies ahead and is not planned."""
        if not self.meetings:
            return ""
        latest = self.meetings[0].meeting  # newest first
        agreed = latest.next_meeting_at
        if agreed is None or agreed < dt.datetime.now():
            return ""
        return self.tr(
            "Neste møte er avtalt til {when} (i møtet {day}). «Nytt møte…» planlegger det."
        ).format(when=format_datetime(agreed), day=format_date(latest.starts_at.date()))

    def _due_text(self, due: dt.date | None) -> str:
        text = format_date(due)
        if due is not None and due < dt.date.today():
            text += f" {WARNING_SIGN} " + self.tr("forfalt")
        return text

    def item_link_text(self, item: ActionItem) -> str:
        if item.measure_key is None:
            return ""
        goal = self._measure_goals.get(item.measure_key)
        return link_text(goal) if goal is not None else self.tr("→ tiltak i IP")

    def _fill_items(self, keep: int | None) -> None:
        table = self.item_table
        table.clearSelection()
        table.setRowCount(len(self.open_items))
        for row, (item, view) in enumerate(self.open_items):
            texts = (
                item.description,
                item.responsible or "",
                self._due_text(item.due_on),
                format_date(view.meeting.starts_at.date()),
                self.item_link_text(item),
            )
            for column, text in enumerate(texts):
                table.setItem(row, column, QTableWidgetItem(text))
            if item.id == keep:
                table.selectRow(row)
        table.resizeColumnsToContents()
        _fit_height(table, len(self.open_items))
        self.item_empty_label.setVisible(not self.open_items)

    def _say(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.setVisible(bool(text))

    # --- selection -------------------------------------------------------------------------

    @staticmethod
    def _selected_row(table: QTableWidget) -> int | None:
        rows = table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def selected_member(self) -> GroupMember | None:
        row = self._selected_row(self.member_table)
        return self.members[row] if row is not None and row < len(self.members) else None

    def selected_meeting(self) -> MeetingView | None:
        row = self._selected_row(self.meeting_table)
        return self.meetings[row] if row is not None and row < len(self.meetings) else None

    def selected_item(self) -> tuple[ActionItem, MeetingView] | None:
        row = self._selected_row(self.item_table)
        return self.open_items[row] if row is not None and row < len(self.open_items) else None

    def select_meeting(self, meeting_id: int) -> bool:
        """Select the meeting (the dashboard opens the client at it); False if not listed."""
        for row, view in enumerate(self.meetings):
            if view.meeting.id == meeting_id:
                self.meeting_table.selectRow(row)
                self.meeting_table.scrollTo(self.meeting_table.model().index(row, 0))
                return True
        return False

    def _update_buttons(self) -> None:
        has_client = self._client is not None
        member = self.selected_member()
        meeting = self.selected_meeting()
        item = self.selected_item()
        self.new_member_button.setEnabled(has_client)
        self.new_meeting_button.setEnabled(has_client)
        self.edit_member_button.setEnabled(member is not None)
        self.remove_member_button.setEnabled(member is not None)
        self.coordinator_button.setEnabled(
            member is not None and member.left_on is None and not member.is_coordinator
        )
        for button in (
            self.open_meeting_button,
            self.delete_meeting_button,
            self.export_button,
            self.minutes_button,
        ):
            button.setEnabled(meeting is not None)
        # An item is done at the earliest on its meeting's day.
        self.done_button.setEnabled(
            item is not None and item[1].meeting.starts_at.date() <= dt.date.today()
        )
        self.measure_button.setEnabled(item is not None and item[0].measure_key is None)

    def _member_activated(self, index: QModelIndex) -> None:
        self.member_table.selectRow(index.row())
        self.edit_member()

    def _meeting_activated(self, index: QModelIndex) -> None:
        self.meeting_table.selectRow(index.row())
        self.open_meeting()

    def _item_activated(self, index: QModelIndex) -> None:
        """Enter on an open item opens the meeting it came from, where it can be changed."""
        item = self.open_items[index.row()]
        if item[1].meeting.id is not None and self.select_meeting(item[1].meeting.id):
            self.open_meeting()

    def _wrote(self) -> None:
        """Something was saved: tell the client view (which reads the record again) and show
        the group as it is now, whoever else listens."""
        self.changed.emit()
        if self._client is not None:
            self.set_client(self._client)

    # --- members ---------------------------------------------------------------------------

    def _client_id(self) -> int | None:
        return self._client.id if self._client is not None else None

    def _member_dialog(self, member: GroupMember | None) -> None:
        client_id = self._client_id()
        if client_id is None:
            return
        try:
            saved = open_member_dialog(self._db, client_id, self.members, member, self)
        except USER_ERRORS as exc:
            show_error(self, self.tr("Kan ikke åpne medlemmet"), error_text(exc))
            return
        if saved is None:
            return
        self._say(self.tr("{name} er lagret i ansvarsgruppen.").format(name=saved.name))
        self._wrote()
        self._select_member(saved.id)

    def _select_member(self, member_id: int | None) -> None:
        for row, member in enumerate(self.members):
            if member.id == member_id:
                self.member_table.selectRow(row)

    def new_member(self) -> None:
        self._member_dialog(None)

    def edit_member(self) -> None:
        member = self.selected_member()
        if member is not None:
            self._member_dialog(member)

    def make_coordinator(self) -> None:
        member = self.selected_member()
        if member is None or member.id is None or member.is_coordinator:
            return
        try:
            make_coordinator(self._db, member.id)
        except USER_ERRORS as exc:
            show_error(self, self.tr("Ikke lagret"), error_text(exc))
            return
        self._say(self.tr("{name} er nå koordinator.").format(name=member.name))
        self._wrote()
        self._select_member(member.id)

    def _removal_refused(self, member: GroupMember, error: Exception) -> str:
        """Why the member stays, in the user's words, naming the open items."""
        if not isinstance(error, ValidationError):
            return error_text(error)
        lines = []
        for problem in error.errors:
            if problem.code == "coordinator":
                lines.append(
                    self.tr(
                        "{name} er koordinator, og gruppen har andre medlemmer. Gjør en annen "
                        "til koordinator først."
                    ).format(name=member.name)
                )
            elif problem.code == "open_action_items":
                items = [
                    f"«{item.description}»"
                    for item, _ in self.open_items
                    if item.responsible and name_key(item.responsible) == name_key(member.name)
                ]
                lines.append(
                    self.tr(
                        "{name} er ansvarlig for oppgaver som ikke er utført: {items}. Gi dem "
                        "til en annen eller merk dem som utført først."
                    ).format(name=member.name, items=", ".join(items))
                )
            elif problem.code == "already_left":
                lines.append(
                    self.tr(
                        "{name} har allerede sluttet i gruppen og står i møtereferatene."
                    ).format(name=member.name)
                )
            else:
                lines.append(error_text(ValidationError([problem])))
        return "\n".join(lines)

    def remove_member(self) -> None:
        member = self.selected_member()
        if member is None or member.id is None:
            return
        question = self.tr(
            "Fjerne {name} fra ansvarsgruppen?\n\nEr {name} nevnt i et møte, blir {name} stående "
            "som tidligere medlem, så referatene er hele. Ellers slettes {name} fra gruppen."
        ).format(name=member.name)
        if not ask(
            self,
            self.tr("Fjerne medlemmet?"),
            question,
            yes_text=self.tr("Fjern"),
            no_text=self.tr("Ikke fjern"),
        ):
            return
        try:
            result = remove_member(self._db, member.id)
        except USER_ERRORS as exc:
            show_error(self, self.tr("Ikke fjernet"), self._removal_refused(member, exc))
            return
        if result == "left":
            self._say(
                self.tr(
                    "{name} er nevnt i møtereferater og står nå som tidligere medlem "
                    "(sluttet {date})."
                ).format(name=member.name, date=format_date(dt.date.today()))
            )
        else:
            self._say(self.tr("{name} er slettet fra ansvarsgruppen.").format(name=member.name))
        self._wrote()

    # --- meetings --------------------------------------------------------------------------

    def _meeting_dialog(self, meeting_id: int | None) -> None:
        client_id = self._client_id()
        if client_id is None:
            return
        try:
            saved = open_meeting_dialog(self._db, client_id, self.members, meeting_id, self)
        except USER_ERRORS as exc:
            show_error(self, self.tr("Kan ikke åpne møtet"), error_text(exc))
            self._wrote()  # it may have been deleted meanwhile: show what is there
            return
        if saved is not None:
            self._wrote()
            self.select_meeting(saved)

    def new_meeting(self) -> None:
        self._meeting_dialog(None)

    def open_meeting(self) -> None:
        view = self.selected_meeting()
        if view is not None and view.meeting.id is not None:
            self._meeting_dialog(view.meeting.id)

    def delete_meeting(self) -> None:
        view = self.selected_meeting()
        if view is None or view.meeting.id is None:
            return
        question = self.tr(
            "Slette møtet {when}?\n\nSakslisten, referatet og oppgavene fra møtet blir borte. "
            "Dette kan ikke angres."
        ).format(when=self.meeting_time_text(view))
        if any(item.measure_key for item in view.action_items):
            question += "\n\n" + self.tr(
                "Tiltakene i den individuelle planen som kom fra møtet, blir stående i planen."
            )
        if not ask(
            self,
            self.tr("Slette møtet?"),
            question,
            yes_text=self.tr("Slett møtet"),
            no_text=self.tr("Ikke slett"),
        ):
            return
        try:
            delete_meeting(self._db, view.meeting.id, view.meeting.version)
        except USER_ERRORS as exc:
            show_error(self, self.tr("Møtet ble ikke slettet"), error_text(exc))
            self._wrote()
            return
        self._say(self.tr("Møtet {when} er slettet.").format(when=self.meeting_time_text(view)))
        self._wrote()

    def preview_minutes(self) -> None:
        """The selected meeting's minutes as its participants get them, to print or save."""
        view = self.selected_meeting()
        if view is None or view.meeting.id is None:
            return
        meeting_id = view.meeting.id
        open_pdf_preview(self._db, lambda: minutes_pdf(self._db, meeting_id), self)

    def export_invitation(self) -> None:
        view = self.selected_meeting()
        if view is None or view.meeting.id is None:
            return
        client = self._client
        if client is not None and names_client(
            view.meeting.location, client.given_name, client.family_name
        ):
            go_on = ask(
                self,
                self.tr("Klientens navn i invitasjonen?"),
                self.tr(
                    "Stedet «{place}» ser ut til å inneholde klientens navn. Invitasjonen havner "
                    "i alle medlemmenes kalendere og skal ikke vise hvem gruppen gjelder. "
                    "Eksportere likevel?"
                ).format(place=view.meeting.location),
                yes_text=self.tr("Eksporter likevel"),
                no_text=self.tr("Avbryt"),
            )
            if not go_on:
                return
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        path_text, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Lagre invitasjonen"),
            str(Path(documents) / invitation_file_name(view.meeting)),
            self.tr("Kalenderfil (*.ics)"),
        )
        if not path_text:
            return
        path = Path(path_text)
        if not path.suffix:
            path = path.with_suffix(".ics")
        # Made (and audited as an export) only once the user has chosen where it goes.
        try:
            _name, data = meeting_invitation(self._db, view.meeting.id)
        except USER_ERRORS as exc:
            show_error(self, self.tr("Invitasjonen ble ikke laget"), error_text(exc))
            return
        if not write_chosen_file(self, path, data, self.tr("Invitasjonen ble ikke lagret")):
            return
        current = [m for m in self.members if m.left_on is None]
        missing = attendees_without_email([(m.name, m.email) for m in current])
        text = self.tr(
            "Invitasjonen er lagret i {path}. Åpne den i Outlook eller en annen kalender for å "
            "sende den til medlemmene."
        ).format(path=path)
        if missing:
            text += " " + self.tr("Uten e-post, ikke invitert: {names}.").format(
                names=", ".join(missing)
            )
        self._say(text)

    # --- open action items -----------------------------------------------------------------

    def mark_item_done(self) -> None:
        selected = self.selected_item()
        if selected is None or selected[0].id is None:
            return
        item = selected[0]
        try:
            set_action_item_done(self._db, selected[0].id, dt.date.today())
        except USER_ERRORS as exc:
            show_error(self, self.tr("Ikke lagret"), error_text(exc))
            return
        self._say(self.tr("«{item}» er merket som utført.").format(item=item.description))
        self._wrote()

    def item_to_measure(self) -> None:
        selected = self.selected_item()
        client_id = self._client_id()
        if selected is None or client_id is None or selected[0].measure_key is not None:
            return
        item = selected[0]
        item_id = item.id
        assert item_id is not None
        plan = make_measure(
            self,
            self._db,
            client_id,
            item.description,
            lambda goal: action_item_to_measure(self._db, item_id, goal),
        )
        if plan is None:
            return
        self._say(
            self.tr("«{item}» er nå et tiltak i den individuelle planen.").format(
                item=item.description
            )
        )
        self._wrote()
