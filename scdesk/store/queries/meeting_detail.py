"""One meeting as its form shows it: details, attendance, headcounts, agenda, minutes."""

from dataclasses import dataclass
from datetime import date, datetime
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from scdesk.domain.committees import CommitteeId
from scdesk.domain.meetings import (
    ActionEntry,
    ActionItemId,
    ActionItemInput,
    AgendaEntry,
    AgendaItemId,
    AgendaItemInput,
    AttendanceInput,
    AttendanceRole,
    AttendanceStatus,
    HeadcountInput,
    MeetingId,
    MeetingInput,
    MeetingRecord,
    MeetingStatus,
    MinutesStatus,
)
from scdesk.domain.people import AgeBand, CityId, PersonId
from scdesk.store.models import (
    ActionItem,
    Attendance,
    Headcount,
    Meeting,
    MinutesAmendment,
    Person,
)
from scdesk.store.queries.agenda import agenda_in_order


@dataclass(frozen=True, slots=True)
class MeetingRef:
    id: MeetingId
    title: str
    starts_at: datetime
    status: MeetingStatus
    minutes_status: MinutesStatus


@dataclass(frozen=True, slots=True)
class Attendee:
    person_id: PersonId
    name: str
    status: AttendanceStatus
    role: AttendanceRole
    #: What the attendance rules need of the person (see domain.people.attending_problems).
    birth_year: int | None
    age_band: AgeBand | None
    has_contact: bool
    consent_withdrawn_on: date | None


@dataclass(frozen=True, slots=True)
class AgendaRow:
    id: AgendaItemId
    parent_id: AgendaItemId | None
    title: str
    presenter_id: PersonId | None
    presenter_name: str | None
    discussion: str | None
    decisions: str | None


@dataclass(frozen=True, slots=True)
class AmendmentRow:
    text: str
    reason: str | None
    amended_on: date


@dataclass(frozen=True, slots=True)
class MeetingDetail:
    id: MeetingId
    meeting: MeetingInput
    minutes_status: MinutesStatus
    minutes_circulated_on: date | None
    minutes_approved_on: date | None
    approved_in: MeetingRef | None
    attendance: tuple[Attendee, ...]
    headcounts: tuple[HeadcountInput, ...]
    #: In reading order: each item followed by its sub-items.
    agenda: tuple[AgendaRow, ...]
    amendments: tuple[AmendmentRow, ...]
    #: The committee's latest meeting before this one, whose minutes this one may approve.
    previous: MeetingRef | None


def meeting_detail(session: Session, meeting_id: UUID) -> MeetingDetail | None:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None or meeting.deleted:
        return None
    details = MeetingInput(
        kind=meeting.kind,
        title=meeting.title,
        city_id=CityId(meeting.city_id),
        starts_at=meeting.starts_at,
        ends_at=meeting.ends_at,
        committee_id=CommitteeId(meeting.committee_id) if meeting.committee_id else None,
        venue=meeting.venue,
        language=meeting.language,
        status=meeting.status,
        total_attendance=meeting.total_attendance,
        summary=meeting.summary,
    )
    approved_in = None
    if meeting.minutes_approved_in_id is not None:
        approved_in = meeting_ref(session, meeting.minutes_approved_in_id)
    previous = None
    if meeting.committee_id is not None:
        previous = previous_meeting(session, meeting.committee_id, meeting.starts_at)
    return MeetingDetail(
        id=MeetingId(meeting.id),
        meeting=details,
        minutes_status=meeting.minutes_status,
        minutes_circulated_on=meeting.minutes_circulated_on,
        minutes_approved_on=meeting.minutes_approved_on,
        approved_in=approved_in,
        attendance=tuple(_attendance(session, meeting.id)),
        headcounts=tuple(_headcounts(session, meeting.id)),
        agenda=tuple(_agenda(session, meeting.id)),
        amendments=tuple(
            AmendmentRow(r.text, r.reason, r.amended_on)
            for r in session.execute(
                select(MinutesAmendment.text, MinutesAmendment.reason, MinutesAmendment.amended_on)
                .where(
                    MinutesAmendment.meeting_id == meeting.id,
                    MinutesAmendment.deleted.is_(False),
                )
                .order_by(MinutesAmendment.amended_on, MinutesAmendment.created_hlc)
            )
        ),
        previous=previous,
    )


def stored_meeting_record(session: Session, meeting_id: UUID) -> MeetingRecord | None:
    """The meeting as save_meeting takes it, as stored now: a change starts from here."""
    detail = meeting_detail(session, meeting_id)
    if detail is None:
        return None
    actions = session.execute(
        select(ActionItem)
        .where(ActionItem.meeting_id == meeting_id, ActionItem.deleted.is_(False))
        .order_by(ActionItem.position, ActionItem.id)
    ).scalars()
    return MeetingRecord(
        meeting_id=detail.id,
        meeting=detail.meeting,
        attendees=tuple(AttendanceInput(a.person_id, a.status, a.role) for a in detail.attendance),
        headcounts=detail.headcounts,
        agenda=tuple(
            AgendaEntry(
                str(row.id),
                row.id,
                str(row.parent_id) if row.parent_id else None,
                AgendaItemInput(row.title, None, row.presenter_id, row.discussion, row.decisions),
            )
            for row in detail.agenda
        ),
        actions=tuple(
            ActionEntry(
                ActionItemId(a.id),
                ActionItemInput(a.text, PersonId(a.owner_id) if a.owner_id else None, a.due_on),
                a.status,
            )
            for a in actions
        ),
    )


def meeting_ref(session: Session, meeting_id: UUID) -> MeetingRef | None:
    row = session.execute(
        select(
            Meeting.id, Meeting.title, Meeting.starts_at, Meeting.status, Meeting.minutes_status
        ).where(Meeting.id == meeting_id, Meeting.deleted.is_(False))
    ).first()
    return None if row is None else MeetingRef(MeetingId(row[0]), *row[1:])


def previous_meeting(session: Session, committee_id: UUID, before: datetime) -> MeetingRef | None:
    row = session.execute(
        select(Meeting.id, Meeting.title, Meeting.starts_at, Meeting.status, Meeting.minutes_status)
        .where(
            Meeting.committee_id == committee_id,
            Meeting.starts_at < before,
            Meeting.deleted.is_(False),
            Meeting.status != MeetingStatus.CANCELLED,
        )
        .order_by(Meeting.starts_at.desc(), Meeting.id.desc())
        .limit(1)
    ).first()
    return None if row is None else MeetingRef(MeetingId(row[0]), *row[1:])


def _attendance(session: Session, meeting_id: UUID) -> list[Attendee]:
    rows = session.execute(
        select(
            Attendance.person_id,
            Person.name,
            Attendance.status,
            Attendance.role,
            Person.birth_year,
            Person.age_band,
            Person.phone,
            Person.email,
            Person.consent_withdrawn_on,
        )
        .join(Person, Attendance.person_id == Person.id)
        .where(Attendance.meeting_id == meeting_id, Attendance.deleted.is_(False))
        .order_by(Person.name, Person.id)
    )
    return [
        Attendee(
            person_id=PersonId(r.person_id),
            name=r.name,
            status=r.status,
            role=r.role,
            birth_year=r.birth_year,
            age_band=r.age_band,
            has_contact=bool(r.phone or r.email),
            consent_withdrawn_on=r.consent_withdrawn_on,
        )
        for r in rows
    ]


def _headcounts(session: Session, meeting_id: UUID) -> list[HeadcountInput]:
    rows = session.execute(
        select(Headcount.gender, Headcount.count, Headcount.age_band, Headcount.group)
        .where(Headcount.meeting_id == meeting_id, Headcount.deleted.is_(False))
        .order_by(Headcount.gender, Headcount.age_band, Headcount.group)
    )
    return [HeadcountInput(*r) for r in rows]


def _agenda(session: Session, meeting_id: UUID) -> list[AgendaRow]:
    return [
        AgendaRow(
            AgendaItemId(entry.id),
            AgendaItemId(entry.parent_id) if entry.parent_id else None,
            entry.title,
            PersonId(entry.presenter_id) if entry.presenter_id else None,
            entry.presenter,
            entry.discussion,
            entry.decisions,
        )
        for entry in agenda_in_order(session, meeting_id)
    ]
