"""A city's current risk profile and prevention plan, with their factors, objectives, actions
and the consultations they came from, for the city plan report."""

from dataclasses import dataclass
from datetime import date
from typing import cast
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from scdesk.domain.people import shown_owner
from scdesk.domain.plans import FactorKind, Level, PlanActionStatus, PlanStatus
from scdesk.store.models import (
    City,
    Meeting,
    Organisation,
    Person,
    PlanAction,
    PlanObjective,
    PlanSource,
    PreventionPlan,
    RiskFactor,
    RiskProfile,
    RiskProfileSource,
)
from scdesk.store.queries.minutes import CityLine


@dataclass(frozen=True, slots=True)
class DocumentHead:
    """A version of a risk profile or a plan."""

    id: UUID
    version: int
    title: str
    status: PlanStatus
    adopted_on: date | None
    review_on: date | None
    summary: str | None
    #: The consultations it came from: (title, day).
    sources: tuple[tuple[str, date], ...]


@dataclass(frozen=True, slots=True)
class FactorLine:
    kind: FactorKind
    description: str
    affected_communities: str | None
    likelihood: Level | None
    impact: Level | None


@dataclass(frozen=True, slots=True)
class PlanActionLine:
    text: str
    objective: int | None  # the objective's number in the plan
    owner: str | None
    #: The owner stands for a person who withdrew their consent: not named.
    owner_withdrawn: bool
    starts_on: date | None
    due_on: date | None
    status: PlanActionStatus


@dataclass(frozen=True, slots=True)
class CityPlanRecord:
    city: CityLine
    profile: DocumentHead | None
    factors: tuple[FactorLine, ...]
    plan: DocumentHead | None
    objectives: tuple[str, ...]
    actions: tuple[PlanActionLine, ...]


def city_plan_record(session: Session, city_id: UUID, today: date) -> CityPlanRecord | None:
    """The adopted versions, or the latest drafts when none is adopted yet. An owner who
    withdrew consent is not named."""
    city = session.get(City, city_id)
    if city is None or city.deleted:
        return None
    profile = _current(session, RiskProfile, city_id)
    plan = _current(session, PreventionPlan, city_id)
    factors: tuple[FactorLine, ...] = ()
    if profile is not None:
        factors = tuple(
            FactorLine(f.kind, f.description, f.affected_communities, f.likelihood, f.impact)
            for f in session.execute(
                select(RiskFactor)
                .where(RiskFactor.profile_id == profile.id, RiskFactor.deleted.is_(False))
                .order_by(RiskFactor.position, RiskFactor.id)
            ).scalars()
        )
    objectives: list[PlanObjective] = []
    actions: tuple[PlanActionLine, ...] = ()
    if plan is not None:
        objectives = list(
            session.execute(
                select(PlanObjective)
                .where(PlanObjective.plan_id == plan.id, PlanObjective.deleted.is_(False))
                .order_by(PlanObjective.position, PlanObjective.id)
            ).scalars()
        )
        numbers = {o.id: n for n, o in enumerate(objectives, 1)}
        actions = _actions(session, plan.id, numbers, today)
    return CityPlanRecord(
        city=CityLine(city.id, city.name, city.name_local, city.country),
        profile=_head(session, profile, RiskProfileSource, "profile_id") if profile else None,
        factors=factors,
        plan=_head(session, plan, PlanSource, "plan_id") if plan else None,
        objectives=tuple(o.text for o in objectives),
        actions=actions,
    )


def _current(
    session: Session, model: type[RiskProfile] | type[PreventionPlan], city_id: UUID
) -> RiskProfile | PreventionPlan | None:
    found = session.execute(
        select(model)
        .where(model.city_id == city_id, model.deleted.is_(False))
        .order_by(model.version.desc())
    ).scalars()
    versions = cast(list[RiskProfile | PreventionPlan], list(found))
    adopted = [v for v in versions if v.status is PlanStatus.ADOPTED]
    return adopted[0] if adopted else (versions[0] if versions else None)


def _head(
    session: Session,
    document: RiskProfile | PreventionPlan,
    link: type[RiskProfileSource] | type[PlanSource],
    column: str,
) -> DocumentHead:
    owner = getattr(link, column)
    sources = session.execute(
        select(Meeting.title, Meeting.starts_at)
        .join(link, link.meeting_id == Meeting.id)
        .where(owner == document.id, link.deleted.is_(False), Meeting.deleted.is_(False))
        .order_by(Meeting.starts_at)
    ).all()
    return DocumentHead(
        document.id,
        document.version,
        document.title,
        document.status,
        document.adopted_on,
        document.review_on,
        document.summary,
        tuple((title, starts.date()) for title, starts in sources),
    )


def _actions(
    session: Session, plan_id: UUID, objectives: dict[UUID, int], today: date
) -> tuple[PlanActionLine, ...]:
    owner = aliased(Person)
    rows = session.execute(
        select(PlanAction, owner.name, owner.consent_withdrawn_on, Organisation.name)
        .outerjoin(owner, PlanAction.owner_id == owner.id)
        .outerjoin(Organisation, PlanAction.owner_organisation_id == Organisation.id)
        .where(PlanAction.plan_id == plan_id, PlanAction.deleted.is_(False))
        .order_by(PlanAction.position, PlanAction.id)
    ).all()
    return tuple(
        PlanActionLine(
            action.text,
            objectives.get(action.objective_id) if action.objective_id else None,
            *shown_owner(person, withdrawn, organisation, today),
            action.starts_on,
            action.due_on,
            action.status,
        )
        for action, person, withdrawn, organisation in rows
    )
