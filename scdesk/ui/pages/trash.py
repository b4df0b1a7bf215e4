"""The trash: deleted records, newest first, each restorable."""

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import QLayout, QWidget
from sqlalchemy.orm import Session

from scdesk.domain.labels import record_kinds
from scdesk.services.records import restore_record
from scdesk.store.queries.paging import Order, SortKey
from scdesk.store.queries.trash_list import TRASH_KINDS, TrashRow, trash_count, trash_page
from scdesk.store.record_kinds import TABLE_KINDS
from scdesk.ui.context import AppContext
from scdesk.ui.forms.fields import ChoiceField
from scdesk.ui.pages.list_page import ListPage
from scdesk.ui.pages.paged_model import Column
from scdesk.ui.text_direction import isolate


@dataclass(frozen=True, slots=True)
class TrashFilter:
    kind: str | None = None
    search: str = ""
    order: Order = Order("deleted", descending=True)  # noqa: RUF009 - frozen, shared safely


class TrashPage(ListPage[TrashFilter, TrashRow]):
    WATCHED = frozenset(TABLE_KINDS[table] for table in TRASH_KINDS)
    FORM = "trash"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.search.hide()
        self.new_button.hide()
        self.open_button.hide()
        self.delete_button.setText(self.tr("&Restore"))
        self.delete_button.setAccessibleName(self.tr("Restore the selected record"))
        self.delete_button.setToolTip("")
        self.table.setSortingEnabled(False)

    def title(self) -> str:
        return self.tr("Trash")

    def new_label(self) -> str:
        return ""

    def kind_labels(self) -> dict[str, str]:
        return {kind: label for kind, label in record_kinds().items() if kind in TRASH_KINDS}

    def columns(self) -> Sequence[Column[TrashRow]]:
        kinds = self.kind_labels()

        def deleted(row: TrashRow) -> str:
            return row.deleted_at.astimezone().strftime("%Y-%m-%d %H:%M")

        return (
            Column(self.tr("Deleted"), deleted, width=17),
            Column(self.tr("Kind"), lambda r: kinds.get(r.kind, r.kind), width=22),
            Column(self.tr("Record"), lambda r: r.name, width=0),
        )

    def initial_filter(self) -> TrashFilter:
        return TrashFilter()

    def build_filters(self, bar: QLayout) -> None:
        self.kind_filter = ChoiceField(self, self.tr("Every kind"))
        self.kind_filter.setAccessibleName(self.tr("Kind"))
        labels = self.kind_labels()
        self.kind_filter.set_choices([(kind, labels[kind]) for kind in TRASH_KINDS])
        self.kind_filter.edited.connect(self.filters_changed)
        bar.addWidget(self.kind_filter)

    def current_filter(self, base: TrashFilter) -> TrashFilter:
        return dataclasses.replace(base, kind=self.kind_filter.value())

    def page(
        self, session: Session, wanted: TrashFilter, after: SortKey | None, limit: int
    ) -> Sequence[TrashRow]:
        return trash_page(session, wanted.kind, after, limit)

    def total(self, session: Session, wanted: TrashFilter) -> int:
        return trash_count(session, wanted.kind)

    def count_text(self, count: int) -> str:
        return self.tr("%n deleted record(s)", "", count)

    def open_selected(self) -> None:
        """Deleted records open only once restored."""

    def delete_selected(self) -> None:
        """Here the button restores."""
        row = self.selected()
        if not isinstance(row, TrashRow):
            return
        store = self.context.store
        self.context.ops.run(
            self,
            lambda _p: restore_record(store, row.kind, row.id),
            lambda _changes: self.message.emit(
                self.tr("Restored: {label}").format(label=isolate(row.name))
            ),
            label=self.tr("Restoring…"),
            writes=True,
        )
