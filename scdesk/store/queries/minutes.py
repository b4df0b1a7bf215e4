"""What the minutes and the sign-in sheet of a meeting print: the meeting, its committee and
city, who came, the agenda as minuted, the amendments, and the meetings before and after it."""

from dataclasses import dataclass, fields
from datetime import date, datetime
from typing import Any
from uuid import UUID

from sqlalchemy import ColumnElement, FromClause, Row, select
from sqlalchemy.orm import Session

from scdesk.domain.committees import CommitteeKind, MemberRole
from scdesk.domain.meetings import (
    AttendanceRole,
    AttendanceStatus,
    MeetingKind,
    MeetingStatus,
    MinutesStatus,
)
from scdesk.domain.people import AgeBand, Gender, GroupTag, age_band_at, consent_withdrawn
from scdesk.store.base import table_of
from scdesk.store.models import (
    Attendance,
    City,
    Committee,
    Headcount,
    Meeting,
    Membership,
    MinutesAmendment,
    Organisation,
    Person,
)
from scdesk.store.queries.agenda import agenda_in_order


@dataclass(frozen=True, slots=True)
class PersonLine:
    """A person as a printed list names them."""

    id: UUID
    name: str
    title: str | None
    organisation: str | None
    community: str | None
    gender: Gender
    #: The age band on the day of the event, when known.
    age_band: AgeBand | None
    #: Consent withdrawn on or before today: left out of what is printed.
    withdrawn: bool


@dataclass(frozen=True, slots=True)
class CityLine:
    id: UUID
    name: str
    name_local: str | None
    country: str


@dataclass(frozen=True, slots=True)
class MeetingLine:
    id: UUID
    title: str
    kind: MeetingKind
    starts_at: datetime
    ends_at: datetime | None
    venue: str | None
    status: MeetingStatus


@dataclass(frozen=True, slots=True)
class CommitteeLine:
    id: UUID
    name: str
    kind: CommitteeKind
    quorum: int | None
    language: str


@dataclass(frozen=True, slots=True)
class AttendanceLine:
    person: PersonLine
    status: AttendanceStatus
    role: AttendanceRole


@dataclass(frozen=True, slots=True)
class MemberLine:
    person: PersonLine
    role: MemberRole


@dataclass(frozen=True, slots=True)
class HeadcountLine:
    gender: Gender
    age_band: AgeBand | None
    group: GroupTag | None
    count: int


@dataclass(frozen=True, slots=True)
class AgendaLine:
    """An agenda item in reading order: "2", or "2.1" under item 2."""

    number: str
    depth: int
    title: str
    presenter: str | None
    #: The presenter withdrew their consent: not named.
    presenter_withdrawn: bool
    discussion: str | None
    decisions: str | None


@dataclass(frozen=True, slots=True)
class AmendmentLine:
    text: str
    reason: str | None
    amended_on: date
    agreed_at: date | None


@dataclass(frozen=True, slots=True)
class MinutesRecord:
    meeting: MeetingLine
    language: str
    total_attendance: int | None
    summary: str | None
    minutes_status: MinutesStatus
    circulated_on: date | None
    approved_on: date | None
    approved_in: MeetingLine | None
    city: CityLine
    committee: CommitteeLine | None
    attendance: tuple[AttendanceLine, ...]
    headcounts: tuple[HeadcountLine, ...]
    agenda: tuple[AgendaLine, ...]
    amendments: tuple[AmendmentLine, ...]
    #: Earlier meetings whose minutes this meeting approved.
    approved_here: tuple[MeetingLine, ...]
    #: The committee's next meeting after this one, held or planned.
    next_meeting: MeetingLine | None
    #: Members seated on the committee on the day of the meeting.
    members: tuple[MemberLine, ...]


def minutes_record(session: Session, meeting_id: UUID, today: date) -> MinutesRecord | None:
    """Everything the minutes print, or None when the meeting is missing or deleted.

    One select of plain columns per table the minutes print from (the meeting with its city and
    committee in one): a fresh `scdesk report` process compiles each statement once, and plain
    columns compile in a fraction of the time ORM entities take.
    """
    meeting, city, committee = table_of(Meeting), table_of(City), table_of(Committee)
    row = session.execute(
        select(
            *_meeting_columns(meeting),
            meeting.c.language,
            meeting.c.total_attendance,
            meeting.c.summary,
            meeting.c.minutes_status,
            meeting.c.minutes_circulated_on,
            meeting.c.minutes_approved_on,
            meeting.c.minutes_approved_in_id,
            meeting.c.committee_id,
            city.c.id.label("city_id"),
            city.c.name.label("city_name"),
            city.c.name_local.label("city_name_local"),
            city.c.country.label("city_country"),
            committee.c.name.label("committee_name"),
            committee.c.kind.label("committee_kind"),
            committee.c.quorum.label("committee_quorum"),
            committee.c.language.label("committee_language"),
        )
        .join(city, city.c.id == meeting.c.city_id)
        .outerjoin(committee, committee.c.id == meeting.c.committee_id)
        .where(meeting.c.id == meeting_id, meeting.c.deleted.is_(False))
    ).one_or_none()
    if row is None:
        return None
    line = _meeting_line(row)
    day = line.starts_at.date()
    committee_id = row.committee_id
    return MinutesRecord(
        meeting=line,
        language=row.language,
        total_attendance=row.total_attendance,
        summary=row.summary,
        minutes_status=row.minutes_status,
        circulated_on=row.minutes_circulated_on,
        approved_on=row.minutes_approved_on,
        approved_in=_meeting(session, row.minutes_approved_in_id),
        city=CityLine(row.city_id, row.city_name, row.city_name_local, row.city_country),
        committee=(
            CommitteeLine(
                committee_id,
                row.committee_name,
                row.committee_kind,
                row.committee_quorum,
                row.committee_language,
            )
            if row.committee_name is not None  # the committee's row was found
            else None
        ),
        attendance=_attendance(session, meeting_id, day, today),
        headcounts=_headcounts(session, meeting_id),
        agenda=_agenda(session, meeting_id, today),
        amendments=_amendments(session, meeting_id),
        approved_here=_approved_here(session, meeting_id),
        next_meeting=_next_meeting(session, committee_id, line.starts_at),
        members=members_on(session, committee_id, day, today) if committee_id else (),
    )


#: The meeting's columns a MeetingLine holds, in its order.
_MEETING_LINE = tuple(f.name for f in fields(MeetingLine))


def _meeting_columns(meeting: FromClause) -> list[ColumnElement[Any]]:
    """The columns of a MeetingLine from the meeting table."""
    return [meeting.c[name] for name in _MEETING_LINE]


def _meeting_line(row: Row[*tuple[Any, ...]]) -> MeetingLine:
    """The MeetingLine of a row read with _meeting_columns."""
    values = row._mapping
    return MeetingLine(*(values[name] for name in _MEETING_LINE))


def _person_columns() -> list[ColumnElement[Any]]:
    """What a PersonLine is made of: the person's columns and their organisation's name
    (selected from _with_organisations)."""
    person, organisation = table_of(Person), table_of(Organisation)
    return [
        person.c.id.label("person_id"),
        person.c.name,
        person.c.title,
        organisation.c.name.label("organisation"),
        person.c.community,
        person.c.gender,
        person.c.birth_year,
        person.c.age_band,
        person.c.consent_withdrawn_on,
    ]


def _with_organisations(people: FromClause) -> FromClause:
    """A join that holds the person table, with each person's organisation if any."""
    person, organisation = table_of(Person), table_of(Organisation)
    return people.outerjoin(organisation, organisation.c.id == person.c.organisation_id)


def _person_line(row: Row[*tuple[Any, ...]], day: date, today: date) -> PersonLine:
    return PersonLine(
        id=row.person_id,
        name=row.name,
        title=row.title,
        organisation=row.organisation,
        community=row.community,
        gender=row.gender,
        age_band=age_band_at(row.birth_year, row.age_band, day),
        withdrawn=consent_withdrawn(row.consent_withdrawn_on, today),
    )


def people_lines(
    session: Session, ids: set[UUID], day: date, today: date
) -> dict[UUID, PersonLine]:
    """The named people among ids (deleted ones left out), with their age band on day."""
    if not ids:
        return {}
    person = table_of(Person)
    rows = session.execute(
        select(*_person_columns())
        .select_from(_with_organisations(person))
        .where(person.c.id.in_(ids), person.c.deleted.is_(False))
    )
    return {row.person_id: _person_line(row, day, today) for row in rows}


def members_on(
    session: Session, committee_id: UUID, day: date, today: date
) -> tuple[MemberLine, ...]:
    """The committee's members seated on day, chair and secretary first, then by name."""
    seat, person = table_of(Membership), table_of(Person)
    rows = session.execute(
        select(seat.c.role, seat.c.starts_on, seat.c.ends_on, *_person_columns())
        .select_from(_with_organisations(seat.join(person, person.c.id == seat.c.person_id)))
        .where(
            seat.c.committee_id == committee_id,
            seat.c.deleted.is_(False),
            person.c.deleted.is_(False),
        )
    )
    order = list(MemberRole)
    members = [
        MemberLine(_person_line(row, day, today), row.role)
        for row in rows
        if (row.starts_on is None or row.starts_on <= day)
        and (row.ends_on is None or day <= row.ends_on)
    ]
    return tuple(sorted(members, key=lambda m: (order.index(m.role), m.person.name.casefold())))


def _attendance(
    session: Session, meeting_id: UUID, day: date, today: date
) -> tuple[AttendanceLine, ...]:
    attendance, person = table_of(Attendance), table_of(Person)
    came = attendance.join(person, person.c.id == attendance.c.person_id)
    rows = session.execute(
        select(attendance.c.status, attendance.c.role, *_person_columns())
        .select_from(_with_organisations(came))
        .where(
            attendance.c.meeting_id == meeting_id,
            attendance.c.deleted.is_(False),
            person.c.deleted.is_(False),
        )
    )
    roles = list(AttendanceRole)
    lines = [AttendanceLine(_person_line(row, day, today), row.status, row.role) for row in rows]
    return tuple(sorted(lines, key=lambda a: (roles.index(a.role), a.person.name.casefold())))


def _headcounts(session: Session, meeting_id: UUID) -> tuple[HeadcountLine, ...]:
    headcount = table_of(Headcount)
    rows = session.execute(
        select(headcount.c.gender, headcount.c.age_band, headcount.c.group, headcount.c.count)
        .where(headcount.c.meeting_id == meeting_id, headcount.c.deleted.is_(False))
        .order_by(headcount.c.gender, headcount.c.age_band, headcount.c.group)
    )
    return tuple(HeadcountLine(*row) for row in rows)


def _agenda(session: Session, meeting_id: UUID, today: date) -> tuple[AgendaLine, ...]:
    return tuple(
        AgendaLine(
            entry.number,
            entry.depth,
            entry.title,
            entry.presenter,
            consent_withdrawn(entry.presenter_withdrawn_on, today),
            entry.discussion,
            entry.decisions,
        )
        for entry in agenda_in_order(session, meeting_id)
    )


def _amendments(session: Session, meeting_id: UUID) -> tuple[AmendmentLine, ...]:
    amendment = table_of(MinutesAmendment)
    agreed = table_of(Meeting)
    rows = session.execute(
        select(amendment.c.text, amendment.c.reason, amendment.c.amended_on, agreed.c.starts_at)
        .outerjoin(agreed, amendment.c.agreed_in_id == agreed.c.id)
        .where(amendment.c.meeting_id == meeting_id, amendment.c.deleted.is_(False))
        .order_by(amendment.c.amended_on, amendment.c.id)
    )
    return tuple(
        AmendmentLine(text, reason, amended_on, at.date() if at else None)
        for text, reason, amended_on, at in rows
    )


def _meeting(session: Session, meeting_id: UUID | None) -> MeetingLine | None:
    """A meeting, deleted or not (the one whose minutes approved these stays named)."""
    if meeting_id is None:
        return None
    meeting = table_of(Meeting)
    found = session.execute(
        select(*_meeting_columns(meeting)).where(meeting.c.id == meeting_id)
    ).first()
    return _meeting_line(found) if found else None


def _approved_here(session: Session, meeting_id: UUID) -> tuple[MeetingLine, ...]:
    meeting = table_of(Meeting)
    rows = session.execute(
        select(*_meeting_columns(meeting))
        .where(meeting.c.minutes_approved_in_id == meeting_id, meeting.c.deleted.is_(False))
        .order_by(meeting.c.starts_at)
    )
    return tuple(_meeting_line(row) for row in rows)


def _next_meeting(
    session: Session, committee_id: UUID | None, after: datetime
) -> MeetingLine | None:
    if committee_id is None:
        return None
    meeting = table_of(Meeting)
    found = session.execute(
        select(*_meeting_columns(meeting))
        .where(
            meeting.c.committee_id == committee_id,
            meeting.c.starts_at > after,
            meeting.c.deleted.is_(False),
            meeting.c.status != MeetingStatus.CANCELLED,
        )
        .order_by(meeting.c.starts_at)
        .limit(1)
    ).first()
    return _meeting_line(found) if found else None
