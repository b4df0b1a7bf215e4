"""The person form's state read as the record the people services take."""

from uuid import UUID

from scdesk.domain.people import (
    AgeBand,
    ConsentForm,
    ConsentGiver,
    Gender,
    GroupTag,
    OrganisationId,
    PersonId,
    PersonInput,
    PersonRecord,
    StakeholderType,
    tidy_expertise,
)
from scdesk.domain.places import CityId
from scdesk.ui.form_records.values import FormValues, State


def person_record(state: State, person_id: UUID | None) -> PersonRecord:
    values = FormValues(state)
    city, organisation = values.id("city_id"), values.id("organisation_id")
    person = PersonInput(
        name=values.text("name").strip(),
        gender=values.choice("gender", Gender, Gender.UNDISCLOSED),
        city_id=CityId(city) if city else None,
        organisation_id=OrganisationId(organisation) if organisation else None,
        title=values.optional_text("title"),
        birth_year=values.number("birth_year"),
        age_band=values.optional_choice("age_band", AgeBand),
        stakeholder_type=values.choice("stakeholder_type", StakeholderType, StakeholderType.OTHER),
        community=values.optional_text("community"),
        phone=values.optional_text("phone"),
        email=values.optional_text("email"),
        consent_participation=values.flag("consent_participation"),
        consent_photo=values.flag("consent_photo"),
        consent_data=values.flag("consent_data"),
        consent_by=values.optional_choice("consent_by", ConsentGiver),
        consent_form=values.optional_choice("consent_form", ConsentForm),
        consent_on=values.day("consent_on"),
        consent_withdrawn_on=values.day("consent_withdrawn_on"),
        expertise=tidy_expertise(values.optional_text("expertise")),
    )
    return PersonRecord(PersonId(person_id) if person_id else None, person, groups(values))


def groups(values: FormValues) -> frozenset[GroupTag]:
    """The groups ticked; a tag this version does not know is left out."""
    known = {tag.value: tag for tag in GroupTag}
    return frozenset(known[name] for name in values.strings("groups") if name in known)
