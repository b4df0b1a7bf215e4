"""The person form's state read as the record the people services take. No Qt."""

from datetime import date

from scdesk.domain.people import AgeBand, ConsentGiver, Gender, GroupTag, StakeholderType
from scdesk.ui.form_records.person import person_record

STATE: dict[str, object] = {
    "name": " Sana ",
    "gender": "female",
    "birth_year": None,
    "age_band": "15-17",
    "stakeholder_type": "youth",
    "title": "",
    "organisation_id": None,
    "city_id": None,
    "community": " Baghdada ",
    "phone": "",
    "email": "",
    "groups": ["refugee", "no longer a group"],
    "consent_participation": True,
    "consent_photo": False,
    "consent_data": False,
    "consent_by": "guardian",
    "consent_form": None,
    "consent_on": "2026-11-20",
    "consent_withdrawn_on": None,
}


def test_a_person_is_read_with_blank_texts_as_none() -> None:
    person = person_record(STATE, None).person
    assert (person.name, person.gender, person.age_band, person.community) == (
        "Sana", Gender.FEMALE, AgeBand.FROM_15, "Baghdada",
    )  # fmt: skip
    assert (person.title, person.phone, person.email, person.city_id) == (None, None, None, None)
    assert person.stakeholder_type is StakeholderType.YOUTH


def test_consent_is_read_as_ticked() -> None:
    person = person_record(STATE, None).person
    assert (person.consent_participation, person.consent_photo) == (True, False)
    assert (person.consent_by, person.consent_form, person.consent_on) == (
        ConsentGiver.GUARDIAN, None, date(2026, 11, 20),
    )  # fmt: skip


def test_groups_this_version_does_not_know_are_left_out() -> None:
    assert person_record(STATE, None).groups == frozenset({GroupTag.REFUGEE})
