"""Conflicts open for review: the record and field, both values with who wrote each and when;
keeping either settles it on every device with the next bundles."""

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from scdesk.domain.conflicts import ConflictKind, Keep
from scdesk.domain.labels import field_label, record_kinds
from scdesk.services.conflicts import (
    ConflictView,
    SideView,
    preview_settlement,
    resolve_conflict,
)
from scdesk.ui.context import AppContext
from scdesk.ui.text_direction import isolate


class ConflictsPanel(QWidget):
    #: A conflict was settled: read the overview again.
    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.rows: list[ConflictView] = []
        layout = QVBoxLayout(self)
        explanation = QLabel(
            self.tr(
                "Two devices changed the same field without seeing each other's change, or changed "
                "two fields a rule ties together. A is the value every device shows now, B the one "
                "it replaced or met. Keeping either settles the conflict on every device with the "
                "next bundles; a choice that would break a rule is not offered."
            ),
            self,
        )
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        headings = [
            self.tr("Record"), self.tr("Field"), self.tr("A: shown now"), self.tr("A: written"),
            self.tr("B: replaced"), self.tr("B: written"),
        ]  # fmt: skip
        self.table = QTableWidget(0, len(headings), self)
        self.table.setAccessibleName(self.tr("Open conflicts"))
        self.table.setHorizontalHeaderLabels(headings)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._on_table_item_selection_changed)
        layout.addWidget(self.table, 1)
        self.detail = QLabel(self)
        self.detail.setAccessibleName(self.tr("The selected conflict and what each choice writes"))
        self.detail.setWordWrap(True)
        layout.addWidget(self.detail)
        buttons = QHBoxLayout()
        self.keep_a = QPushButton(self.tr("Keep &A"), self)
        self.keep_a.setAccessibleName(self.tr("Keep value A of the selected conflict"))
        self.keep_a.clicked.connect(lambda: self.keep(Keep.KEPT))
        self.keep_b = QPushButton(self.tr("Keep &B"), self)
        self.keep_b.setAccessibleName(self.tr("Keep value B of the selected conflict"))
        self.keep_b.clicked.connect(lambda: self.keep(Keep.LOST))
        buttons.addWidget(self.keep_a)
        buttons.addWidget(self.keep_b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.message = QLabel(self)
        self.message.setAccessibleName(self.tr("Conflicts: what was done"))
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.setTabOrder(self.table, self.keep_a)
        self.setTabOrder(self.keep_a, self.keep_b)
        self._on_table_item_selection_changed()

    def show_conflicts(self, conflicts: Sequence[ConflictView]) -> None:
        kinds = record_kinds()
        self.rows = list(conflicts)
        self.table.setRowCount(len(self.rows))
        for row, conflict in enumerate(self.rows):
            kind = kinds.get(conflict.table, conflict.table)
            record = f"{kind}: {isolate(conflict.record)}" if conflict.record else kind
            field = field_label(conflict.field)
            if conflict.kind is ConflictKind.DELETE:
                field = self.tr("{field} (deleted on one device)").format(field=field)
            elif conflict.kind is ConflictKind.MERGE:
                field = self.tr("{field} (B: from a record merged into this one)").format(
                    field=field
                )
            elif conflict.kind is ConflictKind.RULE:
                field = self.tr("{field} and {other} (a rule ties them)").format(
                    field=field_label(field), other=field_label(conflict.other_field or field)
                )
            cells = (
                record, field, conflict.kept.shown, self._written(conflict.kept),
                conflict.lost.shown, self._written(conflict.lost),
            )  # fmt: skip
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        self._on_table_item_selection_changed()

    def _written(self, side: SideView) -> str:
        when = side.written_at.astimezone().strftime("%Y-%m-%d %H:%M")
        return self.tr("by {device}, {when}").format(device=isolate(side.device), when=when)

    def selected(self) -> ConflictView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def _on_table_item_selection_changed(self) -> None:
        """Each choice previewed by the rule check the settlement runs: one that would break a
        rule is disabled, and the detail says why."""
        conflict = self.selected()
        lines = []
        for keep, button, mark in ((Keep.KEPT, self.keep_a, "A"), (Keep.LOST, self.keep_b, "B")):
            if conflict is None:
                button.setEnabled(False)
                continue
            preview = preview_settlement(self.context.store, conflict.id, keep)
            button.setEnabled(preview.problem is None)
            if preview.problem is None:
                text = self.tr("Keep {mark}: writes {values}.")
                lines.append(text.format(mark=mark, values=preview.shown))
            else:
                text = self.tr("Keep {mark}: not offered. {problem}")
                lines.append(text.format(mark=mark, problem=preview.problem))
        if conflict is not None and conflict.sentence:
            lines.insert(0, conflict.sentence)
        self.detail.setText("\n".join(lines))

    def keep(self, keep: Keep) -> None:
        conflict = self.selected()
        if conflict is None:
            return
        store = self.context.store
        kept = conflict.kept if keep is Keep.KEPT else conflict.lost
        self.context.ops.run(
            self,
            lambda _p: resolve_conflict(store, conflict.id, keep),
            lambda _changes: self._on_resolved(kept.shown),
            label=self.tr("Settling the conflict…"),
            writes=True,
        )

    def _on_resolved(self, value: str) -> None:
        self.message.setText(self.tr("Settled: {value} kept.").format(value=value))
        self.changed.emit()
