"""The city and organisation forms' states read as the records the place services take."""

from uuid import UUID

from scdesk.domain.people import CityId, OrganisationId, PersonId
from scdesk.domain.places import (
    CityInput,
    CityRecord,
    OrganisationInput,
    OrganisationRecord,
    Sector,
)
from scdesk.ui.form_records.values import FormValues, State, as_id


def city_record(state: State, city_id: UUID | None) -> CityRecord:
    """A country not chosen yet reads as "" (the form says to choose one)."""
    values = FormValues(state)
    mayor = chosen_person(values.get("mayor_id"))
    city = CityInput(
        name=values.text("name").strip(),
        country=values.text("country"),
        name_local=values.optional_text("name_local"),
        province=values.optional_text("province"),
        is_member=values.flag("is_member"),
        joined_on=values.day("joined_on"),
        mayor_id=PersonId(mayor) if mayor else None,
    )
    return CityRecord(CityId(city_id) if city_id else None, city)


def chosen_person(state: object) -> UUID | None:
    """The person a person choice holds: its state is [id, name], or None."""
    return as_id(state[0]) if isinstance(state, list) and len(state) == 2 else None


def organisation_record(state: State, organisation_id: UUID | None) -> OrganisationRecord:
    values = FormValues(state)
    city = values.id("city_id")
    organisation = OrganisationInput(
        name=values.text("name").strip(),
        sector=values.choice("sector", Sector, Sector.OTHER),
        city_id=CityId(city) if city else None,
    )
    return OrganisationRecord(
        OrganisationId(organisation_id) if organisation_id else None, organisation
    )
