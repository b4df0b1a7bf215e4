"""Youth activities: the whole activity as its form saves it (details, sessions, coaches,
communities, participation)."""

from collections.abc import Sequence
from uuid import UUID

from scdesk.domain.activities import (
    ActivityId,
    ActivityRecord,
    ParticipationCount,
    SessionEntry,
    SessionId,
    activity_record_problems,
    participant_list_problems,
    participation_problems,
)
from scdesk.domain.identity import derived_id
from scdesk.domain.people import PersonId, age_band_at, attending_problems
from scdesk.domain.rules import InvalidRecordError, Problem, require
from scdesk.i18n import translate
from scdesk.services.saved import Saved
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


def save_activity(store: Store, record: ActivityRecord) -> Saved[ActivityId]:
    """Create or change a whole activity, all or nothing."""
    with store.write() as tx:
        return Saved(save_activity_in(tx, record), tx.changes)


def save_activity_in(tx: WriteTx, record: ActivityRecord) -> ActivityId:
    """Every rule on the activity is checked here, inside the transaction that writes it: the
    ones activity_record_problems states (which the form previews), then those that need the
    store (what it links to exists, who takes part may be recorded)."""
    require(activity_record_problems(record, tx.today))
    activity = record.activity
    if activity.city_id is None:
        raise ValueError("activity_record_problems requires the city")
    tx.check(City, activity.city_id)
    given = record.activity_id
    new = given is None or tx.unclaimed(Activity, given)
    if given is None or new:
        activity_id = ActivityId(tx.create(Activity, values_of(activity), record_id=given))
    else:
        activity_id = given
        tx.get(Activity, activity_id)
        tx.update(Activity, activity_id, values_of(activity))
    _save_sessions(tx, activity_id, record.sessions, new=new)
    _set_coaches(tx, activity_id, record)
    _set_communities(tx, activity_id, record.communities)
    set_participation_in(tx, activity_id, record.participants, record.counts)
    return activity_id


def set_participation_in(
    tx: WriteTx,
    activity_id: ActivityId,
    participants: Sequence[PersonId],
    counts: Sequence[ParticipationCount],
) -> None:
    """The registered participants by name and the anonymous ones by gender, age and
    community: part of saving an activity, and on its own what a participants table brings."""
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


def _save_sessions(
    tx: WriteTx, activity_id: ActivityId, entries: Sequence[SessionEntry], *, new: bool
) -> None:
    """Sessions keep their ids; new ones are added; sessions left out are deleted."""
    stored = (
        set() if new else {s.id for s in tx.linked(ActivitySession, "activity_id", activity_id)}
    )
    kept: set[SessionId] = set()
    for entry in entries:
        if entry.session_id is not None and entry.session_id in stored:
            tx.update(ActivitySession, entry.session_id, values_of(entry.session))
            kept.add(entry.session_id)
        else:
            values = values_of(entry.session) | {"activity_id": activity_id}
            kept.add(SessionId(tx.create(ActivitySession, values)))
    for gone in stored - kept:
        tx.delete(ActivitySession, gone)


def _set_coaches(tx: WriteTx, activity_id: ActivityId, record: ActivityRecord) -> None:
    for person_id, _ in record.coaches:
        tx.check(Person, person_id)
    tx.replace_set(ActivityCoach, "activity_id", activity_id, {
        derived_id("activity_coach", activity_id, person_id):
            {"activity_id": activity_id, "person_id": person_id, "role": role}
        for person_id, role in record.coaches
    })  # fmt: skip


def _set_communities(tx: WriteTx, activity_id: ActivityId, communities: Sequence[str]) -> None:
    """The communities taking part; the same name in another case or spacing is one community."""
    members: dict[UUID, dict[str, object]] = {}
    for name in communities:
        record_id = derived_id("activity_community", activity_id, name)
        members.setdefault(record_id, {"activity_id": activity_id, "community": name.strip()})
    tx.replace_set(ActivityCommunity, "activity_id", activity_id, members)
