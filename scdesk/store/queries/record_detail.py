"""People, organisations, cities and committees as their forms show them."""

from dataclasses import dataclass
from datetime import date
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from scdesk.domain.committees import (
    CommitteeId,
    CommitteeInput,
    CommitteeRecord,
    MemberRole,
    MembershipEntry,
    MembershipId,
)
from scdesk.domain.people import CityId, GroupTag, OrganisationId, PersonId, PersonInput
from scdesk.domain.places import CityInput, OrganisationInput
from scdesk.store.models import City, Committee, Membership, Organisation, Person, PersonGroup


@dataclass(frozen=True, slots=True)
class PersonDetail:
    id: PersonId
    person: PersonInput
    groups: frozenset[GroupTag]


@dataclass(frozen=True, slots=True)
class OrganisationDetail:
    id: OrganisationId
    organisation: OrganisationInput


@dataclass(frozen=True, slots=True)
class CityDetail:
    id: CityId
    city: CityInput
    mayor_name: str | None


@dataclass(frozen=True, slots=True)
class MembershipRow:
    id: MembershipId
    person_id: PersonId
    name: str
    role: MemberRole
    starts_on: date | None
    ends_on: date | None


@dataclass(frozen=True, slots=True)
class CommitteeDetail:
    id: CommitteeId
    committee: CommitteeInput
    memberships: tuple[MembershipRow, ...]


def person_detail(session: Session, person_id: UUID) -> PersonDetail | None:
    record = session.get(Person, person_id)
    if record is None or record.deleted:
        return None
    fields = PersonInput.__dataclass_fields__
    person = PersonInput(**{name: getattr(record, name) for name in fields})
    groups = session.execute(
        select(PersonGroup.group).where(
            PersonGroup.person_id == person_id, PersonGroup.deleted.is_(False)
        )
    ).scalars()
    return PersonDetail(PersonId(record.id), person, frozenset(groups))


def organisation_detail(session: Session, organisation_id: UUID) -> OrganisationDetail | None:
    record = session.get(Organisation, organisation_id)
    if record is None or record.deleted:
        return None
    fields = OrganisationInput.__dataclass_fields__
    organisation = OrganisationInput(**{name: getattr(record, name) for name in fields})
    return OrganisationDetail(OrganisationId(record.id), organisation)


def city_detail(session: Session, city_id: UUID) -> CityDetail | None:
    record = session.get(City, city_id)
    if record is None or record.deleted:
        return None
    city = CityInput(**{name: getattr(record, name) for name in CityInput.__dataclass_fields__})
    mayor = session.get(Person, record.mayor_id) if record.mayor_id else None
    return CityDetail(CityId(record.id), city, mayor.name if mayor else None)


def committee_detail(session: Session, committee_id: UUID) -> CommitteeDetail | None:
    record = session.get(Committee, committee_id)
    if record is None or record.deleted:
        return None
    fields = CommitteeInput.__dataclass_fields__
    committee = CommitteeInput(**{name: getattr(record, name) for name in fields})
    rows = session.execute(
        select(
            Membership.id,
            Membership.person_id,
            Person.name,
            Membership.role,
            Membership.starts_on,
            Membership.ends_on,
        )
        .join(Person, Membership.person_id == Person.id)
        .where(Membership.committee_id == committee_id, Membership.deleted.is_(False))
        .order_by(Membership.role, Person.name)
    )
    memberships = tuple(MembershipRow(MembershipId(r[0]), PersonId(r[1]), *r[2:]) for r in rows)
    return CommitteeDetail(CommitteeId(record.id), committee, memberships)


def stored_committee_record(session: Session, committee_id: UUID) -> CommitteeRecord | None:
    """The committee as save_committee takes it, as stored now: a change starts from here."""
    detail = committee_detail(session, committee_id)
    if detail is None:
        return None
    seats = tuple(
        MembershipEntry(m.id, m.person_id, m.role, m.starts_on, m.ends_on)
        for m in detail.memberships
    )
    return CommitteeRecord(detail.id, detail.committee, seats)
