"""A read-only table whose rows come a page at a time as the view scrolls.

Registers and logs can hold hundreds of thousands of rows, so a model holds only the pages the
view has asked for (`canFetchMore`/`fetchMore`, the pattern of Anki's browser model). A subclass
says how to read a page (`_page`) and what each cell shows (`columnCount`, `data`, ...).
"""

from __future__ import annotations

from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

AnyIndex = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")


class PagedTableModel(QAbstractTableModel, Generic[Row]):
    PAGE_SIZE = 200

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self._exhausted = False
        self._total: int | None = None  # the count of all matching rows, read when asked

    def _page(self, offset: int, limit: int) -> list[Row]:
        raise NotImplementedError

    def _show(self, rows: list[Row], asked: int) -> None:
        """Replace the rows with the first page(s), read by the caller before the reset (a
        failed read leaves the table as it was)."""
        self.beginResetModel()
        self._rows = rows
        self._exhausted = len(rows) < asked
        self._total = None
        self.endResetModel()

    # --- lazy loading ----------------------------------------------------------------------

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        page = self._page(len(self._rows), self.PAGE_SIZE)
        self._exhausted = len(page) < self.PAGE_SIZE
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    # --- QAbstractTableModel ---------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
