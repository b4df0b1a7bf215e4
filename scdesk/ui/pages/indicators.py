"""Indicators and their targets: each indicator, and for the one selected its targets with the
actual value beside each and in each declared breakdown (with a category's own target where one
is set), counted off the GUI thread (inward: this is the hub's own view). A row opens the
indicator's form."""

from collections.abc import Sequence
from datetime import date
from uuid import UUID

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from scdesk.domain.changes import Changes, RecordKind
from scdesk.domain.errors import UserError
from scdesk.domain.figures import Dimension
from scdesk.domain.indicators import IndicatorResult
from scdesk.domain.labels import country_label, label
from scdesk.domain.progress import Progress
from scdesk.domain.support import GrantStatus
from scdesk.services.indicators import indicator_results
from scdesk.ui.context import AppContext
from scdesk.ui.pages.reading_page import ReadingPage, page_title
from scdesk.ui.text_direction import isolate

_NUMBER = Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter


class IndicatorsPage(ReadingPage):
    #: A form to open: its kind ("indicator") and the record's id, or None for a new one.
    open_requested = Signal(str, object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.results: list[IndicatorResult] = []
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        title = page_title(self.tr("Indicators and targets"), self)
        top.addWidget(title, 1)
        self.new_button = QPushButton(self.tr("&New indicator"), self)
        self.new_button.clicked.connect(self.new_record)
        self.edit_button = QPushButton(self.tr("&Edit indicator"), self)
        self.edit_button.clicked.connect(self.edit_selected)
        top.addWidget(self.new_button)
        top.addWidget(self.edit_button)
        layout.addLayout(top)
        self.summary = QLabel(self)
        self.summary.setAccessibleName(self.tr("What the lists hold"))
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        split = QSplitter(Qt.Orientation.Vertical, self)
        split.setChildrenCollapsible(False)
        self.indicators = _table(
            [self.tr("Code"), self.tr("Name"), self.tr("Level"), self.tr("Counting rule"),
             self.tr("Breakdowns"), self.tr("Baseline")],
            self.tr("Indicators"), split,
        )  # fmt: skip
        self.indicators.horizontalHeader().setStretchLastSection(False)
        self.indicators.setWordWrap(True)
        self.indicators.itemSelectionChanged.connect(self._show_selected)
        self.indicators.doubleClicked.connect(lambda _index: self.edit_selected())
        holder = QWidget(split)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        self.targets_title = QLabel(holder)
        self.targets_title.setWordWrap(True)
        column.addWidget(self.targets_title)
        sides = QSplitter(Qt.Orientation.Horizontal, holder)
        sides.setChildrenCollapsible(False)
        self.targets = _table(
            [self.tr("From"), self.tr("To"), self.tr("City"), self.tr("Target"),
             self.tr("Actual")],
            self.tr("Targets and actual values"), sides,
        )  # fmt: skip
        self.targets.itemSelectionChanged.connect(self._show_breakdowns)
        self.by_breakdown = _table(
            [self.tr("Breakdown"), self.tr("Category"), self.tr("Target"), self.tr("Actual")],
            self.tr("Actual value by breakdown"), sides,
        )  # fmt: skip
        sides.addWidget(self.targets)
        sides.addWidget(self.by_breakdown)
        sides.setSizes([420, 380])
        self.by_breakdown.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        column.addWidget(sides, 1)
        split.addWidget(self.indicators)
        split.addWidget(holder)
        split.setStretchFactor(1, 2)
        layout.addWidget(split, 1)

    # ------------------------------------------------------------------ reading
    def refresh(self) -> None:
        """Count the indicators' actual values again, off the GUI thread."""
        store = self.context.store

        def work(_progress: Progress) -> list[IndicatorResult]:
            return indicator_results(store)

        self.read(work, self.show_results, self.tr("Counting the indicators…"), self._on_refused)

    def _on_refused(self, error: UserError) -> bool:
        self.summary.setText(str(error))
        return True

    def show_results(self, results: list[IndicatorResult]) -> None:
        chosen = self.selected_id()
        self.results = results
        self.summary.setText(self.tr("%n indicator(s)", "", len(results)))
        table = self.indicators
        table.setRowCount(len(results))
        for row, result in enumerate(results):
            indicator = result.indicator
            cells = [
                indicator.code,
                indicator.name,
                label(indicator.level),
                label(indicator.counting_rule),
                ", ".join(label(d) for d in result.breakdowns),
                "" if indicator.baseline is None else str(indicator.baseline),
            ]
            _fill_row(table, row, cells, numbers=(5,))
        _fit(table, widest=200)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.resizeRowsToContents()
        ids = [r.indicator_id for r in results]
        table.selectRow(ids.index(chosen) if chosen in ids else 0)
        self._show_selected()

    def selected(self) -> IndicatorResult | None:
        row = self.indicators.currentRow()
        return self.results[row] if 0 <= row < len(self.results) else None

    def selected_id(self) -> UUID | None:
        result = self.selected()
        return result.indicator_id if result is not None else None

    def _show_selected(self) -> None:
        result = self.selected()
        self.edit_button.setEnabled(result is not None)
        table = self.targets
        if result is None:
            self.targets_title.setText(
                self.tr("Choose an indicator to see its targets and actual values.")
                if self.results
                else self.tr("No indicator yet: add one with New indicator.")
            )
            table.setRowCount(0)
            self._show_breakdowns()
            return
        indicator = result.indicator
        self.targets_title.setText(
            self.tr("{code} {name}: {figure}, target and actual value").format(
                code=indicator.code, name=isolate(indicator.name), figure=label(indicator.figure)
            )
        )
        kept = table.currentRow()
        table.setRowCount(len(result.rows))
        for row, found in enumerate(result.rows):
            cells = [
                _day(found.period_from),
                _day(found.period_to),
                found.city.name if found.city else self.tr("All cities"),
                _count(found.target),
                _count(found.actual),
            ]
            _fill_row(table, row, cells, numbers=(3, 4))
        _fit(table)
        table.selectRow(kept if 0 <= kept < len(result.rows) else 0)
        self._show_breakdowns()

    def _show_breakdowns(self) -> None:
        """The actual value of the target selected in each declared breakdown, category by
        category, beside the category's own target where one is set."""
        result, row = self.selected(), self.targets.currentRow()
        found = result.rows[row] if result is not None and 0 <= row < len(result.rows) else None
        lines: list[list[str]] = []
        if result is not None and found is not None:
            for dimension in result.breakdowns:
                counts = found.breakdowns.get(dimension, {})
                targets = found.breakdown_targets.get(dimension, {})
                for number, (name, count) in enumerate(counts.items()):
                    lines.append(
                        [
                            label(dimension) if number == 0 else "",
                            _category(result, dimension, name),
                            _count(targets.get(name)),
                            _count(count),
                        ]
                    )
        table = self.by_breakdown
        table.setRowCount(len(lines))
        for line, cells in enumerate(lines):
            _fill_row(table, line, cells, numbers=(2, 3))
        table.resizeColumnToContents(0)
        table.resizeColumnToContents(2)
        table.resizeColumnToContents(3)

    # ------------------------------------------------------------------ opening
    def new_record(self) -> None:
        self.open_requested.emit("indicator", None)

    def edit_selected(self) -> None:
        chosen = self.selected_id()
        if chosen is not None:
            self.open_requested.emit("indicator", chosen)

    def watches(self, changes: Changes, initiator: object) -> bool:
        """Any change the key figures count changes the actual values."""
        return changes.figures or changes.affects(RecordKind.INDICATOR, RecordKind.CITY)


def _table(headings: Sequence[str], name: str, parent: QWidget) -> QTableWidget:
    table = QTableWidget(0, len(headings), parent)
    table.setAccessibleName(name)
    table.setHorizontalHeaderLabels(list(headings))
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    return table


def _fill_row(
    table: QTableWidget, row: int, cells: Sequence[str], numbers: tuple[int, ...] = ()
) -> None:
    for column, text in enumerate(cells):
        item = QTableWidgetItem(text)
        item.setToolTip(text)
        if column in numbers:
            item.setTextAlignment(_NUMBER)
        table.setItem(row, column, item)


def _fit(table: QTableWidget, widest: int = 240) -> None:
    table.resizeColumnsToContents()
    for column in range(table.columnCount() - 1):
        table.setColumnWidth(column, min(table.columnWidth(column), widest))


def _day(day: date | None) -> str:
    return day.isoformat() if day is not None else "…"


def _count(value: int | None) -> str:
    """A count, or a dash where there is none (no target set)."""
    return "—" if value is None else str(value)


def _category(result: IndicatorResult, dimension: Dimension, key: str) -> str:
    """A breakdown's category as people read it: a country's or a city's name, or a word."""
    if dimension is Dimension.COUNTRY:
        return country_label(key)
    if dimension is Dimension.CITY:
        for ref in result.cities.values():
            if str(ref.id) == key:
                return ref.name
    if dimension is Dimension.STATUS and key in {s.value for s in GrantStatus}:
        return label(GrantStatus(key))
    return label(key)
