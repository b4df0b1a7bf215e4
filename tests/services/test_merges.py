"""Merging duplicates: everything that named the other record names the kept one, the kept record
takes what it lacked, the other stays as a tombstone pointing at it, and the key figures count
the two as one."""

from typing import Any
from uuid import UUID

import pytest
from sqlalchemy import select

from scdesk.domain.conflicts import ConflictKind, Keep
from scdesk.domain.figures import FigureKey
from scdesk.domain.identity import derived_id
from scdesk.domain.meetings import ActionItemInput, AttendanceInput
from scdesk.domain.people import AgeBand, CityId, ConsentGiver, PersonId
from scdesk.services.conflicts import list_conflicts, resolve_conflict
from scdesk.services.demo import fill_demo
from scdesk.services.figures import FigureQuery, compute_figures
from scdesk.services.merges import dismiss_pair, merge_records
from scdesk.services.records import delete_record, restore_record
from scdesk.services.reports import key_figures_report
from scdesk.services.sheet_import import SheetKind, import_sheet
from scdesk.store.base import table_of
from scdesk.store.models import ActionItem, Attendance, City, DuplicateDismissal, Meeting, Person
from scdesk.store.queries.trash_list import trash_page
from scdesk.store.shapes import synced_models
from scdesk.store.store import Store
from tests import factories
from tests.conftest import dump, refused
from tests.pdf_tools import pdf_text


def figure(store: Store, key: FigureKey) -> int | None:
    return compute_figures(store, FigureQuery()).figures[key].total


@pytest.fixture
def city(store: Store) -> CityId:
    return factories.city(store, "Mardan")


def test_a_person_recorded_twice_is_one_person_after_the_merge(store: Store, city: CityId) -> None:
    kept = factories.person(store, name="Zainab Bibi", city_id=city)
    other = factories.person(store, name="زینب بی بی", city_id=city, phone="+923001234567")
    workshop = factories.meeting(store, city)
    roundtable = factories.meeting(store, city, title="Roundtable")
    factories.attend(store, workshop, [AttendanceInput(kept), AttendanceInput(other)])
    factories.attend(store, roundtable, [AttendanceInput(other)])
    action = factories.add_action(
        store, roundtable, ActionItemInput("Call the imam", owner_id=other)
    )
    assert figure(store, FigureKey.PEOPLE_ENGAGED) == 2

    merged = merge_records(store, kept, other)

    assert merged.filled == ("phone",)
    assert merged.differing == ("name",)
    (kept_for_review,) = list_conflicts(store)
    assert (kept_for_review.kind, kept_for_review.field) == (ConflictKind.MERGE, "name")
    assert (kept_for_review.kept.shown, kept_for_review.lost.shown) == ("Zainab Bibi", "زینب بی بی")
    assert figure(store, FigureKey.PEOPLE_ENGAGED) == 1
    with store.read() as session:
        gone = session.get(Person, other)
        assert gone is not None
        assert (gone.deleted, gone.merged_into, gone.name) == (True, kept, "زینب بی بی")
        stays = session.get(Person, kept)
        assert stays is not None
        assert (stays.name, stays.phone) == ("Zainab Bibi", "+923001234567")
        live = session.execute(
            select(Attendance.meeting_id).where(
                Attendance.deleted.is_(False), Attendance.person_id == kept
            )
        ).scalars()
        assert sorted(live) == sorted([workshop, roundtable])
        assert not session.scalars(
            select(Attendance).where(Attendance.deleted.is_(False), Attendance.person_id == other)
        ).all()
        owner = session.get(ActionItem, action)
        assert owner is not None
        assert owner.owner_id == kept
    resolve_conflict(store, kept_for_review.id, Keep.LOST)  # the Urdu name is the one to keep
    with store.read() as session:
        assert session.get(Person, kept).name == "زینب بی بی"  # type: ignore[union-attr]


def test_a_city_typed_twice_is_one_member_city(store: Store, city: CityId) -> None:
    again = factories.city(store, "Mardan ")
    mayor = factories.mayor(store, again)
    factories.change_city(store, again, mayor_id=mayor)
    assert figure(store, FigureKey.MEMBER_CITIES) == 2
    merge_records(store, city, again)
    assert figure(store, FigureKey.MEMBER_CITIES) == 1
    with store.read() as session:
        assert session.get(Person, mayor).city_id == city  # type: ignore[union-attr]
        kept = session.get(City, city)
        assert kept is not None
        assert kept.mayor_id == mayor  # the kept city lacked a mayor: it takes the other's


def test_a_workshop_recorded_twice_is_one_event(store: Store, city: CityId) -> None:
    ayesha = factories.person(store, city_id=city)
    bilal = factories.person(store, name="Bilal Yousaf", city_id=city)
    first = factories.meeting(store, city)
    second = factories.meeting(store, city)
    factories.attend(store, first, [AttendanceInput(ayesha)])
    factories.attend(store, second, [AttendanceInput(ayesha), AttendanceInput(bilal)])
    assert figure(store, FigureKey.EVENTS_HELD) == 2
    merge_records(store, first, second)
    assert figure(store, FigureKey.EVENTS_HELD) == 1
    assert figure(store, FigureKey.PEOPLE_ENGAGED) == 2
    with store.read() as session:
        present = session.scalars(
            select(Attendance.person_id).where(
                Attendance.deleted.is_(False), Attendance.meeting_id == first
            )
        ).all()
        assert sorted(present) == sorted([ayesha, bilal])  # Ayesha once, not twice
        assert session.get(Meeting, second).merged_into == first  # type: ignore[union-attr]


def test_a_fill_that_would_break_a_rule_is_left_on_the_tombstone(
    store: Store, city: CityId
) -> None:
    """A minor is recorded without a phone number: the adult record's phone is not copied onto
    the minor's, whatever the two records share."""
    minor: dict[str, Any] = {"birth_year": None, "age_band": AgeBand.FROM_15,
                             "consent_by": ConsentGiver.GUARDIAN}  # fmt: skip
    kept = factories.person(store, name="Sana", city_id=city, **minor)
    other = factories.person(store, name="Sana", city_id=city, phone="+923001234567",
                             community="Yusufzai")  # fmt: skip
    merged = merge_records(store, kept, other)
    assert "phone" in merged.differing
    assert "community" in merged.filled
    with store.read() as session:
        stays = session.get(Person, kept)
        assert stays is not None
        assert (stays.phone, stays.community) == (None, "Yusufzai")


def test_merging_what_cannot_be_merged_is_refused(store: Store, city: CityId) -> None:
    person = factories.person(store, city_id=city)
    other = factories.person(store, city_id=city)
    refused(store, lambda: merge_records(store, person, person), "cannot be merged with itself")
    refused(store, lambda: merge_records(store, person, UUID(city.hex)),
            "are not records of the same kind")  # fmt: skip
    refused(store, lambda: merge_records(store, person, UUID(int=7)), "has the id")
    merge_records(store, person, other)
    refused(store, lambda: merge_records(store, person, other), "deleted or merged already")


def test_a_dismissed_pair_is_one_fact_however_often_it_is_dismissed(
    store: Store, city: CityId
) -> None:
    ali = factories.person(store, name="Ali Khan", city_id=city)
    hassan = factories.person(store, name="Ali Hassan", city_id=city)
    dismiss_pair(store, ali, hassan)
    before = dump(store)
    dismiss_pair(store, hassan, ali)
    with store.read() as session:
        rows = session.scalars(select(DuplicateDismissal)).all()
    assert [(r.first_id, r.second_id) for r in rows] == [tuple(sorted((ali, hassan), key=str))]
    assert len(dump(store)) == len(before)


def test_every_derived_id_is_the_one_its_columns_give(store: Store) -> None:
    """Settling merges makes links anew from their columns: those must give the ids the
    services gave them."""
    fill_demo(store, scale=1)
    checked = 0
    with store.read() as session:
        for model in synced_models():
            if not model.derived_from:
                continue
            table = table_of(model)
            for row in session.execute(select(table)).mappings():
                parts = [row[name] for name in model.derived_from]
                assert row["id"] == derived_id(table.name, *parts), table.name
                checked += 1
    assert checked > 100


def test_a_person_id_in_another_store_is_no_person(store: Store, city: CityId) -> None:
    person = factories.person(store, city_id=city)
    refused(store, lambda: merge_records(store, person, PersonId(UUID(int=99))), "has the id")


def test_the_figures_say_how_many_duplicates_they_may_count_twice(
    store: Store, city: CityId
) -> None:
    first = factories.person(store, name="Imran Ali", city_id=city, birth_year=1975)
    second = factories.person(store, name="Imran Ali", city_id=city, birth_year=1975)
    absent = factories.person(store, name="Imran Ali", city_id=city, birth_year=1975)
    workshop = factories.meeting(store, city)
    factories.attend(store, workshop, [AttendanceInput(first), AttendanceInput(second)])
    figures = compute_figures(store, FigureQuery())
    assert figures.unsettled_duplicates == 1  # the third Imran Ali is counted nowhere
    pdf = key_figures_report(store, FigureQuery())
    assert "Probable duplicates" in pdf_text(pdf)
    merge_records(store, first, second)
    assert compute_figures(store, FigureQuery()).unsettled_duplicates == 0
    assert "Probable duplicates" not in pdf_text(key_figures_report(store, FigureQuery()))
    assert absent in _live_people(store)


def _live_people(store: Store) -> set[UUID]:
    with store.read() as session:
        return set(session.scalars(select(Person.id).where(Person.deleted.is_(False))))


def test_a_sheet_written_before_a_merge_changes_the_record_that_stays(
    store: Store, city: CityId
) -> None:
    kept = factories.person(store, name="Gul Bano", city_id=city)
    other = factories.person(store, name="گل بانو", city_id=city)
    merge_records(store, kept, other)
    sheet = f"id,community\n{other},Yusufzai\n".encode()
    summary = import_sheet(store, SheetKind.PEOPLE, sheet, "people.csv")
    assert summary.updated == 1
    with store.read() as session:
        assert session.get(Person, kept).community == "Yusufzai"  # type: ignore[union-attr]
        assert session.get(Person, other).community is None  # type: ignore[union-attr]


def test_a_merged_record_is_not_in_the_trash_and_cannot_be_restored(
    store: Store, city: CityId
) -> None:
    kept = factories.person(store, name="Gul Bano", city_id=city)
    other = factories.person(store, name="Gul Bano", city_id=city)
    deleted = factories.person(store, name="Sana Gul", city_id=city)
    delete_record(store, "person", deleted)
    merge_records(store, kept, other)
    with store.read() as session:
        assert [row.id for row in trash_page(session, None, None, 10)] == [deleted]
    refused(store, lambda: restore_record(store, "person", other), "merged into another one")
