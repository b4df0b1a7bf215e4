"""The youth activities list: one page at a time, filtered, searched and sorted."""

from dataclasses import dataclass
from datetime import date
from uuid import UUID

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from scdesk.domain.activities import ActivityId, ActivityKind
from scdesk.domain.meetings import MeetingStatus
from scdesk.store import search
from scdesk.store.models import Activity, City
from scdesk.store.queries.paging import AnySelect, Order, Sortable, SortKey, keyset_page

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
    columns = select(
        Activity.id,
        Activity.title,
        Activity.kind,
        Activity.starts_on,
        Activity.ends_on,
        City.name.label("city"),
        Activity.status,
        Activity.language,
    )
    order = SORTS[wanted.order.column]
    statement = keyset_page(
        _filtered(columns, wanted), order, Activity.id, after, wanted.order.descending, limit
    )
    return [
        ActivityRow(
            id=ActivityId(row.id),
            title=row.title,
            kind=row.kind,
            starts_on=row.starts_on,
            ends_on=row.ends_on,
            city=row.city,
            status=row.status,
            language=row.language,
            sort_key=(row.sort_value, row.id),
        )
        for row in session.execute(statement)
    ]


def activity_count(session: Session, wanted: ActivityFilter) -> int:
    return int(session.execute(_filtered(select(func.count()), wanted)).scalar_one())


def _filtered(statement: AnySelect, wanted: ActivityFilter) -> AnySelect:
    """An activity is in a period it overlaps, as the key figures count it."""
    statement = (
        statement.select_from(Activity)
        .join(City, Activity.city_id == City.id)
        .where(Activity.deleted.is_(False))
    )
    if wanted.search.strip():
        statement = statement.where(search.matches("activity", wanted.search))
    if wanted.city_id is not None:
        statement = statement.where(Activity.city_id == wanted.city_id)
    if wanted.period_from is not None:
        last_day = func.coalesce(Activity.ends_on, Activity.starts_on)
        statement = statement.where(last_day >= wanted.period_from)
    if wanted.period_to is not None:
        statement = statement.where(Activity.starts_on <= wanted.period_to)
    if wanted.kind is not None:
        statement = statement.where(Activity.kind == wanted.kind)
    if wanted.status is not None:
        statement = statement.where(Activity.status == wanted.status)
    return statement
