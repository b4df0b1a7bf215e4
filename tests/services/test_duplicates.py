"""The duplicate search on a store: what it suggests, what it leaves out, and in what order."""

from datetime import date
from typing import Any

import pytest

from scdesk.domain.duplicates import DuplicateKind, ReasonCode
from scdesk.domain.meetings import MeetingKind
from scdesk.domain.people import AgeBand, CityId, Gender, PersonId
from scdesk.domain.places import OrganisationInput, OrganisationRecord, Sector
from scdesk.services import places
from scdesk.services.duplicates import find_duplicates
from scdesk.services.merges import dismiss_pair
from scdesk.services.records import delete_record
from scdesk.store.store import Store
from tests import factories
from tests.conftest import refused


def _pairs(store: Store, kind: DuplicateKind) -> set[frozenset[str]]:
    """Each suggested pair as the two names, order aside."""
    return {frozenset((c.first_name, c.second_name)) for c in find_duplicates(store, [kind])}


def _people(store: Store, city: CityId) -> dict[str, PersonId]:
    """Two officers' records of one city: some people twice, in two scripts or spellings."""
    female, male = {"gender": Gender.FEMALE}, {"gender": Gender.MALE}
    made: dict[str, dict[str, Any]] = {
        "Ayesha Khan": {"birth_year": 1990, **female},
        "عائشہ خان": {"birth_year": 1990, **female},
        "Ayesha Khan 2004": {"name": "Ayesha Khan", "birth_year": 2004, **female},
        "Ali Khan": {"birth_year": 1980, **male},
        "Ali Hassan": {"birth_year": 1980, **male},
        "Naveed Khattak": {"age_band": AgeBand.FROM_35, "phone": "+92 301 5550101", **male},
        "نوید خٹک": {"birth_year": 1984, "phone": "0301-5550101", **male},
        "Laxmi Thapa": {"birth_year": 1985, **female},
        "Lakshmi Thapa": {"birth_year": 1985, **female},
    }
    at_home: dict[str, Any] = {"city_id": city}
    return {
        key: factories.person(store, **(at_home | {"name": key} | values))
        for key, values in made.items()
    }


def test_the_same_people_typed_twice_are_suggested_and_different_people_are_not(
    store: Store,
) -> None:
    _people(store, factories.city(store))

    assert _pairs(store, DuplicateKind.PERSON) == {
        frozenset(("Ayesha Khan", "عائشہ خان")),
        frozenset(("Naveed Khattak", "نوید خٹک")),
        frozenset(("Laxmi Thapa", "Lakshmi Thapa")),
    }


def test_each_pair_gives_its_score_reasons_and_ids_smaller_first(store: Store) -> None:
    ids = _people(store, factories.city(store))

    (pair,) = [c for c in find_duplicates(store) if "عائشہ خان" in (c.first_name, c.second_name)]
    assert {pair.first_id, pair.second_id} == {ids["Ayesha Khan"], ids["عائشہ خان"]}
    assert pair.first_id < pair.second_id
    assert pair.explanation == "same name in Urdu and Latin script, same birth year, same city"
    assert pair.score == sum(reason.points for reason in pair.reasons) == 80


def test_people_in_different_cities_are_not_compared(store: Store) -> None:
    factories.person(store, name="Imran Khan", city_id=factories.city(store, "Mardan"))
    factories.person(store, name="Imran Khan", city_id=factories.city(store, "Peshawar"))

    assert find_duplicates(store, [DuplicateKind.PERSON]) == []


def test_a_person_recorded_without_a_city_meets_the_same_name_anywhere(store: Store) -> None:
    city = factories.city(store)
    factories.person(store, name="Sana Qureshi", city_id=city, phone="0300 1112223")
    factories.person(store, name="ثنا قریشی", phone="+92 300 1112223")

    (pair,) = find_duplicates(store)
    assert [r.code for r in pair.reasons] == [
        ReasonCode.SAME_NAME_OTHER_SCRIPT,
        ReasonCode.SAME_BIRTH_YEAR,
        ReasonCode.SAME_PHONE,
    ]


def test_deleted_and_dismissed_pairs_are_left_out(store: Store) -> None:
    city = factories.city(store)
    ids = _people(store, city)
    found = find_duplicates(store)
    laxmi = next(c for c in found if "Lakshmi Thapa" in (c.first_name, c.second_name))

    delete_record(store, "person", ids["نوید خٹک"])
    dismiss_pair(store, laxmi.first_id, laxmi.second_id)
    remaining = find_duplicates(store)

    assert {frozenset((c.first_name, c.second_name)) for c in remaining} == {
        frozenset(("Ayesha Khan", "عائشہ خان"))
    }


def test_min_score_and_kind_narrow_the_list(store: Store) -> None:
    _people(store, factories.city(store))

    assert len(find_duplicates(store, min_score=0)) > len(find_duplicates(store)) == 3
    assert all(c.score >= 80 for c in find_duplicates(store, min_score=80))
    assert find_duplicates(store, [DuplicateKind.CITY]) == []


@pytest.mark.parametrize("score", [-1, 101])
def test_a_score_outside_0_to_100_is_refused(store: Store, score: int) -> None:
    refused(
        store,
        lambda: find_duplicates(store, min_score=score),
        "The lowest score must be from 0 to 100.",
    )


def test_a_city_entered_twice_in_two_scripts_is_suggested(store: Store) -> None:
    factories.city(store, "Peshawar", province="Khyber Pakhtunkhwa")
    factories.city(store, "پشاور", province="Khyber Pakhtunkhwa")
    factories.city(store, "Peshawar 2", name_local="پشاور 2")
    factories.city(store, "Peshawar", country="IN")

    (pair,) = find_duplicates(store, [DuplicateKind.CITY])
    assert {pair.first_name, pair.second_name} == {"Peshawar", "پشاور"}
    assert pair.explanation == "same name in Urdu and Latin script, same country, same province"


def test_an_organisation_entered_twice_in_one_city_is_suggested(store: Store) -> None:
    city = factories.city(store)
    for name, sector in [
        ("Mardan Youth Sports Club", Sector.YOUTH),
        ("Youth Sports Club, Mardan", Sector.YOUTH),
        ("Mardan Women's Forum", Sector.CIVIL_SOCIETY),
    ]:
        places.save_organisation(
            store, OrganisationRecord(None, OrganisationInput(name, sector, city))
        )

    assert _pairs(store, DuplicateKind.ORGANISATION) == {
        frozenset(("Mardan Youth Sports Club", "Youth Sports Club, Mardan"))
    }


def test_one_workshop_recorded_by_two_officers_is_suggested(store: Store) -> None:
    city = factories.city(store)
    factories.meeting(store, city, title="Workshop on rumours")
    factories.meeting(store, city, title="افواہوں پر ورکشاپ")
    factories.meeting(store, city, title="Workshop on rumours", kind=MeetingKind.TRAINING)
    factories.meeting(store, city, title="Workshop on rumours", starts_at=factories.at(2026, 3, 3))

    (pair,) = find_duplicates(store, [DuplicateKind.MEETING])
    assert [r.code for r in pair.reasons] == [
        ReasonCode.SAME_KIND,
        ReasonCode.SAME_CITY,
        ReasonCode.SAME_DAY,
        ReasonCode.SAME_HOUR,
        ReasonCode.DIFFERENT_TITLE,
    ]


def test_one_youth_activity_recorded_twice_is_suggested(store: Store) -> None:
    city = factories.city(store)
    factories.activity(store, city, title="Cricket coaching")
    factories.activity(store, city, title="Cricket Coaching ")
    later = {"starts_on": date(2026, 5, 1), "ends_on": date(2026, 5, 31)}
    factories.activity(store, city, title="Cricket coaching", **later)

    (pair,) = find_duplicates(store, [DuplicateKind.ACTIVITY])
    assert pair.score == 95
    assert ReasonCode.SAME_TITLE in [r.code for r in pair.reasons]
