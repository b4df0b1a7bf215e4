"""The youth activities list: one page at a time, filtered, searched and sorted."""

from dataclasses import dataclass
from datetime import date
from typing import Any
from uuid import UUID

from sqlalchemy import bindparam, func
from sqlalchemy.orm import Session

from scdesk.domain.activities import ActivityId, ActivityKind
from scdesk.domain.meetings import MeetingStatus
from scdesk.store.models import Activity, City
from scdesk.store.queries.paging import (
    Conditions,
    ListStatements,
    Order,
    Sortable,
    SortKey,
    given_values,
    searched_in,
)

_DEFAULT_ORDER = Order("starts_on", descending=True)


@dataclass(frozen=True, slots=True)
class ActivityFilter:
    search: str = ""
    city_id: UUID | None = None
    period_from: date | None = None
    period_to: date | None = None
    kind: ActivityKind | None = None
    status: MeetingStatus | None = None
    order: Order = _DEFAULT_ORDER


@dataclass(frozen=True, slots=True)
class ActivityRow:
    id: ActivityId
    title: str
    kind: ActivityKind
    starts_on: date
    ends_on: date | None
    city: str
    status: MeetingStatus
    language: str
    sort_key: SortKey


SORTS: dict[str, Sortable] = {
    "starts_on": Activity.starts_on,
    "title": Activity.title.collate("NOCASE"),
    "kind": Activity.kind,
    "city": City.name.collate("NOCASE"),
    "status": Activity.status,
}


def activity_page(
    session: Session, wanted: ActivityFilter, after: SortKey | None, limit: int
) -> list[ActivityRow]:
    rows = _STATEMENTS.rows(session, _values(wanted), wanted.order, after, limit, wanted.search)
    return [
        ActivityRow(
            ActivityId(id_), title, kind, starts_on, ends_on, city, status, language,
            sort_key=(sort, id_),
        )
        for id_, title, kind, starts_on, ends_on, city, status, language, sort in rows
    ]  # fmt: skip


def activity_count(session: Session, wanted: ActivityFilter) -> int:
    return _STATEMENTS.total(session, _values(wanted), wanted.search)


#: A filter's conditions, each on a bound parameter named after the field it reads. An activity
#: is in a period it overlaps, as the key figures count it.
_CONDITIONS: Conditions = {
    "city_id": Activity.city_id == bindparam("city_id"),
    "period_from": func.coalesce(Activity.ends_on, Activity.starts_on) >= bindparam("period_from"),
    "period_to": Activity.starts_on <= bindparam("period_to"),
    "kind": Activity.kind == bindparam("kind"),
    "status": Activity.status == bindparam("status"),
}


def _values(wanted: ActivityFilter) -> dict[str, Any]:
    return given_values(
        {
            "city_id": wanted.city_id,
            "period_from": wanted.period_from,
            "period_to": wanted.period_to,
            "kind": wanted.kind,
            "status": wanted.status,
        }
    )


_STATEMENTS = ListStatements(
    (
        Activity.id,
        Activity.title,
        Activity.kind,
        Activity.starts_on,
        Activity.ends_on,
        City.name.label("city"),
        Activity.status,
        Activity.language,
    ),
    lambda statement: (
        statement.select_from(Activity)
        .join(City, Activity.city_id == City.id)
        .where(Activity.deleted.is_(False))
    ),
    _CONDITIONS,
    SORTS,
    Activity.id,
    searched_in("activity"),
)
