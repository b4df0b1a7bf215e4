"""The facts the key figures are counted from: who was present at what, where and when."""

from datetime import UTC, date, datetime, time, timedelta
from uuid import UUID

from sqlalchemy import ColumnElement, Select, and_, func, select, true
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
from scdesk.domain.people import age_band_at
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


def figure_facts(
    session: Session, period_from: date | None, period_to: date | None,
    country: str | None, city: UUID | None, today: date,
) -> Facts:
    cities = {
        row.id: CityRef(row.id, row.name, row.country)
        for row in session.execute(select(City.id, City.name, City.country))
    }
    meetings = _held_meetings(period_from, period_to, country, city)
    activities = _held_activities(period_from, period_to, country, city)

    engagements: list[Engagement] = []
    for row in session.execute(
        select(Attendance.person_id, Attendance.age_band, meetings.c.starts_at, meetings.c.city_id)
        .join(meetings, Attendance.meeting_id == meetings.c.id)
        .join(Person, Attendance.person_id == Person.id)
        .where(Attendance.deleted.is_(False), Person.deleted.is_(False),
               Attendance.status == AttendanceStatus.PRESENT)
    ):
        engagements.append(
            Engagement(row.person_id, row.starts_at.date(), cities[row.city_id], row.age_band)
        )
    for row in session.execute(
        select(ActivityParticipant.person_id, ActivityParticipant.age_band, activities.c.day,
               activities.c.city_id)
        .join(activities, ActivityParticipant.activity_id == activities.c.id)
        .join(Person, ActivityParticipant.person_id == Person.id)
        .where(ActivityParticipant.deleted.is_(False), Person.deleted.is_(False))
    ):
        engagements.append(Engagement(row.person_id, row.day, cities[row.city_id], row.age_band))
    for row in session.execute(
        select(ActivityCoach.person_id, Person.birth_year, Person.age_band, activities.c.day,
               activities.c.city_id)
        .join(activities, ActivityCoach.activity_id == activities.c.id)
        .join(Person, ActivityCoach.person_id == Person.id)
        .where(ActivityCoach.deleted.is_(False), Person.deleted.is_(False))
    ):
        band = age_band_at(row.birth_year, row.age_band, row.day)
        engagements.append(Engagement(row.person_id, row.day, cities[row.city_id], band))

    engaged = {e.person_id for e in engagements}
    groups: dict[UUID, set[object]] = {}
    for row in session.execute(
        select(PersonGroup.person_id, PersonGroup.group).where(PersonGroup.deleted.is_(False))
    ):
        if row.person_id in engaged:
            groups.setdefault(row.person_id, set()).add(row.group)
    people = {}
    for row in session.execute(
        select(Person.id, Person.gender, Person.stakeholder_type, Person.city_id,
               Person.consent_withdrawn_on).where(Person.deleted.is_(False))
    ):
        if row.id in engaged:
            people[row.id] = PersonFacts(
                id=row.id, gender=row.gender, stakeholder_type=row.stakeholder_type,
                groups=frozenset(groups.get(row.id, ())),  # type: ignore[arg-type]
                home=cities.get(row.city_id) if row.city_id else None,
                consent_withdrawn=row.consent_withdrawn_on is not None
                and row.consent_withdrawn_on <= today,
            )

    anonymous = [
        AnonymousCount(row.count, row.gender, row.age_band, row.group, cities[row.city_id])
        for row in session.execute(
            select(Headcount.count, Headcount.gender, Headcount.age_band, Headcount.group,
                   meetings.c.city_id)
            .join(meetings, Headcount.meeting_id == meetings.c.id)
            .where(Headcount.deleted.is_(False))
        )
    ] + [
        AnonymousCount(row.count, row.gender, row.age_band, None, cities[row.city_id])
        for row in session.execute(
            select(ActivityHeadcount.count, ActivityHeadcount.gender, ActivityHeadcount.age_band,
                   activities.c.city_id)
            .join(activities, ActivityHeadcount.activity_id == activities.c.id)
            .where(ActivityHeadcount.deleted.is_(False))
        )
    ]
    events = [
        EventFact(row.kind.value, cities[row.city_id])
        for row in session.execute(select(meetings.c.kind, meetings.c.city_id))
    ] + [
        EventFact(YOUTH_ACTIVITY, cities[row.city_id])
        for row in session.execute(select(activities.c.city_id))
    ]
    members = [
        cities[row.id]
        for row in session.execute(
            select(City.id).where(
                City.deleted.is_(False), City.is_member.is_(True),
                _place(City.id, City.country, country, city),
                true() if period_to is None
                else (City.joined_on.is_(None) | (City.joined_on <= period_to)),
            )
        )
    ]
    return Facts(people, tuple(engagements), tuple(anonymous), tuple(events), tuple(members))


def _held_meetings(
    period_from: date | None, period_to: date | None, country: str | None, city: UUID | None
) -> "Select[tuple[object, ...]]":
    conditions = [Meeting.deleted.is_(False), Meeting.status == MeetingStatus.HELD,
                  _place(Meeting.city_id, _country_of(Meeting.city_id), country, city)]
    if period_from is not None:
        conditions.append(Meeting.starts_at >= _start_of(period_from))
    if period_to is not None:
        conditions.append(Meeting.starts_at < _start_of(period_to + timedelta(days=1)))
    return select(Meeting.id, Meeting.kind, Meeting.starts_at, Meeting.city_id).where(*conditions).subquery()


def _held_activities(
    period_from: date | None, period_to: date | None, country: str | None, city: UUID | None
) -> "Select[tuple[object, ...]]":
    """An activity counts in a period it overlaps; its people are engaged on its last day."""
    last_day = func.coalesce(Activity.ends_on, Activity.starts_on)
    conditions = [Activity.deleted.is_(False), Activity.status == MeetingStatus.HELD,
                  _place(Activity.city_id, _country_of(Activity.city_id), country, city)]
    if period_from is not None:
        conditions.append(last_day >= period_from)
    if period_to is not None:
        conditions.append(Activity.starts_on <= period_to)
    return select(Activity.id, Activity.city_id, last_day.label("day")).where(*conditions).subquery()


def _country_of(city_column: ColumnElement[UUID]) -> ColumnElement[str]:
    return select(City.country).where(City.id == city_column).scalar_subquery()


def _place(
    city_column: ColumnElement[UUID], country_column: ColumnElement[str],
    country: str | None, city: UUID | None,
) -> ColumnElement[bool]:
    conditions = []
    if country is not None:
        conditions.append(country_column == country)
    if city is not None:
        conditions.append(city_column == city)
    return and_(true(), *conditions)


def _start_of(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=UTC)
