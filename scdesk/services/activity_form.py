"""Saving a youth activity as its form edits it: details, sessions, coaches, communities and
participation, in one transaction.

activity_record_problems gathers the rules for the form to show as the user types.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from scdesk.domain.activities import (
    ActivityId,
    ActivityInput,
    CoachRole,
    ParticipationCount,
    SessionId,
    SessionInput,
    activity_problems,
    coach_list_problems,
    community_problems,
    participant_list_problems,
    participation_problems,
    session_problems,
)
from scdesk.domain.people import PersonId
from scdesk.domain.rules import Problem, require
from scdesk.services.activities import (
    add_activity,
    add_activity_session,
    set_activity_coaches,
    set_activity_communities,
    set_participation,
)
from scdesk.services.saved import Saved
from scdesk.store.models import Activity, ActivitySession, City
from scdesk.store.shapes import values_of
from scdesk.store.store import Store
from scdesk.store.writer import WriteTx


@dataclass(frozen=True, slots=True)
class SessionEntry:
    session_id: SessionId | None
    session: SessionInput


@dataclass(frozen=True, slots=True)
class ActivityRecord:
    activity_id: ActivityId | None
    activity: ActivityInput
    sessions: tuple[SessionEntry, ...] = ()
    coaches: tuple[tuple[PersonId, CoachRole], ...] = ()
    communities: tuple[str, ...] = ()
    participants: tuple[PersonId, ...] = ()
    counts: tuple[ParticipationCount, ...] = ()


def activity_record_problems(record: ActivityRecord, today: date) -> list[Problem]:
    """Every rule the form can check without the store; a session's problems carry the field
    "sessions:<row>:<field>"."""
    problems = activity_problems(record.activity, today)
    for row, entry in enumerate(record.sessions):
        problems += [
            Problem(f"sessions:{row}:{p.field}", p.message)
            for p in session_problems(entry.session, record.activity)
        ]
    for name in record.communities:
        problems += community_problems("communities", name)
    problems += participation_problems(record.counts)
    problems += participant_list_problems(record.participants)
    problems += coach_list_problems([person for person, _ in record.coaches])
    return problems


def save_activity(store: Store, record: ActivityRecord) -> Saved[ActivityId]:
    with store.write() as tx:
        if record.activity_id is None:
            activity_id = add_activity(tx, record.activity)
        else:
            activity_id = record.activity_id
            _update_details(tx, activity_id, record.activity)
        _save_sessions(tx, activity_id, record.activity, record.sessions)
        set_activity_coaches(tx, activity_id, record.coaches)
        set_activity_communities(tx, activity_id, record.communities)
        set_participation(tx, activity_id, record.participants, record.counts)
        return Saved(activity_id, tx.changes)


def _update_details(tx: WriteTx, activity_id: ActivityId, activity: ActivityInput) -> None:
    """As update_activity; the sessions are checked against the new dates as they are saved."""
    require(activity_problems(activity, tx.today))
    tx.get(Activity, activity_id)
    tx.check(City, activity.city_id)
    tx.update(Activity, activity_id, values_of(activity))


def _save_sessions(
    tx: WriteTx, activity_id: ActivityId, activity: ActivityInput, entries: Sequence[SessionEntry]
) -> None:
    stored = {s.id for s in tx.linked(ActivitySession, "activity_id", activity_id)}
    kept = set()
    for row, entry in enumerate(entries):
        require(
            Problem(f"sessions:{row}:{p.field}", p.message)
            for p in session_problems(entry.session, activity)
        )
        if entry.session_id is not None and entry.session_id in stored:
            tx.update(ActivitySession, entry.session_id, values_of(entry.session))
            kept.add(entry.session_id)
        else:
            kept.add(add_activity_session(tx, activity_id, entry.session))
    for gone in stored - kept:
        tx.delete(ActivitySession, gone)
