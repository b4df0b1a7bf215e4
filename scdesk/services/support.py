"""Technical support grants and expert advice."""

from uuid import UUID

from scdesk.domain.changes import Changes
from scdesk.domain.rules import require
from scdesk.domain.support import (
    AdviceInput,
    GrantInput,
    GrantStatus,
    advice_problems,
    grant_problems,
)
from scdesk.store.models import City, ExpertAdvice, Organisation, Person, SupportGrant
from scdesk.store.shapes import values_of
from scdesk.store.store import Store
from scdesk.store.writer import WriteTx


def create_grant(store: Store, grant: GrantInput) -> UUID:
    with store.write() as tx:
        return add_grant(tx, grant)


def add_grant(tx: WriteTx, grant: GrantInput) -> UUID:
    require(grant_problems(grant))
    tx.check(City, grant.city_id)
    if grant.organisation_id is not None:
        tx.check(Organisation, grant.organisation_id)
    return tx.create(SupportGrant, values_of(grant))


def update_grant(store: Store, grant_id: UUID, grant: GrantInput) -> Changes:
    with store.write() as tx:
        require(grant_problems(grant))
        tx.get(SupportGrant, grant_id)
        tx.check(City, grant.city_id)
        tx.update(SupportGrant, grant_id, values_of(grant))
        return tx.changes


def set_grant_status(store: Store, grant_id: UUID, status: GrantStatus) -> Changes:
    with store.write() as tx:
        tx.get(SupportGrant, grant_id)
        tx.update(SupportGrant, grant_id, {"status": status})
        return tx.changes


def create_advice(store: Store, advice: AdviceInput) -> UUID:
    with store.write() as tx:
        return add_advice(tx, advice)


def add_advice(tx: WriteTx, advice: AdviceInput) -> UUID:
    require(advice_problems(advice))
    tx.check(City, advice.city_id)
    tx.check(Person, advice.expert_id)
    return tx.create(ExpertAdvice, values_of(advice))
