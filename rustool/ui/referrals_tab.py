"""The client view's "Henvisninger" tab: the client's referrals, drafts included, and their life.

Each row shows the computed deadlines in words ("forfalt", "frist passert", "overdosefare til
..."), never by colour alone. Below the table, the selected referral's dates and its dated
history. New referrals and drafts open in the referral wizard; the next step of a sent referral
is recorded with the event dialog; any referral opens in the PDF preview to print or save.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rustool.db import Database, StorageError
from rustool.models import Client, Referral
from rustool.services.documents import referral_pdf
from rustool.services.referrals import (
    ReferralView,
    client_referrals,
    create_referral,
    delete_draft,
)
from rustool.ui.dialogs.message_box import ask, show_error
from rustool.ui.dialogs.pdf_preview import open_pdf_preview
from rustool.ui.dialogs.referral_event_dialog import open_referral_event_dialog, possible_events
from rustool.ui.form_dialog import WARNING_SIGN, format_date, format_datetime
from rustool.ui.messages import error_text
from rustool.ui.referral_labels import code_label
from rustool.ui.shortcuts import widget_shortcut
from rustool.ui.widgets import USER_ERRORS, FlowLayout, record_table

Column = tuple[str, Callable[[ReferralView], str]]


def status_text(referral: Referral) -> str:
    """The status in words, naming how a closed referral ended and a started treatment."""
    if referral.withdrawn_on is not None:
        return code_label("withdrawn")
    if referral.discharged_on is not None:
        return code_label("discharged")
    if referral.treatment_started_on is not None:
        return code_label("treatment_started")
    return code_label(referral.status)


class ReferralsTab(QWidget):
    """The referral table, its buttons and the details of the selected referral."""

    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._client: Client | None = None
        self.views: list[ReferralView] = []
        self._columns = self._make_columns()

        self.table = record_table(self.tr("Henvisninger"), [header for header, _ in self._columns])
        # Enter, and a double click, mean "go on with this one": the wizard for a draft, the
        # next event for a sent referral.
        self.table.activated.connect(self._activated)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        widget_shortcut(
            self.table, QKeySequence(Qt.Key.Key_Insert), lambda: self.new_referral("tsb")
        )
        widget_shortcut(
            self.table, QKeySequence(QKeySequence.StandardKey.Delete), self.delete_selected_draft
        )
        widget_shortcut(
            self.table, QKeySequence(QKeySequence.StandardKey.Print), self.preview_document
        )

        self.new_tsb_button = QPushButton(self.tr("Ny &TSB-henvisning…"))
        self.new_tsb_button.setToolTip(
            self.tr("Ny henvisning til tverrfaglig spesialisert rusbehandling (Insert i tabellen)")
        )
        self.new_tsb_button.clicked.connect(lambda: self.new_referral("tsb"))
        self.new_lar_button = QPushButton(self.tr("Ny &LAR-henvisning…"))
        self.new_lar_button.setToolTip(
            self.tr("Ny henvisning til legemiddelassistert rehabilitering")
        )
        self.new_lar_button.clicked.connect(lambda: self.new_referral("lar"))
        self.continue_button = QPushButton(self.tr("Fortsett &utkast…"))
        self.continue_button.setToolTip(self.tr("Fortsett det valgte utkastet (Enter i tabellen)"))
        self.continue_button.clicked.connect(self.continue_draft)
        # Alt+R: Alt+H is left to the window's Hjelp menu.
        self.event_button = QPushButton(self.tr("&Registrer hendelse…"))
        self.event_button.setToolTip(
            self.tr("Registrer neste steg for den valgte henvisningen (Enter i tabellen)")
        )
        self.event_button.clicked.connect(self.record_next_event)
        self.delete_button = QPushButton(self.tr("Sl&ett utkast…"))
        self.delete_button.setToolTip(self.tr("Slett det valgte utkastet (Delete i tabellen)"))
        self.delete_button.clicked.connect(self.delete_selected_draft)
        # Two rows, new referrals apart from what acts on the selected one, so the client view
        # stays narrow enough to sit beside the client list.
        # Each row wraps when it is too narrow (a large font) rather than widening the window.
        new_buttons = FlowLayout()
        for button in (self.new_tsb_button, self.new_lar_button):
            new_buttons.addWidget(button)
        selected_buttons = FlowLayout()
        for button in (self.continue_button, self.event_button, self.delete_button):
            selected_buttons.addWidget(button)

        self.empty_label = QLabel(
            self.tr(
                "Ingen henvisninger ennå. Velg «Ny TSB-henvisning…» eller «Ny LAR-henvisning…»."
            )
        )
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table, stretch=1)
        top_layout.addWidget(self.empty_label)
        top_layout.addLayout(new_buttons)
        top_layout.addLayout(selected_buttons)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(top)
        splitter.addWidget(self._build_details())
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._selection_changed()

    def _build_details(self) -> QGroupBox:
        box = QGroupBox(self.tr("Valgt henvisning"))
        self.details_label = QLabel()
        self.details_label.setTextFormat(Qt.TextFormat.PlainText)  # names the user typed
        self.details_label.setWordWrap(True)
        self.details_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.details_label.setAccessibleName(self.tr("Datoer og frister"))
        # With the selected referral's details: a fourth button under the table would make
        # the client view too wide to sit beside the client list.
        self.pdf_button = QPushButton(self.tr("Skriv ut / lagre som &PDF…"))
        self.pdf_button.setToolTip(
            self.tr("Se den valgte henvisningen slik den skrives ut (Ctrl+P i tabellen)")
        )
        self.pdf_button.clicked.connect(self.preview_document)
        pdf_row = QHBoxLayout()
        pdf_row.addWidget(self.pdf_button)
        pdf_row.addStretch(1)
        history_label = QLabel(self.tr("H&istorikk:"))
        self.history_table = record_table(
            self.tr("Historikk"), [self.tr("Dato"), self.tr("Hendelse"), self.tr("Registrert av")]
        )
        history_label.setBuddy(self.history_table)
        layout = QVBoxLayout(box)
        layout.addWidget(self.details_label)
        layout.addLayout(pdf_row)
        layout.addWidget(history_label)
        layout.addWidget(self.history_table, stretch=1)
        return box

    # --- what each column and the details say --------------------------------------------------

    def _make_columns(self) -> tuple[Column, ...]:
        def assessment_due(view: ReferralView) -> str:
            text = format_date(view.computed.assessment_due)
            if view.computed.assessment_overdue:
                return f"{text} {WARNING_SIGN} " + self.tr("forfalt")
            return text

        def start_deadline(view: ReferralView) -> str:
            text = format_date(view.referral.start_deadline)
            if view.computed.start_overdue:
                return f"{text} {WARNING_SIGN} " + self.tr("frist passert")
            return text

        def after_discharge(view: ReferralView) -> str:
            if not view.computed.in_post_discharge_window:
                return ""
            return f"{WARNING_SIGN} " + self.tr("overdosefare til {date}").format(
                date=format_date(view.computed.post_discharge_window_end)
            )

        return (
            (self.tr("Type"), lambda view: code_label(view.referral.kind)),
            (self.tr("Status"), lambda view: status_text(view.referral)),
            (self.tr("Opprettet"), lambda view: format_date(view.referral.created_at.date())),
            (self.tr("Sendt"), lambda view: format_date(view.referral.sent_on)),
            (self.tr("Mottatt"), lambda view: format_date(view.referral.received_on)),
            (self.tr("Svarfrist"), assessment_due),
            (self.tr("Utfall"), lambda view: code_label(view.referral.outcome)),
            (self.tr("Frist for oppstart"), start_deadline),
            (self.tr("Klagefrist"), lambda view: format_date(view.computed.complaint_due)),
            (self.tr("Etter utskrivning"), after_discharge),
        )

    def _overdose_text(self, view: ReferralView) -> str:
        return self.tr(
            "{sign} Utskrevet {discharged}. Risikoen for overdose er høy de første 28 dagene "
            "etter utskrivning, fordi toleransen er lavere: sørg for oppfølging til {end}."
        ).format(
            sign=WARNING_SIGN,
            discharged=format_date(view.referral.discharged_on),
            end=format_date(view.computed.post_discharge_window_end),
        )

    def details_text(self, view: ReferralView) -> str:
        """The selected referral's dates and deadlines, one line each, in words."""
        referral, computed = view.referral, view.computed
        lines = [
            self.tr("{kind} – {status}. Opprettet {created}, sist endret {updated}.").format(
                kind=code_label(referral.kind),
                status=status_text(referral),
                created=format_date(referral.created_at.date()),
                updated=format_datetime(referral.updated_at),
            )
        ]
        if referral.recipient_name:
            lines.append(self.tr("Til: {name}").format(name=referral.recipient_name))
        if referral.status == "draft":
            lines.append(self.tr("Ikke sendt. Velg «Fortsett utkast…» for å fylle ut og sende."))
        if referral.sent_on is not None:
            lines.append(
                self.tr("Sendt {date} ({method}).").format(
                    date=format_date(referral.sent_on), method=code_label(referral.sent_method)
                )
            )
        if referral.received_on is not None:
            line = self.tr("Mottatt {date}. Svarfrist {due} (10 virkedager).").format(
                date=format_date(referral.received_on), due=format_date(computed.assessment_due)
            )
            if computed.assessment_overdue:
                line += f" {WARNING_SIGN} " + self.tr("Forfalt: vurderingen skulle vært klar.")
            lines.append(line)
        if referral.assessed_on is not None:
            lines.append(
                self.tr("Vurdert {date}: {outcome}.").format(
                    date=format_date(referral.assessed_on), outcome=code_label(referral.outcome)
                )
            )
        if referral.outcome == "right_granted":
            place = f", {referral.treatment_place}" if referral.treatment_place else ""
            line = self.tr("{level}{place}. Frist for oppstart {deadline}.").format(
                level=code_label(referral.treatment_level),
                place=place,
                deadline=format_date(referral.start_deadline),
            )
            if computed.start_overdue:
                line += f" {WARNING_SIGN} " + self.tr(
                    "Fristen er passert uten at behandling startet."
                )
            lines.append(line)
        if computed.complaint_due is not None:
            lines.append(
                self.tr("Klagefrist {date} (fire uker etter vurderingen).").format(
                    date=format_date(computed.complaint_due)
                )
            )
        for name, text in (
            ("complaint_filed_on", self.tr("Klage sendt {date}.")),
            ("treatment_started_on", self.tr("Behandling startet {date}.")),
            ("withdrawn_on", self.tr("Trukket tilbake {date}.")),
        ):
            day = getattr(referral, name)
            if day is not None:
                lines.append(text.format(date=format_date(day)))
        if computed.in_post_discharge_window:
            lines.append(self._overdose_text(view))
        elif referral.discharged_on is not None:
            lines.append(
                self.tr("Utskrevet {date}.").format(date=format_date(referral.discharged_on))
            )
        attachments = referral.content.get("attachments") or []
        if attachments:
            lines.append(self.tr("Vedlegg: {names}").format(names=", ".join(attachments)))
        return "\n".join(lines)

    # --- showing ---------------------------------------------------------------------------------

    def set_client(self, client: Client) -> None:
        """Show the client's referrals, keeping the selected one selected when it is still there."""
        selected = self.selected_view()
        same_client = self._client is not None and self._client.id == client.id
        keep = selected.referral.id if selected is not None and same_client else None
        self._client = client
        assert client.id is not None
        try:
            self.views = client_referrals(self._db, client.id)
        except StorageError as exc:
            self.views = []
            self.empty_label.setText(error_text(exc))
        self.table.clearSelection()
        self.table.setRowCount(len(self.views))
        for row, view in enumerate(self.views):
            for column, (_, text) in enumerate(self._columns):
                item = QTableWidgetItem(text(view))
                if column == len(self._columns) - 1 and view.computed.in_post_discharge_window:
                    item.setToolTip(self._overdose_text(view))
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.empty_label.setVisible(not self.views)
        if keep is not None:
            self.select_referral(keep)
        self._selection_changed()

    def select_referral(self, referral_id: int) -> bool:
        """Select the referral (the dashboard opens the client at it); False if not listed."""
        for row, view in enumerate(self.views):
            if view.referral.id == referral_id:
                self.table.selectRow(row)
                self.table.scrollTo(self.table.model().index(row, 0))
                return True
        return False

    def selected_view(self) -> ReferralView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.views[rows[0].row()] if rows else None

    def _selected(self) -> Referral | None:
        view = self.selected_view()
        return view.referral if view is not None else None

    def _selection_changed(self) -> None:
        view = self.selected_view()
        referral = view.referral if view is not None else None
        draft = referral is not None and referral.status == "draft"
        client_open = self._client is not None and self._client.status == "active"
        self.new_tsb_button.setEnabled(client_open)
        self.new_lar_button.setEnabled(client_open)
        self.continue_button.setEnabled(draft)
        self.delete_button.setEnabled(draft)
        self.event_button.setEnabled(referral is not None and bool(possible_events(referral)))
        self.pdf_button.setEnabled(referral is not None)
        if view is None:
            self.details_label.setText(self.tr("Velg en henvisning i tabellen for å se detaljene."))
            self.history_table.setRowCount(0)
            return
        self.details_label.setText(self.details_text(view))
        self.history_table.setRowCount(len(view.events))
        for row, event in enumerate(view.events):
            texts = (format_date(event.on), code_label(event.event), event.recorded_by)
            for column, text in enumerate(texts):
                self.history_table.setItem(row, column, QTableWidgetItem(text))
        self.history_table.resizeColumnsToContents()

    # --- what the user does -----------------------------------------------------------------------

    def _activated(self, index: QModelIndex) -> None:
        self.table.selectRow(index.row())
        referral = self._selected()
        if referral is None:
            return
        if referral.status == "draft":
            self.continue_draft()
        else:
            self.record_next_event()

    def _open_wizard(self, referral_id: int) -> None:
        # Imported here: the wizard is the heavy part of the app and only needed when opened.
        from rustool.ui.wizards.referral_wizard import open_referral_wizard

        open_referral_wizard(self._db, referral_id, self)

    def _after_wizard(self, referral_id: int) -> None:
        """The wizard saves as the user types, so the list is read again whatever happened."""
        self.changed.emit()
        self.select_referral(referral_id)

    def new_referral(self, kind: str) -> None:
        client = self._client
        if client is None or client.id is None or client.status != "active":
            return
        try:
            referral = create_referral(self._db, client.id, kind)
        except USER_ERRORS as exc:
            show_error(self, self.tr("Henvisningen ble ikke opprettet"), error_text(exc))
            return
        assert referral.id is not None
        self._open_wizard(referral.id)
        self._after_wizard(referral.id)

    def continue_draft(self) -> None:
        referral = self._selected()
        if referral is None or referral.status != "draft" or referral.id is None:
            return
        self._open_wizard(referral.id)
        self._after_wizard(referral.id)

    def record_next_event(self) -> None:
        referral = self._selected()
        if referral is None or referral.id is None or not possible_events(referral):
            return
        if open_referral_event_dialog(self._db, referral, self):
            self.changed.emit()
            self.select_referral(referral.id)

    def preview_document(self) -> None:
        """The selected referral as the assessment unit will read it, to print or save."""
        referral = self._selected()
        if referral is None or referral.id is None:
            return
        referral_id = referral.id
        open_pdf_preview(self._db, lambda: referral_pdf(self._db, referral_id), self)

    def delete_selected_draft(self) -> None:
        referral = self._selected()
        if referral is None or referral.status != "draft" or referral.id is None:
            return
        question = self.tr(
            "Slette utkastet til {kind}, opprettet {created}?\n\nDet som er skrevet i utkastet, "
            "blir borte. Dette kan ikke angres."
        ).format(kind=code_label(referral.kind), created=format_date(referral.created_at.date()))
        if not ask(
            self,
            self.tr("Slette utkastet?"),
            question,
            yes_text=self.tr("Slett utkastet"),
            no_text=self.tr("Ikke slett"),
        ):
            return
        try:
            delete_draft(self._db, referral.id)
        except USER_ERRORS as exc:
            show_error(self, self.tr("Utkastet ble ikke slettet"), error_text(exc))
        self.changed.emit()
