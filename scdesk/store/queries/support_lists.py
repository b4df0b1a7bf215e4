"""The Support page's lists: grants and expert advice by city, status and period, the expert pool,
and what a grant or advice form reads of a stored record."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from uuid import UUID

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from scdesk.domain.people import (
    CityId,
    OrganisationId,
    PersonId,
    expertise_fields,
    in_expert_pool,
)
from scdesk.domain.support import AdviceInput, GrantInput, GrantStatus
from scdesk.store.models import City, ExpertAdvice, Organisation, Person, SupportGrant
from scdesk.store.queries.support_given import overlapping


@dataclass(frozen=True, slots=True)
class SupportFilter:
    """Every city, status and day, or one city, one grant status (advice has none) and the
    records whose dates share a day with the period."""

    city_id: UUID | None = None
    status: GrantStatus | None = None
    period_from: date | None = None
    period_to: date | None = None


@dataclass(frozen=True, slots=True)
class GrantRow:
    id: UUID
    city: str
    purpose: str
    amount: Decimal
    currency: str
    status: GrantStatus
    organisation: str | None
    starts_on: date | None
    ends_on: date | None


@dataclass(frozen=True, slots=True)
class AdviceRow:
    id: UUID
    city: str
    expert: str
    topic: str
    starts_on: date
    ends_on: date | None


@dataclass(frozen=True, slots=True)
class Expert:
    """A person in the hub's expert pool, or who gave expert advice before leaving it (or before
    the pool was kept), with the advice they gave."""

    id: UUID
    name: str
    title: str | None
    organisation: str | None
    #: Their fields of expertise; none when they are not in the pool.
    fields: tuple[str, ...]
    pieces: int
    last_on: date | None

    @property
    def in_pool(self) -> bool:
        return bool(self.fields)


@dataclass(frozen=True, slots=True)
class AdviceDetail:
    advice: AdviceInput
    expert_name: str | None


def grant_rows(session: Session, wanted: SupportFilter) -> list[GrantRow]:
    """Live grants, the latest first (a grant from its start, else its approval, to its end; a
    grant without dates is listed only when the period is open at both ends)."""
    start = func.coalesce(SupportGrant.starts_on, SupportGrant.approved_on)
    end = func.coalesce(SupportGrant.ends_on, start)
    statement = (
        select(SupportGrant, City.name.label("city"), Organisation.name.label("organisation"))
        .join(City, City.id == SupportGrant.city_id)
        .outerjoin(Organisation, Organisation.id == SupportGrant.organisation_id)
        .where(
            SupportGrant.deleted.is_(False),
            *overlapping(start, end, wanted.period_from, wanted.period_to),
        )
    )
    if wanted.city_id is not None:
        statement = statement.where(SupportGrant.city_id == wanted.city_id)
    if wanted.status is not None:
        statement = statement.where(SupportGrant.status == wanted.status)
    rows = session.execute(statement.order_by(start.desc(), City.name, SupportGrant.id))
    return [
        GrantRow(
            row.SupportGrant.id,
            row.city,
            row.SupportGrant.purpose,
            row.SupportGrant.amount,
            row.SupportGrant.currency,
            row.SupportGrant.status,
            row.organisation,
            row.SupportGrant.starts_on or row.SupportGrant.approved_on,
            row.SupportGrant.ends_on,
        )
        for row in rows
    ]


def advice_rows(session: Session, wanted: SupportFilter) -> list[AdviceRow]:
    """Live expert advice, the latest first (from its start to its end, else that day)."""
    end = func.coalesce(ExpertAdvice.ends_on, ExpertAdvice.starts_on)
    statement = (
        select(
            ExpertAdvice.id,
            City.name.label("city"),
            Person.name.label("expert"),
            ExpertAdvice.topic,
            ExpertAdvice.starts_on,
            ExpertAdvice.ends_on,
        )
        .join(City, City.id == ExpertAdvice.city_id)
        .join(Person, Person.id == ExpertAdvice.expert_id)
        .where(
            ExpertAdvice.deleted.is_(False),
            *overlapping(ExpertAdvice.starts_on, end, wanted.period_from, wanted.period_to),
        )
    )
    if wanted.city_id is not None:
        statement = statement.where(ExpertAdvice.city_id == wanted.city_id)
    rows = session.execute(
        statement.order_by(ExpertAdvice.starts_on.desc(), City.name, ExpertAdvice.id)
    )
    return [
        AdviceRow(row.id, row.city, row.expert, row.topic, row.starts_on, row.ends_on)
        for row in rows
    ]


def expert_pool(session: Session) -> list[Expert]:
    """Everyone in the hub's expert pool, with or without advice given, and everyone else who
    has given live expert advice, by name; with the number of pieces of live advice each gave
    and the first day of the latest."""
    given = (
        select(
            ExpertAdvice.expert_id,
            func.count().label("pieces"),
            func.max(ExpertAdvice.starts_on).label("last_on"),
        )
        .where(ExpertAdvice.deleted.is_(False))
        .group_by(ExpertAdvice.expert_id)
        .subquery()
    )
    rows = session.execute(
        select(
            Person.id,
            Person.name,
            Person.title,
            Person.expertise,
            Organisation.name.label("organisation"),
            given.c.pieces,
            given.c.last_on,
        )
        .outerjoin(given, given.c.expert_id == Person.id)
        .outerjoin(Organisation, Organisation.id == Person.organisation_id)
        .where(
            Person.deleted.is_(False),
            or_(given.c.pieces.is_not(None), Person.expertise.is_not(None)),
        )
    )
    experts = [
        Expert(
            row.id,
            row.name,
            row.title,
            row.organisation,
            expertise_fields(row.expertise),
            row.pieces or 0,
            row.last_on,
        )
        for row in rows
        if row.pieces or in_expert_pool(row.expertise)
    ]
    return sorted(experts, key=lambda e: (e.name.casefold(), str(e.id)))


def pool_ids(session: Session) -> frozenset[UUID]:
    """The people in the hub's expert pool (a few hundred at most), for a form to preview the
    pool's rule."""
    rows = session.execute(
        select(Person.id, Person.expertise).where(
            Person.deleted.is_(False), Person.expertise.is_not(None)
        )
    )
    return frozenset(row.id for row in rows if in_expert_pool(row.expertise))


def grant_input(session: Session, grant_id: UUID) -> GrantInput | None:
    """A live grant as its form shows it; None when it is gone."""
    grant = session.get(SupportGrant, grant_id)
    if grant is None or grant.deleted:
        return None
    return GrantInput(
        CityId(grant.city_id), grant.purpose, grant.amount, grant.currency, grant.status,
        OrganisationId(grant.organisation_id) if grant.organisation_id else None,
        grant.approved_on, grant.starts_on, grant.ends_on,
    )  # fmt: skip


def advice_detail(session: Session, advice_id: UUID) -> AdviceDetail | None:
    """Live expert advice as its form shows it, with the expert's name; None when it is gone."""
    advice = session.get(ExpertAdvice, advice_id)
    if advice is None or advice.deleted:
        return None
    given = AdviceInput(
        CityId(advice.city_id), PersonId(advice.expert_id), advice.topic, advice.starts_on,
        advice.ends_on, advice.notes,
    )  # fmt: skip
    return AdviceDetail(
        given, session.scalar(select(Person.name).where(Person.id == advice.expert_id))
    )
