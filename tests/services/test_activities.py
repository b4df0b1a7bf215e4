"""Youth activities: sessions inside the activity's dates, participation and minors."""

from datetime import date

from sqlalchemy import select

from scdesk.domain.activities import CoachRole, ParticipationCount, SessionInput
from scdesk.domain.people import AgeBand, ConsentGiver, Gender
from scdesk.services import activities
from scdesk.store.models import ActivityCommunity, ActivityHeadcount, ActivityParticipant
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


def test_a_session_outside_the_activitys_dates_is_refused(store: Store) -> None:
    city_id = factories.city(store)
    activity_id = factories.activity(store, city_id)
    activities.add_session(store, activity_id, SessionInput(date(2026, 4, 7), "Batting"))
    refused(
        store,
        lambda: activities.add_session(store, activity_id, SessionInput(date(2026, 5, 7))),
        "outside the activity's dates",
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
    activities.record_participation(store, activity_id, [girl], counts)
    activities.set_communities(store, activity_id, ["Tamil", "Sinhala", " tamil "])
    activities.set_coaches(store, activity_id, [(factories.person(store), CoachRole.COACH)])
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
        lambda: activities.record_participation(store, activity_id, [teen], []),
        "Kasun was under 18 on the day: remove their phone number and e-mail first.",
    )


def test_a_participation_count_twice_for_the_same_cell_is_refused(store: Store) -> None:
    city_id = factories.city(store)
    activity_id = factories.activity(store, city_id)
    cell = ParticipationCount(Gender.FEMALE, 5, AgeBand.UNDER_15, "Tamil")
    refused(
        store,
        lambda: activities.record_participation(store, activity_id, [], [cell, cell]),
        "counted twice",
    )


def test_changing_participation_replaces_the_earlier_counts(store: Store) -> None:
    city_id = factories.city(store)
    activity_id = factories.activity(store, city_id)
    first = [ParticipationCount(Gender.FEMALE, 5, AgeBand.UNDER_15, "Tamil")]
    activities.record_participation(store, activity_id, [], first)
    second = [ParticipationCount(Gender.MALE, 6, AgeBand.FROM_15, "Muslim")]
    activities.record_participation(store, activity_id, [], second)
    with store.read() as session:
        live = session.execute(
            select(ActivityHeadcount.community, ActivityHeadcount.count).where(
                ActivityHeadcount.deleted.is_(False)
            )
        ).all()
    assert live == [("Muslim", 6)]
