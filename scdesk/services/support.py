"""Technical support grants and expert advice."""

from dataclasses import dataclass
from uuid import UUID

from scdesk.domain.people import PersonId, in_expert_pool
from scdesk.domain.periods import period_problems
from scdesk.domain.rules import require
from scdesk.domain.support import (
    AdviceRecord,
    GrantRecord,
    SupportGiven,
    SupportTotal,
    advice_problems,
    expert_pool_problems,
    grant_problems,
    support_totals,
)
from scdesk.services.figures import FigureQuery
from scdesk.services.saved import Saved
from scdesk.store.models import City, ExpertAdvice, Organisation, Person, SupportGrant
from scdesk.store.queries.support_given import support_given
from scdesk.store.queries.support_lists import (
    AdviceRow,
    Expert,
    GrantRow,
    SupportFilter,
    advice_rows,
    expert_pool,
    grant_rows,
)
from scdesk.store.shapes import values_of
from scdesk.store.store import Store
from scdesk.store.writer import WriteTx


@dataclass(frozen=True, slots=True)
class SupportOverview:
    """What the Support page shows for its filters."""

    grants: list[GrantRow]
    advice: list[AdviceRow]
    #: The grants listed, totalled by city, status and currency.
    totals: list[SupportTotal]
    #: The hub's expert pool and everyone who has given expert advice, whatever the filters.
    experts: list[Expert]


def save_grant(store: Store, record: GrantRecord) -> Saved[UUID]:
    """Add or change a grant."""
    with store.write() as tx:
        return Saved(save_grant_in(tx, record), tx.changes)


def save_advice(store: Store, record: AdviceRecord) -> Saved[UUID]:
    """Add or change a piece of expert advice."""
    with store.write() as tx:
        return Saved(save_advice_in(tx, record), tx.changes)


def save_grant_in(tx: WriteTx, record: GrantRecord) -> UUID:
    """Every rule on the grant is checked here, inside the transaction that writes it; an id
    that names no record yet makes the grant with it."""
    grant = record.grant
    require(grant_problems(grant))
    if grant.city_id is None:
        raise ValueError("grant_problems requires the city")
    tx.check(City, grant.city_id)
    if grant.organisation_id is not None:
        tx.check(Organisation, grant.organisation_id)
    if record.grant_id is None or tx.unclaimed(SupportGrant, record.grant_id):
        return tx.create(SupportGrant, values_of(grant), record_id=record.grant_id)
    tx.get(SupportGrant, record.grant_id)
    tx.update(SupportGrant, record.grant_id, values_of(grant))
    return record.grant_id


def save_advice_in(tx: WriteTx, record: AdviceRecord) -> UUID:
    """Every rule on the advice is checked here, inside the transaction that writes it; an id
    that names no record yet makes the advice with it. The expert of new advice, or the new
    expert of advice, is in the hub's expert pool; advice already recorded stays editable when
    its expert has left the pool since."""
    advice = record.advice
    require(advice_problems(advice))
    if advice.city_id is None or advice.expert_id is None:
        raise ValueError("advice_problems requires the city and the expert")
    tx.check(City, advice.city_id)
    new = record.advice_id is None or tx.unclaimed(ExpertAdvice, record.advice_id)
    stored = None if new or record.advice_id is None else tx.get(ExpertAdvice, record.advice_id)
    expert = tx.get(Person, advice.expert_id)
    recorded = PersonId(stored.expert_id) if stored is not None else None
    require(expert_pool_problems(advice, recorded, expert.name, in_expert_pool(expert.expertise)))
    if stored is None:
        return tx.create(ExpertAdvice, values_of(advice), record_id=record.advice_id)
    tx.update(ExpertAdvice, stored.id, values_of(advice))
    return stored.id


def support_in_period(store: Store, query: FigureQuery) -> SupportGiven:
    """The grants, expert advice and national-local cooperation findings of the key figures'
    period and place (store/queries/support_given.py says which count)."""
    require(period_problems(query.period_from, query.period_to, store.now().date()))
    with store.read() as session:
        return support_given(
            session, query.period_from, query.period_to, query.country, query.city_id
        )


def support_overview(store: Store, wanted: SupportFilter) -> SupportOverview:
    """The grants and advice of a city, status and period, the grants' totals by city, status
    and currency (never converted from one currency to another), and the expert pool."""
    require(period_problems(wanted.period_from, wanted.period_to, store.now().date()))
    with store.read() as session:
        grants = grant_rows(session, wanted)
        totals = support_totals((g.city, g.status, g.currency, g.amount) for g in grants)
        return SupportOverview(grants, advice_rows(session, wanted), totals, expert_pool(session))
