"""The cities and organisations lists: one page at a time, filtered, searched and sorted."""

from dataclasses import dataclass
from datetime import date
from uuid import UUID

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from scdesk.domain.people import CityId, OrganisationId
from scdesk.domain.places import Sector
from scdesk.store import search
from scdesk.store.models import City, Organisation
from scdesk.store.queries.paging import AnySelect, Order, Sortable, SortKey, keyset_page

_BY_NAME = Order("name")


@dataclass(frozen=True, slots=True)
class CityFilter:
    search: str = ""
    country: str | None = None
    members_only: bool = False
    order: Order = _BY_NAME


@dataclass(frozen=True, slots=True)
class CityRow:
    id: CityId
    name: str
    name_local: str | None
    country: str
    province: str | None
    is_member: bool
    joined_on: date | None
    sort_key: SortKey


CITY_SORTS: dict[str, Sortable] = {
    "name": City.name.collate("NOCASE"),
    "name_local": func.coalesce(City.name_local, ""),
    "country": City.country,
    "province": func.coalesce(City.province, ""),
    "joined_on": func.coalesce(City.joined_on, ""),
}


def city_page(
    session: Session, wanted: CityFilter, after: SortKey | None, limit: int
) -> list[CityRow]:
    columns = select(
        City.id,
        City.name,
        City.name_local,
        City.country,
        City.province,
        City.is_member,
        City.joined_on,
    )
    order = CITY_SORTS[wanted.order.column]
    statement = keyset_page(
        _cities(columns, wanted), order, City.id, after, wanted.order.descending, limit
    )
    return [
        CityRow(
            id=CityId(row.id),
            name=row.name,
            name_local=row.name_local,
            country=row.country,
            province=row.province,
            is_member=row.is_member,
            joined_on=row.joined_on,
            sort_key=(row.sort_value, row.id),
        )
        for row in session.execute(statement)
    ]


def city_count(session: Session, wanted: CityFilter) -> int:
    return int(session.execute(_cities(select(func.count()), wanted)).scalar_one())


def _cities(statement: AnySelect, wanted: CityFilter) -> AnySelect:
    statement = statement.select_from(City).where(City.deleted.is_(False))
    if wanted.search.strip():
        statement = statement.where(search.matches("city", wanted.search))
    if wanted.country is not None:
        statement = statement.where(City.country == wanted.country)
    if wanted.members_only:
        statement = statement.where(City.is_member.is_(True))
    return statement


@dataclass(frozen=True, slots=True)
class OrganisationFilter:
    search: str = ""
    city_id: UUID | None = None
    sector: Sector | None = None
    order: Order = _BY_NAME


@dataclass(frozen=True, slots=True)
class OrganisationRow:
    id: OrganisationId
    name: str
    sector: Sector
    city: str | None
    sort_key: SortKey


ORGANISATION_SORTS: dict[str, Sortable] = {
    "name": Organisation.name.collate("NOCASE"),
    "sector": Organisation.sector,
    "city": func.coalesce(City.name, ""),
}


def organisation_page(
    session: Session, wanted: OrganisationFilter, after: SortKey | None, limit: int
) -> list[OrganisationRow]:
    columns = select(
        Organisation.id, Organisation.name, Organisation.sector, City.name.label("city")
    )
    order = ORGANISATION_SORTS[wanted.order.column]
    statement = keyset_page(
        _organisations(columns, wanted),
        order,
        Organisation.id,
        after,
        wanted.order.descending,
        limit,
    )
    return [
        OrganisationRow(
            id=OrganisationId(row.id),
            name=row.name,
            sector=row.sector,
            city=row.city,
            sort_key=(row.sort_value, row.id),
        )
        for row in session.execute(statement)
    ]


def organisation_count(session: Session, wanted: OrganisationFilter) -> int:
    return int(session.execute(_organisations(select(func.count()), wanted)).scalar_one())


def _organisations(statement: AnySelect, wanted: OrganisationFilter) -> AnySelect:
    statement = (
        statement.select_from(Organisation)
        .outerjoin(City, Organisation.city_id == City.id)
        .where(Organisation.deleted.is_(False))
    )
    if wanted.search.strip():
        statement = statement.where(search.matches("organisation", wanted.search))
    if wanted.city_id is not None:
        statement = statement.where(Organisation.city_id == wanted.city_id)
    if wanted.sector is not None:
        statement = statement.where(Organisation.sector == wanted.sector)
    return statement
