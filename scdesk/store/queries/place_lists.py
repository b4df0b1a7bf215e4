"""The cities and organisations lists: one page at a time, filtered, searched and sorted."""

from dataclasses import dataclass
from datetime import date
from typing import Any
from uuid import UUID

from sqlalchemy import bindparam, func
from sqlalchemy.orm import Session

from scdesk.domain.people import CityId, OrganisationId
from scdesk.domain.places import Sector
from scdesk.store.models import City, Organisation
from scdesk.store.queries.paging import (
    Conditions,
    ListStatements,
    Order,
    Sortable,
    SortKey,
    given_values,
    searched_in,
)

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
    "joined_on": func.coalesce(City.joined_on, date.min),
}


def city_page(
    session: Session, wanted: CityFilter, after: SortKey | None, limit: int
) -> list[CityRow]:
    rows = _CITIES.rows(session, _city_values(wanted), wanted.order, after, limit, wanted.search)
    return [
        CityRow(
            CityId(id_), name, name_local, country, province, is_member, joined_on,
            sort_key=(sort, id_),
        )
        for id_, name, name_local, country, province, is_member, joined_on, sort in rows
    ]  # fmt: skip


def city_count(session: Session, wanted: CityFilter) -> int:
    return _CITIES.total(session, _city_values(wanted), wanted.search)


#: The cities list's conditions, each on a bound parameter named after the field it reads.
_CITY_CONDITIONS: Conditions = {
    "country": City.country == bindparam("country"),
    "members_only": City.is_member == bindparam("members_only"),
}


def _city_values(wanted: CityFilter) -> dict[str, Any]:
    """Members only, or every city: a filter that does not ask for members gives no value."""
    return given_values(
        {"country": wanted.country, "members_only": True if wanted.members_only else None}
    )


_CITIES = ListStatements(
    (
        City.id,
        City.name,
        City.name_local,
        City.country,
        City.province,
        City.is_member,
        City.joined_on,
    ),
    lambda statement: statement.select_from(City).where(City.deleted.is_(False)),
    _CITY_CONDITIONS,
    CITY_SORTS,
    City.id,
    searched_in("city"),
)


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
    values = _organisation_values(wanted)
    rows = _ORGANISATIONS.rows(session, values, wanted.order, after, limit, wanted.search)
    return [
        OrganisationRow(OrganisationId(id_), name, sector, city, sort_key=(sort, id_))
        for id_, name, sector, city, sort in rows
    ]


def organisation_count(session: Session, wanted: OrganisationFilter) -> int:
    return _ORGANISATIONS.total(session, _organisation_values(wanted), wanted.search)


#: The organisations list's conditions, each on a bound parameter named after the field it reads.
_ORGANISATION_CONDITIONS: Conditions = {
    "city_id": Organisation.city_id == bindparam("city_id"),
    "sector": Organisation.sector == bindparam("sector"),
}


def _organisation_values(wanted: OrganisationFilter) -> dict[str, Any]:
    return given_values({"city_id": wanted.city_id, "sector": wanted.sector})


_ORGANISATIONS = ListStatements(
    (Organisation.id, Organisation.name, Organisation.sector, City.name.label("city")),
    lambda statement: (
        statement.select_from(Organisation)
        .outerjoin(City, Organisation.city_id == City.id)
        .where(Organisation.deleted.is_(False))
    ),
    _ORGANISATION_CONDITIONS,
    ORGANISATION_SORTS,
    Organisation.id,
    searched_in("organisation"),
)
