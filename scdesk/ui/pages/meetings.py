"""The meetings list."""

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy.orm import Session

from scdesk.domain.changes import RecordKind
from scdesk.domain.labels import label
from scdesk.domain.languages import language_name
from scdesk.domain.meetings import MeetingKind
from scdesk.store.queries.meeting_list import (
    MeetingFilter,
    MeetingRow,
    meeting_count,
    meeting_page,
)
from scdesk.store.queries.paging import SortKey
from scdesk.ui.pages.event_list import EventListPage
from scdesk.ui.pages.paged_model import Column


def local_time(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


class MeetingsPage(EventListPage[MeetingFilter, MeetingRow]):
    KINDS = MeetingKind
    WATCHED = frozenset({RecordKind.MEETING, RecordKind.CITY, RecordKind.COMMITTEE})
    FORM = "meeting"

    def title(self) -> str:
        return self.tr("Meetings")

    def new_label(self) -> str:
        return self.tr("&New meeting")

    def columns(self) -> Sequence[Column[MeetingRow]]:
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
            Column(self.tr("Language"), lambda r: language_name(r.language), width=12),
        )

    def initial_filter(self) -> MeetingFilter:
        return MeetingFilter()

    def page(
        self, session: Session, wanted: MeetingFilter, after: SortKey | None, limit: int
    ) -> Sequence[MeetingRow]:
        return meeting_page(session, wanted, after, limit)

    def total(self, session: Session, wanted: MeetingFilter) -> int:
        return meeting_count(session, wanted)

    def count_text(self, count: int) -> str:
        return self.tr("%n meeting(s)", "", count)
