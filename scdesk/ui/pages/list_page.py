"""The shape every list page shares: a heading, search and filters, the paged table, and the
buttons to add, open and delete; refreshed when a change touches its records."""

import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar, Generic, Protocol, TypeVar
from uuid import UUID

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from scdesk.domain.changes import Changes, RecordKind
from scdesk.domain.progress import Progress
from scdesk.services.records import delete_record
from scdesk.store.queries.paging import Order, SortKey
from scdesk.ui.context import AppContext
from scdesk.ui.flow_layout import FlowLayout
from scdesk.ui.pages.paged_model import Column, PagedRow, PagedTableModel
from scdesk.ui.pages.reading_page import page_title
from scdesk.ui.text_direction import BidiDelegate

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

    class ListFilter(DataclassInstance, Protocol):
        """A list's filter: a frozen dataclass with the search typed and the sort order."""

        @property
        def search(self) -> str: ...
        @property
        def order(self) -> Order: ...


FilterT = TypeVar("FilterT", bound="ListFilter")
RowT = TypeVar("RowT", bound=PagedRow)


#: The column that stretches (a title, a name) keeps room for this many characters.
STRETCH_CHARACTERS = 28


class ListPage(QWidget, Generic[FilterT, RowT]):
    """Subclasses say what the list holds (its filter and its rows); this class runs it."""

    #: A record to open (its id), or None for a new one.
    open_requested = Signal(str, object)  # form kind, id or None
    #: A sentence for the status bar.
    message = Signal(str)
    #: The first page of a filter was shown (tests and the benchmark wait on it).
    loaded = Signal()

    #: Changes to these kinds of records reload the list.
    WATCHED: ClassVar[frozenset[RecordKind]]
    #: The form that opens a row, and the kind delete_record knows it by.
    FORM: ClassVar[str]
    #: Reloads keep at most this many rows already scrolled to.
    KEEP = 1000

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._generation = 0
        self.count = 0
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.reload)
        layout = QVBoxLayout(self)
        heading = QHBoxLayout()
        self.heading = page_title(self.title(), self)
        self.heading.setAccessibleName(self.title())
        self.count_label = QLabel(self)
        heading.addWidget(self.heading)
        heading.addWidget(self.count_label)
        heading.addStretch(1)
        layout.addLayout(heading)

        #: The search and the filters: one row, or more on a narrow screen.
        bar = FlowLayout()
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search {what}").format(what=self.title()))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(self.search.fontMetrics().averageCharWidth() * 28)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        bar.addWidget(self.search)
        self.build_filters(bar)
        self.new_button = QPushButton(self.new_label(), self)
        self.new_button.setAccessibleName(self.new_label().replace("&", ""))
        self.new_button.setToolTip(self.tr("Ctrl+N"))
        self.new_button.clicked.connect(self.new_record)
        heading.addWidget(self.new_button)
        layout.addLayout(bar)

        self.model = PagedTableModel(self.columns(), self._fetch_page, self.initial_filter(), self)
        self.model.sort_requested.connect(self._on_model_sort_requested)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setItemDelegate(BidiDelegate(self.table))
        self.table.setAccessibleName(self.title())
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        character = self.table.fontMetrics().averageCharWidth()
        #: The sized columns' widths; the one without a width stretches to the rest.
        self._widths: dict[int, int] = {}
        for index, spec in enumerate(self.model.columns):
            if spec.width:
                self._widths[index] = spec.width * character + 16
                header.resizeSection(index, self._widths[index])
            else:
                header.setSectionResizeMode(index, QHeaderView.ResizeMode.Stretch)
        self._stretch = next((i for i, c in enumerate(self.model.columns) if not c.width), None)
        self._least_stretch = STRETCH_CHARACTERS * character
        self.table.viewport().installEventFilter(self)
        self.table.setWordWrap(False)
        self.table.activated.connect(lambda _index: self.open_selected())
        order = self.model.wanted.order
        sorted_by = next((i for i, c in enumerate(self.model.columns) if c.sort == order.column), 0)
        header.setSortIndicator(
            sorted_by,
            Qt.SortOrder.DescendingOrder if order.descending else Qt.SortOrder.AscendingOrder,
        )
        self.table.setSortingEnabled(True)
        layout.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.setAccessibleName(self.tr("Open the selected record"))
        self.open_button.clicked.connect(self.open_selected)
        self.delete_button = QPushButton(self.tr("Move to &trash"), self)
        self.delete_button.setAccessibleName(self.tr("Move the selected record to the trash"))
        self.delete_button.setToolTip(self.tr("Delete key"))
        self.delete_button.clicked.connect(self.delete_selected)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_selected)

        context.ops.changes_applied.connect(self._on_changes_applied)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()  # the page's width changed, or a scroll bar came or went
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """The column without a width (a title, a name) takes the room the others leave; on a
        narrow screen, where that is too little to read, it keeps a readable width and the
        table scrolls sideways instead."""
        if self._stretch is None:
            return
        room = self.table.viewport().width() - sum(self._widths.values())
        mode = (
            QHeaderView.ResizeMode.Stretch
            if room >= self._least_stretch
            else QHeaderView.ResizeMode.Interactive
        )
        header = self.table.horizontalHeader()
        if header.sectionResizeMode(self._stretch) != mode:
            header.setSectionResizeMode(self._stretch, mode)
            if mode == QHeaderView.ResizeMode.Interactive:
                header.resizeSection(self._stretch, self._least_stretch)

    # ------------------------------------------------------------------ for subclasses
    def title(self) -> str:
        raise NotImplementedError

    def new_label(self) -> str:
        raise NotImplementedError

    def columns(self) -> Sequence[Column[RowT]]:
        raise NotImplementedError

    def initial_filter(self) -> FilterT:
        raise NotImplementedError

    def build_filters(self, bar: QLayout) -> None:
        """Add the filter widgets; call filters_changed when one changes."""

    def current_filter(self, base: FilterT) -> FilterT:
        """The filter with the values of the filter widgets."""
        return base

    def page(
        self, session: Session, wanted: FilterT, after: SortKey | None, limit: int
    ) -> Sequence[RowT]:
        raise NotImplementedError

    def total(self, session: Session, wanted: FilterT) -> int:
        raise NotImplementedError

    def count_text(self, count: int) -> str:
        return self.tr("%n record(s)", "", count)

    # ------------------------------------------------------------------ loading
    def filters_changed(self) -> None:
        self.reload()

    def reload(self, keep: int = 0) -> None:
        """Read the first page of the current filter in the background, then show it: a search
        is a read like any other (the writer keeps the index current)."""
        base = dataclasses.replace(self.model.wanted, search=self.search.text())
        wanted = self.current_filter(base)
        limit = max(PagedTableModel.PAGE, min(keep, self.KEEP))
        self._generation += 1
        generation = self._generation
        store = self.context.store

        def work(_progress: Progress) -> tuple[Sequence[RowT], int]:
            with store.read() as session:
                rows = self.page(session, wanted, None, limit)
                # A page that is not full holds every match: no need to count them again.
                count = len(rows) if len(rows) < limit else self.total(session, wanted)
                return rows, count

        self.context.ops.run(
            self,
            work,
            lambda found: self._show(generation, wanted, limit, found),
            label=self.tr("Reading…"),
            writes=False,
        )

    def _show(
        self, generation: int, wanted: FilterT, limit: int, found: tuple[Sequence[RowT], int]
    ) -> None:
        if generation != self._generation:
            return
        rows, count = found
        self.model.reset_rows(wanted, rows, limit)
        self.count = count
        self.count_label.setText(self.count_text(count))
        self.loaded.emit()

    def _fetch_page(self, wanted: FilterT, after: SortKey | None, limit: int) -> Sequence[RowT]:
        with self.context.store.read() as session:
            return self.page(session, wanted, after, limit)

    def _on_model_sort_requested(self, column: str, descending: bool) -> None:
        self.model.wanted = dataclasses.replace(self.model.wanted, order=Order(column, descending))
        self.reload()

    def _on_changes_applied(self, changes: Changes, initiator: object) -> None:
        if changes.affects(*self.WATCHED):
            self.reload(keep=self.model.rowCount())

    # ------------------------------------------------------------------ acting
    def selected(self) -> RowT | None:
        indexes = self.table.selectionModel().selectedRows()
        return self.model.row(indexes[0]) if indexes else None

    def selected_id(self) -> UUID | None:
        row = self.selected()
        return None if row is None else row.id

    def new_record(self) -> None:
        self.open_requested.emit(self.FORM, None)

    def open_selected(self) -> None:
        record_id = self.selected_id()
        if record_id is not None:
            self.open_requested.emit(self.FORM, record_id)

    def delete_selected(self) -> None:
        record_id = self.selected_id()
        if record_id is None:
            return
        store, kind = self.context.store, self.FORM
        self.context.ops.run(
            self,
            lambda _p: delete_record(store, kind, record_id),
            lambda _changes: self.message.emit(
                self.tr("Moved to the trash; the Trash page can restore it.")
            ),
            label=self.tr("Moving to the trash…"),
            writes=True,
        )

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
