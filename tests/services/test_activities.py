"""Youth activities: sessions inside the activity's dates, participation and minors."""

from dataclasses import replace
from datetime import date

from sqlalchemy import select

from scdesk.domain.activities import (
    ActivityInput,
    ActivityKind,
    ActivityRecord,
    CoachRole,
    ParticipationCount,
    SessionEntry,
    SessionInput,
    activity_record_problems,
)
from scdesk.domain.meetings import MeetingStatus
from scdesk.domain.people import AgeBand, ConsentGiver, Gender
from scdesk.domain.rules import Location, Part
from scdesk.services import activities
from scdesk.services.activities import save_activity
from scdesk.store.models import ActivityCommunity, ActivityHeadcount, ActivityParticipant
from scdesk.store.queries.activity_detail import activity_detail
from scdesk.store.store import Store
from tests import factories
from tests.conftest import refused


def test_an_activity_that_ends_before_it_starts_is_refused(store: Store) -> None:
    city_id = factories.city(store)
    refused(
        store,
        lambda: factories.activity(store, city_id, ends_on=date(2026, 3, 1)),
        "The end date (2026-03-01) is before the start date (2026-04-01).",
    )


def test_participation_keeps_registered_minors_and_anonymous_counts(store: Store) -> None:
    city_id = factories.city(store)
    activity_id = factories.activity(store, city_id)
    girl = factories.person(
        store, name="Tharushi", birth_year=None, age_band=AgeBand.UNDER_15, community="Tamil",
        consent_by=ConsentGiver.GUARDIAN,
    )  # fmt: skip
    counts = [
        ParticipationCount(Gender.FEMALE, 9, AgeBand.UNDER_15, "Tamil"),
        ParticipationCount(Gender.MALE, 11, AgeBand.FROM_15, "Sinhala"),
    ]
    factories.change_activity(
        store, activity_id, participants=[girl], counts=counts,
        communities=["Tamil", "Sinhala", " tamil "],
        coaches=[(factories.person(store), CoachRole.COACH)],
    )  # fmt: skip
    with store.read() as session:
        bands = session.scalars(select(ActivityParticipant.age_band)).all()
        cells = session.execute(select(ActivityHeadcount.community, ActivityHeadcount.count)).all()
        communities = session.scalars(select(ActivityCommunity.community)).all()
    assert bands == [AgeBand.UNDER_15]
    assert sorted(cells) == [("Sinhala", 11), ("Tamil", 9)]
    assert sorted(communities) == ["Sinhala", "Tamil"]


def test_a_registered_minor_with_contact_details_is_refused(store: Store) -> None:
    city_id = factories.city(store)
    activity_id = factories.activity(store, city_id, starts_on=date(2025, 4, 1), ends_on=None)
    teen = factories.person(store, name="Kasun", birth_year=2007, email="kasun@example.lk")
    refused(
        store,
        lambda: factories.change_activity(store, activity_id, participants=[teen]),
        "Kasun was under 18 on the day: remove their phone number and e-mail first.",
    )


def test_a_participation_count_twice_for_the_same_cell_is_refused(store: Store) -> None:
    city_id = factories.city(store)
    activity_id = factories.activity(store, city_id)
    cell = ParticipationCount(Gender.FEMALE, 5, AgeBand.UNDER_15, "Tamil")
    refused(
        store,
        lambda: factories.change_activity(store, activity_id, counts=[cell, cell]),
        "counted twice",
    )


def test_changing_participation_replaces_the_earlier_counts(store: Store) -> None:
    city_id = factories.city(store)
    activity_id = factories.activity(store, city_id)
    first = [ParticipationCount(Gender.FEMALE, 5, AgeBand.UNDER_15, "Tamil")]
    factories.change_activity(store, activity_id, counts=first)
    second = [ParticipationCount(Gender.MALE, 6, AgeBand.FROM_15, "Muslim")]
    factories.change_activity(store, activity_id, counts=second)
    with store.read() as session:
        live = session.execute(
            select(ActivityHeadcount.community, ActivityHeadcount.count).where(
                ActivityHeadcount.deleted.is_(False)
            )
        ).all()
    assert live == [("Muslim", 6)]


def test_the_same_person_registered_twice_is_refused(store: Store) -> None:
    activity_id = factories.activity(store, factories.city(store))
    child = factories.person(store)
    refused(
        store,
        lambda: factories.change_activity(store, activity_id, participants=[child, child]),
        "The same person is registered twice.",
    )


def test_an_activity_without_a_city_is_refused(store: Store) -> None:
    city_id = factories.city(store)
    with store.read() as session:
        detail = activity_detail(session, factories.activity(store, city_id))
    assert detail is not None
    record = ActivityRecord(None, replace(detail.activity, city_id=None))
    refused(
        store, lambda: activities.save_activity(store, record), "Choose the city of the activity."
    )


# ---------------------------------------------------------------------- an activity saved whole
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


def test_the_same_coach_listed_twice_is_refused(store: Store) -> None:
    activity_id = factories.activity(store, factories.city(store))
    coach = factories.person(store)
    twice = [(coach, CoachRole.COACH), (coach, CoachRole.FACILITATOR)]
    refused(
        store,
        lambda: factories.change_activity(store, activity_id, coaches=twice),
        "listed twice as a coach",
    )


def test_a_community_name_longer_than_its_limit_is_refused(store: Store) -> None:
    activity_id = factories.activity(store, factories.city(store))
    refused(
        store,
        lambda: factories.change_activity(store, activity_id, communities=["x" * 201]),
        "Community is too long",
    )


def test_an_activity_that_has_not_started_cannot_be_marked_held(store: Store) -> None:
    city_id = factories.city(store)
    refused(
        store,
        lambda: factories.activity(store, city_id, starts_on=date(2027, 1, 1), ends_on=None),
        "An activity that has not started cannot be marked as held.",
    )
