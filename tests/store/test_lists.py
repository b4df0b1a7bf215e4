"""The lists page through the records with keyset queries: every row once, in order, filtered."""

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from scdesk.domain.committees import CommitteeInput, CommitteeKind, CommitteeRecord
from scdesk.domain.meetings import MeetingKind
from scdesk.services import committees
from scdesk.store.models import Activity, Meeting, Person
from scdesk.store.queries.activity_list import ActivityFilter, activity_count, activity_page
from scdesk.store.queries.committee_list import CommitteeFilter, committee_page
from scdesk.store.queries.meeting_list import MeetingFilter, meeting_count, meeting_page
from scdesk.store.queries.paging import Order
from scdesk.store.queries.people_list import PersonFilter, person_count, person_page
from scdesk.store.queries.place_lists import (
    CityFilter,
    OrganisationFilter,
    city_page,
    organisation_page,
)
from scdesk.store.store import Store
from tests import factories
from tests.conftest import NOW, on_each_backend
from tests.demo_stores import make_demo_template, open_demo_copy


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_demo_template(tmp_path_factory.mktemp("demo"))


@pytest.fixture
def demo(demo_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Store]:
    yield from open_demo_copy(demo_template, tmp_path, monkeypatch)


def _all_pages(page: Callable[[Any, int], list[Any]], limit: int) -> list[Any]:
    rows: list[Any] = []
    while True:
        found = page(rows[-1].sort_key if rows else None, limit)
        rows += found
        if len(found) < limit:
            return rows


@pytest.mark.parametrize(
    "order",
    [Order("starts_at", True), Order("title"), Order("city", True), Order("committee")],
)
def test_paging_meetings_gives_every_meeting_once_in_order(demo: Store, order: Order) -> None:
    wanted = MeetingFilter(order=order)
    with demo.read() as session:
        rows = _all_pages(lambda after, n: meeting_page(session, wanted, after, n), 37)
        total = session.execute(select(func.count()).select_from(Meeting)).scalar_one()
    assert len({r.id for r in rows}) == len(rows) == total
    keys = [r.sort_key for r in rows]
    assert keys == sorted(keys, reverse=order.descending)


def test_filters_narrow_the_meetings_to_a_city_a_kind_and_a_period(demo: Store) -> None:
    with demo.read() as session:
        some = meeting_page(session, MeetingFilter(), None, 1)[0]
        city_id = session.get(Meeting, some.id).city_id  # type: ignore[union-attr]
        wanted = MeetingFilter(
            city_id=city_id,
            kind=MeetingKind.COMMITTEE_MEETING,
            period_from=NOW.date().replace(year=NOW.year - 1),
            period_to=NOW.date(),
        )
        rows = _all_pages(lambda after, n: meeting_page(session, wanted, after, n), 5)
        expected = session.execute(
            select(func.count())
            .select_from(Meeting)
            .where(
                Meeting.city_id == city_id,
                Meeting.kind == MeetingKind.COMMITTEE_MEETING,
                Meeting.starts_at >= NOW.replace(year=NOW.year - 1, hour=0, minute=0),
                Meeting.starts_at < NOW.replace(day=NOW.day + 1, hour=0, minute=0),
                Meeting.deleted.is_(False),
            )
        ).scalar_one()
        assert meeting_count(session, wanted) == len(rows) == expected > 0
    assert all(r.kind is MeetingKind.COMMITTEE_MEETING for r in rows)


def test_choosing_another_city_lists_that_citys_meetings_and_not_the_last_ones(
    demo: Store,
) -> None:
    with demo.read() as session:
        cities = session.execute(select(Meeting.city_id).distinct().limit(3)).scalars().all()
        assert len(cities) == 3
        for city_id in cities:  # the same filter each time but for its city
            wanted = MeetingFilter(city_id=city_id, order=Order("title"))
            rows = _all_pages(partial(meeting_page, session, wanted), 9)
            expected = session.execute(
                select(Meeting.id).where(Meeting.city_id == city_id, Meeting.deleted.is_(False))
            ).scalars()
            assert sorted(r.id for r in rows) == sorted(expected)
            assert meeting_count(session, wanted) == len(rows)


def test_choosing_another_kind_lists_the_activities_of_that_kind(demo: Store) -> None:
    with demo.read() as session:
        kinds = session.execute(select(Activity.kind).distinct()).scalars().all()
        assert len(kinds) >= 2
        for kind in kinds:
            wanted = ActivityFilter(kind=kind)
            rows = _all_pages(partial(activity_page, session, wanted), 9)
            expected = session.execute(
                select(Activity.id).where(Activity.kind == kind, Activity.deleted.is_(False))
            ).scalars()
            assert sorted(r.id for r in rows) == sorted(expected)
            assert all(r.kind is kind for r in rows)
            assert activity_count(session, wanted) == len(rows)


def test_searching_people_in_tamil_finds_only_matching_names(demo: Store) -> None:
    with demo.read() as session:
        tamil = session.execute(
            select(Person.name).where(Person.name.like("%க%")).limit(1)
        ).scalar_one()
        word = tamil.split()[0]
        rows = person_page(session, PersonFilter(search=word), None, 500)
        assert rows
        assert all(word in r.name for r in rows)
        assert person_count(session, PersonFilter(search=word)) == len(rows)


def test_every_list_pages_through_without_repeating_a_row(demo: Store) -> None:
    with demo.read() as session:
        lists: list[Callable[[Any, int], list[Any]]] = [
            lambda a, n: activity_page(session, ActivityFilter(), a, n),
            lambda a, n: person_page(session, PersonFilter(), a, n),
            lambda a, n: committee_page(session, CommitteeFilter(), a, n, NOW.date()),
            lambda a, n: city_page(session, CityFilter(), a, n),
            lambda a, n: organisation_page(session, OrganisationFilter(), a, n),
        ]
        for page in lists:
            rows = _all_pages(page, 7)
            assert rows
            assert len({r.id for r in rows}) == len(rows)


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest, store: Store, tmp_path: Path) -> Iterator[Store]:
    yield from on_each_backend(request, store, tmp_path / "hub")


@pytest.mark.parametrize("descending", [False, True])
def test_cities_and_committees_sort_by_a_date_some_lack_on_either_backend(
    backend: Store, descending: bool
) -> None:
    days = [date(2021, 3, 1), None, date(2019, 7, 15), None, date(2024, 1, 9)]
    for number, day in enumerate(days):
        city = factories.city(backend, f"City {number}", joined_on=day)
        committee = CommitteeInput(city, f"Committee {number}", CommitteeKind.LIAISON)
        committees.save_committee(backend, CommitteeRecord(None, replace(
            committee, established_on=day
        )))  # fmt: skip
    by_city = CityFilter(order=Order("joined_on", descending))
    by_committee = CommitteeFilter(order=Order("established_on", descending))
    with backend.read() as session:
        cities = _all_pages(lambda a, n: city_page(session, by_city, a, n), 2)
        listed = _all_pages(lambda a, n: committee_page(session, by_committee, a, n, NOW.date()), 2)
    known = sorted(d for d in days if d is not None)
    expected = [None, None, *known]  # a missing date first, as the lowest
    expected = expected[::-1] if descending else expected
    assert [row.joined_on for row in cities] == expected
    assert [row.established_on for row in listed] == expected
    assert len({row.id for row in cities}) == len({row.id for row in listed}) == len(days)
