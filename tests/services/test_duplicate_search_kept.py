"""The duplicate search's answer is kept until something is written: read back while the records
stand still, searched again after any write, local or merged, and never sent to another device."""

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from scdesk.domain.duplicates import DuplicateKind
from scdesk.domain.people import CityId
from scdesk.services import duplicates
from scdesk.services.duplicates import find_duplicates
from scdesk.services.merges import dismiss_pair
from scdesk.store.models import AuditEntry, ThisDevice
from scdesk.store.store import Store
from tests import factories
from tests.conftest import NOW, TestClock, on_each_backend


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, store: Store, tmp_path: Path) -> Iterator[Store]:
    """Each test on both backends, which keep the answer each in its own way."""
    yield from on_each_backend(request, store, tmp_path / "hub")


@pytest.fixture
def searches(monkeypatch: pytest.MonkeyPatch) -> list[DuplicateKind]:
    """The kinds actually searched (not read back), in the order searched."""
    made: list[DuplicateKind] = []
    search = duplicates._search

    def counted(session: Any, kind: DuplicateKind, year: int, min_score: int) -> Any:
        made.append(kind)
        return search(session, kind, year, min_score)

    monkeypatch.setattr(duplicates, "_search", counted)
    return made


def _twice_typed(store: Store, city: CityId) -> None:
    factories.person(store, name="Ayesha Khan", city_id=city, birth_year=1990)
    factories.person(store, name="عائشہ خان", city_id=city, birth_year=1990)


def _names(store: Store, kinds: list[DuplicateKind] | None = None) -> set[frozenset[str]]:
    return {frozenset((c.first_name, c.second_name)) for c in find_duplicates(store, kinds)}


def test_the_answer_is_read_back_until_a_record_is_written(
    store: Store, searches: list[DuplicateKind]
) -> None:
    city = factories.city(store)
    _twice_typed(store, city)
    first = find_duplicates(store)
    assert len(searches) == len(DuplicateKind)

    assert find_duplicates(store) == first
    assert find_duplicates(store, [DuplicateKind.PERSON]) == first
    assert len(searches) == len(DuplicateKind)

    factories.person(store, name="Laxmi Thapa", city_id=city, birth_year=1985)
    factories.person(store, name="Lakshmi Thapa", city_id=city, birth_year=1985)
    assert _names(store, [DuplicateKind.PERSON]) == {
        frozenset(("Ayesha Khan", "عائشہ خان")),
        frozenset(("Laxmi Thapa", "Lakshmi Thapa")),
    }
    assert searches[len(DuplicateKind) :] == [DuplicateKind.PERSON]


def test_a_dismissed_pair_leaves_the_kept_answer_at_once(store: Store) -> None:
    _twice_typed(store, factories.city(store))
    (pair,) = find_duplicates(store, [DuplicateKind.PERSON])

    dismiss_pair(store, pair.first_id, pair.second_id)

    assert find_duplicates(store, [DuplicateKind.PERSON]) == []


def test_a_higher_score_is_read_back_and_a_lower_one_searched_again(
    store: Store, searches: list[DuplicateKind]
) -> None:
    _twice_typed(store, factories.city(store))
    (pair,) = find_duplicates(store, [DuplicateKind.PERSON], min_score=50)

    assert find_duplicates(store, [DuplicateKind.PERSON], min_score=pair.score) == [pair]
    assert find_duplicates(store, [DuplicateKind.PERSON], min_score=pair.score + 1) == []
    assert len(searches) == 1
    find_duplicates(store, [DuplicateKind.PERSON], min_score=40)
    assert len(searches) == 2


def test_a_new_year_searches_again_since_ages_move(
    store: Store, searches: list[DuplicateKind]
) -> None:
    _twice_typed(store, factories.city(store))
    find_duplicates(store, [DuplicateKind.PERSON])
    store.clock = TestClock(NOW.replace(year=NOW.year + 1))

    find_duplicates(store, [DuplicateKind.PERSON])

    assert searches == [DuplicateKind.PERSON, DuplicateKind.PERSON]


def test_keeping_the_answer_is_no_write_another_device_receives(store: Store) -> None:
    _twice_typed(store, factories.city(store))

    def written() -> tuple[int, int]:
        with store.read() as session:
            counter = session.scalars(select(ThisDevice.counter)).one()
            return counter, session.scalars(select(func.count()).select_from(AuditEntry)).one()

    before = written()
    find_duplicates(store)
    assert written() == before


def test_a_search_while_a_merge_holds_the_store_still_answers(store: Store) -> None:
    _twice_typed(store, factories.city(store))
    with store.write():  # as a merge holds it, for as long as it takes
        (pair,) = find_duplicates(store, [DuplicateKind.PERSON])
    assert find_duplicates(store, [DuplicateKind.PERSON]) == [pair]
