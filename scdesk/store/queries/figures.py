"""The facts the key figures are counted from: who was present at what, where and when."""

from datetime import UTC, date, datetime, time, timedelta
from uuid import UUID

from sqlalchemy import ColumnElement, Subquery, and_, func, or_, select, true
from sqlalchemy.orm import Session

from scdesk.domain.figures import (
    YOUTH_ACTIVITY,
    AnonymousCount,
    CityRef,
    Engagement,
    EventFact,
    Facts,
    PersonFacts,
)
from scdesk.domain.meetings import AttendanceStatus, MeetingStatus
from scdesk.domain.people import GroupTag, age_band_at
from scdesk.domain.progress import Progress, silent
from scdesk.store.base import table_of
from scdesk.store.models import (
    Activity,
    ActivityCoach,
    ActivityHeadcount,
    ActivityParticipant,
    Attendance,
    City,
    Headcount,
    Meeting,
    Person,
    PersonGroup,
)

#: The tables the figures are counted from: a change to any of them may change a figure.
COUNTED = frozenset(
    table_of(model).name
    for model in (
        Activity,
        ActivityCoach,
        ActivityHeadcount,
        ActivityParticipant,
        Attendance,
        City,
        Headcount,
        Meeting,
        Person,
        PersonGroup,
    )
)

#: The points at which figure_facts reports progress.
_STEPS = 4


def figure_facts(
    session: Session,
    period_from: date | None,
    period_to: date | None,
    country: str | None,
    city: UUID | None,
    today: date,
    progress: Progress | None = None,
) -> Facts:
    """Events held in the period and place, the people present at them, and the headcounts.

    Deleted records are left out: a deleted meeting, attendance or person counts for nothing.
    Progress is reported, and Cancel honoured, between the queries.
    """
    step = (progress or silent()).step
    cities = {
        row.id: CityRef(row.id, row.name, row.country)
        for row in session.execute(select(City.id, City.name, City.country))
    }
    places = _places(country, city)
    meetings = _held_meetings(period_from, period_to, places)
    activities = _held_activities(period_from, period_to, places)
    step(0, _STEPS)
    engagements = _engagements(session, meetings, activities, cities)
    step(1, _STEPS)
    people = _people(session, {e.person_id for e in engagements}, cities, today)
    step(2, _STEPS)
    anonymous = [
        AnonymousCount(row.people, row.gender, row.age_band, row.group, cities[row.city_id])
        for row in session.execute(
            select(
                Headcount.count.label("people"),
                Headcount.gender,
                Headcount.age_band,
                Headcount.group,
                meetings.c.city_id,
            )
            .join(meetings, Headcount.meeting_id == meetings.c.id)
            .where(Headcount.deleted.is_(False))
        )
    ]
    anonymous += [
        AnonymousCount(row.people, row.gender, row.age_band, None, cities[row.city_id])
        for row in session.execute(
            select(
                ActivityHeadcount.count.label("people"),
                ActivityHeadcount.gender,
                ActivityHeadcount.age_band,
                activities.c.city_id,
            )
            .join(activities, ActivityHeadcount.activity_id == activities.c.id)
            .where(ActivityHeadcount.deleted.is_(False))
        )
    ]
    step(3, _STEPS)
    events = [
        EventFact(row.id, row.kind.value, cities[row.city_id])
        for row in session.execute(select(meetings.c.id, meetings.c.kind, meetings.c.city_id))
    ]
    events += [
        EventFact(row.id, YOUTH_ACTIVITY, cities[row.city_id])
        for row in session.execute(select(activities.c.id, activities.c.city_id))
    ]
    joined = (
        true() if period_to is None else or_(City.joined_on.is_(None), City.joined_on <= period_to)
    )
    members = session.execute(
        select(City.id, City.joined_on).where(
            City.deleted.is_(False),
            City.is_member.is_(True),
            City.id.in_(select(places.c.id)),
            joined,
        )
    ).all()
    step(_STEPS, _STEPS)
    return Facts(
        people,
        tuple(engagements),
        tuple(anonymous),
        tuple(events),
        tuple(cities[row.id] for row in members),
        {row.id: row.joined_on for row in members if row.joined_on is not None},
    )


def _engagements(
    session: Session, meetings: Subquery, activities: Subquery, cities: dict[UUID, CityRef]
) -> list[Engagement]:
    """Present at a held meeting, registered for a held activity, or coaching one."""
    found = [
        Engagement(row.person_id, row.starts_at.date(), cities[row.city_id], row.age_band)
        for row in session.execute(
            select(Attendance.person_id, Attendance.age_band, meetings.c.starts_at,
                   meetings.c.city_id)
            .join(meetings, Attendance.meeting_id == meetings.c.id)
            .join(Person, Attendance.person_id == Person.id)
            .where(Attendance.deleted.is_(False), Person.deleted.is_(False),
                   Attendance.status == AttendanceStatus.PRESENT)
        )
    ]  # fmt: skip
    found += [
        Engagement(row.person_id, row.day, cities[row.city_id], row.age_band)
        for row in session.execute(
            select(ActivityParticipant.person_id, ActivityParticipant.age_band, activities.c.day,
                   activities.c.city_id)
            .join(activities, ActivityParticipant.activity_id == activities.c.id)
            .join(Person, ActivityParticipant.person_id == Person.id)
            .where(ActivityParticipant.deleted.is_(False), Person.deleted.is_(False))
        )
    ]  # fmt: skip
    found += [
        Engagement(
            row.person_id, row.day, cities[row.city_id],
            age_band_at(row.birth_year, row.age_band, row.day),
        )
        for row in session.execute(
            select(ActivityCoach.person_id, Person.birth_year, Person.age_band, activities.c.day,
                   activities.c.city_id)
            .join(activities, ActivityCoach.activity_id == activities.c.id)
            .join(Person, ActivityCoach.person_id == Person.id)
            .where(ActivityCoach.deleted.is_(False), Person.deleted.is_(False))
        )
    ]  # fmt: skip
    return found


def _people(
    session: Session, engaged: set[UUID], cities: dict[UUID, CityRef], today: date
) -> dict[UUID, PersonFacts]:
    groups: dict[UUID, set[GroupTag]] = {}
    for tag in session.execute(
        select(PersonGroup.person_id, PersonGroup.group).where(PersonGroup.deleted.is_(False))
    ):
        if tag.person_id in engaged:
            groups.setdefault(tag.person_id, set()).add(tag.group)
    people = {}
    for row in session.execute(
        select(Person.id, Person.gender, Person.stakeholder_type, Person.city_id,
               Person.consent_withdrawn_on).where(Person.deleted.is_(False))
    ):  # fmt: skip
        if row.id not in engaged:
            continue
        withdrawn = row.consent_withdrawn_on
        people[row.id] = PersonFacts(
            id=row.id,
            gender=row.gender,
            stakeholder_type=row.stakeholder_type,
            groups=frozenset(groups.get(row.id, ())),
            home=cities.get(row.city_id) if row.city_id else None,
            consent_withdrawn=withdrawn is not None and withdrawn <= today,
        )
    return people


def _places(country: str | None, city: UUID | None) -> Subquery:
    """The ids of the cities the figures are for."""
    conditions = []
    if country is not None:
        conditions.append(City.country == country)
    if city is not None:
        conditions.append(City.id == city)
    return select(City.id).where(and_(true(), *conditions)).subquery()


def _held_meetings(period_from: date | None, period_to: date | None, places: Subquery) -> Subquery:
    conditions: list[ColumnElement[bool]] = [
        Meeting.deleted.is_(False),
        Meeting.status == MeetingStatus.HELD,
        Meeting.city_id.in_(select(places.c.id)),
    ]
    if period_from is not None:
        conditions.append(Meeting.starts_at >= _start_of(period_from))
    if period_to is not None:
        conditions.append(Meeting.starts_at < _start_of(period_to + timedelta(days=1)))
    columns = (Meeting.id, Meeting.kind, Meeting.starts_at, Meeting.city_id)
    return select(*columns).where(*conditions).subquery()


def _held_activities(
    period_from: date | None, period_to: date | None, places: Subquery
) -> Subquery:
    """An activity counts in a period it overlaps; its people are engaged on its last day."""
    last_day = func.coalesce(Activity.ends_on, Activity.starts_on)
    conditions: list[ColumnElement[bool]] = [
        Activity.deleted.is_(False),
        Activity.status == MeetingStatus.HELD,
        Activity.city_id.in_(select(places.c.id)),
    ]
    if period_from is not None:
        conditions.append(last_day >= period_from)
    if period_to is not None:
        conditions.append(Activity.starts_on <= period_to)
    return (
        select(Activity.id, Activity.city_id, last_day.label("day")).where(*conditions).subquery()
    )


def _start_of(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=UTC)
