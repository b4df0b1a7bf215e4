"""The meetings list: one page of meetings at a time, filtered, searched and sorted."""

from dataclasses import dataclass
from datetime import date, datetime
from uuid import UUID

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from scdesk.domain.meetings import MeetingId, MeetingKind, MeetingStatus, MinutesStatus
from scdesk.store import search
from scdesk.store.models import City, Committee, Meeting
from scdesk.store.queries.paging import (
    AnySelect,
    Order,
    Sortable,
    SortKey,
    day_after,
    day_start,
    keyset_page,
)

_DEFAULT_ORDER = Order("starts_at", descending=True)


@dataclass(frozen=True, slots=True)
class MeetingFilter:
    search: str = ""
    city_id: UUID | None = None
    period_from: date | None = None
    period_to: date | None = None
    kind: MeetingKind | None = None
    status: MeetingStatus | None = None
    order: Order = _DEFAULT_ORDER


@dataclass(frozen=True, slots=True)
class MeetingRow:
    id: MeetingId
    title: str
    kind: MeetingKind
    starts_at: datetime
    city: str
    committee: str | None
    status: MeetingStatus
    minutes_status: MinutesStatus
    language: str
    sort_key: SortKey


#: The columns a meetings list can be sorted by.
SORTS: dict[str, Sortable] = {
    "starts_at": Meeting.starts_at,
    "title": Meeting.title.collate("NOCASE"),
    "kind": Meeting.kind,
    "city": City.name.collate("NOCASE"),
    "committee": func.coalesce(Committee.name, ""),
    "status": Meeting.status,
    "minutes_status": Meeting.minutes_status,
}


def meeting_page(
    session: Session, wanted: MeetingFilter, after: SortKey | None, limit: int
) -> list[MeetingRow]:
    return [
        MeetingRow(
            id=MeetingId(row.id),
            title=row.title,
            kind=row.kind,
            starts_at=row.starts_at,
            city=row.city,
            committee=row.committee,
            status=row.status,
            minutes_status=row.minutes_status,
            language=row.language,
            sort_key=(row.sort_value, row.id),
        )
        for row in session.execute(meeting_select(wanted, after, limit))
    ]


def meeting_select(wanted: MeetingFilter, after: SortKey | None, limit: int) -> AnySelect:
    """The statement behind a page (the benchmark times it raw, beside the list)."""
    columns = select(
        Meeting.id,
        Meeting.title,
        Meeting.kind,
        Meeting.starts_at,
        City.name.label("city"),
        Committee.name.label("committee"),
        Meeting.status,
        Meeting.minutes_status,
        Meeting.language,
    )
    order = SORTS[wanted.order.column]
    return keyset_page(
        _filtered(columns, wanted), order, Meeting.id, after, wanted.order.descending, limit
    )


def meeting_count(session: Session, wanted: MeetingFilter) -> int:
    return int(session.execute(meeting_count_select(wanted)).scalar_one())


def meeting_count_select(wanted: MeetingFilter) -> AnySelect:
    return _filtered(select(func.count()), wanted)


def _filtered(statement: AnySelect, wanted: MeetingFilter) -> AnySelect:
    statement = (
        statement.select_from(Meeting)
        .join(City, Meeting.city_id == City.id)
        .outerjoin(Committee, Meeting.committee_id == Committee.id)
        .where(Meeting.deleted.is_(False))
    )
    if wanted.search.strip():
        statement = statement.where(search.matches("meeting", wanted.search))
    if wanted.city_id is not None:
        statement = statement.where(Meeting.city_id == wanted.city_id)
    if wanted.period_from is not None:
        statement = statement.where(Meeting.starts_at >= day_start(wanted.period_from))
    if wanted.period_to is not None:
        statement = statement.where(Meeting.starts_at < day_after(wanted.period_to))
    if wanted.kind is not None:
        statement = statement.where(Meeting.kind == wanted.kind)
    if wanted.status is not None:
        statement = statement.where(Meeting.status == wanted.status)
    return statement
