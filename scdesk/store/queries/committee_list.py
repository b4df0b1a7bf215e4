"""The committees list: one page at a time, with how many members sit on each today."""

from dataclasses import dataclass
from datetime import date
from typing import Any
from uuid import UUID

from sqlalchemy import bindparam, func, or_, select
from sqlalchemy.orm import Session

from scdesk.domain.committees import CommitteeId, CommitteeKind
from scdesk.store.models import City, Committee, Membership
from scdesk.store.queries.paging import (
    Conditions,
    ListStatements,
    Order,
    Sortable,
    SortKey,
    given_values,
    searched_in,
)

_DEFAULT_ORDER = Order("name")


@dataclass(frozen=True, slots=True)
class CommitteeFilter:
    search: str = ""
    city_id: UUID | None = None
    kind: CommitteeKind | None = None
    order: Order = _DEFAULT_ORDER


@dataclass(frozen=True, slots=True)
class CommitteeRow:
    id: CommitteeId
    name: str
    kind: CommitteeKind
    city: str
    language: str
    established_on: date | None
    members: int
    sort_key: SortKey


SORTS: dict[str, Sortable] = {
    "name": Committee.name.collate("NOCASE"),
    "kind": Committee.kind,
    "city": City.name.collate("NOCASE"),
    "language": Committee.language,
    "established_on": func.coalesce(Committee.established_on, date.min),
}


def committee_page(
    session: Session, wanted: CommitteeFilter, after: SortKey | None, limit: int, today: date
) -> list[CommitteeRow]:
    values = _values(wanted) | {_TODAY: today}  # the day its members are counted on
    rows = _STATEMENTS.rows(session, values, wanted.order, after, limit, wanted.search)
    return [
        CommitteeRow(
            CommitteeId(id_), name, kind, city, language, established_on, members,
            sort_key=(sort, id_),
        )
        for id_, name, kind, city, language, established_on, members, sort in rows
    ]  # fmt: skip


def committee_count(session: Session, wanted: CommitteeFilter) -> int:
    return _STATEMENTS.total(session, _values(wanted), wanted.search)


#: A filter's conditions, each on a bound parameter named after the field it reads.
_CONDITIONS: Conditions = {
    "city_id": Committee.city_id == bindparam("city_id"),
    "kind": Committee.kind == bindparam("kind"),
}
#: The bound parameter of the day the members are counted on.
_TODAY = "today"


def _values(wanted: CommitteeFilter) -> dict[str, Any]:
    return given_values({"city_id": wanted.city_id, "kind": wanted.kind})


#: How many members sit on the committee on the day bound as _TODAY.
_MEMBERS = (
    select(func.count())
    .where(
        Membership.committee_id == Committee.id,
        Membership.deleted.is_(False),
        or_(Membership.ends_on.is_(None), Membership.ends_on >= bindparam(_TODAY)),
    )
    .scalar_subquery()
    .label("members")
)
_STATEMENTS = ListStatements(
    (
        Committee.id,
        Committee.name,
        Committee.kind,
        City.name.label("city"),
        Committee.language,
        Committee.established_on,
        _MEMBERS,
    ),
    lambda statement: (
        statement.select_from(Committee)
        .join(City, Committee.city_id == City.id)
        .where(Committee.deleted.is_(False))
    ),
    _CONDITIONS,
    SORTS,
    Committee.id,
    searched_in("committee"),
)
