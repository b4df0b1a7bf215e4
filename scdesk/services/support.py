"""Technical support grants and expert advice."""

from uuid import UUID

from scdesk.domain.periods import period_problems
from scdesk.domain.rules import require
from scdesk.domain.support import (
    AdviceRecord,
    GrantRecord,
    SupportGiven,
    advice_problems,
    grant_problems,
)
from scdesk.services.figures import FigureQuery
from scdesk.store.models import City, ExpertAdvice, Organisation, Person, SupportGrant
from scdesk.store.queries.support_given import support_given
from scdesk.store.shapes import values_of
from scdesk.store.store import Store
from scdesk.store.writer import WriteTx


def save_grant_in(tx: WriteTx, record: GrantRecord) -> UUID:
    """Every rule on the grant is checked here, inside the transaction that writes it; an id
    that names no record yet makes the grant with it."""
    grant = record.grant
    require(grant_problems(grant))
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
    that names no record yet makes the advice with it."""
    advice = record.advice
    require(advice_problems(advice))
    tx.check(City, advice.city_id)
    tx.check(Person, advice.expert_id)
    if record.advice_id is None or tx.unclaimed(ExpertAdvice, record.advice_id):
        return tx.create(ExpertAdvice, values_of(advice), record_id=record.advice_id)
    tx.get(ExpertAdvice, record.advice_id)
    tx.update(ExpertAdvice, record.advice_id, values_of(advice))
    return record.advice_id


def support_in_period(store: Store, query: FigureQuery) -> SupportGiven:
    """The grants, expert advice and national-local cooperation findings of the key figures'
    period and place (store/queries/support_given.py says which count)."""
    require(period_problems(query.period_from, query.period_to, store.now().date()))
    with store.read() as session:
        return support_given(
            session, query.period_from, query.period_to, query.country, query.city_id
        )
