"""The local search index finds records by words in every script the network writes, by the
start of a word, and keeps up with changes as they are committed."""

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import select

from scdesk.store import search
from scdesk.store.base import table_of
from scdesk.store.models import City, Meeting, Person
from scdesk.store.queries.meeting_list import MeetingFilter, meeting_page
from scdesk.store.queries.people_list import PersonFilter, person_count, person_page
from scdesk.store.store import Store
from tests import factories
from tests.conftest import TestClock, on_each_backend, postgres_store
from tests.postgres import Server
from tests.sync.conftest import Network, make_network


def _meetings(store: Store, typed: str) -> set[str]:
    with store.read() as session:
        rows = session.query(Meeting.title).filter(
            Meeting.id.in_(search.matching_ids("meeting", typed))
        )
        return {row.title for row in rows}


TITLES = (
    "کمیٹی کا اجلاس نمبر 2",  # Urdu
    "समिति की बैठक संख्या 3",  # Hindi
    "समितिको बैठक नं. 4",  # Nepali
    "குழுக் கூட்டம் இல. 5",  # Tamil
    "කමිටු රැස්වීම අංක 6",  # Sinhala
    "কমিটির সভা নং 7",  # Bengali
    "Liaison committee meeting",
)


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("اجلاس", TITLES[0]),
        ("کمی", TITLES[0]),
        ("संख्या", TITLES[1]),
        ("बैठक", None),
        ("समितिको", TITLES[2]),
        ("கூட்டம்", TITLES[3]),
        ("கூட்", TITLES[3]),
        ("රැස්වීම", TITLES[4]),
        ("රැස්", TITLES[4]),
        ("সভা", TITLES[5]),
        ("কমিটির", TITLES[5]),
        ("liaison MEET", TITLES[6]),
    ],
)
def test_a_word_or_its_start_finds_the_meeting_in_its_own_script(
    store: Store, typed: str, found: str | None
) -> None:
    city = factories.city(store)
    for title in TITLES:
        factories.meeting(store, city, title=title)
    expected = {found} if found else {TITLES[1], TITLES[2]}  # Hindi and Nepali share बैठक
    assert _meetings(store, typed) == expected


def test_vowel_signs_stay_inside_their_word(store: Store) -> None:
    """With the default tokenizer, "समितिको" would match "समिति की": the matras split words."""
    city = factories.city(store)
    factories.meeting(store, city, title="समिति की बैठक")
    assert _meetings(store, "समितिको") == set()


def test_zero_width_joiners_typed_or_not_find_the_same_word(store: Store) -> None:
    city = factories.city(store)
    factories.meeting(store, city, title="ශ්\u200dරී ලංකා සමුළුව")
    assert _meetings(store, "ශ්රී") == {"ශ්\u200dරී ලංකා සමුළුව"}
    assert _meetings(store, "ශ්\u200dරී") == {"ශ්\u200dරී ලංකා සමුළුව"}


def test_a_renamed_record_is_found_by_its_new_name_only(store: Store) -> None:
    city_id = factories.city(store, "Mardan")
    factories.change_city(store, city_id, name="Nowshera")
    with store.read() as session:
        for typed, expected in (("mardan", []), ("nowsh", ["Nowshera"])):
            ids = search.matching_ids("city", typed)
            assert [c.name for c in session.query(City).filter(City.id.in_(ids))] == expected


def test_a_record_saved_is_found_as_soon_as_its_transaction_commits(store: Store) -> None:
    assert _people(store, "khan") == []
    factories.person(store, name="Ayesha Khan")
    assert _people(store, "khan") == ["Ayesha Khan"]


def test_a_search_runs_while_another_connection_holds_the_write_lock(store: Store) -> None:
    """Were a search to write, it would wait here for the lock until SQLite gave up."""
    factories.person(store, name="Ayesha Khan")
    with closing(sqlite3.connect(store.path, isolation_level=None)) as writer:
        writer.execute("BEGIN IMMEDIATE")
        assert _people(store, "ayes") == ["Ayesha Khan"]
        writer.execute("ROLLBACK")


def test_a_store_opened_without_its_index_builds_it_whole(store: Store, clock: TestClock) -> None:
    """As an older store, or one whose index was lost: opening it indexes every record."""
    factories.person(store, name="Ayesha Khan")
    store.close()
    with closing(sqlite3.connect(store.path)) as connection, connection:
        for table in ("search_built", "search_key", "search_fts"):
            connection.execute(f"DROP TABLE {table}")
    with Store.open(store.path, clock=clock) as reopened:
        assert _people(reopened, "khan") == ["Ayesha Khan"]
        factories.person(reopened, name="Bushra Khan")
        assert _people(reopened, "khan") == ["Ayesha Khan", "Bushra Khan"]


def test_punctuation_alone_matches_nothing(store: Store) -> None:
    factories.person(store, name="Ayesha Khan")
    assert search.fts_query(' "- ') is None
    with store.read() as session:
        ids = search.matching_ids("person", "-")
        assert session.query(Person).filter(Person.id.in_(ids)).count() == 0


def _people(store: Store, typed: str) -> list[str]:
    with store.read() as session:
        ids = search.matching_ids("person", typed)
        return sorted(p.name for p in session.query(Person).filter(Person.id.in_(ids)))


@pytest.fixture
def network(tmp_path: Path, template_store: Path) -> Iterator[Network]:
    made = make_network(tmp_path, template_store)
    yield made
    made.close()


def test_a_record_merged_from_a_bundle_is_found_though_its_stamp_is_older(
    network: Network,
) -> None:
    """A merge keeps the sender's clock stamps: the officer saved this before the hub's own
    latest save, which the hub has indexed already."""
    officer, hub = network.officers[0], network.hub
    factories.person(officer, name="Gul Bano", city_id=network.city)
    factories.person(hub, name="Hub Person")
    assert _people(hub, "gul") == []

    (result,) = network.deliver(hub, network.send(officer, hub))

    assert result.counts.new == 1
    assert _people(hub, "gul") == ["Gul Bano"]
    assert _people(hub, "hub") == ["Hub Person"]


def test_a_record_renamed_by_a_bundle_is_found_by_its_new_name_only(network: Network) -> None:
    """The hub changed another field of the record after the officer renamed it: the merged
    record keeps the hub's later stamp, and its new name must replace the old in the index."""
    officer, hub = network.officers[0], network.hub
    renamed = factories.person(officer, name="Zarina Old", city_id=network.city)
    network.deliver(hub, network.send(officer, hub))
    factories.change_person(officer, renamed, name="Zarina New", city_id=None)
    factories.change_person(hub, renamed, title="Dr", city_id=None)
    assert _people(hub, "zarina") == ["Zarina Old"]

    (result,) = network.deliver(hub, network.send(officer, hub))

    assert (result.counts.new, result.counts.updated) == (0, 1)
    assert _people(hub, "zarina new dr") == ["Zarina New"]
    assert _people(hub, "old") == []


@pytest.fixture(params=["sqlite", "postgresql"])
def either(request: pytest.FixtureRequest, store: Store, tmp_path: Path) -> Iterator[Store]:
    """A store on each backend: a search must find the same records on both."""
    yield from on_each_backend(request, store, tmp_path / "hub")


NAMES = (
    "Ayesha Khan",  # Latin
    "عائشہ خان",  # Urdu
    "प्रियंका शर्मा",  # Devanagari
    "প্রিয়াঙ্কা দাস",  # Bengali
    "கிருஷ்ணன் முருகன்",  # Tamil
    "ශ්\u200dරී නිමල් පෙරේරා",  # Sinhala, a zero-width joiner in its conjunct
    "Zoë O'Brien-Smith",
)


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("ayes KHA", {NAMES[0]}),
        ("kha", {NAMES[0]}),
        ("خا", {NAMES[1]}),
        ("عائشہ", {NAMES[1]}),
        ("प्रियं", {NAMES[2]}),
        ("शर्मा प्रियंका", {NAMES[2]}),
        ("प्रि", {NAMES[2]}),
        ("প্রিয়া", {NAMES[3]}),
        ("দা", {NAMES[3]}),
        ("முருக", {NAMES[4]}),
        ("கிருஷ்ணன்", {NAMES[4]}),
        ("ශ්රී", {NAMES[5]}),
        ("පෙරේ", {NAMES[5]}),
        ("zoë brien", {NAMES[6]}),
        ("smi", {NAMES[6]}),
        ("rma", set()),  # the middle of a word is no start of one
        ("hesha", set()),
        ("-", set()),
    ],
)
def test_a_list_search_finds_the_same_names_in_every_script_on_both_backends(
    either: Store, typed: str, found: set[str]
) -> None:
    for name in NAMES:
        factories.person(either, name=name)
    with either.read() as session:
        page = person_page(session, PersonFilter(search=typed), None, 50)
        count = person_count(session, PersonFilter(search=typed))
    assert {row.name for row in page} == found
    assert count == len(found)


def test_a_meeting_is_found_by_a_word_of_its_venue_or_summary_on_both_backends(
    either: Store,
) -> None:
    city = factories.city(either)
    factories.meeting(either, city, title="سالانہ اجلاس", venue="ٹاؤن ہال", summary="بجٹ پر بات")
    factories.meeting(either, city, title="Liaison committee", venue="Town hall")
    with either.read() as session:
        for typed, titles in (
            ("ٹاؤ", ["سالانہ اجلاس"]),
            ("بجٹ", ["سالانہ اجلاس"]),
            ("town", ["Liaison committee"]),
        ):
            page = meeting_page(session, MeetingFilter(search=typed), None, 50)
            assert [row.title for row in page] == titles


@pytest.mark.parametrize("table", sorted(search.SEARCHED))
def test_a_search_on_postgresql_reads_the_index_of_the_words(
    postgres: Server, postgres_template: str, tmp_path: Path, table: str
) -> None:
    """The query's expression must be the one migration 0014 indexed, or every search of a
    hub's list would read the whole table."""
    with postgres_store(postgres, postgres_template, tmp_path) as pg:
        source = table_of(search._MODELS[table])
        statement = select(source.c.id).where(search.matches(table, "ayes kha"))
        with pg.engine.connect() as connection:
            connection.exec_driver_sql("SET enable_seqscan = off")
            compiled = statement.compile(dialect=connection.dialect)
            plan = connection.exec_driver_sql(f"EXPLAIN {compiled}", compiled.params).scalars()
            lines = list(plan)
    assert any(f"ix_{table}_search_words" in line for line in lines), lines
