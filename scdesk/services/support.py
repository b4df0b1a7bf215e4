"""Technical support grants and expert advice."""

from uuid import UUID

from scdesk.domain.rules import require
from scdesk.domain.support import (
    AdviceInput,
    GrantInput,
    advice_problems,
    grant_problems,
)
from scdesk.store.models import City, ExpertAdvice, Organisation, Person, SupportGrant
from scdesk.store.shapes import values_of
from scdesk.store.writer import WriteTx


def add_grant_in(tx: WriteTx, grant: GrantInput) -> UUID:
    require(grant_problems(grant))
    tx.check(City, grant.city_id)
    if grant.organisation_id is not None:
        tx.check(Organisation, grant.organisation_id)
    return tx.create(SupportGrant, values_of(grant))


def add_advice_in(tx: WriteTx, advice: AdviceInput) -> UUID:
    require(advice_problems(advice))
    tx.check(City, advice.city_id)
    tx.check(Person, advice.expert_id)
    return tx.create(ExpertAdvice, values_of(advice))
