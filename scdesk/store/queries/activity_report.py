"""What a youth activity's report and sign-in sheet print: the activity, its sessions,
communities, coaches, registered participants and anonymous headcounts."""

from dataclasses import dataclass
from datetime import date
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from scdesk.domain.activities import ActivityKind, CoachRole
from scdesk.domain.meetings import MeetingStatus
from scdesk.domain.people import AgeBand, Gender
from scdesk.store.models import (
    Activity,
    ActivityCoach,
    ActivityCommunity,
    ActivityHeadcount,
    ActivityParticipant,
    ActivitySession,
    City,
)
from scdesk.store.queries.minutes import CityLine, PersonLine, people_lines


@dataclass(frozen=True, slots=True)
class SessionLine:
    held_on: date
    topic: str | None
    notes: str | None


@dataclass(frozen=True, slots=True)
class CoachLine:
    person: PersonLine
    role: CoachRole


@dataclass(frozen=True, slots=True)
class ParticipantLine:
    person: PersonLine
    #: The age band recorded at registration.
    age_band: AgeBand | None


@dataclass(frozen=True, slots=True)
class ParticipationCell:
    gender: Gender
    age_band: AgeBand | None
    community: str | None
    count: int


@dataclass(frozen=True, slots=True)
class ActivityRecord:
    id: UUID
    title: str
    kind: ActivityKind
    starts_on: date
    ends_on: date | None
    venue: str | None
    language: str
    status: MeetingStatus
    outcomes: str | None
    notes: str | None
    city: CityLine
    sessions: tuple[SessionLine, ...]
    communities: tuple[str, ...]
    coaches: tuple[CoachLine, ...]
    participants: tuple[ParticipantLine, ...]
    headcounts: tuple[ParticipationCell, ...]


def activity_record(session: Session, activity_id: UUID, today: date) -> ActivityRecord | None:
    """The activity and everything linked to it that is not deleted; None when it is gone."""
    activity = session.get(Activity, activity_id)
    if activity is None or activity.deleted:
        return None
    city = session.get(City, activity.city_id)
    if city is None:
        return None
    day = activity.starts_on
    sessions = session.execute(
        select(ActivitySession)
        .where(ActivitySession.activity_id == activity_id, ActivitySession.deleted.is_(False))
        .order_by(ActivitySession.held_on, ActivitySession.id)
    ).scalars()
    coaches = list(
        session.execute(
            select(ActivityCoach).where(
                ActivityCoach.activity_id == activity_id, ActivityCoach.deleted.is_(False)
            )
        ).scalars()
    )
    participants = list(
        session.execute(
            select(ActivityParticipant).where(
                ActivityParticipant.activity_id == activity_id,
                ActivityParticipant.deleted.is_(False),
            )
        ).scalars()
    )
    ids = {c.person_id for c in coaches} | {p.person_id for p in participants}
    people = people_lines(session, ids, day, today)
    communities = session.execute(
        select(ActivityCommunity.community)
        .where(ActivityCommunity.activity_id == activity_id, ActivityCommunity.deleted.is_(False))
        .order_by(ActivityCommunity.community)
    ).scalars()
    counts = session.execute(
        select(ActivityHeadcount).where(
            ActivityHeadcount.activity_id == activity_id, ActivityHeadcount.deleted.is_(False)
        )
    ).scalars()
    return ActivityRecord(
        id=activity.id,
        title=activity.title,
        kind=activity.kind,
        starts_on=activity.starts_on,
        ends_on=activity.ends_on,
        venue=activity.venue,
        language=activity.language,
        status=activity.status,
        outcomes=activity.outcomes,
        notes=activity.notes,
        city=CityLine(city.id, city.name, city.name_local, city.country),
        sessions=tuple(SessionLine(s.held_on, s.topic, s.notes) for s in sessions),
        communities=tuple(communities),
        coaches=tuple(
            sorted(
                (CoachLine(people[c.person_id], c.role) for c in coaches if c.person_id in people),
                key=lambda c: (c.role != CoachRole.COACH, c.person.name.casefold()),
            )
        ),
        participants=tuple(
            sorted(
                (
                    ParticipantLine(people[p.person_id], p.age_band)
                    for p in participants
                    if p.person_id in people
                ),
                key=lambda p: p.person.name.casefold(),
            )
        ),
        headcounts=tuple(
            ParticipationCell(c.gender, c.age_band, c.community, c.count) for c in counts
        ),
    )
