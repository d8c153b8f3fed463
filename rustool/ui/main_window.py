"""The main window: find a client on the left; on the right the day's overview, or the record.

The window opens on the overview ("I dag"); opening a client, from the list or from a line of
the overview, shows the record in its place, and Ctrl+D, Esc in the list or "Til oversikten"
go back. Everything works from the keyboard: type to search (the list follows after a short
pause), Down into the list, arrows to move, Enter to open; Ctrl+F back to the search field.
The window locks after the idle minutes of the settings and on Ctrl+L (see session_lock), and a
national id copied to the clipboard is cleared after a while (see clipboard_guard).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rustool.db import Database, StorageError
from rustool.services.clients import StatusFilter
from rustool.services.settings import DEFAULT_LOCK_MINUTES, get_settings
from rustool.ui import help_window
from rustool.ui.accessibility import fit_to_screen, menu_shortcuts, show_focus, text_width
from rustool.ui.client_view import ClientView
from rustool.ui.clipboard_guard import ClipboardGuard
from rustool.ui.dashboard_view import DashboardView
from rustool.ui.dialogs import backup_dialogs
from rustool.ui.dialogs.audit_dialog import open_audit_dialog
from rustool.ui.dialogs.client_dialog import ClientDialog
from rustool.ui.dialogs.message_box import show_error
from rustool.ui.dialogs.passphrase_dialogs import change_passphrase
from rustool.ui.dialogs.settings_dialog import SettingsDialog
from rustool.ui.geometry import restore_geometry, save_geometry
from rustool.ui.labels import choice_label
from rustool.ui.messages import error_text
from rustool.ui.models.client_list_model import ClientListModel
from rustool.ui.session_lock import LOCK_SHORTCUT, SessionLock

SEARCH_DELAY_MS = 150  # long enough to skip the queries between quick keystrokes
GEOMETRY_KEY = "main_window"
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
MS_PER_MINUTE = 60_000
# The help pages in the menu's order (help_window.TOPICS) and their keys: F1 the referral
# path, where most questions start.
HELP_KEYS = {
    "referral_path": "F1",
    "wizard": "Shift+F1",
    "groups_plans": "Ctrl+F1",
    "privacy": "Ctrl+Shift+F1",
    "shortcuts": "Ctrl+/",
    "emergency": "Ctrl+Shift+H",
}


class MainWindow(QMainWindow):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.setWindowTitle("rustool")

        self.model = ClientListModel(db, self)
        self.client_view = ClientView(db)
        self.client_view.client_changed.connect(self._client_changed)
        self.client_view.client_deleted.connect(self._client_deleted)
        self.dashboard = DashboardView(db, load_now=False)
        self.dashboard.open_requested.connect(self.open_from_dashboard)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_list_pane())
        splitter.addWidget(self._build_right_pane())
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        self.setCentralWidget(splitter)

        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Antall klienter"))
        self.statusBar().addPermanentWidget(self.count_label, 1)
        self.session_lock = SessionLock(db, self, self._lock_minutes() * MS_PER_MINUTE, self)
        self.clipboard_guard = ClipboardGuard(parent=self)
        self._build_menus()

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_search)
        self.search_edit.textChanged.connect(self._search_timer.start)

        self._update_count()
        # The list gets room for its five columns (from the font: a larger one needs more);
        # the client view, which has many tabs, takes the rest.
        header = self.table.horizontalHeader()
        list_width = sum(header.sectionSize(column) for column in range(header.count())) + 48
        fit_to_screen(self, list_width + 740, 760)
        # A smaller screen (or scaling) shares what there is in the same proportion.
        share = self.width() * list_width // (list_width + 740)
        splitter.setSizes([share, self.width() - share])
        restore_geometry(self, GEOMETRY_KEY)
        self.search_edit.setFocus()

    # --- building ------------------------------------------------------------------------------

    def _build_list_pane(self) -> QWidget:
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Søk på navn, fødselsnummer eller telefon"))
        self.search_edit.setAccessibleName(self.tr("Søk etter klient"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.installEventFilter(self)
        search_label = QLabel(self.tr("&Søk:"))
        search_label.setBuddy(self.search_edit)

        self.status_filter = QComboBox()
        for text, status in (
            (self.tr("Aktive"), "active"),
            (self.tr("Avsluttede"), "closed"),
            (self.tr("Alle"), "all"),
        ):
            self.status_filter.addItem(text, status)
        self.status_filter.setAccessibleName(self.tr("Vis klienter"))
        self.status_filter.currentIndexChanged.connect(self._status_chosen)
        filter_label = QLabel(self.tr("&Vis:"))
        filter_label.setBuddy(self.status_filter)

        self.table = QTableView()
        self.table.setModel(self.model)
        # Connected after setModel, so these run after the selection model has cleared itself.
        self._kept_client_id: int | None = None
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._restore_selection)
        self.table.setAccessibleName(self.tr("Klientliste"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list instead of walking its cells
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        show_focus(self.table)  # also when the search finds nobody
        self.table.verticalHeader().hide()
        # Fixed row heights: the view never measures 100,000 rows.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)  # the status takes what is left over
        # Set the arrow before enabling sorting, which sorts by it at once (Qt's default is
        # descending): the list opens in name order, as the model already has it.
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        # Widths from the font, not fixed pixels, so a larger system font cuts no heading,
        # number or usual name (a narrow pane scrolls sideways instead): the heading (with room
        # for the sort arrow) or a long value, whichever is wider, measured in the style the
        # header is shown in.
        samples = (
            "Nordmann-Hansen, Kari Marie",
            "00000000000",
            "00.00.0000",
            "000 00 000",
            choice_label("closed"),
        )
        header.ensurePolished()
        for column, sample in enumerate(samples):
            width = max(header.sectionSizeHint(column), text_width(self.table, sample))
            self.table.setColumnWidth(column, width)
        self.table.installEventFilter(self)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())

        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search_edit, 1)
        top.addWidget(filter_label)
        top.addWidget(self.status_filter)
        pane = QWidget()
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(6, 6, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        QWidget.setTabOrder(self.search_edit, self.status_filter)
        QWidget.setTabOrder(self.status_filter, self.table)
        return pane

    def _build_right_pane(self) -> QStackedWidget:
        """The overview when no client is open, the record (with a way back) when one is."""
        self.back_button = QPushButton(self.tr("← Til oversikten"))
        self.back_button.setAccessibleName(self.tr("Til oversikten"))
        self.back_button.setToolTip(self.tr("Tilbake til dagens oversikt (Ctrl+D)"))
        self.back_button.clicked.connect(lambda: self.show_dashboard())
        bar = QHBoxLayout()
        bar.addWidget(self.back_button)
        bar.addStretch(1)
        record = QWidget()
        layout = QVBoxLayout(record)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.client_view, 1)
        # The record scrolls as a whole when the window is smaller than it needs (200 %
        # scaling or a large font on a laptop), rather than the window growing off the screen.
        self.client_page = QScrollArea()
        self.client_page.setWidgetResizable(True)
        self.client_page.setFrameShape(QScrollArea.Shape.NoFrame)
        self.client_page.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to what is in it
        self.client_page.setWidget(record)

        self.pages = QStackedWidget()
        self.pages.addWidget(self.dashboard)
        self.pages.addWidget(self.client_page)
        return self.pages

    def _build_menus(self) -> None:
        def action(text: str, shortcut: str, slot: Callable[[], object]) -> QAction:
            made = QAction(text, self)
            made.setShortcut(QKeySequence(shortcut))
            made.triggered.connect(slot)
            return made

        self.new_client_action = action(self.tr("&Ny klient…"), "Ctrl+N", self.new_client)
        self.backup_action = action(
            self.tr("Ta &sikkerhetskopi…"), "Ctrl+Shift+B", self.take_backup
        )
        # Every action has keys of its own. Restoring only opens the choice of a backup, and
        # asks again before anything is replaced.
        self.restore_action = action(
            self.tr("&Gjenopprett fra sikkerhetskopi…"), "Ctrl+Shift+G", self.restore_backup
        )
        self.settings_action = action(self.tr("&Innstillinger…"), "Ctrl+,", self.open_settings)
        self.audit_log_action = action(
            self.tr("Logg &over innsyn…"),
            "Ctrl+Shift+I",
            lambda: open_audit_dialog(self._db, None, self),
        )
        self.passphrase_action = action(
            self.tr("&Endre passordfrase…"),
            "Ctrl+Shift+P",
            lambda: change_passphrase(self, self._db),
        )
        self.lock_action = action(self.tr("&Lås"), LOCK_SHORTCUT, self.session_lock.lock)
        self.quit_action = action(self.tr("&Avslutt"), "Ctrl+Q", self.close)
        self.find_action = action(self.tr("&Finn klient"), "Ctrl+F", self.focus_search)
        self.dashboard_action = action(
            self.tr("&Dagens oversikt"), "Ctrl+D", lambda: self.show_dashboard()
        )

        file_menu = self.menuBar().addMenu(self.tr("&Fil"))
        file_menu.addAction(self.new_client_action)
        file_menu.addSeparator()
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addAction(self.audit_log_action)
        file_menu.addAction(self.passphrase_action)
        file_menu.addSeparator()
        file_menu.addAction(self.lock_action)
        file_menu.addAction(self.quit_action)

        client_menu = self.menuBar().addMenu(self.tr("&Klient"))
        client_menu.addAction(self.find_action)
        client_menu.addAction(self.dashboard_action)
        client_menu.addSeparator()
        view = self.client_view
        for client_action in (
            view.edit_action,
            view.close_case_action,
            view.reopen_action,
            view.audit_log_action,
        ):
            client_menu.addAction(client_action)
        client_menu.addSeparator()
        client_menu.addAction(view.delete_action)

        # F1 opens the help where a consultant starts; each page has keys of its own.
        help_menu = self.menuBar().addMenu(self.tr("&Hjelp"))
        # The pages' titles, each with a letter of its own to pick it in the menu.
        entries = {
            "referral_path": self.tr("&Henvisningsforløpet"),
            "wizard": self.tr("Henvisnings&veiviseren"),
            "groups_plans": self.tr("&Ansvarsgruppe og individuell plan"),
            "privacy": self.tr("&Personvern og sikkerhet"),
            "shortcuts": self.tr("Hurtig&taster"),
            "emergency": self.tr("&Nødnumre"),
        }
        self.help_actions = {
            topic: action(entries[topic], keys, partial(self.open_help, topic))
            for topic, keys in HELP_KEYS.items()
        }
        for topic, help_action in self.help_actions.items():
            if topic == "shortcuts":  # «Hurtigtaster» and «Nødnumre» apart from the reading
                help_menu.addSeparator()
            help_menu.addAction(help_action)

    def open_help(self, topic: str) -> None:
        help_window.show_help(
            self, topic, help_window.language_in_use(), menu_shortcuts(self.menuBar())
        )

    # --- keyboard ------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if watched is self.search_edit:
                return self._search_key(event)
            if watched is self.table:
                return self._table_key(event)
        return super().eventFilter(watched, event)

    def _search_key(self, event: QKeyEvent) -> bool:
        if event.key() == Qt.Key.Key_Down:
            self._apply_search()  # the list must match what is typed before moving into it
            self.focus_list()
            return True
        if event.key() in _ENTER_KEYS:
            self._apply_search()
            if self.selected_client_id() is None and self.model.rowCount() > 0:
                self.select_row(0)
            self.open_selected()
            return True
        return False

    def _table_key(self, event: QKeyEvent) -> bool:
        if event.key() in _ENTER_KEYS:
            self.open_selected()
            return True
        if event.key() == Qt.Key.Key_Escape:
            self.show_dashboard(focus=False)  # the user stays in the list
            return True
        if event.key() == Qt.Key.Key_Up and self.table.currentIndex().row() <= 0:
            self.focus_search()
            return True
        text = event.text()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
        if text.isprintable() and text.strip() and modifiers == Qt.KeyboardModifier.NoModifier:
            # Typing in the list types into the search, rather than jumping by first letter.
            self.focus_search()
            self.search_edit.insert(text)
            return True
        return False

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def focus_list(self) -> None:
        if self.selected_client_id() is None and self.model.rowCount() > 0:
            self.select_row(0)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- the list ------------------------------------------------------------------------------

    def _apply_search(self) -> None:
        self._search_timer.stop()
        if self.search_edit.text() != self.model.search:
            self.model.set_search(self.search_edit.text())
            self._list_replaced()

    def _status_chosen(self) -> None:
        status: StatusFilter = self.status_filter.currentData()
        self.model.set_status(status)
        self._list_replaced()

    def _list_replaced(self) -> None:
        """A new search or filter: the best match is selected, so Enter opens it."""
        if self.model.rowCount() > 0:
            self.select_row(0)
        self._update_count()

    def _update_count(self) -> None:
        try:
            total = self.model.total()
        except StorageError as exc:
            self.count_label.setText(error_text(exc))
            return
        if total == 1:
            self.count_label.setText(self.tr("1 klient"))
        else:
            self.count_label.setText(self.tr("{count} klienter").format(count=total))

    def _remember_selection(self) -> None:
        self._kept_client_id = self.selected_client_id()

    def _restore_selection(self) -> None:
        """Sorting or a refresh reloads the list; the selected client stays selected."""
        row = self.model.row_of(self._kept_client_id) if self._kept_client_id else None
        if row is not None:
            self.select_row(row)

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def selected_client_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.client_id(rows[0].row()) if rows else None

    def open_selected(self) -> None:
        client_id = self.selected_client_id()
        if client_id is None:
            return
        self.pages.setCurrentWidget(self.client_page)
        self.client_view.show_client(client_id)
        self._focus_record(client_id)

    def _focus_record(self, client_id: int) -> None:
        """Keyboard focus into the record, unless the view already put it on its place."""
        if self.client_view.client_id != client_id:
            return  # it could not be read: the view says why, and the focus stays put
        focus = QApplication.focusWidget()
        if focus is None or not self.client_view.isAncestorOf(focus):
            self.client_view.tabs.setFocus(Qt.FocusReason.OtherFocusReason)

    def _client_changed(self, client_id: int) -> None:
        self.model.refresh()
        self._update_count()
        self.dashboard.refresh()

    def _client_deleted(self, client_id: int) -> None:
        row = self.table.currentIndex().row()
        self.model.refresh()
        self._update_count()
        if row >= 0 and self.model.rowCount() > 0:  # the neighbour takes the deleted one's place
            self.select_row(min(row, self.model.rowCount() - 1))
        self.show_dashboard(focus=False)

    # --- the day's overview --------------------------------------------------------------------

    def show_dashboard(self, focus: bool = True) -> None:
        """Close the open record and show the overview, read afresh.

        With `focus` the overview's list takes the keyboard (Ctrl+D, the button), so arrows
        and Enter work at once; when it is empty the search field does.
        """
        self.client_view.show_client(None)  # the Klient menu must not act on a hidden record
        self.dashboard.refresh()
        self.pages.setCurrentWidget(self.dashboard)
        if not focus:
            return
        if self.dashboard.lines():
            self.dashboard.list.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            self.focus_search()

    def open_from_dashboard(
        self, client_id: int, tab: str, referral_id: int, consent_id: int
    ) -> None:
        """Open the client at the tab (and referral or consent) a line of the overview names."""
        # The record's page is shown first, so the view can put the focus on the line it selects.
        self.pages.setCurrentWidget(self.client_page)
        self.client_view.show_client(
            client_id,
            tab=tab,
            referral_id=referral_id or None,
            consent_id=consent_id or None,
        )
        row = self.model.row_of(client_id)
        if row is None:  # outside the current search or filter: select nothing misleading
            self.table.clearSelection()
        else:
            self.select_row(row)
        self._focus_record(client_id)

    # --- menu actions --------------------------------------------------------------------------

    def new_client(self) -> None:
        dialog = ClientDialog(self._db, None, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.saved_client_id is None:
            return
        client_id = dialog.saved_client_id
        self.model.refresh()
        self._update_count()
        row = self.model.row_of(client_id)
        if row is None:  # outside the current search or filter: select nothing misleading
            self.table.clearSelection()
        else:
            self.select_row(row)
        self.pages.setCurrentWidget(self.client_page)
        self.client_view.show_client(client_id)

    def open_settings(self) -> None:
        try:
            dialog = SettingsDialog(self._db, self)
        except StorageError as exc:
            show_error(self, self.tr("Kan ikke åpne innstillingene"), error_text(exc))
            return
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.session_lock.set_idle_interval(self._lock_minutes() * MS_PER_MINUTE)

    def _lock_minutes(self) -> int:
        try:
            return get_settings(self._db).lock_minutes
        except StorageError:  # unreadable just now: lock after the default rather than never
            return DEFAULT_LOCK_MINUTES

    def take_backup(self) -> None:
        backup_dialogs.take_backup(self, self._db)

    def restore_backup(self) -> None:
        if backup_dialogs.restore_backup(self, self._db):
            self.reload()

    def reload(self) -> None:
        """The data was replaced under the window (a restore): everything is read afresh."""
        self.model.refresh()
        self._update_count()
        self.show_dashboard()  # also closes the record, which belonged to the replaced data

    def closeEvent(self, event: QCloseEvent) -> None:
        save_geometry(self, GEOMETRY_KEY)
        self.session_lock.stop()
        self.clipboard_guard.stop()  # rustool ends: a national id on the clipboard goes now
        super().closeEvent(event)
