"""What the meetings and the youth activities lists share: filters by city, period, kind and
status over a filter dataclass with those four fields."""

import dataclasses
from enum import StrEnum
from typing import ClassVar

from PySide6.QtWidgets import QLayout

from scdesk.domain.meetings import MeetingStatus
from scdesk.ui.pages.filters import ChoiceFilter, CityFilter, PeriodFilter
from scdesk.ui.pages.list_page import FilterT, ListPage, RowT


class EventListPage(ListPage[FilterT, RowT]):
    #: The kinds of event the list holds, offered in its kind filter.
    KINDS: ClassVar[type[StrEnum]]

    def build_filters(self, bar: QLayout) -> None:
        self.city_filter = CityFilter(self.context, self)
        self.period_filter = PeriodFilter(self)
        self.kind_filter = ChoiceFilter(self.KINDS, self.tr("All kinds"), self.tr("Kind"), self)
        self.status_filter = ChoiceFilter(
            MeetingStatus, self.tr("Any status"), self.tr("Status"), self
        )
        for widget in (self.city_filter, self.period_filter, self.kind_filter, self.status_filter):
            bar.addWidget(widget)
            widget.edited.connect(self.filters_changed)

    def current_filter(self, base: FilterT) -> FilterT:
        start, end = self.period_filter.period()
        kind = self.kind_filter.value()
        status = self.status_filter.value()
        return dataclasses.replace(
            base,
            city_id=self.city_filter.city_id(),
            period_from=start,
            period_to=end,
            kind=self.KINDS(kind) if kind else None,
            status=MeetingStatus(status) if status else None,
        )
