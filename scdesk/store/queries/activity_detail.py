"""One youth activity as its form shows it: details, sessions, coaches, communities, people."""

from dataclasses import dataclass
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from scdesk.domain.activities import (
    ActivityId,
    ActivityInput,
    ActivityRecord,
    CoachRole,
    ParticipationCount,
    SessionEntry,
    SessionId,
    SessionInput,
)
from scdesk.domain.people import AgeBand, CityId, PersonId
from scdesk.store.models import (
    Activity,
    ActivityCoach,
    ActivityCommunity,
    ActivityHeadcount,
    ActivityParticipant,
    ActivitySession,
    Person,
)


@dataclass(frozen=True, slots=True)
class SessionRow:
    id: SessionId
    session: SessionInput


@dataclass(frozen=True, slots=True)
class Coach:
    person_id: PersonId
    name: str
    role: CoachRole


@dataclass(frozen=True, slots=True)
class Participant:
    person_id: PersonId
    name: str
    age_band: AgeBand | None


@dataclass(frozen=True, slots=True)
class ActivityDetail:
    id: ActivityId
    activity: ActivityInput
    sessions: tuple[SessionRow, ...]
    coaches: tuple[Coach, ...]
    communities: tuple[str, ...]
    participants: tuple[Participant, ...]
    counts: tuple[ParticipationCount, ...]


def activity_detail(session: Session, activity_id: UUID) -> ActivityDetail | None:
    record = session.get(Activity, activity_id)
    if record is None or record.deleted:
        return None
    activity = ActivityInput(
        city_id=CityId(record.city_id),
        title=record.title,
        kind=record.kind,
        starts_on=record.starts_on,
        ends_on=record.ends_on,
        venue=record.venue,
        language=record.language,
        status=record.status,
        outcomes=record.outcomes,
        notes=record.notes,
    )
    sessions = [
        SessionRow(SessionId(r.id), SessionInput(r.held_on, r.topic, r.notes))
        for r in session.execute(
            select(
                ActivitySession.id,
                ActivitySession.held_on,
                ActivitySession.topic,
                ActivitySession.notes,
            )
            .where(ActivitySession.activity_id == activity_id, ActivitySession.deleted.is_(False))
            .order_by(ActivitySession.held_on, ActivitySession.id)
        )
    ]
    coaches = [
        Coach(PersonId(r[0]), r[1], r[2])
        for r in session.execute(
            select(ActivityCoach.person_id, Person.name, ActivityCoach.role)
            .join(Person, ActivityCoach.person_id == Person.id)
            .where(ActivityCoach.activity_id == activity_id, ActivityCoach.deleted.is_(False))
            .order_by(Person.name)
        )
    ]
    communities = session.execute(
        select(ActivityCommunity.community)
        .where(ActivityCommunity.activity_id == activity_id, ActivityCommunity.deleted.is_(False))
        .order_by(ActivityCommunity.community)
    ).scalars()
    participants = [
        Participant(PersonId(r[0]), r[1], r[2])
        for r in session.execute(
            select(ActivityParticipant.person_id, Person.name, ActivityParticipant.age_band)
            .join(Person, ActivityParticipant.person_id == Person.id)
            .where(
                ActivityParticipant.activity_id == activity_id,
                ActivityParticipant.deleted.is_(False),
            )
            .order_by(Person.name)
        )
    ]
    counts = [
        ParticipationCount(r[0], r[1], r[2], r[3])
        for r in session.execute(
            select(
                ActivityHeadcount.gender,
                ActivityHeadcount.count,
                ActivityHeadcount.age_band,
                ActivityHeadcount.community,
            )
            .where(
                ActivityHeadcount.activity_id == activity_id, ActivityHeadcount.deleted.is_(False)
            )
            .order_by(
                ActivityHeadcount.community, ActivityHeadcount.gender, ActivityHeadcount.age_band
            )
        )
    ]
    return ActivityDetail(
        ActivityId(record.id),
        activity,
        tuple(sessions),
        tuple(coaches),
        tuple(communities),
        tuple(participants),
        tuple(counts),
    )


def stored_activity_record(session: Session, activity_id: UUID) -> ActivityRecord | None:
    """The activity as save_activity takes it, as stored now: a change starts from here."""
    detail = activity_detail(session, activity_id)
    if detail is None:
        return None
    return ActivityRecord(
        detail.id,
        detail.activity,
        tuple(SessionEntry(s.id, s.session) for s in detail.sessions),
        tuple((c.person_id, c.role) for c in detail.coaches),
        detail.communities,
        tuple(p.person_id for p in detail.participants),
        detail.counts,
    )
