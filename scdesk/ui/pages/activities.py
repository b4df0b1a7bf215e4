"""The youth activities list."""

from collections.abc import Sequence

from sqlalchemy.orm import Session

from scdesk.domain.activities import ActivityKind
from scdesk.domain.changes import RecordKind
from scdesk.domain.labels import label
from scdesk.domain.languages import language_name
from scdesk.store.queries.activity_list import (
    ActivityFilter,
    ActivityRow,
    activity_count,
    activity_page,
)
from scdesk.store.queries.paging import SortKey
from scdesk.ui.pages.event_list import EventListPage
from scdesk.ui.pages.paged_model import Column


class ActivitiesPage(EventListPage[ActivityFilter, ActivityRow]):
    KINDS = ActivityKind
    WATCHED = frozenset({RecordKind.ACTIVITY, RecordKind.CITY})
    FORM = "activity"

    def title(self) -> str:
        return self.tr("Youth activities")

    def new_label(self) -> str:
        return self.tr("&New activity")

    def columns(self) -> Sequence[Column[ActivityRow]]:
        return (
            Column(self.tr("Starts"), lambda r: r.starts_on.isoformat(), "starts_on", width=11),
            Column(self.tr("Ends"), lambda r: r.ends_on.isoformat() if r.ends_on else "", width=11),
            Column(self.tr("Title"), lambda r: r.title, "title", width=0),
            Column(self.tr("Kind"), lambda r: label(r.kind), "kind", width=10),
            Column(self.tr("City"), lambda r: r.city, "city", width=13),
            Column(self.tr("Status"), lambda r: label(r.status), "status", width=9),
            Column(self.tr("Language"), lambda r: language_name(r.language), width=15),
        )

    def initial_filter(self) -> ActivityFilter:
        return ActivityFilter()

    def page(
        self, session: Session, wanted: ActivityFilter, after: SortKey | None, limit: int
    ) -> Sequence[ActivityRow]:
        return activity_page(session, wanted, after, limit)

    def total(self, session: Session, wanted: ActivityFilter) -> int:
        return activity_count(session, wanted)

    def count_text(self, count: int) -> str:
        return self.tr("%n activity(s)", "", count)
