"""A table model over SQL that holds only the rows shown so far and fetches the next page as the
view scrolls (keyset paging in store/queries; never a whole table in Python)."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar
from uuid import UUID

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from scdesk.store.queries.paging import SortKey

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

#: The role that gives a row's record (a frozen row of store/queries).
RowRole = Qt.ItemDataRole.UserRole
_TEXT_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT_ROLE = Qt.ItemDataRole.TextAlignmentRole
#: The roles a row answers. A view asks each cell it paints for a dozen (its font, colours,
#: check state, icon...), mostly None: those are answered first, before looking at the row.
_ANSWERED = frozenset({*_TEXT_ROLES, _ALIGNMENT_ROLE, RowRole})
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class PagedRow(Protocol):
    """A row of a paged query: the record it shows, and where it sorts."""

    @property
    def id(self) -> UUID: ...
    @property
    def sort_key(self) -> SortKey: ...


#: What a list shows and how it reads it: the filter and the rows of one query.
FilterT = TypeVar("FilterT")
RowT = TypeVar("RowT", bound=PagedRow)
#: A column's row (any frozen row).
ColumnRowT = TypeVar("ColumnRowT")


@dataclass(frozen=True, slots=True)
class Column(Generic[ColumnRowT]):
    header: str
    text: Callable[[ColumnRowT], str]
    #: The query's name for sorting by this column, or None when it cannot sort.
    sort: str | None = None
    numeric: bool = False
    #: About how many characters wide the column starts; 0 takes the room left.
    width: int = 14


class PagedTableModel(QAbstractTableModel, Generic[FilterT, RowT]):
    PAGE = 200

    #: The user asked to sort by a column: (the query's sort name, descending).
    sort_requested = Signal(str, bool)

    def __init__(
        self,
        columns: Sequence[Column[RowT]],
        fetch: Callable[[FilterT, SortKey | None, int], Sequence[RowT]],
        wanted: FilterT,
        parent: QObject | None = None,
    ) -> None:
        """fetch reads a page: (filter, after, limit) -> rows."""
        super().__init__(parent)
        self.columns = tuple(columns)
        self._fetch = fetch
        self.wanted = wanted
        self._rows: list[RowT] = []
        self._exhausted = False

    # ------------------------------------------------------------------ filling
    def reset_rows(self, wanted: FilterT, rows: Sequence[RowT], limit: int) -> None:
        """Show the first rows of a new filter (read in the background by the page)."""
        self.beginResetModel()
        self.wanted = wanted
        self._rows = list(rows)
        self._exhausted = len(rows) < limit
        self.endResetModel()

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index) -> None:
        """The next page, on the GUI thread: one keyset query on an index, a few ms on a large
        store (WAL lets it read while a write runs)."""
        if parent.isValid() or self._exhausted:
            return
        after = self._rows[-1].sort_key if self._rows else None
        page = self._fetch(self.wanted, after, self.PAGE)
        self._exhausted = len(page) < self.PAGE
        if page:
            first = len(self._rows)
            self.beginInsertRows(_ROOT, first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    # ------------------------------------------------------------------ reading
    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ANSWERED or not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in _TEXT_ROLES:
            return self.columns[index.column()].text(row)
        if role == _ALIGNMENT_ROLE:
            return _RIGHT if self.columns[index.column()].numeric else None
        return row

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation is Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.columns)
        ):
            return self.columns[section].header
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(self.columns) and (sort := self.columns[column].sort) is not None:
            self.sort_requested.emit(sort, order is Qt.SortOrder.DescendingOrder)

    def row(self, index: Index) -> RowT | None:
        return self._rows[index.row()] if index.isValid() else None

    def rows(self) -> list[RowT]:
        return list(self._rows)
