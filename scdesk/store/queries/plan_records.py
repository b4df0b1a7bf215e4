"""A version of a city's risk profile or prevention plan, read as the record its save takes."""

from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from scdesk.domain.meetings import MeetingId
from scdesk.domain.people import CityId, OrganisationId, PersonId
from scdesk.domain.plans import (
    FactorEntry,
    ObjectiveEntry,
    ObjectiveId,
    PlanActionEntry,
    PlanActionId,
    PlanActionInput,
    PlanHeader,
    PreventionPlanId,
    PreventionPlanRecord,
    RiskFactorId,
    RiskFactorInput,
    RiskProfileId,
    RiskProfileRecord,
)
from scdesk.store.models import (
    PlanAction,
    PlanObjective,
    PlanSource,
    PreventionPlan,
    RiskFactor,
    RiskProfile,
    RiskProfileSource,
)


def risk_profile_record(session: Session, profile_id: UUID) -> RiskProfileRecord | None:
    profile = session.get(RiskProfile, profile_id)
    if profile is None or profile.deleted:
        return None
    factors = session.scalars(
        select(RiskFactor)
        .where(RiskFactor.profile_id == profile_id, RiskFactor.deleted.is_(False))
        .order_by(RiskFactor.position, RiskFactor.id)
    )
    return RiskProfileRecord(
        RiskProfileId(profile.id),
        _header(profile),
        _sources(session, RiskProfileSource, "profile_id", profile_id),
        tuple(
            FactorEntry(
                RiskFactorId(f.id),
                RiskFactorInput(
                    f.kind, f.description, f.affected_communities, f.likelihood, f.impact
                ),
            )
            for f in factors
        ),
    )


def prevention_plan_record(session: Session, plan_id: UUID) -> PreventionPlanRecord | None:
    plan = session.get(PreventionPlan, plan_id)
    if plan is None or plan.deleted:
        return None
    objectives = session.scalars(
        select(PlanObjective)
        .where(PlanObjective.plan_id == plan_id, PlanObjective.deleted.is_(False))
        .order_by(PlanObjective.position, PlanObjective.id)
    )
    actions = session.scalars(
        select(PlanAction)
        .where(PlanAction.plan_id == plan_id, PlanAction.deleted.is_(False))
        .order_by(PlanAction.position, PlanAction.id)
    )
    return PreventionPlanRecord(
        PreventionPlanId(plan.id),
        _header(plan),
        RiskProfileId(plan.risk_profile_id) if plan.risk_profile_id else None,
        _sources(session, PlanSource, "plan_id", plan_id),
        tuple(ObjectiveEntry(str(o.id), ObjectiveId(o.id), o.text) for o in objectives),
        tuple(
            PlanActionEntry(
                PlanActionId(a.id),
                str(a.objective_id) if a.objective_id else None,
                PlanActionInput(
                    text=a.text,
                    owner_id=PersonId(a.owner_id) if a.owner_id else None,
                    owner_organisation_id=(
                        OrganisationId(a.owner_organisation_id) if a.owner_organisation_id else None
                    ),
                    starts_on=a.starts_on,
                    due_on=a.due_on,
                    status=a.status,
                ),
            )
            for a in actions
        ),
    )


def _header(document: RiskProfile | PreventionPlan) -> PlanHeader:
    return PlanHeader(
        city_id=CityId(document.city_id),
        title=document.title,
        status=document.status,
        adopted_on=document.adopted_on,
        review_on=document.review_on,
        summary=document.summary,
    )


def _sources(
    session: Session,
    model: type[RiskProfileSource] | type[PlanSource],
    owner: str,
    owner_id: UUID,
) -> tuple[MeetingId, ...]:
    """The consultations a version came from, in a stable order."""
    rows = session.scalars(
        select(model.meeting_id).where(getattr(model, owner) == owner_id, model.deleted.is_(False))
    )
    return tuple(MeetingId(meeting) for meeting in sorted(rows, key=str))
