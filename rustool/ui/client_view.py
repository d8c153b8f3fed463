"""One client's record: a header, an overview, and a tab for each list on the record.

Everything the user typed is shown as plain text (a name like `<b>` is not markup). What
changes the record goes through services; afterwards the record is read again and
`client_changed` tells the window, so the client list can refresh.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rustool.db import Database, StorageError
from rustool.domain.client_rules import consent_expiring_soon, consent_in_force
from rustool.models import Child, Client, Consent
from rustool.services.clients import ClientRecord, delete_client, open_client, reopen_case
from rustool.services.errors import NotFoundError
from rustool.services.record_parts import Part, remove_part, set_appointment_done
from rustool.ui.accessibility import show_focus
from rustool.ui.dialogs.audit_dialog import open_audit_dialog
from rustool.ui.dialogs.case_dialogs import (
    client_title,
    confirm_delete_client,
    open_close_case_dialog,
)
from rustool.ui.dialogs.client_dialog import ClientDialog
from rustool.ui.dialogs.message_box import ask, show_error
from rustool.ui.dialogs.part_dialogs import open_part_dialog
from rustool.ui.form_dialog import format_date, format_datetime
from rustool.ui.group_tab import GroupTab
from rustool.ui.labels import choice_label, field_label
from rustool.ui.messages import error_text
from rustool.ui.plan_tab import PlanTab
from rustool.ui.referrals_tab import ReferralsTab
from rustool.ui.screening_tab import ScreeningTab
from rustool.ui.shortcuts import widget_shortcut
from rustool.ui.widgets import USER_ERRORS, FlowLayout

EMPTY = "—"
SELECTABLE = (
    Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
)

Column = tuple[str, Callable[[Any], str]]


def format_national_id(number: str) -> str:
    """The date part and the personal part apart (DDMMYY NNNNN), as the number is read."""
    return f"{number[:6]} {number[6:]}"


def age_on(birth_date: dt.date, day: dt.date) -> int:
    return day.year - birth_date.year - ((day.month, day.day) < (birth_date.month, birth_date.day))


def plain_label(text: str = "") -> QLabel:
    """A label for text the user typed: shown literally, selectable, wrapped."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(SELECTABLE)
    label.setWordWrap(True)
    return label


class PartTab(QWidget):
    """A table of one list on the record, with Legg til / Endre / Fjern."""

    changed = Signal()

    def __init__(
        self,
        db: Database,
        part: Part,
        title: str,
        columns: tuple[Column, ...],
        describe: Callable[[Any], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._part = part
        self._columns = columns
        self._describe = describe
        self._client: Client | None = None
        self.rows: list[Any] = []

        self.table = QTableWidget(0, len(columns))
        self.table.setAccessibleName(title)
        self.table.setHorizontalHeaderLabels([header for header, _ in columns])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        show_focus(self.table)  # also when it is empty
        # Enter, and a double click, activate a row: both mean "change this one".
        self.table.activated.connect(self._activated)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        widget_shortcut(self.table, QKeySequence(Qt.Key.Key_Insert), self.add)
        widget_shortcut(self.table, QKeySequence(QKeySequence.StandardKey.Delete), self.remove)

        self.add_button = QPushButton(self.tr("Legg &til…"))
        self.add_button.setToolTip(self.tr("Legg til (Insert i tabellen)"))
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self.tr("E&ndre…"))
        self.edit_button.setToolTip(self.tr("Endre den valgte (Enter i tabellen)"))
        self.edit_button.clicked.connect(self.edit)
        self.remove_button = QPushButton(self.tr("F&jern…"))
        self.remove_button.setToolTip(self.tr("Fjern den valgte (Delete i tabellen)"))
        self.remove_button.clicked.connect(self.remove)
        self.buttons = FlowLayout()  # wraps rather than widening the window (large fonts)
        for button in (self.add_button, self.edit_button, self.remove_button):
            self.buttons.addWidget(button)

        # An empty table says so in words, so "nothing registered" never looks like "not loaded".
        self.empty_label = QLabel(self.tr("Ingenting registrert her ennå. Velg «Legg til…»."))
        self.empty_label.setWordWrap(True)  # a large font: two lines rather than a wide pane
        self.empty_label.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.table, stretch=1)
        layout.addWidget(self.empty_label)
        layout.addLayout(self.buttons)
        self._update_buttons()

    def set_rows(self, client: Client, rows: list[Any]) -> None:
        """Show `rows`, keeping the selected row selected when it is still there."""
        selected = self.selected_row()
        same_client = self._client is not None and self._client.id == client.id
        keep = selected.id if selected is not None and same_client else None
        self._client = client
        self.rows = rows
        self.table.clearSelection()
        self.table.setRowCount(len(rows))
        for row_number, row in enumerate(rows):
            for column, (_, text) in enumerate(self._columns):
                self.table.setItem(row_number, column, QTableWidgetItem(text(row)))
            if row.id == keep:
                self.table.selectRow(row_number)
        self.table.resizeColumnsToContents()
        self.empty_label.setVisible(not rows)
        self._update_buttons()

    def selected_row(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        chosen = self.selected_row() is not None
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def _activated(self, index: QModelIndex) -> None:
        self.table.selectRow(index.row())
        self.edit()

    def add(self) -> None:
        self._open_dialog(None)

    def edit(self) -> None:
        row = self.selected_row()
        if row is not None:
            self._open_dialog(row)

    def _open_dialog(self, row: Any) -> None:
        client_id = self._client.id if self._client is not None else None
        if client_id is not None and open_part_dialog(self._db, self._part, client_id, row, self):
            self.changed.emit()

    def remove(self) -> None:
        row = self.selected_row()
        if row is None or self._client is None:
            return
        question = self.tr("Fjerne {row} fra journalen til {client}?\n\nDette kan ikke angres.")
        if not ask(
            self,
            self.tr("Fjerne?"),
            question.format(row=self._describe(row), client=client_title(self._client)),
            yes_text=self.tr("Fjern"),
            no_text=self.tr("Ikke fjern"),
        ):
            return
        try:
            remove_part(self._db, self._part, row.id)
        except USER_ERRORS as exc:
            show_error(self, self.tr("Ikke fjernet"), error_text(exc))
        self.changed.emit()


class ClientView(QWidget):
    client_changed = Signal(int)
    client_deleted = Signal(int)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._record: ClientRecord | None = None
        self._make_actions()

        self.placeholder = QLabel(self.tr("Velg en klient i listen"))
        self.placeholder.setTextFormat(Qt.TextFormat.PlainText)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)

        self._stack = QStackedWidget()
        self._stack.addWidget(self.placeholder)
        self._stack.addWidget(self._build_record_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)
        self.show_client(None)

    # --- building ------------------------------------------------------------------------------

    def _make_actions(self) -> None:
        def action(text: str, shortcut: QKeySequence, slot: Callable[[], None]) -> QAction:
            made = QAction(text, self)
            made.setShortcut(shortcut)
            made.triggered.connect(slot)
            self.addAction(made)
            return made

        self.edit_action = action(self.tr("&Endre klient…"), QKeySequence("Ctrl+E"), self.edit)
        self.close_case_action = action(
            self.tr("&Avslutt saken…"), QKeySequence("Ctrl+Shift+A"), self.close_case
        )
        self.reopen_action = action(
            self.tr("&Gjenåpne saken"), QKeySequence("Ctrl+Shift+O"), self.reopen
        )
        self.audit_log_action = action(
            self.tr("&Logg over innsyn for klienten…"), QKeySequence("Ctrl+I"), self.show_audit_log
        )
        self.delete_action = action(
            self.tr("&Slett klienten permanent…"),
            QKeySequence("Ctrl+Shift+Del"),
            self.delete,
        )

    def _build_record_page(self) -> QWidget:
        self.name_label = plain_label()
        font = QFont(self.name_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.name_label.setFont(font)
        self.name_label.setAccessibleName(self.tr("Navn"))
        self.national_id_label = plain_label()
        self.national_id_label.setAccessibleName(field_label("national_id"))
        self.status_label = plain_label()
        self.status_label.setAccessibleName(field_label("status"))

        self.tabs = QTabWidget()
        overview = self._build_overview()
        self.tabs.addTab(overview, self.tr("Oversikt"))
        self.network_tab = PartTab(
            self._db,
            Part.NETWORK,
            self.tr("Nettverk"),
            self._network_columns(),
            lambda row: row.name,
        )
        self.children_tab = PartTab(
            self._db,
            Part.CHILDREN,
            self.tr("Barn"),
            self._children_columns(),
            lambda row: row.name,
        )
        self.consents_tab = PartTab(
            self._db,
            Part.CONSENTS,
            self.tr("Samtykker"),
            self._consent_columns(),
            lambda row: self.tr("samtykket «{kind}» gitt {date}").format(
                kind=choice_label(row.kind), date=format_date(row.given_on)
            ),
        )
        self.appointments_tab = PartTab(
            self._db,
            Part.APPOINTMENTS,
            self.tr("Avtaler"),
            self._appointment_columns(),
            lambda row: self.tr("avtalen {when} ({kind})").format(
                when=format_datetime(row.starts_at), kind=choice_label(row.kind)
            ),
        )
        self.done_button = QPushButton(self.tr("Merk som &gjennomført"))
        self.done_button.clicked.connect(self.mark_done)
        self.appointments_tab.buttons.insertWidget(3, self.done_button)
        self.appointments_tab.table.itemSelectionChanged.connect(self._update_done_button)
        self.referrals_tab = ReferralsTab(self._db)
        self.screening_tab = ScreeningTab(self._db)
        self.group_tab = GroupTab(self._db)
        self.plan_tab = PlanTab(self._db)
        tabs: tuple[tuple[PartTab | ReferralsTab | ScreeningTab | GroupTab | PlanTab, str], ...] = (
            (self.network_tab, self.tr("Nettverk")),
            (self.children_tab, self.tr("Barn")),
            (self.consents_tab, self.tr("Samtykker")),
            (self.appointments_tab, self.tr("Avtaler")),
            (self.referrals_tab, self.tr("Henvisninger")),
            (self.screening_tab, self.tr("Kartlegging")),
            (self.group_tab, self.tr("Ansvarsgruppe")),
            # "IP" is the consultants' own word; the tooltip says it in full.
            (self.plan_tab, self.tr("IP")),
        )
        for tab, title in tabs:
            tab.changed.connect(self._record_changed)
            self.tabs.addTab(tab, title)
        self.tabs.setTabToolTip(self.tabs.indexOf(self.plan_tab), self.tr("Individuell plan"))
        self._tab_pages: dict[str, QWidget] = {
            "overview": overview,
            "network": self.network_tab,
            "children": self.children_tab,
            "consents": self.consents_tab,
            "appointments": self.appointments_tab,
            "referrals": self.referrals_tab,
            "screenings": self.screening_tab,
            "group": self.group_tab,
            "plan": self.plan_tab,
        }

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.name_label)
        layout.addWidget(self.national_id_label)
        layout.addWidget(self.status_label)
        layout.addWidget(self.tabs, stretch=1)
        return page

    def _build_overview(self) -> QScrollArea:
        groups = (
            (
                self.tr("Personalia"),
                (
                    "given_name",
                    "family_name",
                    "national_id",
                    "birth_date",
                    "phone",
                    "email",
                    "address",
                    "postal_code",
                    "city",
                    "municipality",
                ),
            ),
            (self.tr("Fastlege"), ("gp_name", "gp_office", "gp_phone")),
            (self.tr("NAV"), ("nav_contact",)),
            (self.tr("Språk og tolk"), ("preferred_language", "interpreter_needed")),
            (self.tr("Notater"), ("notes",)),
        )
        self.overview_values: dict[str, QLabel] = {}
        content = QWidget()
        outer = QVBoxLayout(content)
        for title, names in groups:
            box = QGroupBox(title)
            form = QFormLayout(box)
            for name in names:
                value = plain_label()
                value.setAccessibleName(field_label(name))
                form.addRow(QLabel(field_label(name)), value)
                self.overview_values[name] = value
            outer.addWidget(box)
        outer.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        # A Tab stop, to scroll the overview from the keyboard: named, and showing the focus.
        scroll.setAccessibleName(self.tr("Oversikt"))
        show_focus(scroll)
        return scroll

    def _yes_no(self, value: bool) -> str:
        return self.tr("Ja") if value else self.tr("Nei")

    def _network_columns(self) -> tuple[Column, ...]:
        def text(name: str) -> Column:
            return field_label(name), lambda row: getattr(row, name) or ""

        def flag(name: str) -> Column:
            return field_label(name), lambda row: self._yes_no(getattr(row, name))

        return (
            text("name"),
            text("relation"),
            text("phone"),
            text("email"),
            flag("is_next_of_kin"),
            flag("may_receive_information"),
        )

    def _children_columns(self) -> tuple[Column, ...]:
        def age(row: Child) -> str:
            if row.birth_date is None:
                return ""
            return self.tr("{years} år").format(years=age_on(row.birth_date, dt.date.today()))

        return (
            (field_label("name"), lambda row: row.name),
            (field_label("relation"), lambda row: choice_label(row.relation)),
            (field_label("birth_date"), lambda row: format_date(row.birth_date)),
            (self.tr("Alder"), age),
            (field_label("lives_with_client"), lambda row: self._yes_no(row.lives_with_client)),
            (field_label("caregiver"), lambda row: row.caregiver or ""),
            (field_label("followed_up_by"), lambda row: row.followed_up_by or ""),
        )

    def consent_state(self, consent: Consent, day: dt.date) -> str:
        """In words (Ja, Nei, Utløper snart), not by colour."""
        if not consent_in_force(consent.given_on, consent.expires_on, consent.withdrawn_on, day):
            return self.tr("Nei")
        if consent_expiring_soon(consent.expires_on, day):
            return self.tr("Utløper snart")
        return self.tr("Ja")

    def _consent_columns(self) -> tuple[Column, ...]:
        return (
            (field_label("kind"), lambda row: choice_label(row.kind)),
            (field_label("given_on"), lambda row: format_date(row.given_on)),
            (field_label("expires_on"), lambda row: format_date(row.expires_on)),
            (field_label("withdrawn_on"), lambda row: format_date(row.withdrawn_on)),
            (self.tr("I kraft"), lambda row: self.consent_state(row, dt.date.today())),
            (field_label("form"), lambda row: choice_label(row.form)),
            # The field's label explains; the column heading only names it.
            (self.tr("Omfang"), lambda row: (row.scope or "").replace("\n", " ")),
        )

    def _appointment_columns(self) -> tuple[Column, ...]:
        return (
            (field_label("starts_at"), lambda row: format_datetime(row.starts_at)),
            (field_label("kind"), lambda row: choice_label(row.kind)),
            (field_label("with_whom"), lambda row: row.with_whom or ""),
            (field_label("location"), lambda row: row.location or ""),
            (field_label("done"), lambda row: self._yes_no(row.done)),
        )

    # --- showing -------------------------------------------------------------------------------

    @property
    def client_id(self) -> int | None:
        return self._record.client.id if self._record is not None else None

    def show_client(
        self,
        client_id: int | None,
        *,
        tab: str | None = None,
        referral_id: int | None = None,
        consent_id: int | None = None,
    ) -> None:
        """Show the client's record (an audited view), or the calm placeholder for None.

        `tab` ("overview", "network", "children", "consents", "appointments", "referrals",
        "screenings", "group", "plan") opens that tab; `referral_id` and `consent_id` select
        that row in the Henvisninger or Samtykker tab (and open the tab), so the dashboard can
        lead the user straight to what needs attention.
        """
        self._record = None
        if client_id is None:
            self.placeholder.setText(self.tr("Velg en klient i listen"))
        else:
            try:
                self._record = open_client(self._db, client_id)
            except (NotFoundError, StorageError) as exc:
                self.placeholder.setText(error_text(exc))
        if self._record is None:
            self._stack.setCurrentWidget(self.placeholder)
        else:
            self._fill(self._record)
            self._stack.setCurrentIndex(1)
            self._go_to(tab, referral_id, consent_id)
        self._update_actions()

    def _go_to(self, tab: str | None, referral_id: int | None, consent_id: int | None) -> None:
        if tab is None and referral_id is not None:
            tab = "referrals"
        elif tab is None and consent_id is not None:
            tab = "consents"
        if tab is None:
            return
        page = self._tab_pages[tab]
        self.tabs.setCurrentWidget(page)
        if referral_id is not None:
            self.referrals_tab.select_referral(referral_id)
        if consent_id is not None:
            for row, consent in enumerate(self.consents_tab.rows):
                if consent.id == consent_id:
                    self.consents_tab.table.selectRow(row)
        # The keyboard lands on the tab's table, at the selected row, when it has one.
        table = getattr(page, "table", None)
        (table or page).setFocus(Qt.FocusReason.OtherFocusReason)

    def _fill(self, record: ClientRecord) -> None:
        client = record.client
        self.name_label.setText(f"{client.given_name} {client.family_name}")
        number = (
            format_national_id(client.national_id)
            if client.national_id
            else self.tr("Uten fødselsnummer")
        )
        born = self.tr("født {date}").format(date=format_date(client.birth_date))
        self.national_id_label.setText(f"{number} · {born}")
        self.status_label.setText(self._status_text(client))
        for name, label in self.overview_values.items():
            label.setText(self._overview_text(client, name))
        self.network_tab.set_rows(client, record.network)
        self.children_tab.set_rows(client, record.children)
        self.consents_tab.set_rows(client, record.consents)
        self.appointments_tab.set_rows(client, record.appointments)
        self.referrals_tab.set_client(client)
        self.screening_tab.set_client(client)
        self.group_tab.set_client(client)
        self.plan_tab.set_client(client)
        self._update_done_button()

    def _status_text(self, client: Client) -> str:
        if client.status != "closed":
            return choice_label(client.status)
        text = self.tr("Avsluttet {date}").format(date=format_date(client.closed_on))
        return f"{text} – {client.closed_reason}" if client.closed_reason else text

    def _overview_text(self, client: Client, name: str) -> str:
        value = getattr(client, name)
        if name == "national_id" and value:
            return format_national_id(value)
        if isinstance(value, bool):
            return self._yes_no(value)
        if isinstance(value, dt.date):
            return format_date(value)
        return value or EMPTY

    def _update_actions(self) -> None:
        client = self._record.client if self._record is not None else None
        self.edit_action.setEnabled(client is not None)
        self.delete_action.setEnabled(client is not None)
        self.close_case_action.setEnabled(client is not None and client.status == "active")
        self.reopen_action.setEnabled(client is not None and client.status == "closed")
        self.audit_log_action.setEnabled(client is not None)

    def show_audit_log(self) -> None:
        """Who has seen and changed this client's record (the client may ask to see it)."""
        client_id = self.client_id
        if client_id is not None:
            open_audit_dialog(self._db, client_id, self)

    def _update_done_button(self) -> None:
        row = self.appointments_tab.selected_row()
        self.done_button.setEnabled(row is not None and not row.done)

    def _record_changed(self) -> None:
        """Read the record again and tell the window (the list shows some of it)."""
        client_id = self.client_id
        if client_id is not None:
            self.show_client(client_id)
            self.client_changed.emit(client_id)

    # --- what the user does --------------------------------------------------------------------

    def edit(self) -> None:
        client_id = self.client_id
        if client_id is None:
            return
        try:
            dialog = ClientDialog(self._db, client_id, self)
        except (NotFoundError, StorageError) as exc:
            show_error(self, self.tr("Kan ikke åpne klienten"), error_text(exc))
            self.show_client(client_id)
            return
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._record_changed()

    def close_case(self) -> None:
        record = self._record
        if (
            record is not None
            and record.client.status == "active"
            and open_close_case_dialog(self._db, record.client, self)
        ):
            self._record_changed()

    def reopen(self) -> None:
        if self._record is None or self._record.client.status != "closed":
            return
        client = self._record.client
        assert client.id is not None
        try:
            reopen_case(self._db, client.id, client.version)
        except USER_ERRORS as exc:
            show_error(self, self.tr("Saken ble ikke gjenåpnet"), error_text(exc))
            self.show_client(client.id)
            return
        self._record_changed()

    def delete(self) -> None:
        if self._record is None:
            return
        client = self._record.client
        assert client.id is not None
        if not confirm_delete_client(self, client):
            return
        try:
            delete_client(self._db, client.id)
        except USER_ERRORS as exc:
            show_error(self, self.tr("Klienten ble ikke slettet"), error_text(exc))
            return
        self.show_client(None)
        self.client_deleted.emit(client.id)

    def mark_done(self) -> None:
        row = self.appointments_tab.selected_row()
        if row is None:
            return
        try:
            set_appointment_done(self._db, row.id, True)
        except USER_ERRORS as exc:
            show_error(self, self.tr("Ikke lagret"), error_text(exc))
        self._record_changed()
