"""The client list: a lazy table model over `search_clients`.

A register can hold 100,000 clients, so rows are fetched a page at a time as the view scrolls
(`PagedTableModel`). Searching, filtering and sorting all happen in SQL; changing any of them
resets the model and loads the first page.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    Qt,
)

from rustool.db import Database
from rustool.domain.sorting import client_sort_name
from rustool.services.clients import (
    ClientRow,
    SortColumn,
    StatusFilter,
    count_clients,
    search_clients,
)
from rustool.ui.labels import choice_label
from rustool.ui.models.paged_model import AnyIndex, PagedTableModel

# Column order on screen; each is also the service's sort column of the same name.
COLUMNS: tuple[SortColumn, ...] = ("name", "national_id", "birth_date", "phone", "status")


class ClientListModel(PagedTableModel[ClientRow]):
    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._search = ""
        self._status: StatusFilter = "active"
        self._sort: SortColumn = "name"
        self._descending = False
        self._reload(self.PAGE_SIZE)

    # --- what the window changes -------------------------------------------------------------

    @property
    def search(self) -> str:
        return self._search

    @property
    def status(self) -> StatusFilter:
        return self._status

    def set_search(self, text: str) -> None:
        if text != self._search:
            self._search = text
            self._reload(self.PAGE_SIZE)

    def set_status(self, status: StatusFilter) -> None:
        if status != self._status:
            self._status = status
            self._reload(self.PAGE_SIZE)

    def refresh(self) -> None:
        """Reload after a change, keeping as many rows loaded as before (selection survives)."""
        self._reload(max(self.PAGE_SIZE, len(self._rows)))

    def client_id(self, row: int) -> int:
        return self._rows[row].id

    def row_of(self, client_id: int) -> int | None:
        """The row of a client among those loaded, if it is there."""
        for row, client in enumerate(self._rows):
            if client.id == client_id:
                return row
        return None

    def total(self) -> int:
        """How many clients match the search and filter (loaded or not)."""
        if self._total is None:
            self._total = count_clients(self._db, self._search, self._status)
        return self._total

    def _reload(self, limit: int) -> None:
        self._show(self._page(0, limit), limit)

    def _page(self, offset: int, limit: int) -> list[ClientRow]:
        return search_clients(
            self._db,
            self._search,
            self._status,
            sort=self._sort,
            descending=self._descending,
            offset=offset,
            limit=limit,
        )

    # --- QAbstractTableModel -------------------------------------------------------------------

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(COLUMNS):
            return None
        titles = {
            "name": self.tr("Navn"),
            "national_id": self.tr("Fødselsnummer"),
            "birth_date": self.tr("Fødselsdato"),
            "phone": self.tr("Telefon"),
            "status": self.tr("Status"),
        }
        return titles[COLUMNS[section]]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        if not (0 <= index.row() < len(self._rows) and 0 <= index.column() < len(COLUMNS)):
            return None
        client = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(client, column)
        if role == Qt.ItemDataRole.UserRole:
            return self._sort_key(client, column)
        return None

    @staticmethod
    def _display(client: ClientRow, column: SortColumn) -> str:
        if column == "name":
            return f"{client.family_name}, {client.given_name}"
        if column == "national_id":
            return client.national_id or ""
        if column == "birth_date":
            return client.birth_date.strftime("%d.%m.%Y") if client.birth_date else ""
        if column == "phone":
            return client.phone or ""
        return choice_label(client.status)

    @staticmethod
    def _sort_key(client: ClientRow, column: SortColumn) -> str:
        if column == "name":
            return client_sort_name(client.family_name, client.given_name)
        if column == "birth_date":
            return client.birth_date.isoformat() if client.birth_date else ""
        if column == "status":
            return client.status
        return (client.national_id if column == "national_id" else client.phone) or ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        sort = COLUMNS[column]
        descending = order == Qt.SortOrder.DescendingOrder
        if (sort, descending) != (self._sort, self._descending):
            self._sort, self._descending = sort, descending
            self._reload(self.PAGE_SIZE)
