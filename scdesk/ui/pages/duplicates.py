"""Probable duplicates: pairs of records that are probably one person, city, organisation or
event, with the reasons; the selected pair side by side; merging it either way, or saying the
two are different, with one click. The search runs off the GUI thread."""

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
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
from scdesk.domain.duplicates import Candidate, DuplicateKind
from scdesk.domain.labels import record_kinds
from scdesk.domain.progress import Progress
from scdesk.services.duplicates import find_duplicates
from scdesk.services.merges import Merged, dismiss_pair, merge_records, pair_fields
from scdesk.store.queries.pair_view import PairField
from scdesk.ui.context import AppContext
from scdesk.ui.pages.reading_page import ReadingPage, page_title
from scdesk.ui.text_direction import isolate


class DuplicatesPage(ReadingPage):
    """The pairs found, the most probable first."""

    WATCHED = frozenset({
        RecordKind.PERSON, RecordKind.CITY, RecordKind.ORGANISATION, RecordKind.MEETING,
        RecordKind.ACTIVITY, RecordKind.DUPLICATE,
    })  # fmt: skip
    #: A pair was merged or dismissed.
    settled = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.pairs: list[Candidate] = []
        self.fields: list[PairField] = []
        layout = QVBoxLayout(self)
        title = page_title(self.tr("Probable duplicates"), self)
        layout.addWidget(title)
        explanation = QLabel(
            self.tr(
                "Records that are probably the same person, city, organisation or event, "
                "recorded twice. Merging keeps one: everything that named the other names it, "
                "and the key figures count them once. Every device does the same with the next "
                "bundles."
            ),
            self,
        )
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        row = QHBoxLayout()
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Kind of record"))
        self.kind.addItem(self.tr("All kinds"), None)
        names = record_kinds()
        for kind in DuplicateKind:
            self.kind.addItem(names.get(kind.value, kind.value), kind)
        self.kind.currentIndexChanged.connect(lambda _index: self.refresh())
        self.search_button = QPushButton(self.tr("Search &again"), self)
        self.search_button.clicked.connect(self.refresh)
        self.count = QLabel(self)
        self.count.setAccessibleName(self.tr("How many pairs"))
        row.addWidget(self.kind)
        row.addWidget(self.search_button)
        row.addWidget(self.count, 1)
        layout.addLayout(row)

        split = QSplitter(self)
        split.setChildrenCollapsible(False)
        self.table = self._table(
            [self.tr("Score"), self.tr("Kind"), self.tr("First"), self.tr("Second"),
             self.tr("Why")],
            self.tr("Probable duplicates"),
        )  # fmt: skip
        self.table.itemSelectionChanged.connect(self._on_table_item_selection_changed)
        self.sides = self._table(
            [self.tr("Field"), self.tr("First"), self.tr("Second")],
            self.tr("The selected pair, field by field"),
        )
        split.addWidget(self.table)
        split.addWidget(self.sides)
        layout.addWidget(split, 1)
        self.why = QLabel(self)
        self.why.setAccessibleName(self.tr("Why the selected pair is probably one record"))
        self.why.setWordWrap(True)
        layout.addWidget(self.why)

        buttons = QHBoxLayout()
        self.keep_first = QPushButton(self.tr("Keep the &first"), self)
        self.keep_first.setAccessibleName(self.tr("Merge the second record into the first"))
        self.keep_first.clicked.connect(lambda: self.merge(keep_first=True))
        self.keep_second = QPushButton(self.tr("Keep the &second"), self)
        self.keep_second.setAccessibleName(self.tr("Merge the first record into the second"))
        self.keep_second.clicked.connect(lambda: self.merge(keep_first=False))
        self.different = QPushButton(self.tr("&Different records"), self)
        self.different.setAccessibleName(self.tr("The two records are different"))
        self.different.clicked.connect(self.dismiss)
        for button in (self.keep_first, self.keep_second, self.different):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.message = QLabel(self)
        self.message.setAccessibleName(self.tr("Duplicates: what was done"))
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self._on_table_item_selection_changed()

    def _table(self, headings: Sequence[str], name: str) -> QTableWidget:
        table = QTableWidget(0, len(headings), self)
        table.setAccessibleName(name)
        table.setHorizontalHeaderLabels(list(headings))
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        table.setWordWrap(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        return table

    # ------------------------------------------------------------------ reading
    def refresh(self) -> None:
        """Search again, off the GUI thread."""
        store = self.context.store
        kind = self.kind.currentData()
        kinds = [kind] if kind is not None else None

        def work(_progress: Progress) -> list[Candidate]:
            return find_duplicates(store, kinds)

        self.read(work, self.show_pairs, self.tr("Looking for duplicates…"))

    def show_pairs(self, pairs: Sequence[Candidate]) -> None:
        names = record_kinds()
        self.pairs = list(pairs)
        self.count.setText(self.tr("%n pair(s) to look at", "", len(self.pairs)))
        self.table.setRowCount(len(self.pairs))
        for row, pair in enumerate(self.pairs):
            cells = (str(pair.score), names.get(pair.kind.value, pair.kind.value),
                     pair.first_name, pair.second_name, pair.explanation)  # fmt: skip
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()
        self.sides.setRowCount(0)
        self._on_table_item_selection_changed()
        if self.pairs:
            self.table.selectRow(0)

    def selected(self) -> Candidate | None:
        rows = self.table.selectionModel().selectedRows()
        return self.pairs[rows[0].row()] if rows else None

    def _on_table_item_selection_changed(self) -> None:
        pair = self.selected()
        for button in (self.keep_first, self.keep_second, self.different):
            button.setEnabled(pair is not None)
        self.why.setText(
            self.tr("Score {score}: {why}.").format(score=pair.score, why=pair.explanation)
            if pair is not None
            else ""
        )
        if pair is None:
            return
        store = self.context.store

        def work(_progress: Progress) -> list[PairField]:
            return pair_fields(store, pair)

        self.context.ops.run(
            self, work, self._show_sides, label=self.tr("Reading the pair…"), writes=False,
            quiet=True,
        )  # fmt: skip

    def _show_sides(self, fields: Sequence[PairField]) -> None:
        self.fields = list(fields)
        self.sides.setRowCount(len(self.fields))
        for row, field in enumerate(self.fields):
            for column, text in enumerate((field.label, field.first, field.second)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if field.differs and column:
                    bold = QFont(item.font())
                    bold.setBold(True)
                    item.setFont(bold)
                self.sides.setItem(row, column, item)
        self.sides.resizeColumnsToContents()
        self.sides.resizeRowsToContents()

    # ------------------------------------------------------------------ settling
    def merge(self, *, keep_first: bool) -> None:
        pair = self.selected()
        if pair is None:
            return
        kept, other = (pair.first_id, pair.second_id)[:: 1 if keep_first else -1]
        kept_name = pair.first_name if keep_first else pair.second_name
        store = self.context.store
        self.context.ops.run(
            self,
            lambda _p: merge_records(store, kept, other),
            lambda merged: self._on_merged(merged, kept_name),
            label=self.tr("Merging…"),
            writes=True,
        )

    def _on_merged(self, merged: Merged, kept_name: str) -> None:
        text = self.tr("Merged: {name} kept.").format(name=isolate(kept_name))
        if merged.differing:
            text += " " + self.tr(
                "%n field(s) differed: the other values wait for review on the Sync page's "
                "Conflicts tab.",
                "",
                len(merged.differing),
            )
        self.message.setText(text)
        self.settled.emit()
        self.refresh()

    def dismiss(self) -> None:
        pair = self.selected()
        if pair is None:
            return
        store = self.context.store
        self.context.ops.run(
            self,
            lambda _p: dismiss_pair(store, pair.first_id, pair.second_id),
            lambda _changes: self._on_dismissed(pair),
            label=self.tr("Saving…"),
            writes=True,
        )

    def _on_dismissed(self, pair: Candidate) -> None:
        text = self.tr("{first} and {second} are different: they are not suggested again.")
        self.message.setText(
            text.format(first=isolate(pair.first_name), second=isolate(pair.second_name))
        )
        self.settled.emit()
        self.refresh()

    def watches(self, changes: Changes, initiator: object) -> bool:
        """Records changed elsewhere (an import, a form; not a merge or dismissal made here)."""
        return initiator is not self and super().watches(changes, initiator)
