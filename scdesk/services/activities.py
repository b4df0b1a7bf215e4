"""Youth activities: details, sessions, coaches, communities and participation."""

from collections.abc import Sequence
from uuid import UUID

from sqlalchemy import select

from scdesk.domain.activities import (
    ActivityId,
    ActivityInput,
    CoachRole,
    ParticipationCount,
    SessionId,
    SessionInput,
    activity_problems,
    community_problems,
    participant_list_problems,
    participation_problems,
    session_problems,
)
from scdesk.domain.changes import Changes
from scdesk.domain.identity import derived_id
from scdesk.domain.people import CityId, PersonId, age_band_at, attending_problems
from scdesk.domain.rules import InvalidRecordError, Problem, require
from scdesk.i18n import translate
from scdesk.store.models import (
    Activity,
    ActivityCoach,
    ActivityCommunity,
    ActivityHeadcount,
    ActivityParticipant,
    ActivitySession,
    City,
    Person,
)
from scdesk.store.shapes import values_of
from scdesk.store.store import Store
from scdesk.store.writer import WriteTx


def create_activity(store: Store, activity: ActivityInput) -> ActivityId:
    with store.write() as tx:
        return add_activity(tx, activity)


def add_activity(tx: WriteTx, activity: ActivityInput) -> ActivityId:
    require(activity_problems(activity, tx.today))
    tx.check(City, activity.city_id)
    return ActivityId(tx.create(Activity, values_of(activity)))


def update_activity(store: Store, activity_id: ActivityId, activity: ActivityInput) -> Changes:
    with store.write() as tx:
        require(activity_problems(activity, tx.today))
        tx.get(Activity, activity_id)
        tx.check(City, activity.city_id)
        sessions = tx.execute(
            select(ActivitySession).where(
                ActivitySession.activity_id == activity_id, ActivitySession.deleted.is_(False)
            )
        ).scalars()
        require(
            p for s in sessions for p in session_problems(SessionInput(held_on=s.held_on), activity)
        )
        tx.update(Activity, activity_id, values_of(activity))
        return tx.changes


def add_session(store: Store, activity_id: ActivityId, session: SessionInput) -> SessionId:
    with store.write() as tx:
        return add_activity_session(tx, activity_id, session)


def add_activity_session(tx: WriteTx, activity_id: ActivityId, session: SessionInput) -> SessionId:
    require(session_problems(session, _input(tx.get(Activity, activity_id))))
    return SessionId(tx.create(ActivitySession, values_of(session) | {"activity_id": activity_id}))


def update_session(store: Store, session_id: SessionId, session: SessionInput) -> Changes:
    with store.write() as tx:
        current = tx.get(ActivitySession, session_id)
        require(session_problems(session, _input(tx.get(Activity, current.activity_id))))
        tx.update(ActivitySession, session_id, values_of(session))
        return tx.changes


def set_coaches(
    store: Store, activity_id: ActivityId, coaches: Sequence[tuple[PersonId, CoachRole]]
) -> Changes:
    with store.write() as tx:
        set_activity_coaches(tx, activity_id, coaches)
        return tx.changes


def set_activity_coaches(
    tx: WriteTx, activity_id: ActivityId, coaches: Sequence[tuple[PersonId, CoachRole]]
) -> None:
    tx.check(Activity, activity_id)
    for person_id, _ in coaches:
        tx.check(Person, person_id)
    tx.replace_set(ActivityCoach, "activity_id", activity_id, {
        derived_id("activity_coach", activity_id, person_id):
            {"activity_id": activity_id, "person_id": person_id, "role": role}
        for person_id, role in coaches
    })  # fmt: skip


def set_communities(store: Store, activity_id: ActivityId, communities: Sequence[str]) -> Changes:
    with store.write() as tx:
        set_activity_communities(tx, activity_id, communities)
        return tx.changes


def set_activity_communities(
    tx: WriteTx, activity_id: ActivityId, communities: Sequence[str]
) -> None:
    """The communities taking part; the same name in another case or spacing is one community."""
    require(p for name in communities for p in community_problems("communities", name))
    tx.check(Activity, activity_id)
    members: dict[UUID, dict[str, object]] = {}
    for name in communities:
        record_id = derived_id("activity_community", activity_id, name)
        members.setdefault(record_id, {"activity_id": activity_id, "community": name.strip()})
    tx.replace_set(ActivityCommunity, "activity_id", activity_id, members)


def record_participation(
    store: Store,
    activity_id: ActivityId,
    participants: Sequence[PersonId],
    counts: Sequence[ParticipationCount],
) -> Changes:
    """The registered participants by name and the anonymous ones by gender, age and community."""
    with store.write() as tx:
        set_participation(tx, activity_id, participants, counts)
        return tx.changes


def set_participation(
    tx: WriteTx,
    activity_id: ActivityId,
    participants: Sequence[PersonId],
    counts: Sequence[ParticipationCount],
) -> None:
    require(participation_problems(counts))
    require(participant_list_problems(participants))
    day = tx.get(Activity, activity_id).starts_on
    people = tx.get_many(Person, participants)
    if any(p not in people for p in participants):
        text = translate("Activities", "A registered participant no longer exists here.")
        raise InvalidRecordError([Problem("participants", text)])
    require(p for i in participants for p in attending_problems(people[i], day, "participants"))
    tx.replace_set(ActivityParticipant, "activity_id", activity_id, {
        derived_id("activity_participant", activity_id, i): {
            "activity_id": activity_id, "person_id": i,
            "age_band": age_band_at(people[i].birth_year, people[i].age_band, day),
        }
        for i in participants
    })  # fmt: skip
    cells: dict[UUID, dict[str, object]] = {}
    for cell in counts:
        if cell.count > 0:
            community = cell.community.strip() if cell.community else None
            key = derived_id(
                "activity_headcount", activity_id, cell.gender, cell.age_band, community
            )
            cells[key] = {
                "activity_id": activity_id, "gender": cell.gender, "age_band": cell.age_band,
                "community": community, "count": cell.count,
            }  # fmt: skip
    tx.replace_set(ActivityHeadcount, "activity_id", activity_id, cells)


def _input(activity: Activity) -> ActivityInput:
    return ActivityInput(
        city_id=CityId(activity.city_id),
        title=activity.title,
        kind=activity.kind,
        starts_on=activity.starts_on,
        ends_on=activity.ends_on,
        status=activity.status,
    )
