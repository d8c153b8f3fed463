"""The audit log viewer (logg over innsyn): one client's log, or the whole database's.

Who did what to which part of the record, and when, newest first, filtered by date and action.
The log may hold hundreds of thousands of events, so the table is a lazy model that reads a
page at a time as the view scrolls (like the client list). A client's log can be exported as
CSV for the client (the right to see who accessed the record); the export is audited.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QStandardPaths,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rustool.db import Database, StorageError
from rustool.models import AuditEvent
from rustool.services.audit import (
    ACTIONS,
    audit_count,
    audit_page,
    export_client_log,
    log_viewed,
)
from rustool.ui.accessibility import fit_to_screen, show_focus, text_width
from rustool.ui.dialogs.message_box import show_error
from rustool.ui.form_dialog import format_date, parse_date_text
from rustool.ui.geometry import restore_geometry, save_geometry
from rustool.ui.messages import error_text
from rustool.ui.models.paged_model import AnyIndex, PagedTableModel
from rustool.ui.widgets import USER_ERRORS, write_chosen_file

COLUMNS = ("at", "user", "action", "entity", "entity_id", "client_id", "detail")


def _t(text: str) -> str:
    return QCoreApplication.translate("AuditDialog", text)


def action_word(action: str) -> str:
    words = {
        "view": _t("vist"),
        "create": _t("opprettet"),
        "update": _t("endret"),
        "delete": _t("slettet"),
        "export": _t("eksportert"),
        "print": _t("skrevet ut"),
    }
    return words.get(action, action)


def entity_word(entity: str) -> str:
    words = {
        "client": _t("klient"),
        "network_person": _t("nettverksperson"),
        "child": _t("barn"),
        "consent": _t("samtykke"),
        "appointment": _t("avtale"),
        "referral": _t("henvisning"),
        "screening": _t("kartlegging"),
        "group_member": _t("medlem av ansvarsgruppen"),
        "group_meeting": _t("ansvarsgruppemøte"),
        "action_item": _t("oppgave fra ansvarsgruppen"),
        "individual_plan": _t("individuell plan"),
        "plan_revision": _t("versjon av individuell plan"),
        "audit_log": _t("logg over innsyn"),
    }
    return words.get(entity, entity)


def export_file_name(client_id: int, day: dt.date) -> str:
    """Suggested file name: the client's number, never the name."""
    return f"logg-over-innsyn-klient-{client_id}-{day.isoformat()}.csv"


@dataclass(frozen=True)
class LogFilters:
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    actions: tuple[str, ...] = ()  # empty: every action


class AuditLogModel(PagedTableModel[AuditEvent]):
    """The events matching the filters, newest first, read a page at a time."""

    def __init__(self, db: Database, client_id: int | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._client_id = client_id
        # A client's log has one client: no column for it.
        self.columns = tuple(c for c in COLUMNS if client_id is None or c != "client_id")
        self._filters = LogFilters()
        self._reload(self._filters)

    def set_filters(self, filters: LogFilters) -> None:
        if filters != self._filters:
            self._reload(filters)

    def refresh(self) -> None:
        self._reload(self._filters)

    def total(self) -> int:
        """How many events match the filters (loaded or not)."""
        if self._total is None:
            f = self._filters
            self._total = audit_count(
                self._db,
                client_id=self._client_id,
                date_from=f.date_from,
                date_to=f.date_to,
                actions=f.actions,
            )
        return self._total

    def _reload(self, filters: LogFilters) -> None:
        # Read before the reset: a failed read leaves the table and its filters as they were.
        rows = self._read(filters, 0, self.PAGE_SIZE)
        self._filters = filters
        self._show(rows, self.PAGE_SIZE)

    def _page(self, offset: int, limit: int) -> list[AuditEvent]:
        return self._read(self._filters, offset, limit)

    def _read(self, filters: LogFilters, offset: int, limit: int) -> list[AuditEvent]:
        return audit_page(
            self._db,
            client_id=self._client_id,
            date_from=filters.date_from,
            date_to=filters.date_to,
            actions=filters.actions,
            offset=offset,
            limit=limit,
        )

    # --- QAbstractTableModel -------------------------------------------------------------------

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.columns):
            return None
        titles = {
            "at": self.tr("Tidspunkt"),
            "user": self.tr("Bruker"),
            "action": self.tr("Handling"),
            "entity": self.tr("Gjelder"),
            "entity_id": self.tr("Nr."),
            "client_id": self.tr("Klientnr."),
            "detail": self.tr("Detaljer"),
        }
        return titles[self.columns[section]]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        if not (0 <= index.row() < len(self._rows) and 0 <= index.column() < len(self.columns)):
            return None
        event = self._rows[index.row()]
        column = self.columns[index.column()]
        if column == "at":
            return event.at.strftime("%d.%m.%Y %H:%M:%S")
        if column == "action":
            return action_word(event.action)
        if column == "entity":
            return entity_word(event.entity)
        value = getattr(event, column)
        return "" if value is None else str(value)


class AuditDialog(QDialog):
    """The log of one client (`client_id`), or of the whole database (None).

    Opening a client's log is audited as a view of it; the constructor raises StorageError
    when the database cannot be read (`open_audit_dialog` shows that to the user).
    """

    def __init__(self, db: Database, client_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._client_id = client_id
        if client_id is None:
            self.setWindowTitle(self.tr("Logg over innsyn – hele databasen"))
        else:
            self.setWindowTitle(self.tr("Logg over innsyn – klient nr. {id}").format(id=client_id))
            log_viewed(db, client_id)  # before the first page, so the page shows it
        self.model = AuditLogModel(db, client_id, self)

        intro = QLabel(
            self.tr(
                "Hvem som har sett, opprettet, endret, slettet, eksportert eller skrevet ut "
                "opplysninger, og når. Loggen kan ikke endres."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Hendelser i loggen"))
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        show_focus(self.table)  # also when the filters leave nothing
        self.table.setColumnWidth(0, text_width(self.table, "00.00.0000 00:00:00"))  # the time

        self.count_label = QLabel()
        self.status_label = QLabel()
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)  # a path as the user chose it
        self.status_label.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self._build_filters())
        layout.addWidget(self.filter_error_label)
        layout.addWidget(self.table, stretch=1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.status_label)
        layout.addWidget(self._build_buttons())
        fit_to_screen(self, 900, 560)
        restore_geometry(self, "audit_dialog")
        self._update_count()

    # --- building ------------------------------------------------------------------------------

    def _build_filters(self) -> QHBoxLayout:
        self.from_edit = QLineEdit()
        self.to_edit = QLineEdit()
        for edit, name in (
            (self.from_edit, self.tr("Fra dato")),
            (self.to_edit, self.tr("Til dato")),
        ):
            edit.setPlaceholderText(self.tr("dd.mm.åååå"))
            edit.setAccessibleName(name)
            # As wide as a date in the font, not a fixed width (a large font would cut it).
            edit.setMaximumWidth(text_width(edit, "00.00.00000"))
            edit.editingFinished.connect(self._apply_filters)
        self.action_combo = QComboBox()
        self.action_combo.setAccessibleName(self.tr("Handling"))
        self.action_combo.addItem(self.tr("Alle handlinger"))
        for action in ACTIONS:
            self.action_combo.addItem(action_word(action))
        self.action_combo.currentIndexChanged.connect(self._apply_filters)
        self.filter_error_label = QLabel()
        self.filter_error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.filter_error_label.hide()

        row = QHBoxLayout()
        for text, widget in (
            (self.tr("&Fra:"), self.from_edit),
            (self.tr("&Til:"), self.to_edit),
            (self.tr("&Handling:"), self.action_combo),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            row.addWidget(label)
            row.addWidget(widget)
        row.addStretch(1)
        return row

    def _build_buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox()
        self.export_button: QPushButton | None = None
        if self._client_id is not None:
            self.export_button = QPushButton(self.tr("&Eksporter…"))
            self.export_button.setToolTip(
                self.tr("Lagre klientens logg som CSV-fil (for Excel), for eksempel til klienten")
            )
            self.export_button.setAutoDefault(False)  # Enter in a date field filters only
            self.export_button.clicked.connect(self.export)
            buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Lukk"))
        close.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        return buttons

    # --- filters -------------------------------------------------------------------------------

    def _typed_date(self, edit: QLineEdit, name: str) -> tuple[dt.date | None, str | None]:
        """The date typed (None when empty), or an error naming the field."""
        value = parse_date_text(edit.text())
        if isinstance(value, str):
            return None, self.tr("{field}: Er ikke en gyldig dato (dd.mm.åååå).").format(field=name)
        if value is not None:
            edit.setText(format_date(value))  # "1.2.2026" reads back as "01.02.2026"
        return value, None

    def _apply_filters(self) -> None:
        date_from, from_error = self._typed_date(self.from_edit, self.tr("Fra dato"))
        date_to, to_error = self._typed_date(self.to_edit, self.tr("Til dato"))
        errors = [error for error in (from_error, to_error) if error is not None]
        if date_from is not None and date_to is not None and date_to < date_from:
            errors.append(self.tr("Til dato er før fra dato."))
        if errors:
            self.filter_error_label.setText("\n".join(errors))
            self.filter_error_label.show()
            return  # the table keeps showing what the last valid filters chose
        self.filter_error_label.hide()
        index = self.action_combo.currentIndex()
        actions = (ACTIONS[index - 1],) if index > 0 else ()
        try:
            self.model.set_filters(LogFilters(date_from, date_to, actions))
            self._update_count()
        except StorageError as exc:
            show_error(self, self.tr("Kan ikke lese loggen"), error_text(exc))

    def _update_count(self) -> None:
        total = self.model.total()
        self.count_label.setText(
            self.tr("1 hendelse") if total == 1 else self.tr("{n} hendelser").format(n=total)
        )

    # --- export --------------------------------------------------------------------------------

    def export(self) -> None:
        client_id = self._client_id
        if client_id is None:
            return
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Eksporter loggen over innsyn"),
            str(Path(documents) / export_file_name(client_id, dt.date.today())),
            self.tr("CSV-fil for Excel (*.csv)"),
        )
        if not chosen:
            return
        path = Path(chosen)
        if not path.suffix:
            path = path.with_suffix(".csv")
        # Made (and audited as an export) only once the user has chosen where it goes.
        try:
            data = export_client_log(self._db, client_id)
        except USER_ERRORS as exc:
            show_error(self, self.tr("Loggen ble ikke eksportert"), error_text(exc))
            return
        if not write_chosen_file(self, path, data, self.tr("Loggen ble ikke lagret")):
            return
        self.status_label.setText(self.tr("Loggen er lagret i {path}.").format(path=path))
        try:  # show the export just logged
            self.model.refresh()
            self._update_count()
        except StorageError as exc:
            show_error(self, self.tr("Kan ikke lese loggen"), error_text(exc))

    def done(self, result: int) -> None:
        save_geometry(self, "audit_dialog")
        super().done(result)


def open_audit_dialog(db: Database, client_id: int | None, parent: QWidget | None = None) -> None:
    """Show the log (one client's, or with None the whole database's) modally."""
    try:
        dialog = AuditDialog(db, client_id, parent)
    except StorageError as exc:
        show_error(parent, _t("Kan ikke åpne loggen over innsyn"), error_text(exc))
        return
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.exec()
