"""The client view's "Kartlegging" tab: the client's AUDIT and DUDIT results over time.

New results are taken with the screening form; a result can be attached to one of the client's
draft referrals, where it is listed among the attachments (and later printed with it).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rustool.db import Database, StorageError
from rustool.domain.screening import Instrument, Zone, zone_label
from rustool.models import Client, Referral, Screening
from rustool.services.referrals import attach_screening, client_referrals
from rustool.services.screenings import client_screenings
from rustool.ui.accessibility import show_focus
from rustool.ui.dialogs.message_box import show_error
from rustool.ui.dialogs.screening_dialog import open_screening_dialog
from rustool.ui.form_dialog import format_date
from rustool.ui.messages import error_text
from rustool.ui.referral_labels import code_label
from rustool.ui.widgets import USER_ERRORS, FlowLayout, choice_buttons


def draft_title(referral: Referral) -> str:
    text = QCoreApplication.translate("ScreeningTab", "{kind}, utkast opprettet {date}")
    return text.format(kind=code_label(referral.kind), date=format_date(referral.created_at.date()))


def screening_title(screening: Screening) -> str:
    return f"{screening.instrument} {format_date(screening.taken_on)}"


class DraftChoiceDialog(QDialog):
    """Choose which of the client's draft referrals a result is attached to."""

    def __init__(
        self, screening: Screening, drafts: list[Referral], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Legg ved henvisning"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Utkast til henvisning"))
        # Rows map to drafts by position: item data would go through PySide6's item-data
        # binding, which miscounts a reference on every call (see dashboard_view._wrapped).
        self._drafts = drafts
        for referral in drafts:
            self.list.addItem(QListWidgetItem(draft_title(referral)))
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self.accept())
        label = QLabel(
            self.tr("&Legg ved {screening} i utkastet:").format(
                screening=screening_title(screening)
            )
        )
        label.setBuddy(self.list)
        buttons = choice_buttons(self, self.tr("Legg ved"))
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.list.setFocus()

    def chosen_id(self) -> int | None:
        row = self.list.currentRow()
        return self._drafts[row].id if 0 <= row < len(self._drafts) else None


class ScreeningTab(QWidget):
    """The results table, newest first, with Ny AUDIT / Ny DUDIT / Legg ved henvisning."""

    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._client: Client | None = None
        self.rows: list[Screening] = []

        headers = [self.tr("Dato"), self.tr("Skjema"), self.tr("Poeng"), self.tr("Sone")]
        self.table = QTableWidget(0, len(headers))
        self.table.setAccessibleName(self.tr("Kartlegging"))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        show_focus(self.table)  # also when it is empty
        self.table.itemSelectionChanged.connect(self._update_buttons)
        # Enter on a result means "attach this one", the only thing to do with a saved result.
        self.table.activated.connect(self._activated)

        self.audit_button = QPushButton(self.tr("Ny &AUDIT…"))
        self.audit_button.setToolTip(self.tr("Ta AUDIT (alkohol) med klienten"))
        self.audit_button.clicked.connect(lambda: self.new_screening("AUDIT"))
        self.dudit_button = QPushButton(self.tr("Ny &DUDIT…"))
        self.dudit_button.setToolTip(self.tr("Ta DUDIT (andre rusmidler) med klienten"))
        self.dudit_button.clicked.connect(lambda: self.new_screening("DUDIT"))
        # Alt+L: Alt+H is left to the window's Hjelp menu.
        self.attach_button = QPushButton(self.tr("&Legg ved henvisning…"))
        self.attach_button.setToolTip(
            self.tr("Legg det valgte resultatet ved et utkast til henvisning (Enter i tabellen)")
        )
        self.attach_button.clicked.connect(self.attach_to_referral)
        buttons = FlowLayout()  # wraps rather than widening the window (large fonts)
        for button in (self.audit_button, self.dudit_button, self.attach_button):
            buttons.addWidget(button)

        self.empty_label = QLabel(
            self.tr("Ingen kartlegging ennå. Velg «Ny AUDIT…» eller «Ny DUDIT…».")
        )
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()
        # What was just done, said in words where the user is looking.
        self.status_label = QLabel()
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.table, stretch=1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)
        self._update_buttons()

    def set_client(self, client: Client) -> None:
        """Show the client's results, keeping the selected one selected."""
        selected = self.selected_row()
        same_client = self._client is not None and self._client.id == client.id
        keep = selected.id if selected is not None and same_client else None
        if not same_client:
            self.status_label.clear()
        self._client = client
        assert client.id is not None
        try:
            self.rows = client_screenings(self._db, client.id)
        except StorageError as exc:
            self.rows = []
            self.empty_label.setText(error_text(exc))
        self.table.clearSelection()
        self.table.setRowCount(len(self.rows))
        for row, screening in enumerate(self.rows):
            texts = (
                format_date(screening.taken_on),
                screening.instrument,
                str(screening.score),
                zone_label(Zone(screening.zone)),
            )
            for column, text in enumerate(texts):
                self.table.setItem(row, column, QTableWidgetItem(text))
            if screening.id == keep:
                self.table.selectRow(row)
        self.table.resizeColumnsToContents()
        self.empty_label.setVisible(not self.rows)
        self._update_buttons()

    def selected_row(self) -> Screening | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def select_screening(self, screening_id: int) -> None:
        for row, screening in enumerate(self.rows):
            if screening.id == screening_id:
                self.table.selectRow(row)

    def _update_buttons(self) -> None:
        self.attach_button.setEnabled(self.selected_row() is not None)

    def _activated(self, index: QModelIndex) -> None:
        self.table.selectRow(index.row())
        self.attach_to_referral()

    def new_screening(self, instrument: Instrument) -> None:
        if self._client is None:
            return
        saved = open_screening_dialog(self._db, self._client, instrument, self)
        if saved is None or saved.id is None:
            return
        self.status_label.setText(
            self.tr("{screening} er lagret: {score} poeng, {zone}.").format(
                screening=screening_title(saved),
                score=saved.score,
                zone=zone_label(Zone(saved.zone)).lower(),
            )
        )
        self.changed.emit()
        self.select_screening(saved.id)

    def _choose_draft(self, screening: Screening, drafts: list[Referral]) -> int | None:
        dialog = DraftChoiceDialog(screening, drafts, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen_id()

    def attach_to_referral(self) -> None:
        screening = self.selected_row()
        if screening is None or screening.id is None or self._client is None:
            return
        assert self._client.id is not None
        try:
            drafts = [
                view.referral
                for view in client_referrals(self._db, self._client.id)
                if view.referral.status == "draft"
            ]
        except StorageError as exc:
            show_error(self, self.tr("Ikke lagt ved"), error_text(exc))
            return
        if not drafts:
            show_error(
                self,
                self.tr("Ingen utkast"),
                self.tr(
                    "Klienten har ingen utkast til henvisning å legge resultatet ved. Lag en "
                    "henvisning under «Henvisninger» først. En sendt henvisning kan ikke endres."
                ),
            )
            return
        referral_id = self._choose_draft(screening, drafts)
        if referral_id is None:
            return
        try:
            referral = attach_screening(self._db, referral_id, screening.id)
        except USER_ERRORS as exc:
            show_error(self, self.tr("Ikke lagt ved"), error_text(exc))
            return
        self.status_label.setText(
            self.tr("{screening} er lagt ved {referral}.").format(
                screening=screening_title(screening), referral=draft_title(referral)
            )
        )
        self.changed.emit()
