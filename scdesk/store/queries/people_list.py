"""The people list: one page at a time, filtered by city and stakeholder type, searched, sorted."""

from dataclasses import dataclass
from uuid import UUID

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from scdesk.domain.people import AgeBand, Gender, PersonId, StakeholderType
from scdesk.store import search
from scdesk.store.models import City, Organisation, Person
from scdesk.store.queries.paging import AnySelect, Order, Sortable, SortKey, keyset_page

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
    columns = select(
        Person.id,
        Person.name,
        Person.gender,
        Person.birth_year,
        Person.age_band,
        Person.stakeholder_type,
        City.name.label("city"),
        Organisation.name.label("organisation"),
        Person.community,
    )
    order = SORTS[wanted.order.column]
    statement = keyset_page(
        _filtered(columns, wanted), order, Person.id, after, wanted.order.descending, limit
    )
    return [
        PersonRow(
            id=PersonId(row.id),
            name=row.name,
            gender=row.gender,
            birth_year=row.birth_year,
            age_band=row.age_band,
            stakeholder_type=row.stakeholder_type,
            city=row.city,
            organisation=row.organisation,
            community=row.community,
            sort_key=(row.sort_value, row.id),
        )
        for row in session.execute(statement)
    ]


def person_count(session: Session, wanted: PersonFilter) -> int:
    return int(session.execute(_filtered(select(func.count()), wanted)).scalar_one())


def _filtered(statement: AnySelect, wanted: PersonFilter) -> AnySelect:
    statement = (
        statement.select_from(Person)
        .outerjoin(City, Person.city_id == City.id)
        .outerjoin(Organisation, Person.organisation_id == Organisation.id)
        .where(Person.deleted.is_(False))
    )
    if wanted.search.strip():
        statement = statement.where(search.matches("person", wanted.search))
    if wanted.city_id is not None:
        statement = statement.where(Person.city_id == wanted.city_id)
    if wanted.stakeholder_type is not None:
        statement = statement.where(Person.stakeholder_type == wanted.stakeholder_type)
    return statement
