"""The findings of every consultation, across cities and periods: filtered by priority (a fixed
one or one the hub added), category, city and period, searched; a row opens its consultation.
Below, the priorities the hub added, which the hub adds, changes and retires here."""

import dataclasses
from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QLayout, QWidget
from sqlalchemy.orm import Session

from scdesk.domain.changes import RecordKind
from scdesk.domain.labels import choices, label
from scdesk.domain.plans import FindingCategory, PriorityArea
from scdesk.store.queries.findings import (
    FindingFilter,
    FindingRow,
    finding_count,
    finding_page,
)
from scdesk.store.queries.paging import SortKey
from scdesk.store.queries.priorities import PriorityRow
from scdesk.ui.context import AppContext
from scdesk.ui.form_records.values import as_id
from scdesk.ui.pages.filters import ChoiceFilter, CityFilter, PeriodFilter
from scdesk.ui.pages.finding_priorities import PrioritiesPanel
from scdesk.ui.pages.list_page import ListPage
from scdesk.ui.pages.meetings import local_time
from scdesk.ui.pages.paged_model import Column


class FindingsPage(ListPage[FindingFilter, FindingRow]):
    """Findings are written on their consultation's form, so this list only reads: it adds
    and deletes no finding. The priorities panel below it is where the hub names its own."""

    WATCHED = frozenset(
        {RecordKind.FINDING, RecordKind.MEETING, RecordKind.CITY, RecordKind.PRIORITY}
    )
    FORM = "meeting"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.new_button.hide()
        self.delete_button.hide()
        self.open_button.setText(self.tr("&Open the consultation"))
        self.open_button.setAccessibleName(self.tr("Open the consultation of the selected finding"))
        self.priorities = PrioritiesPanel(context, self)
        self.priorities.loaded.connect(self._offer_priorities)
        self.priorities.message.connect(self.message)
        layout = self.layout()
        if layout is not None:
            layout.addWidget(self.priorities)
        self.priorities.reload()

    def title(self) -> str:
        return self.tr("Findings")

    def new_label(self) -> str:
        return self.tr("&New consultation")

    def columns(self) -> Sequence[Column[FindingRow]]:
        def area(row: FindingRow) -> str:
            if row.priority is not None:
                return row.priority
            return label(row.priority_area) if row.priority_area else ""

        return (
            Column(self.tr("Held"), lambda r: local_time(r.starts_at)[:10], "starts_at", width=10),
            Column(self.tr("City"), lambda r: r.city, "city", width=10),
            Column(self.tr("Finding"), lambda r: r.text, "text", width=0),
            Column(self.tr("Category"), lambda r: label(r.category), "category", width=12),
            Column(self.tr("Priority"), area, "priority_area", width=16),
            Column(self.tr("Consultation"), lambda r: r.consultation, "consultation", width=16),
        )

    def initial_filter(self) -> FindingFilter:
        return FindingFilter()

    def build_filters(self, bar: QLayout) -> None:
        self.city_filter = CityFilter(self.context, self)
        self.period_filter = PeriodFilter(self)
        self.priority_filter = ChoiceFilter(
            PriorityArea, self.tr("Any priority"), self.tr("Priority"), self
        )
        # The hub's names may be long: the filter stays narrow, and its list shows them whole.
        self.priority_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.priority_filter.setMinimumContentsLength(18)
        self.category_filter = ChoiceFilter(
            FindingCategory, self.tr("All categories"), self.tr("Category"), self
        )
        filters = (self.city_filter, self.period_filter, self.priority_filter, self.category_filter)
        for widget in filters:
            bar.addWidget(widget)
            widget.edited.connect(self.filters_changed)

    def current_filter(self, base: FindingFilter) -> FindingFilter:
        start, end = self.period_filter.period()
        priority = self.priority_filter.value()
        hub = as_id(priority)
        category = self.category_filter.value()
        return dataclasses.replace(
            base,
            city_id=self.city_filter.city_id(),
            period_from=start,
            period_to=end,
            priority_area=PriorityArea(priority) if priority and not hub else None,
            priority_id=hub,
            category=FindingCategory(category) if category else None,
        )

    def _offer_priorities(self, rows: list[PriorityRow]) -> None:
        """The filter offers the fixed priorities, then the hub's, retired ones last: their
        old findings can still be found."""
        hub = [
            (str(r.id), self.tr("{name} (retired)").format(name=r.name) if r.retired else r.name)
            for r in rows
        ]
        self.priority_filter.set_choices(choices(PriorityArea) + hub)

    def page(
        self, session: Session, wanted: FindingFilter, after: SortKey | None, limit: int
    ) -> Sequence[FindingRow]:
        return finding_page(session, wanted, after, limit)

    def total(self, session: Session, wanted: FindingFilter) -> int:
        return finding_count(session, wanted)

    def count_text(self, count: int) -> str:
        return self.tr("%n finding(s)", "", count)

    def new_record(self) -> None:
        """A consultation is recorded as a meeting; the list has nothing new of its own."""

    def open_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.open_requested.emit(self.FORM, row.meeting_id)

    def delete_selected(self) -> None:
        """A finding is removed on its consultation's Findings tab."""
