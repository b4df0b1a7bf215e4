"""The youth activities list."""

import dataclasses
from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QHBoxLayout
from sqlalchemy.orm import Session

from scdesk.domain.activities import ActivityKind
from scdesk.domain.meetings import MeetingStatus
from scdesk.store.queries.activity_list import ActivityFilter, activity_count, activity_page
from scdesk.store.queries.paging import SortKey
from scdesk.ui.labels import label, language_label
from scdesk.ui.pages.filters import ChoiceFilter, CityFilter, PeriodFilter
from scdesk.ui.pages.list_page import ListPage
from scdesk.ui.pages.paged_model import Column


class ActivitiesPage(ListPage):
    TABLES = frozenset({"activity", "city"})
    FORM = "activity"

    def title(self) -> str:
        return self.tr("Youth activities")

    def new_label(self) -> str:
        return self.tr("&New activity")

    def columns(self) -> Sequence[Column]:
        return (
            Column(self.tr("Starts"), lambda r: r.starts_on.isoformat(), "starts_on", width=11),
            Column(self.tr("Ends"), lambda r: r.ends_on.isoformat() if r.ends_on else "", width=11),
            Column(self.tr("Title"), lambda r: r.title, "title", width=0),
            Column(self.tr("Kind"), lambda r: label(r.kind), "kind", width=10),
            Column(self.tr("City"), lambda r: r.city, "city", width=13),
            Column(self.tr("Status"), lambda r: label(r.status), "status", width=9),
            Column(self.tr("Language"), lambda r: language_label(r.language), width=15),
        )

    def initial_filter(self) -> ActivityFilter:
        return ActivityFilter()

    def build_filters(self, bar: QHBoxLayout) -> None:
        self.city_filter = CityFilter(self.context, self)
        self.period_filter = PeriodFilter(self)
        self.kind_filter = ChoiceFilter(ActivityKind, self.tr("All kinds"), self.tr("Kind"), self)
        self.status_filter = ChoiceFilter(
            MeetingStatus, self.tr("Any status"), self.tr("Status"), self
        )
        for widget in (self.city_filter, self.period_filter, self.kind_filter, self.status_filter):
            bar.addWidget(widget)
            widget.edited.connect(self.filters_changed)

    def current_filter(self, base: ActivityFilter) -> ActivityFilter:
        start, end = self.period_filter.period()
        kind = self.kind_filter.value()
        status = self.status_filter.value()
        return dataclasses.replace(
            base,
            city_id=self.city_filter.city_id(),
            period_from=start,
            period_to=end,
            kind=ActivityKind(kind) if kind else None,
            status=MeetingStatus(status) if status else None,
        )

    def page(
        self, session: Session, wanted: ActivityFilter, after: SortKey | None, limit: int
    ) -> list[Any]:
        return activity_page(session, wanted, after, limit)

    def total(self, session: Session, wanted: ActivityFilter) -> int:
        return activity_count(session, wanted)

    def count_text(self, count: int) -> str:
        return self.tr("%n activity(s)", "", count)
