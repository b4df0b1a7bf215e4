"""The grant and expert advice forms' states read as the records the support services take."""

from datetime import date
from decimal import Decimal, InvalidOperation
from uuid import UUID

from scdesk.domain.people import CityId, OrganisationId, PersonId
from scdesk.domain.support import (
    AdviceInput,
    AdviceRecord,
    GrantInput,
    GrantRecord,
    GrantStatus,
)
from scdesk.ui.form_records.places import chosen_person
from scdesk.ui.form_records.values import FormValues, State


def grant_record(state: State, grant_id: UUID | None) -> GrantRecord:
    """The amount field keeps its amount as text with a decimal point ("1500.50"); anything
    else reads as 0, which the grant's rules refuse."""
    values = FormValues(state)
    city = values.id("city_id")
    organisation = values.id("organisation_id")
    grant = GrantInput(
        city_id=CityId(city) if city else None,
        purpose=values.text("purpose").strip(),
        amount=_amount(values.get("amount")),
        currency=values.text("currency").strip().upper(),
        status=values.choice("status", GrantStatus, GrantStatus.PROPOSED),
        organisation_id=OrganisationId(organisation) if organisation else None,
        approved_on=values.day("approved_on"),
        starts_on=values.day("starts_on"),
        ends_on=values.day("ends_on"),
    )
    return GrantRecord(grant_id, grant)


def advice_record(state: State, advice_id: UUID | None, today: date) -> AdviceRecord:
    """A first day left empty is today."""
    values = FormValues(state)
    city = values.id("city_id")
    expert = chosen_person(values.get("expert_id"))
    advice = AdviceInput(
        city_id=CityId(city) if city else None,
        expert_id=PersonId(expert) if expert else None,
        topic=values.text("topic").strip(),
        starts_on=values.day("starts_on") or today,
        ends_on=values.day("ends_on"),
        notes=values.optional_text("notes"),
    )
    return AdviceRecord(advice_id, advice)


def _amount(state: object) -> Decimal:
    if not isinstance(state, str):
        return Decimal(0)
    try:
        amount = Decimal(state)
    except InvalidOperation:
        return Decimal(0)
    return amount if amount.is_finite() else Decimal(0)
