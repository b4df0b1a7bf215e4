"""The people list: one page at a time, filtered by city and stakeholder type, searched, sorted."""

from dataclasses import dataclass
from typing import Any
from uuid import UUID

from sqlalchemy import bindparam, func
from sqlalchemy.orm import Session

from scdesk.domain.people import AgeBand, Gender, PersonId, StakeholderType
from scdesk.store.models import City, Organisation, Person
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
class PersonFilter:
    search: str = ""
    city_id: UUID | None = None
    stakeholder_type: StakeholderType | None = None
    order: Order = _DEFAULT_ORDER


@dataclass(frozen=True, slots=True)
class PersonRow:
    id: PersonId
    name: str
    gender: Gender
    birth_year: int | None
    age_band: AgeBand | None
    stakeholder_type: StakeholderType
    city: str | None
    organisation: str | None
    community: str | None
    sort_key: SortKey


SORTS: dict[str, Sortable] = {
    "name": Person.name.collate("NOCASE"),
    "gender": Person.gender,
    "stakeholder_type": Person.stakeholder_type,
    "city": func.coalesce(City.name, ""),
    "organisation": func.coalesce(Organisation.name, ""),
    "community": func.coalesce(Person.community, ""),
}


def person_page(
    session: Session, wanted: PersonFilter, after: SortKey | None, limit: int
) -> list[PersonRow]:
    rows = _STATEMENTS.rows(session, _values(wanted), wanted.order, after, limit, wanted.search)
    return [
        PersonRow(
            PersonId(id_), name, gender, birth_year, age_band, stakeholder_type, city,
            organisation, community, sort_key=(sort, id_),
        )
        for (
            id_, name, gender, birth_year, age_band, stakeholder_type, city, organisation,
            community, sort,
        ) in rows
    ]  # fmt: skip


def person_count(session: Session, wanted: PersonFilter) -> int:
    return _STATEMENTS.total(session, _values(wanted), wanted.search)


#: A filter's conditions, each on a bound parameter named after the field it reads.
_CONDITIONS: Conditions = {
    "city_id": Person.city_id == bindparam("city_id"),
    "stakeholder_type": Person.stakeholder_type == bindparam("stakeholder_type"),
}


def _values(wanted: PersonFilter) -> dict[str, Any]:
    return given_values({"city_id": wanted.city_id, "stakeholder_type": wanted.stakeholder_type})


_STATEMENTS = ListStatements(
    (
        Person.id,
        Person.name,
        Person.gender,
        Person.birth_year,
        Person.age_band,
        Person.stakeholder_type,
        City.name.label("city"),
        Organisation.name.label("organisation"),
        Person.community,
    ),
    lambda statement: (
        statement.select_from(Person)
        .outerjoin(City, Person.city_id == City.id)
        .outerjoin(Organisation, Person.organisation_id == Organisation.id)
        .where(Person.deleted.is_(False))
    ),
    _CONDITIONS,
    SORTS,
    Person.id,
    searched_in("person"),
)
