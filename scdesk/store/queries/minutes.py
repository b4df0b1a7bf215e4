"""What the minutes and the sign-in sheet of a meeting print: the meeting, its committee and
city, who came, the agenda as minuted, the amendments, and the meetings before and after it."""

from dataclasses import dataclass
from datetime import date, datetime
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from scdesk.domain.committees import CommitteeKind, MemberRole
from scdesk.domain.meetings import (
    AttendanceRole,
    AttendanceStatus,
    MeetingKind,
    MeetingStatus,
    MinutesStatus,
)
from scdesk.domain.people import AgeBand, Gender, GroupTag, age_band_at
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
    """Everything the minutes print, or None when the meeting is missing or deleted."""
    meeting = session.get(Meeting, meeting_id)
    if meeting is None or meeting.deleted:
        return None
    day = meeting.starts_at.date()
    city = session.get(City, meeting.city_id)
    if city is None:
        return None
    committee = session.get(Committee, meeting.committee_id) if meeting.committee_id else None
    approved_in = (
        session.get(Meeting, meeting.minutes_approved_in_id)
        if meeting.minutes_approved_in_id
        else None
    )
    return MinutesRecord(
        meeting=meeting_line(meeting),
        language=meeting.language,
        total_attendance=meeting.total_attendance,
        summary=meeting.summary,
        minutes_status=meeting.minutes_status,
        circulated_on=meeting.minutes_circulated_on,
        approved_on=meeting.minutes_approved_on,
        approved_in=meeting_line(approved_in) if approved_in else None,
        city=CityLine(city.id, city.name, city.name_local, city.country),
        committee=(
            CommitteeLine(
                committee.id, committee.name, committee.kind, committee.quorum, committee.language
            )
            if committee
            else None
        ),
        attendance=_attendance(session, meeting_id, day, today),
        headcounts=tuple(
            HeadcountLine(h.gender, h.age_band, h.group, h.count)
            for h in session.execute(
                select(Headcount)
                .where(Headcount.meeting_id == meeting_id, Headcount.deleted.is_(False))
                .order_by(Headcount.gender, Headcount.age_band, Headcount.group)
            ).scalars()
        ),
        agenda=_agenda(session, meeting_id),
        amendments=_amendments(session, meeting_id),
        approved_here=tuple(
            meeting_line(m)
            for m in session.execute(
                select(Meeting)
                .where(Meeting.minutes_approved_in_id == meeting_id, Meeting.deleted.is_(False))
                .order_by(Meeting.starts_at)
            ).scalars()
        ),
        next_meeting=_next_meeting(session, meeting),
        members=members_on(session, meeting.committee_id, day, today)
        if meeting.committee_id
        else (),
    )


def meeting_line(meeting: Meeting) -> MeetingLine:
    return MeetingLine(
        meeting.id,
        meeting.title,
        meeting.kind,
        meeting.starts_at,
        meeting.ends_at,
        meeting.venue,
        meeting.status,
    )


def people_lines(
    session: Session, ids: set[UUID], day: date, today: date
) -> dict[UUID, PersonLine]:
    """The named people among ids (deleted ones left out), with their age band on day."""
    if not ids:
        return {}
    rows = session.execute(
        select(Person, Organisation.name)
        .outerjoin(Organisation, Person.organisation_id == Organisation.id)
        .where(Person.id.in_(ids), Person.deleted.is_(False))
    ).all()
    return {
        person.id: PersonLine(
            id=person.id,
            name=person.name,
            title=person.title,
            organisation=organisation,
            community=person.community,
            gender=person.gender,
            age_band=age_band_at(person.birth_year, person.age_band, day),
            withdrawn=person.consent_withdrawn_on is not None
            and person.consent_withdrawn_on <= today,
        )
        for person, organisation in rows
    }


def members_on(
    session: Session, committee_id: UUID, day: date, today: date
) -> tuple[MemberLine, ...]:
    """The committee's members seated on day, chair and secretary first, then by name."""
    seats = session.execute(
        select(Membership).where(
            Membership.committee_id == committee_id, Membership.deleted.is_(False)
        )
    ).scalars()
    seated = [
        s
        for s in seats
        if (s.starts_on is None or s.starts_on <= day) and (s.ends_on is None or day <= s.ends_on)
    ]
    people = people_lines(session, {s.person_id for s in seated}, day, today)
    order = list(MemberRole)
    members = [MemberLine(people[s.person_id], s.role) for s in seated if s.person_id in people]
    return tuple(sorted(members, key=lambda m: (order.index(m.role), m.person.name.casefold())))


def _attendance(
    session: Session, meeting_id: UUID, day: date, today: date
) -> tuple[AttendanceLine, ...]:
    rows = list(
        session.execute(
            select(Attendance).where(
                Attendance.meeting_id == meeting_id, Attendance.deleted.is_(False)
            )
        ).scalars()
    )
    people = people_lines(session, {a.person_id for a in rows}, day, today)
    roles = list(AttendanceRole)
    lines = [
        AttendanceLine(people[a.person_id], a.status, a.role) for a in rows if a.person_id in people
    ]
    return tuple(sorted(lines, key=lambda a: (roles.index(a.role), a.person.name.casefold())))


def _agenda(session: Session, meeting_id: UUID) -> tuple[AgendaLine, ...]:
    return tuple(
        AgendaLine(
            entry.number,
            entry.depth,
            entry.item.title,
            entry.presenter,
            entry.item.discussion,
            entry.item.decisions,
        )
        for entry in agenda_in_order(session, meeting_id)
    )


def _amendments(session: Session, meeting_id: UUID) -> tuple[AmendmentLine, ...]:
    agreed = aliased(Meeting)
    rows = session.execute(
        select(MinutesAmendment, agreed.starts_at)
        .outerjoin(agreed, MinutesAmendment.agreed_in_id == agreed.id)
        .where(MinutesAmendment.meeting_id == meeting_id, MinutesAmendment.deleted.is_(False))
        .order_by(MinutesAmendment.amended_on, MinutesAmendment.id)
    ).all()
    return tuple(
        AmendmentLine(a.text, a.reason, a.amended_on, at.date() if at else None) for a, at in rows
    )


def _next_meeting(session: Session, meeting: Meeting) -> MeetingLine | None:
    if meeting.committee_id is None:
        return None
    found = (
        session.execute(
            select(Meeting)
            .where(
                Meeting.committee_id == meeting.committee_id,
                Meeting.starts_at > meeting.starts_at,
                Meeting.deleted.is_(False),
                Meeting.status != MeetingStatus.CANCELLED,
            )
            .order_by(Meeting.starts_at)
            .limit(1)
        )
        .scalars()
        .first()
    )
    return meeting_line(found) if found else None
