"""People: required fields, recorded consent, and the minimal record kept for a minor."""

from datetime import date
from uuid import uuid4

from sqlalchemy import select

from scdesk.domain.people import (
    AgeBand,
    CityId,
    ConsentGiver,
    Gender,
    GroupTag,
    PersonId,
    PersonInput,
    PersonRecord,
)
from scdesk.services import people
from scdesk.store.models import Person, PersonGroup
from scdesk.store.store import Store
from tests import factories
from tests.conftest import refused


def add(store: Store, person: PersonInput) -> PersonId:
    return people.save_person(store, PersonRecord(None, person)).id


def _minor(**extra: object) -> PersonInput:
    values = {"name": "Bilal", "gender": Gender.MALE, "birth_year": None,
              "age_band": AgeBand.FROM_15, "community": "Yusufzai",
              "consent_by": ConsentGiver.GUARDIAN}  # fmt: skip
    return factories.adult(**(values | extra))


def test_a_person_without_a_name_is_refused(store: Store) -> None:
    refused(store, lambda: add(store, factories.adult(name="  ")), "Name is required")


def test_a_person_without_recorded_consent_is_refused(store: Store) -> None:
    data = factories.adult(consent_participation=False)
    refused(store, lambda: add(store, data), "consent to take part")
    data = factories.adult(consent_form=None)
    refused(store, lambda: add(store, data), "orally or in writing")


def test_consent_dated_in_the_future_or_withdrawn_before_given_is_refused(store: Store) -> None:
    data = factories.adult(consent_on=date(2027, 1, 1))
    refused(store, lambda: add(store, data), "in the future")
    data = factories.adult(consent_withdrawn_on=date(2024, 1, 1))
    refused(store, lambda: add(store, data), "before the day it was given")


def test_a_minor_is_kept_with_first_name_age_band_and_community(store: Store) -> None:
    person_id = add(store, _minor())
    with store.read() as session:
        kept = session.get(Person, person_id)
    assert kept is not None
    assert (kept.name, kept.age_band, kept.community, kept.phone) == (
        "Bilal",
        AgeBand.FROM_15,
        "Yusufzai",
        None,
    )


def test_a_minor_with_a_phone_number_is_refused(store: Store) -> None:
    data = _minor(phone="+92 300 1234567")
    refused(store, lambda: add(store, data), "without a phone number")


def test_a_minor_with_an_email_title_organisation_or_birth_year_is_refused(store: Store) -> None:
    refused(store, lambda: add(store, _minor(email="b@example.org")),
            "without an e-mail address")  # fmt: skip
    refused(store, lambda: add(store, _minor(title="Captain")), "without a title")
    refused(store, lambda: add(store, _minor(age_band=None, birth_year=2012)),
            "with an age band, not a birth year")  # fmt: skip


def test_someone_who_may_still_be_17_counts_as_a_minor(store: Store) -> None:
    # Born in 2008: on 25 November 2026 they are 17 or 18; only the birth year is known.
    data = factories.adult(birth_year=2008, phone="+92 300 1234567")
    refused(store, lambda: add(store, data), "under 18")


def test_a_minors_consent_comes_from_a_parent_or_guardian(store: Store) -> None:
    data = _minor(consent_by=ConsentGiver.SELF)
    refused(store, lambda: add(store, data), "parent or guardian")


def test_an_age_band_that_contradicts_the_birth_year_is_refused(store: Store) -> None:
    data = factories.adult(birth_year=1985, age_band=AgeBand.FROM_18)
    refused(store, lambda: add(store, data), "does not match the birth year")


def test_bad_contact_details_are_refused(store: Store) -> None:
    refused(store, lambda: add(store, factories.adult(email="not-an-address")),
            "not an e-mail address")  # fmt: skip
    refused(store, lambda: add(store, factories.adult(phone="call me")),
            "not a phone number")  # fmt: skip


def test_group_tags_are_kept_and_removed_as_records_of_their_own(store: Store) -> None:
    person_id = factories.person(store, groups=(GroupTag.DISPLACED, GroupTag.REFUGEE))
    factories.change_person(store, person_id, groups=[GroupTag.REFUGEE])

    with store.read() as session:
        tags = session.execute(
            select(PersonGroup.group, PersonGroup.deleted).where(PersonGroup.person_id == person_id)
        ).all()
    assert sorted(tags) == [(GroupTag.DISPLACED, True), (GroupTag.REFUGEE, False)]


def test_withdrawing_consent_is_recorded_with_its_day(store: Store) -> None:
    person_id = factories.person(store)
    factories.change_person(store, person_id, consent_withdrawn_on=date(2026, 11, 1))
    with store.read() as session:
        kept = session.get(Person, person_id)
    assert kept is not None
    assert kept.consent_withdrawn_on == date(2026, 11, 1)
    future = date(2027, 1, 1)
    refused(
        store,
        lambda: factories.change_person(store, person_id, consent_withdrawn_on=future),
        "The date consent was withdrawn is in the future.",
    )


def test_a_person_in_a_city_not_recorded_here_is_refused(store: Store) -> None:
    data = factories.adult(city_id=CityId(uuid4()))
    refused(store, lambda: add(store, data), "no longer exists here")
