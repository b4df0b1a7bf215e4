"""What forms and filters offer to choose from: cities, committees, organisations, people."""

from dataclasses import dataclass
from datetime import date
from typing import Any
from uuid import UUID

from sqlalchemy import Row, case, or_, select
from sqlalchemy.orm import Session

from scdesk.domain.committees import MemberRole
from scdesk.domain.people import AgeBand, CityId, in_expert_pool
from scdesk.domain.places import CityName
from scdesk.store.models import City, Committee, Membership, Organisation, Person, SupportGrant
from scdesk.store.queries.paging import AnySelect


@dataclass(frozen=True, slots=True)
class Choice:
    id: UUID
    label: str


@dataclass(frozen=True, slots=True)
class CommitteeChoice:
    id: UUID
    label: str
    city_id: UUID


@dataclass(frozen=True, slots=True)
class PersonChoice:
    id: UUID
    name: str
    #: What tells two people of the same name apart: their community, organisation or city.
    detail: str
    birth_year: int | None
    age_band: AgeBand | None
    has_contact: bool
    consent_withdrawn_on: date | None = None
    #: Whether they are in the hub's expert pool (their fields of expertise recorded).
    in_pool: bool = False


@dataclass(frozen=True, slots=True)
class Member:
    person: PersonChoice
    role: MemberRole


def city_choices(session: Session) -> list[Choice]:
    """Every live city (a few hundred at most), by name."""
    return [Choice(city.id, city.label) for city in city_names(session)]


def grant_currencies(session: Session) -> list[str]:
    """The currencies of the live grants, for a choice of grant breakdown categories."""
    query = select(SupportGrant.currency).where(SupportGrant.deleted.is_(False)).distinct()
    return sorted(session.scalars(query))


def city_named(session: Session, city_id: UUID) -> CityName | None:
    """The city with this id, deleted or not (None: no city has it)."""
    row = session.execute(
        select(City.id, City.name, City.name_local, City.country).where(City.id == city_id)
    ).first()
    return None if row is None else CityName(CityId(row.id), row.name, row.name_local, row.country)


def city_names(session: Session) -> list[CityName]:
    """Every live city as a user may name it, by name."""
    rows = session.execute(
        select(City.id, City.name, City.name_local, City.country)
        .where(City.deleted.is_(False))
        .order_by(City.name.collate("NOCASE"), City.id)
    )
    return [CityName(CityId(r.id), r.name, r.name_local, r.country) for r in rows]


def committee_choices(session: Session, city_id: UUID | None) -> list[Choice]:
    statement = select(Committee.id, Committee.name, City.name.label("city")).join(
        City, Committee.city_id == City.id
    )
    if city_id is not None:
        statement = statement.where(Committee.city_id == city_id)
    rows = session.execute(
        statement.where(Committee.deleted.is_(False)).order_by(City.name, Committee.name)
    )
    return [Choice(r.id, f"{r.name} — {r.city}") for r in rows]


def committees_with_city(session: Session) -> list[CommitteeChoice]:
    """Every live committee with its city, so a form can offer those of the chosen city."""
    rows = session.execute(
        select(Committee.id, Committee.name, Committee.city_id, City.name.label("city"))
        .join(City, Committee.city_id == City.id)
        .where(Committee.deleted.is_(False))
        .order_by(City.name, Committee.name)
    )
    return [CommitteeChoice(r.id, f"{r.name} — {r.city}", r.city_id) for r in rows]


def organisation_choices(session: Session, city_id: UUID | None) -> list[Choice]:
    statement = select(Organisation.id, Organisation.name).where(Organisation.deleted.is_(False))
    if city_id is not None:
        statement = statement.where(
            or_(Organisation.city_id == city_id, Organisation.city_id.is_(None))
        )
    rows = session.execute(statement.order_by(Organisation.name.collate("NOCASE")))
    return [Choice(r.id, r.name) for r in rows]


def people_matching(
    session: Session, typed: str, limit: int = 20, *, pool_first: bool = False
) -> list[PersonChoice]:
    """People whose name, or a word of it, starts with what was typed. With pool_first, those
    in the hub's expert pool come first, and nothing typed lists the pool."""
    text = typed.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    if not text and not pool_first:
        return []
    statement = _people().where(Person.deleted.is_(False))
    if text:
        statement = statement.where(
            or_(
                Person.name.like(f"{text}%", escape="\\"),
                Person.name.like(f"% {text}%", escape="\\"),
            )
        )
    else:
        statement = statement.where(Person.expertise.is_not(None))
    order = [Person.name.collate("NOCASE"), Person.id]
    if pool_first:  # save_person keeps fields of expertise tidy, None when there are none
        order.insert(0, case((Person.expertise.is_not(None), 0), else_=1))
    rows = session.execute(statement.order_by(*order).limit(limit))
    return [_person(row) for row in rows]


def people_named(session: Session, ids: list[UUID]) -> dict[UUID, PersonChoice]:
    statement = _people().where(Person.id.in_(ids))
    return {row.id: _person(row) for row in session.execute(statement)}


def committee_members(session: Session, committee_id: UUID, on: date) -> list[Member]:
    """Who sat on the committee on a day: chair and secretary first."""
    rows = session.execute(
        _people()
        .add_columns(Membership.role)
        .join(Membership, Membership.person_id == Person.id)
        .where(
            Membership.committee_id == committee_id,
            Membership.deleted.is_(False),
            Person.deleted.is_(False),
            or_(Membership.starts_on.is_(None), Membership.starts_on <= on),
            or_(Membership.ends_on.is_(None), Membership.ends_on >= on),
        )
        .order_by(Person.name, Person.id)
    )
    order = list(MemberRole)
    members = [Member(_person(row), row.role) for row in rows]
    return sorted(members, key=lambda member: order.index(member.role))


def _people() -> AnySelect:
    return (
        select(
            Person.id,
            Person.name,
            Person.community,
            Organisation.name.label("organisation"),
            City.name.label("city"),
            Person.birth_year,
            Person.age_band,
            Person.phone,
            Person.email,
            Person.consent_withdrawn_on,
            Person.expertise,
        )
        .outerjoin(Organisation, Person.organisation_id == Organisation.id)
        .outerjoin(City, Person.city_id == City.id)
    )


def _person(row: Row[Any]) -> PersonChoice:
    detail = next((str(v) for v in (row.community, row.organisation, row.city) if v), "")
    return PersonChoice(
        id=row.id,
        name=row.name,
        detail=detail,
        birth_year=row.birth_year,
        age_band=row.age_band,
        has_contact=bool(row.phone or row.email),
        consent_withdrawn_on=row.consent_withdrawn_on,
        in_pool=in_expert_pool(row.expertise),
    )
