"""The meetings list: one page of meetings at a time, filtered, searched and sorted."""

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from uuid import UUID

from sqlalchemy import bindparam, func
from sqlalchemy.orm import Session

from scdesk.domain.meetings import MeetingId, MeetingKind, MeetingStatus, MinutesStatus
from scdesk.store.models import City, Committee, Meeting
from scdesk.store.queries.paging import (
    AnySelect,
    Conditions,
    ListStatements,
    Order,
    Sortable,
    SortKey,
    day_after,
    day_start,
    given_values,
    searched_in,
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
    statement, values = _page(wanted, after, limit)
    # Read over the session's connection: the statement needs no ORM loading, only its rows.
    rows = session.connection().execute(statement, values)
    return [
        MeetingRow(
            MeetingId(id_), title, kind, starts, city, committee, status, minutes, language,
            sort_key=(sort, id_),
        )
        for id_, title, kind, starts, city, committee, status, minutes, language, sort in rows
    ]  # fmt: skip


def meeting_select(wanted: MeetingFilter, after: SortKey | None, limit: int) -> AnySelect:
    """The statement behind a page, its values bound (the benchmark times it raw, beside the
    list)."""
    statement, values = _page(wanted, after, limit)
    return statement.params(values)


def meeting_count(session: Session, wanted: MeetingFilter) -> int:
    statement, values = _count(wanted)
    return int(session.connection().execute(statement, values).scalar_one())


def meeting_count_select(wanted: MeetingFilter) -> AnySelect:
    statement, values = _count(wanted)
    return statement.params(values)


#: A filter's conditions, each on a bound parameter named after the field it reads.
_CONDITIONS: Conditions = {
    "city_id": Meeting.city_id == bindparam("city_id"),
    "period_from": Meeting.starts_at >= bindparam("period_from"),
    "period_to": Meeting.starts_at < bindparam("period_to"),
    "kind": Meeting.kind == bindparam("kind"),
    "status": Meeting.status == bindparam("status"),
}


def _page(
    wanted: MeetingFilter, after: SortKey | None, limit: int
) -> tuple[AnySelect, dict[str, Any]]:
    """A page's statement and the values it is read with. The statement is built once for
    each shape of filter and order and then reused, so that reading a page binds values only."""
    return _STATEMENTS.page(_values(wanted), wanted.order, after, limit, wanted.search)


def _count(wanted: MeetingFilter) -> tuple[AnySelect, dict[str, Any]]:
    return _STATEMENTS.count(_values(wanted), wanted.search)


def _values(wanted: MeetingFilter) -> dict[str, Any]:
    return given_values(
        {
            "city_id": wanted.city_id,
            "period_from": None if wanted.period_from is None else day_start(wanted.period_from),
            "period_to": None if wanted.period_to is None else day_after(wanted.period_to),
            "kind": wanted.kind,
            "status": wanted.status,
        }
    )


_STATEMENTS = ListStatements(
    (
        Meeting.id,
        Meeting.title,
        Meeting.kind,
        Meeting.starts_at,
        City.name.label("city"),
        Committee.name.label("committee"),
        Meeting.status,
        Meeting.minutes_status,
        Meeting.language,
    ),
    lambda statement: (
        statement.select_from(Meeting)
        .join(City, Meeting.city_id == City.id)
        .outerjoin(Committee, Meeting.committee_id == Committee.id)
        .where(Meeting.deleted.is_(False))
    ),
    _CONDITIONS,
    SORTS,
    Meeting.id,
    searched_in("meeting"),
)
