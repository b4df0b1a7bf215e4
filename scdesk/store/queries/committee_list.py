"""The committees list: one page at a time, with how many members sit on each today."""

from dataclasses import dataclass
from datetime import date
from uuid import UUID

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from scdesk.domain.committees import CommitteeId, CommitteeKind
from scdesk.store import search
from scdesk.store.models import City, Committee, Membership
from scdesk.store.queries.paging import AnySelect, Order, Sortable, SortKey, keyset_page

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
    "established_on": func.coalesce(Committee.established_on, ""),
}


def committee_page(
    session: Session, wanted: CommitteeFilter, after: SortKey | None, limit: int, today: date
) -> list[CommitteeRow]:
    members = (
        select(func.count())
        .where(
            Membership.committee_id == Committee.id,
            Membership.deleted.is_(False),
            or_(Membership.ends_on.is_(None), Membership.ends_on >= today),
        )
        .scalar_subquery()
        .label("members")
    )
    columns = select(
        Committee.id,
        Committee.name,
        Committee.kind,
        City.name.label("city"),
        Committee.language,
        Committee.established_on,
        members,
    )
    order = SORTS[wanted.order.column]
    statement = keyset_page(
        _filtered(columns, wanted), order, Committee.id, after, wanted.order.descending, limit
    )
    return [
        CommitteeRow(
            id=CommitteeId(row.id),
            name=row.name,
            kind=row.kind,
            city=row.city,
            language=row.language,
            established_on=row.established_on,
            members=row.members,
            sort_key=(row.sort_value, row.id),
        )
        for row in session.execute(statement)
    ]


def committee_count(session: Session, wanted: CommitteeFilter) -> int:
    return int(session.execute(_filtered(select(func.count()), wanted)).scalar_one())


def _filtered(statement: AnySelect, wanted: CommitteeFilter) -> AnySelect:
    statement = (
        statement.select_from(Committee)
        .join(City, Committee.city_id == City.id)
        .where(Committee.deleted.is_(False))
    )
    if wanted.search.strip():
        statement = statement.where(search.matches("committee", wanted.search))
    if wanted.city_id is not None:
        statement = statement.where(Committee.city_id == wanted.city_id)
    if wanted.kind is not None:
        statement = statement.where(Committee.kind == wanted.kind)
    return statement
