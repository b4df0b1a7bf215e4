"""Support the network gives a city: technical support grants and expert advice."""

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from uuid import UUID

from scdesk.domain import limits
from scdesk.domain.people import CityId, OrganisationId, PersonId
from scdesk.domain.rules import Problem, date_order, optional_text, required_text
from scdesk.i18n import translate


class GrantStatus(StrEnum):
    PROPOSED = "proposed"
    APPROVED = "approved"
    DISBURSED = "disbursed"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


@dataclass(frozen=True, slots=True)
class GrantInput:
    city_id: CityId
    purpose: str
    amount: Decimal
    currency: str
    status: GrantStatus = GrantStatus.PROPOSED
    organisation_id: OrganisationId | None = None
    approved_on: date | None = None
    starts_on: date | None = None
    ends_on: date | None = None


@dataclass(frozen=True, slots=True)
class AdviceInput:
    city_id: CityId
    expert_id: PersonId
    topic: str
    starts_on: date
    ends_on: date | None = None
    notes: str | None = None


@dataclass(frozen=True, slots=True)
class GrantRecord:
    """A grant as save_grant stores it: a new grant when grant_id is None."""

    grant_id: UUID | None
    grant: GrantInput


@dataclass(frozen=True, slots=True)
class AdviceRecord:
    """Expert advice as save_advice stores it: new when advice_id is None."""

    advice_id: UUID | None
    advice: AdviceInput


_CURRENCY = re.compile(r"^[A-Z]{3}$")


def grant_problems(grant: GrantInput) -> list[Problem]:
    problems = required_text(
        "purpose", grant.purpose, translate("Support", "Purpose"), limits.PARAGRAPH
    )
    if grant.amount <= 0:
        problems.append(Problem("amount", translate("Support", "The amount must be above zero.")))
    if not _CURRENCY.match(grant.currency):
        text = translate("Support", "{currency} is not a currency code such as USD, EUR or PKR.")
        problems.append(Problem("currency", text.format(currency=grant.currency)))
    problems += date_order("ends_on", grant.starts_on, grant.ends_on)
    return problems


def advice_problems(advice: AdviceInput) -> list[Problem]:
    problems = required_text("topic", advice.topic, translate("Support", "Topic"), limits.HEADING)
    problems += optional_text("notes", advice.notes, translate("Support", "Notes"), limits.DOCUMENT)
    problems += date_order("ends_on", advice.starts_on, advice.ends_on)
    return problems
