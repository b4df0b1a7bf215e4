"""The cities and organisations lists: one page at a time, filtered, searched and sorted."""

from dataclasses import dataclass
from datetime import date
from typing import Any
from uuid import UUID

from sqlalchemy import bindparam, func
from sqlalchemy.orm import Session

from scdesk.domain.people import CityId, OrganisationId
from scdesk.domain.places import Sector
from scdesk.store import search
from scdesk.store.models import City, Organisation
from scdesk.store.queries.paging import (
    AnySelect,
    Conditions,
    ListStatements,
    Order,
    Sortable,
    SortKey,
    given_values,
    keyset_values,
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
    values = _city_values(wanted)
    statement = _CITIES.page(frozenset(values), wanted.order, after is not None)
    # Read over the session's connection: the statement needs no ORM loading, only its rows.
    rows = session.connection().execute(
        _searched(statement, "city", wanted.search), values | keyset_values(after, limit)
    )
    return [
        CityRow(
            CityId(id_), name, name_local, country, province, is_member, joined_on,
            sort_key=(sort, id_),
        )
        for id_, name, name_local, country, province, is_member, joined_on, sort in rows
    ]  # fmt: skip


def city_count(session: Session, wanted: CityFilter) -> int:
    values = _city_values(wanted)
    statement = _searched(_CITIES.count(frozenset(values)), "city", wanted.search)
    return int(session.connection().execute(statement, values).scalar_one())


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
    statement = _ORGANISATIONS.page(frozenset(values), wanted.order, after is not None)
    # Read over the session's connection: the statement needs no ORM loading, only its rows.
    rows = session.connection().execute(
        _searched(statement, "organisation", wanted.search), values | keyset_values(after, limit)
    )
    return [
        OrganisationRow(OrganisationId(id_), name, sector, city, sort_key=(sort, id_))
        for id_, name, sector, city, sort in rows
    ]


def organisation_count(session: Session, wanted: OrganisationFilter) -> int:
    values = _organisation_values(wanted)
    statement = _searched(_ORGANISATIONS.count(frozenset(values)), "organisation", wanted.search)
    return int(session.connection().execute(statement, values).scalar_one())


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
)


def _searched(statement: AnySelect, table: str, typed: str) -> AnySelect:
    """What was typed is part of the statement itself, not a bound value (see search.matches)."""
    if not typed.strip():
        return statement
    return statement.where(search.matches(table, typed))
