"""The key figures counted: who was present at what, where and when, by breakdown cell."""

from collections.abc import Collection
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from uuid import UUID

from sqlalchemy import (
    CTE,
    ColumnElement,
    CompoundSelect,
    Date,
    Integer,
    Select,
    String,
    Subquery,
    and_,
    case,
    cast,
    extract,
    func,
    literal,
    or_,
    select,
    true,
    union,
    union_all,
)
from sqlalchemy.orm import Session

from scdesk.domain.figures import (
    NO_GROUP,
    NOT_RECORDED,
    YOUTH_ACTIVITY,
    CityRef,
    Counts,
    Dimension,
    EventCount,
    PeopleCount,
)
from scdesk.domain.meetings import AttendanceStatus, MeetingStatus
from scdesk.domain.people import AgeBand, StakeholderType
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

#: The points at which figure_counts reports progress.
_STEPS = 4

#: The age bands of the youth reached, as stored.
_YOUTH_BANDS = [band.value for band in AgeBand if band.is_youth]


def figure_counts(
    session: Session,
    period_from: date | None,
    period_to: date | None,
    country: str | None,
    city: UUID | None,
    today: date,
    *,
    outward: bool,
    watched: Collection[UUID] = (),
    progress: Progress | None = None,
) -> Counts:
    """The people, headcounts, events and member cities of a period and place, counted here.

    Each person counts once, in the cells of their latest engagement in the scope (see
    _engagements); outward, people who withdrew their consent by today are left out. Deleted
    records count for nothing. watched: ids asked about (people, meetings, activities); the
    answer says which of them are counted. Progress is reported, and Cancel honoured, between
    the queries.
    """
    step = (progress or silent()).step
    cities = {
        row.id: CityRef(row.id, row.name, row.country, row.name_local)
        for row in session.execute(select(City.id, City.name, City.country, City.name_local))
    }
    places = _places(country, city)
    meetings = _held_meetings(period_from, period_to, places)
    activities = _held_activities(period_from, period_to, places)
    step(0, _STEPS)
    engagements = _engagements(session.get_bind().dialect.name, meetings, activities)
    people = [
        PeopleCount(_dimension(row.dimension), _key(row.dimension, row.key), bool(row.mayor),
                    bool(row.youth), int(row.people))
        for row in session.execute(
            _breakdowns(engagements, meetings, activities, today if outward else None)
        )
    ]  # fmt: skip
    step(1, _STEPS)
    counted = _counted(session, engagements, meetings, activities, watched)
    step(2, _STEPS)
    events = [
        EventCount(row.kind, cities[row.city_id], row.events)
        for row in session.execute(
            union_all(
                select(cast(meetings.c.kind, String).label("kind"), meetings.c.city_id,
                       func.count().label("events"))
                .group_by(meetings.c.kind, meetings.c.city_id),
                select(_text(YOUTH_ACTIVITY).label("kind"), activities.c.city_id,
                       func.count().label("events"))
                .group_by(activities.c.city_id),
            )
        )
    ]  # fmt: skip
    step(3, _STEPS)
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
    return Counts(
        tuple(people),
        tuple(events),
        tuple(cities[row.id] for row in members),
        {row.id: row.joined_on for row in members if row.joined_on is not None},
        cities,
        counted,
    )


def _engagements(dialect: str, meetings: Subquery, activities: Subquery) -> CTE:
    """Present at a held meeting, registered for a held activity, or coaching one: the person,
    the day (a meeting's in UTC), the city, the age band then, and which of the three it is."""
    day = (
        func.date(meetings.c.starts_at)
        if dialect == "sqlite"
        else cast(func.timezone("UTC", meetings.c.starts_at), Date)
    )
    age = extract("year", activities.c.day) - Person.birth_year - 1
    coach_band = case(
        (Person.birth_year.is_(None), cast(Person.age_band, String)),
        *(
            (age >= band.lowest_age, _text(band.value))
            for band in sorted(AgeBand, key=lambda b: -b.lowest_age)
            if band.lowest_age > 0
        ),
        else_=_text(AgeBand.UNDER_15.value),
    )
    return union_all(
        select(Attendance.person_id, day.label("day"), meetings.c.city_id,
               cast(Attendance.age_band, String).label("age_band"), _number(0).label("source"),
               meetings.c.id.label("event_id"))
        .join(meetings, Attendance.meeting_id == meetings.c.id)
        .join(Person, Attendance.person_id == Person.id)
        .where(Attendance.deleted.is_(False), Person.deleted.is_(False),
               Attendance.status == AttendanceStatus.PRESENT),
        select(ActivityParticipant.person_id, activities.c.day, activities.c.city_id,
               cast(ActivityParticipant.age_band, String), _number(1), activities.c.id)
        .join(activities, ActivityParticipant.activity_id == activities.c.id)
        .join(Person, ActivityParticipant.person_id == Person.id)
        .where(ActivityParticipant.deleted.is_(False), Person.deleted.is_(False)),
        select(ActivityCoach.person_id, activities.c.day, activities.c.city_id, coach_band,
               _number(2), activities.c.id)
        .join(activities, ActivityCoach.activity_id == activities.c.id)
        .join(Person, ActivityCoach.person_id == Person.id)
        .where(ActivityCoach.deleted.is_(False), Person.deleted.is_(False)),
    ).cte("engagement")  # fmt: skip


def _breakdowns(
    engagements: CTE, meetings: Subquery, activities: Subquery, withdrawn_by: date | None
) -> CompoundSelect[Any]:
    """One GROUP BY per breakdown over everyone counted, named or in a headcount: rows of
    (dimension, key, mayor, youth, people); the dimension 'total' has the totals.

    A named person's cells come from their latest engagement: the latest day, then the greater
    city id, then a meeting before an activity and an activity before its coaching, then the
    smaller event id. Their place is their home city, or where that engagement was.
    """
    rank = func.row_number().over(
        partition_by=engagements.c.person_id,
        order_by=(
            engagements.c.day.desc(),
            engagements.c.city_id.desc(),
            engagements.c.source,
            engagements.c.event_id,
        ),
    )
    latest = select(engagements, rank.label("rank")).subquery("latest")
    consent = (
        true()
        if withdrawn_by is None
        else or_(Person.consent_withdrawn_on.is_(None), Person.consent_withdrawn_on > withdrawn_by)
    )
    youth = case((latest.c.age_band.in_(_YOUTH_BANDS), 1), else_=0)
    named = (
        select(Person.id, cast(Person.gender, String).label("gender"),
               func.coalesce(latest.c.age_band, NOT_RECORDED).label("age_band"),
               cast(Person.stakeholder_type, String).label("stakeholder_type"),
               func.coalesce(Person.city_id, latest.c.city_id).label("place"),
               case((Person.stakeholder_type == StakeholderType.MAYOR, 1), else_=0).label("mayor"),
               youth.label("youth"), _number(1).label("weight"))
        .join(latest, latest.c.person_id == Person.id)
        .where(latest.c.rank == 1, consent)
    ).cte("named").prefix_with("MATERIALIZED")  # fmt: skip
    anonymous = union_all(
        select(cast(Headcount.gender, String).label("gender"),
               cast(Headcount.age_band, String).label("age_band"),
               cast(Headcount.group, String).label("group"), meetings.c.city_id.label("place"),
               Headcount.count.label("weight"))
        .join(meetings, Headcount.meeting_id == meetings.c.id)
        .where(Headcount.deleted.is_(False)),
        select(cast(ActivityHeadcount.gender, String), cast(ActivityHeadcount.age_band, String),
               _text(None), activities.c.city_id, ActivityHeadcount.count)
        .join(activities, ActivityHeadcount.activity_id == activities.c.id)
        .where(ActivityHeadcount.deleted.is_(False)),
    ).subquery("anonymous")  # fmt: skip
    unnamed_youth = case((anonymous.c.age_band.in_(_YOUTH_BANDS), 1), else_=0)
    everyone = union_all(
        select(named.c.gender, named.c.age_band, named.c.stakeholder_type, named.c.place,
               named.c.mayor, named.c.youth, named.c.weight),
        select(anonymous.c.gender, func.coalesce(anonymous.c.age_band, NOT_RECORDED),
               _text(NOT_RECORDED), anonymous.c.place, _number(0), unnamed_youth,
               anonymous.c.weight),
    ).cte("everyone").prefix_with("MATERIALIZED")  # fmt: skip
    groups = (
        select(PersonGroup.person_id, cast(PersonGroup.group, String).label("group"))
        .where(PersonGroup.deleted.is_(False))
        .distinct()
        .subquery("groups")
    )
    in_groups = union_all(
        select(func.coalesce(groups.c.group, NO_GROUP).label("group"), named.c.mayor,
               named.c.youth, named.c.weight)
        .outerjoin(groups, groups.c.person_id == named.c.id),
        select(func.coalesce(anonymous.c.group, NO_GROUP), _number(0), unnamed_youth,
               anonymous.c.weight),
    ).subquery("in_groups")  # fmt: skip

    def by(dimension: str, key: ColumnElement[Any], source: Any = everyone) -> Select[Any]:
        return select(
            _text(dimension).label("dimension"),
            cast(key, String).label("key"),
            source.c.mayor,
            source.c.youth,
            func.sum(source.c.weight).label("people"),
        ).group_by(key, source.c.mayor, source.c.youth)

    countries = (
        select(_text(Dimension.COUNTRY).label("dimension"), City.country.label("key"),
               everyone.c.mayor, everyone.c.youth, func.sum(everyone.c.weight).label("people"))
        .join_from(everyone, City, City.id == everyone.c.place)
        .group_by(City.country, everyone.c.mayor, everyone.c.youth)
    )  # fmt: skip
    return union_all(
        by(_TOTAL, _text("")),
        by(Dimension.GENDER, everyone.c.gender),
        by(Dimension.AGE_BAND, everyone.c.age_band),
        by(Dimension.STAKEHOLDER_TYPE, everyone.c.stakeholder_type),
        by(Dimension.CITY, everyone.c.place),
        countries,
        by(Dimension.GROUP, in_groups.c.group, in_groups),
    )


_TOTAL = "total"


def _text(value: str | None) -> ColumnElement[str]:
    """A constant, typed for PostgreSQL's UNION."""
    return cast(literal(None if value is None else str(value), String), String)


def _number(value: int) -> ColumnElement[int]:
    return cast(literal(value, Integer), Integer)


def _dimension(name: str) -> Dimension | None:
    return None if name == _TOTAL else Dimension(name)


def _key(dimension: str, key: str) -> str:
    """City ids come as text: 32 hex digits from SQLite, with hyphens from PostgreSQL."""
    return str(UUID(key)) if dimension == Dimension.CITY else key


def _counted(
    session: Session,
    engagements: CTE,
    meetings: Subquery,
    activities: Subquery,
    watched: Collection[UUID],
) -> frozenset[UUID]:
    """Those of the watched ids that are counted: a person engaged (whatever their consent) or
    an event held."""
    found: set[UUID] = set()
    ids = list(watched)
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        found.update(
            session.scalars(
                union(
                    select(engagements.c.person_id).where(engagements.c.person_id.in_(chunk)),
                    select(meetings.c.id).where(meetings.c.id.in_(chunk)),
                    select(activities.c.id).where(activities.c.id.in_(chunk)),
                )
            )
        )
    return frozenset(found)


#: Ids asked about in one query: well under any backend's limit on parameters.
_CHUNK = 2000


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
