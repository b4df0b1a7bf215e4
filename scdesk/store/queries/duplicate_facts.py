"""The live records the duplicate search compares: one query per kind, only the columns it needs.

Deleted records are left out here, and with them every record a merge has folded into another
(a merged-away record is a tombstone pointing at its survivor).
"""

from typing import Any
from uuid import UUID

from sqlalchemy import ColumnElement, String, select, type_coerce
from sqlalchemy.orm import InstrumentedAttribute, Session

from scdesk.domain.duplicates import CityFacts, EventFacts, OrganisationFacts, PersonFacts
from scdesk.store.models import Activity, City, Meeting, Organisation, Person


def _stored(column: ColumnElement[UUID] | InstrumentedAttribute[UUID | None]) -> Any:
    """An id as the driver gives it, without making a UUID of it (domain StoredId)."""
    return type_coerce(column, String)


def people_facts(session: Session) -> list[PersonFacts]:
    """Every live person: the one table large enough for the ids' conversion to matter."""
    query = select(
        _stored(Person.id),
        Person.name,
        Person.gender,
        _stored(Person.city_id),
        _stored(Person.organisation_id),
        Person.birth_year,
        Person.age_band,
        Person.phone,
        Person.email,
        Person.community,
    ).where(Person.deleted.is_(False))
    return [
        PersonFacts(id_, name, gender, city, organisation, year, band, phone, email, community)
        for id_, name, gender, city, organisation, year, band, phone, email, community in (
            session.execute(query)
        )
    ]


def city_facts(session: Session) -> list[CityFacts]:
    query = select(City.id, City.name, City.name_local, City.country, City.province).where(
        City.deleted.is_(False)
    )
    return [CityFacts(*row) for row in session.execute(query)]


def organisation_facts(session: Session) -> list[OrganisationFacts]:
    query = (
        select(
            Organisation.id, Organisation.name, Organisation.sector, Organisation.city_id, City.name
        )
        .outerjoin(City, City.id == Organisation.city_id)
        .where(Organisation.deleted.is_(False))
    )
    return [
        OrganisationFacts(id_, name, sector.value, city, city_name)
        for id_, name, sector, city, city_name in session.execute(query)
    ]


def meeting_facts(session: Session) -> list[EventFacts]:
    query = select(
        Meeting.id,
        Meeting.title,
        Meeting.kind,
        Meeting.city_id,
        Meeting.starts_at,
        Meeting.committee_id,
    ).where(Meeting.deleted.is_(False))
    return [
        EventFacts(id_, title, kind.value, city, starts.date(), starts, committee)
        for id_, title, kind, city, starts, committee in session.execute(query)
    ]


def activity_facts(session: Session) -> list[EventFacts]:
    query = select(
        Activity.id, Activity.title, Activity.kind, Activity.city_id, Activity.starts_on
    ).where(Activity.deleted.is_(False))
    return [
        EventFacts(id_, title, kind.value, city, day)
        for id_, title, kind, city, day in session.execute(query)
    ]
