"""Support the network gives a city: technical support grants and expert advice."""

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from uuid import UUID

from scdesk.domain import limits
from scdesk.domain.cooperation import RaisingStatus
from scdesk.domain.figures import CityRef, Dimension, Figure
from scdesk.domain.people import CityId, OrganisationId, PersonId
from scdesk.domain.rules import Problem, chosen, date_order, optional_text, required_text
from scdesk.i18n import translate


class GrantStatus(StrEnum):
    PROPOSED = "proposed"
    APPROVED = "approved"
    DISBURSED = "disbursed"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


#: The statuses of a grant given: every one but cancelled.
GIVEN_STATUSES = tuple(status for status in GrantStatus if status is not GrantStatus.CANCELLED)


@dataclass(frozen=True, slots=True)
class GrantInput:
    #: None only while a form has no city chosen yet (grant_problems says to choose one).
    city_id: CityId | None
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
    #: None only while a form has no city (or expert) chosen yet: advice_problems says so.
    city_id: CityId | None
    expert_id: PersonId | None
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
    problems = chosen(
        "city_id", grant.city_id, translate("Support", "Choose the city the grant supports.")
    )
    problems += required_text(
        "purpose", grant.purpose, translate("Support", "Purpose"), limits.PARAGRAPH
    )
    if grant.amount <= 0:
        problems.append(Problem("amount", translate("Support", "The amount must be above zero.")))
    if not grant.currency:
        text = translate("Support", "Type the currency code, such as USD, EUR or PKR.")
        problems.append(Problem("currency", text))
    elif not _CURRENCY.match(grant.currency):
        text = translate("Support", "{currency} is not a currency code such as USD, EUR or PKR.")
        problems.append(Problem("currency", text.format(currency=grant.currency)))
    problems += date_order("ends_on", grant.starts_on, grant.ends_on)
    return problems


def advice_problems(advice: AdviceInput) -> list[Problem]:
    problems = chosen(
        "city_id", advice.city_id, translate("Support", "Choose the city the advice was for.")
    )
    problems += chosen(
        "expert_id", advice.expert_id, translate("Support", "Choose the expert who gave it.")
    )
    problems += required_text("topic", advice.topic, translate("Support", "Topic"), limits.HEADING)
    problems += optional_text("notes", advice.notes, translate("Support", "Notes"), limits.DOCUMENT)
    problems += date_order("ends_on", advice.starts_on, advice.ends_on)
    return problems


def expert_pool_problems(
    advice: AdviceInput, recorded_expert: PersonId | None, expert_name: str, in_pool: bool
) -> list[Problem]:
    """Advice is given by someone in the hub's expert pool (a person with their fields of
    expertise recorded): new advice, or advice given a new expert. Advice recorded before its
    expert left the pool (recorded_expert) stays editable."""
    if advice.expert_id is None or advice.expert_id == recorded_expert or in_pool:
        return []
    text = translate(
        "Support",
        "{name} is not in the expert pool: record their fields of expertise on their person "
        "record first.",
    )
    return [Problem("expert_id", text.format(name=expert_name))]


@dataclass(frozen=True, slots=True)
class GrantFact:
    """One grant of a period and place, as the support section and the grants figure count it."""

    status: GrantStatus
    currency: str
    amount: Decimal
    city: CityRef


def grants_figure(grants: Iterable[GrantFact]) -> Figure:
    """The number of grants given (cancelled ones left out), by status, currency, country and
    city: what an indicator following the grants figure counts. No count is suppressed: a grant
    names a city, never a person."""
    given = [grant for grant in grants if grant.status is not GrantStatus.CANCELLED]
    statuses = Counter(grant.status.value for grant in given)
    return Figure(
        len(given),
        {
            Dimension.STATUS: {status.value: statuses[status.value] for status in GIVEN_STATUSES},
            Dimension.CURRENCY: dict(sorted(Counter(g.currency for g in given).items())),
            Dimension.COUNTRY: dict(sorted(Counter(g.city.country for g in given).items())),
            Dimension.CITY: dict(sorted(Counter(str(g.city.id) for g in given).items())),
        },
    )


@dataclass(frozen=True, slots=True)
class GrantTally:
    """The grants of one status in one currency."""

    status: GrantStatus
    currency: str
    grants: int
    amount: Decimal


@dataclass(frozen=True, slots=True)
class SupportGiven:
    """Support given in a period and place, for the key figures report."""

    #: By status (in GrantStatus order), then currency.
    grants: tuple[GrantTally, ...]
    #: Pieces of expert advice given, per city, by city name.
    advice: tuple[tuple[CityRef, int], ...]
    #: Findings on national-local cooperation raised at consultations held, per city.
    cooperation: tuple[tuple[CityRef, int], ...]
    #: Cities' priorities raised with national bodies in the period, by status (in
    #: RaisingStatus order; statuses with none left out).
    raisings: tuple[tuple[RaisingStatus, int], ...] = ()

    def given(self) -> dict[str, tuple[int, Decimal]]:
        """The number of grants and their amount per currency, cancelled grants left out: the
        grants an indicator following the grants figure counts."""
        found: dict[str, tuple[int, Decimal]] = {}
        for tally in self.grants:
            if tally.status is not GrantStatus.CANCELLED:
                grants, amount = found.get(tally.currency, (0, Decimal(0)))
                found[tally.currency] = (grants + tally.grants, amount + tally.amount)
        return dict(sorted(found.items()))

    def grants_given(self) -> int:
        """The number of grants, cancelled ones left out: what the grants figure counts."""
        return sum(grants for grants, _ in self.given().values())


def tally_grants(grants: Iterable[GrantFact]) -> tuple[GrantTally, ...]:
    """Each grant tallied by status and currency."""
    found: dict[tuple[GrantStatus, str], GrantTally] = {}
    for grant in grants:
        status, currency, amount = grant.status, grant.currency, grant.amount
        seen = found.get((status, currency))
        number, total = (seen.grants, seen.amount) if seen else (0, Decimal(0))
        found[(status, currency)] = GrantTally(status, currency, number + 1, total + amount)
    order = list(GrantStatus)
    return tuple(sorted(found.values(), key=lambda t: (order.index(t.status), t.currency)))


@dataclass(frozen=True, slots=True)
class SupportTotal:
    """The grants of one city in one status and one currency: amounts in different currencies
    are never added together."""

    city: str
    status: GrantStatus
    currency: str
    grants: int
    amount: Decimal


def support_totals(grants: Iterable[tuple[str, GrantStatus, str, Decimal]]) -> list[SupportTotal]:
    """(city, status, currency, amount) of each grant, totalled by city, then status (in
    GrantStatus order), then currency."""
    found: dict[tuple[str, GrantStatus, str], tuple[int, Decimal]] = {}
    for city, status, currency, amount in grants:
        number, total = found.get((city, status, currency), (0, Decimal(0)))
        found[(city, status, currency)] = (number + 1, total + amount)
    order = list(GrantStatus)
    keys = sorted(found, key=lambda k: (k[0].casefold(), k[0], order.index(k[1]), k[2]))
    return [SupportTotal(*key, *found[key]) for key in keys]
