"""Saving a youth activity as its form edits it: sessions, coaches, communities, participation."""

from dataclasses import replace
from datetime import date

from scdesk.domain.activities import (
    ActivityInput,
    ActivityKind,
    CoachRole,
    ParticipationCount,
    SessionInput,
)
from scdesk.domain.meetings import MeetingStatus
from scdesk.domain.people import AgeBand, Gender
from scdesk.domain.rules import Location, Part
from scdesk.services.activity_form import (
    ActivityRecord,
    SessionEntry,
    activity_record_problems,
    save_activity,
)
from scdesk.store.queries.activity_detail import activity_detail
from scdesk.store.store import Store
from tests import factories
from tests.conftest import refused


def _record(store: Store) -> ActivityRecord:
    city = factories.city(store)
    coach = factories.person(store, name="Imran")
    player = factories.person(store, name="Sana", birth_year=2000)
    return ActivityRecord(
        activity_id=None,
        activity=ActivityInput(
            city, "Cricket for peace", ActivityKind.SPORTS, date(2026, 4, 1), date(2026, 4, 30),
            status=MeetingStatus.HELD,
        ),
        sessions=(SessionEntry(None, SessionInput(date(2026, 4, 4), "Batting")),),
        coaches=((coach, CoachRole.COACH),),
        communities=("Baghdada", "Sheikh Maltoon"),
        participants=(player,),
        counts=(
            ParticipationCount(Gender.FEMALE, 9, AgeBand.FROM_15, "Baghdada"),
            ParticipationCount(Gender.MALE, 11, AgeBand.FROM_15, "Sheikh Maltoon"),
        ),
    )  # fmt: skip


def test_an_activity_is_saved_with_its_sessions_people_and_headcounts(store: Store) -> None:
    saved = save_activity(store, _record(store))
    with store.read() as session:
        detail = activity_detail(session, saved.id)
    assert detail is not None
    assert [s.session.topic for s in detail.sessions] == ["Batting"]
    assert [(c.name, c.role) for c in detail.coaches] == [("Imran", CoachRole.COACH)]
    assert detail.communities == ("Baghdada", "Sheikh Maltoon")
    assert [p.name for p in detail.participants] == ["Sana"]
    assert sorted(c.count for c in detail.counts) == [9, 11]


def test_a_session_outside_the_activitys_dates_is_refused(store: Store) -> None:
    record = _record(store)
    late = replace(record, sessions=(SessionEntry(None, SessionInput(date(2026, 5, 2))),))
    problems = activity_record_problems(late, date(2026, 11, 25))
    assert [(p.field, p.location) for p in problems] == [("held_on", Location(Part.SESSIONS, 0))]
    refused(store, lambda: save_activity(store, late), "outside the activity's dates")


def test_a_session_left_out_is_deleted_and_one_kept_keeps_its_id(store: Store) -> None:
    record = _record(store)
    saved = save_activity(store, record)
    with store.read() as session:
        detail = activity_detail(session, saved.id)
    assert detail is not None
    kept = detail.sessions[0]
    again = replace(
        record,
        activity_id=saved.id,
        sessions=(SessionEntry(kept.id, SessionInput(date(2026, 4, 5), "Bowling")),),
    )
    save_activity(store, again)
    with store.read() as session:
        after = activity_detail(session, saved.id)
    assert after is not None
    assert [(s.id, s.session.topic) for s in after.sessions] == [(kept.id, "Bowling")]
