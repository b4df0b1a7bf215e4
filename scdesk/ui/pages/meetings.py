"""The meetings list."""

import dataclasses
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtWidgets import QHBoxLayout
from sqlalchemy.orm import Session

from scdesk.domain.meetings import MeetingKind, MeetingStatus
from scdesk.store.queries.meeting_list import (
    MeetingFilter,
    MeetingRow,
    meeting_count,
    meeting_page,
)
from scdesk.store.queries.paging import SortKey
from scdesk.ui.labels import label, language_label
from scdesk.ui.pages.filters import ChoiceFilter, CityFilter, PeriodFilter
from scdesk.ui.pages.list_page import ListPage
from scdesk.ui.pages.paged_model import Column


def local_time(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


class MeetingsPage(ListPage):
    TABLES = frozenset({"meeting", "city", "committee"})
    FORM = "meeting"

    def title(self) -> str:
        return self.tr("Meetings")

    def new_label(self) -> str:
        return self.tr("&New meeting")

    def columns(self) -> Sequence[Column]:
        def minutes(row: MeetingRow) -> str:
            return label(row.minutes_status)

        return (
            Column(self.tr("Starts"), lambda r: local_time(r.starts_at), "starts_at", width=16),
            Column(self.tr("Title"), lambda r: r.title, "title", width=0),
            Column(self.tr("Kind"), lambda r: label(r.kind), "kind", width=15),
            Column(self.tr("City"), lambda r: r.city, "city", width=11),
            Column(self.tr("Committee"), lambda r: r.committee or "", "committee", width=18),
            Column(self.tr("Status"), lambda r: label(r.status), "status", width=8),
            Column(self.tr("Minutes"), minutes, "minutes_status", width=10),
            Column(self.tr("Language"), lambda r: language_label(r.language), width=12),
        )

    def initial_filter(self) -> MeetingFilter:
        return MeetingFilter()

    def build_filters(self, bar: QHBoxLayout) -> None:
        self.city_filter = CityFilter(self.context, self)
        self.period_filter = PeriodFilter(self)
        self.kind_filter = ChoiceFilter(MeetingKind, self.tr("All kinds"), self.tr("Kind"), self)
        self.status_filter = ChoiceFilter(
            MeetingStatus, self.tr("Any status"), self.tr("Status"), self
        )
        for widget in (self.city_filter, self.period_filter, self.kind_filter, self.status_filter):
            bar.addWidget(widget)
            widget.edited.connect(self.filters_changed)

    def current_filter(self, base: MeetingFilter) -> MeetingFilter:
        start, end = self.period_filter.period()
        kind = self.kind_filter.value()
        status = self.status_filter.value()
        return dataclasses.replace(
            base,
            city_id=self.city_filter.city_id(),
            period_from=start,
            period_to=end,
            kind=MeetingKind(kind) if kind else None,
            status=MeetingStatus(status) if status else None,
        )

    def page(
        self, session: Session, wanted: MeetingFilter, after: SortKey | None, limit: int
    ) -> list[Any]:
        return meeting_page(session, wanted, after, limit)

    def total(self, session: Session, wanted: MeetingFilter) -> int:
        return meeting_count(session, wanted)

    def count_text(self, count: int) -> str:
        return self.tr("%n meeting(s)", "", count)
