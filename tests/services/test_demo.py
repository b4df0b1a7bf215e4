"""The demo: thousands of records written through the services, the same on every run."""

import re
import shutil
from collections import Counter
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import Uuid, func, select

from scdesk.domain.counts import MOST_DEMO_SCALE
from scdesk.domain.errors import UserError
from scdesk.domain.figures import YOUTH_ACTIVITY, Dimension, FigureKey
from scdesk.domain.meetings import ActionStatus, MeetingKind, MeetingStatus, MinutesStatus
from scdesk.domain.people import AgeBand, ConsentGiver, StakeholderType
from scdesk.domain.places import CityInput, CityRecord
from scdesk.domain.plans import PlanStatus
from scdesk.domain.progress import CancelledError, Progress
from scdesk.services.demo import DemoSummary, fill_demo
from scdesk.services.figures import FigureQuery, compute_figures
from scdesk.services.places import save_city
from scdesk.store.base import SYNC_COLUMNS
from scdesk.store.models import (
    ActionItem,
    ActivityParticipant,
    AgendaItem,
    Attendance,
    City,
    Meeting,
    MinutesAmendment,
    Person,
    PersonGroup,
    PreventionPlan,
    RiskProfile,
)
from scdesk.store.queries.counts import record_counts
from scdesk.store.shapes import synced_models
from scdesk.store.store import STORE_FILE, Store
from tests.conftest import NOW, TestClock, dump, refused

TODAY = NOW.date()
SCRIPTS = {
    "ur": re.compile("[\u0600-\u06ff]"),
    "hi": re.compile("[\u0900-\u097f]"),
    "bn": re.compile("[\u0980-\u09ff]"),
    "ta": re.compile("[\u0b80-\u0bff]"),
    "si": re.compile("[\u0d80-\u0dff]"),
    "en": re.compile("^[A-Za-z0-9 ,.;:'()-]+$"),
}


@pytest.fixture(scope="module")
def demo(
    tmp_path_factory: pytest.TempPathFactory, template_store: Path
) -> Iterator[tuple[Store, DemoSummary]]:
    """One filled store for the tests that only read it."""
    path = tmp_path_factory.mktemp("demo") / STORE_FILE
    shutil.copy(template_store, path)
    with Store.open(path, clock=TestClock()) as store:
        yield store, fill_demo(store)


def _counts(store: Store) -> dict[str, int]:
    with store.read() as session:
        return {c.table: c.live for c in record_counts(session)}


def _content(store: Store) -> dict[str, list[str]]:
    """Every synced row without its ids, links and version stamps, sorted."""
    content = {}
    with store.read() as session:
        for model in synced_models():
            table = model.__table__  # type: ignore[attr-defined]
            columns = [
                c
                for c in table.columns
                if c.name not in SYNC_COLUMNS and not isinstance(c.type, Uuid)
            ]
            rows = session.execute(select(*columns)).all()
            content[table.name] = sorted(repr(tuple(row)) for row in rows)
    return content


def test_demo_on_an_empty_store_writes_thousands_of_records_in_every_synced_table(demo):
    store, summary = demo
    counts = _counts(store)
    assert summary.records == sum(counts.values())
    assert summary.records > 5000
    # Conflicts arise only when bundles from two devices meet, which one device's demo cannot do;
    # merges and dismissals are a person's decisions on the pairs the duplicate search shows.
    empty = [table for table, count in counts.items() if count == 0]
    assert sorted(empty) == ["conflict", "duplicate_dismissal", "record_merge"]
    assert (summary.cities, summary.people) == (counts["city"], counts["person"])


def test_demo_refuses_a_store_that_holds_records_and_leaves_it_unchanged(store):
    save_city(store, CityRecord(None, CityInput("Mardan", "PK")))
    before = dump(store)
    with pytest.raises(UserError, match="already holds records"):
        fill_demo(store)
    assert dump(store) == before


@pytest.mark.parametrize("scale", [-1, 0, MOST_DEMO_SCALE + 1])
def test_demo_refuses_a_scale_out_of_bounds_and_leaves_the_store_unchanged(store, scale):
    refused(
        store,
        lambda: fill_demo(store, scale=scale),
        f"The demo's scale is a whole number from 1 to {MOST_DEMO_SCALE}.",
    )


def test_demo_cancelled_through_progress_leaves_the_store_unchanged(store):
    before = dump(store)
    progress = Progress()
    progress.cancel.set()
    with pytest.raises(CancelledError):
        fill_demo(store, progress=progress)
    assert dump(store) == before


def test_scale_two_writes_twice_the_cities_meetings_and_people_of_scale_one(demo, store):
    one = _counts(demo[0])
    summary = fill_demo(store, scale=2)
    two = _counts(store)
    doubled = ["city", "person", "committee", "membership", "meeting", "activity"]
    doubled += ["activity_session", "consultation_finding", "risk_profile", "expert_advice"]
    assert {t: two[t] for t in doubled} == {t: 2 * one[t] for t in doubled}
    assert two["indicator"] == one["indicator"]
    assert 1.9 < summary.records / demo[1].records < 2.1


def test_two_fills_of_fresh_stores_hold_the_same_records_apart_from_ids(demo, store):
    fill_demo(store)
    assert _content(store) == _content(demo[0])


def test_names_and_minutes_are_written_in_six_languages(demo):
    with demo[0].read() as session:
        names = session.execute(select(Person.name)).scalars().all()
        minutes = session.execute(
            select(Meeting.language, AgendaItem.discussion).join(Meeting)
        ).all()
    for language, script in SCRIPTS.items():
        assert any(script.search(name) for name in names), language
        discussions = [d for lang, d in minutes if lang == language and d]
        assert discussions, language
        assert all(script.search(d) for d in discussions), language


def test_minutes_reach_every_stage_and_are_approved_by_a_later_held_meeting(demo):
    with demo[0].read() as session:
        meetings = {m.id: m for m in session.execute(select(Meeting)).scalars()}
        amended = session.execute(select(MinutesAmendment.meeting_id)).scalars().all()
    stages = Counter(m.minutes_status for m in meetings.values() if m.status is MeetingStatus.HELD)
    assert all(stages[stage] > 0 for stage in MinutesStatus)
    for meeting in meetings.values():
        if meeting.minutes_approved_in_id is not None:
            approving = meetings[meeting.minutes_approved_in_id]
            assert approving.committee_id == meeting.committee_id
            assert approving.starts_at > meeting.starts_at
            assert approving.status is MeetingStatus.HELD
    assert amended
    assert all(meetings[m].minutes_status is MinutesStatus.APPROVED for m in amended)


def test_held_meetings_lie_in_the_past_eighteen_months_and_planned_ones_in_coming_weeks(demo):
    with demo[0].read() as session:
        rows = session.execute(select(Meeting.status, Meeting.starts_at)).all()
    held = [at for status, at in rows if status is MeetingStatus.HELD]
    planned = [at for status, at in rows if status is MeetingStatus.PLANNED]
    assert NOW - timedelta(days=560) < min(held) < max(held) < NOW
    assert planned
    assert all(NOW < at < NOW + timedelta(days=60) for at in planned)


def test_actions_are_done_dropped_carried_over_and_overdue(demo):
    with demo[0].read() as session:
        actions = session.execute(select(ActionItem)).scalars().all()
    assert {a.status for a in actions} == set(ActionStatus)
    assert any(a.closed_in_id not in (None, a.meeting_id) for a in actions)
    assert any(a.status is ActionStatus.OPEN and a.due_on < TODAY for a in actions)
    assert any(a.status is ActionStatus.OPEN and a.due_on >= TODAY for a in actions)


def test_minors_are_recorded_with_least_data_and_a_guardians_consent(demo):
    with demo[0].read() as session:
        people = session.execute(select(Person)).scalars().all()
        registered = set(session.execute(select(ActivityParticipant.person_id)).scalars())
    minors = [p for p in people if p.age_band in (AgeBand.UNDER_15, AgeBand.FROM_15)]
    assert len({m.id for m in minors} & registered) > 100
    for minor in minors:
        assert (minor.phone, minor.email, minor.title, minor.birth_year) == (None,) * 4
        assert minor.organisation_id is None
        assert minor.community
        assert minor.consent_by is ConsentGiver.GUARDIAN
    assert all(p.consent_participation and p.consent_on <= TODAY for p in people)
    assert any(p.consent_withdrawn_on is not None for p in people)


def test_people_attend_several_events_and_some_belong_to_marginalised_groups(demo):
    with demo[0].read() as session:
        present = session.execute(
            select(Attendance.person_id, func.count()).group_by(Attendance.person_id)
        ).all()
        groups = Counter(session.execute(select(PersonGroup.group)).scalars())
    assert sum(1 for _, count in present if count >= 3) > 100
    assert {"displaced", "refugee", "religious_minority", "ethnic_minority"} <= set(groups)


def test_every_city_has_a_mayor_and_an_adopted_plan_with_a_newer_draft(demo):
    with demo[0].read() as session:
        cities = session.execute(select(City)).scalars().all()
        mayors = {p.id: p for p in session.execute(select(Person)).scalars()}
        plans = Counter(session.execute(select(PreventionPlan.status)).scalars())
        profiles = Counter(session.execute(select(RiskProfile.status)).scalars())
    assert {c.country for c in cities} == {"PK", "IN", "LK", "BD", "NP"}
    assert {"Mardan", "New Delhi", "Trincomalee", "Colombo"} <= {c.name for c in cities}
    assert all(mayors[c.mayor_id].stakeholder_type is StakeholderType.MAYOR for c in cities)
    expected = {PlanStatus.ADOPTED: len(cities), PlanStatus.DRAFT: len(cities)}
    assert plans == profiles == expected


def test_national_roundtable_brings_together_twenty_mayors_and_councillors(demo):
    with demo[0].read() as session:
        types = session.execute(
            select(Person.stakeholder_type)
            .join(Attendance, Attendance.person_id == Person.id)
            .join(Meeting, Attendance.meeting_id == Meeting.id)
            .where(Meeting.kind == MeetingKind.ROUNDTABLE, Attendance.status == "present")
        ).scalars()
        counted = Counter(types)
    assert counted[StakeholderType.MAYOR] + counted[StakeholderType.MUNICIPAL_OFFICIAL] == 20
    assert counted[StakeholderType.MAYOR] >= 8


def test_key_figures_of_the_demo_are_those_of_a_working_network(demo):
    store = demo[0]
    inward = compute_figures(store, FigureQuery()).figures
    outward = compute_figures(store, FigureQuery(outward=True)).figures
    totals = {key: figure.total or 0 for key, figure in inward.items()}
    assert totals[FigureKey.PEOPLE_ENGAGED] > 1000
    assert totals[FigureKey.MAYORS_ENGAGED] >= 10
    assert totals[FigureKey.YOUTH_REACHED] > 500
    assert totals[FigureKey.MEMBER_CITIES] == 10
    kinds = inward[FigureKey.EVENTS_HELD].breakdowns[Dimension.KIND]
    held = ("committee_meeting", "consultation", "workshop", "roundtable", "training")
    assert all(kinds[kind] for kind in (*held, YOUTH_ACTIVITY))
    assert (outward[FigureKey.PEOPLE_ENGAGED].total or 0) < totals[FigureKey.PEOPLE_ENGAGED]
