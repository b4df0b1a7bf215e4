"""Consultation findings, and a city's versioned risk profile and prevention plan."""

from collections.abc import Sequence
from datetime import date
from typing import TypeVar
from uuid import UUID

from scdesk.domain.identity import derived_id
from scdesk.domain.meetings import MeetingId
from scdesk.domain.people import CityId, OrganisationId, PersonId
from scdesk.domain.plans import (
    FindingInput,
    ObjectiveId,
    PlanActionInput,
    PlanHeader,
    PlanStatus,
    PreventionPlanId,
    RiskFactorInput,
    RiskProfileId,
    factor_problems,
    finding_problems,
    header_problems,
    objective_problems,
    plan_action_problems,
)
from scdesk.domain.rules import InvalidRecordError, Problem, require
from scdesk.i18n import translate
from scdesk.store.models import (
    City,
    ConsultationFinding,
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
from scdesk.store.shapes import values_of
from scdesk.store.writer import WriteTx

Document = type[RiskProfile] | type[PreventionPlan]


def add_finding_in(tx: WriteTx, meeting_id: MeetingId, finding: FindingInput) -> None:
    """What a consultation found about a city's needs; it belongs to the meeting's city."""
    require(finding_problems(finding))
    meeting = tx.get(Meeting, meeting_id)
    tx.create(
        ConsultationFinding,
        values_of(finding)
        | {
            "meeting_id": meeting_id,
            "city_id": meeting.city_id,
            "position": tx.next_number(ConsultationFinding, meeting_id=meeting_id),
        },
    )


def add_risk_profile_in(
    tx: WriteTx, header: PlanHeader, sources: Sequence[MeetingId] = ()
) -> RiskProfileId:
    profile_id = RiskProfileId(_add_document(tx, RiskProfile, header, {}))
    _link_sources(tx, RiskProfileSource, "profile_id", profile_id, sources)
    return profile_id


def add_risk_factor_in(tx: WriteTx, profile_id: RiskProfileId, factor: RiskFactorInput) -> None:
    require(factor_problems(factor))
    _require_draft(tx.get(RiskProfile, profile_id))
    tx.create(
        RiskFactor,
        values_of(factor)
        | {
            "profile_id": profile_id,
            "position": tx.next_number(RiskFactor, profile_id=profile_id),
        },
    )


def add_prevention_plan_in(
    tx: WriteTx,
    header: PlanHeader,
    risk_profile_id: RiskProfileId | None,
    sources: Sequence[MeetingId] = (),
) -> PreventionPlanId:
    if risk_profile_id is not None:
        profile = tx.get(RiskProfile, risk_profile_id)
        if profile.city_id != header.city_id:
            text = translate("Plans", "The plan and its risk profile belong to different cities.")
            require([Problem("risk_profile_id", text)])
    plan_id = PreventionPlanId(
        _add_document(tx, PreventionPlan, header, {"risk_profile_id": risk_profile_id})
    )
    _link_sources(tx, PlanSource, "plan_id", plan_id, sources)
    return plan_id


def add_plan_objective_in(tx: WriteTx, plan_id: PreventionPlanId, text: str) -> ObjectiveId:
    require(objective_problems(text))
    _require_draft(tx.get(PreventionPlan, plan_id))
    return ObjectiveId(
        tx.create(
            PlanObjective,
            {
                "plan_id": plan_id,
                "text": text,
                "position": tx.next_number(PlanObjective, plan_id=plan_id),
            },
        )
    )


def add_plan_action_in(tx: WriteTx, plan_id: PreventionPlanId, action: PlanActionInput) -> None:
    require(plan_action_problems(action))
    _require_draft(tx.get(PreventionPlan, plan_id))
    if action.objective_id is not None:
        objective = tx.get(PlanObjective, action.objective_id)
        if objective.plan_id != plan_id:
            text = translate("Plans", "The objective belongs to another plan.")
            require([Problem("objective_id", text)])
    if action.owner_id is not None:
        tx.check(Person, action.owner_id)
    if action.owner_organisation_id is not None:
        tx.check(Organisation, action.owner_organisation_id)
    tx.create(
        PlanAction,
        values_of(action)
        | {"plan_id": plan_id, "position": tx.next_number(PlanAction, plan_id=plan_id)},
    )


def adopt_in(tx: WriteTx, model: Document, document_id: UUID, on: date) -> None:
    document = tx.get(model, document_id)
    _require_draft(document)
    if on > tx.today:
        text = translate("Plans", "The date it was adopted is in the future.")
        raise InvalidRecordError([Problem("adopted_on", text)])
    for other in tx.linked(model, "city_id", document.city_id):
        if other.status is PlanStatus.ADOPTED:
            tx.update(model, other.id, {"status": PlanStatus.SUPERSEDED})
    tx.update(model, document.id, {"status": PlanStatus.ADOPTED, "adopted_on": on})


def new_risk_profile_version_in(tx: WriteTx, profile_id: RiskProfileId) -> RiskProfileId:
    """A draft copy of a profile, with its factors and sources, to edit into the next version."""
    source = tx.get(RiskProfile, profile_id)
    sources = _sources(tx, RiskProfileSource, "profile_id", source.id)
    copy = add_risk_profile_in(tx, _header(source), sources)
    for factor in _in_order(tx.linked(RiskFactor, "profile_id", source.id)):
        add_risk_factor_in(tx, copy, RiskFactorInput(
            kind=factor.kind, description=factor.description,
            affected_communities=factor.affected_communities,
            likelihood=factor.likelihood, impact=factor.impact,
        ))  # fmt: skip
    return copy


def new_plan_version_in(tx: WriteTx, plan_id: PreventionPlanId) -> PreventionPlanId:
    """A draft copy of a plan, with its objectives, actions and sources, to edit."""
    source = tx.get(PreventionPlan, plan_id)
    sources = _sources(tx, PlanSource, "plan_id", source.id)
    profile = RiskProfileId(source.risk_profile_id) if source.risk_profile_id else None
    copy = add_prevention_plan_in(tx, _header(source), profile, sources)
    objectives = _in_order(tx.linked(PlanObjective, "plan_id", source.id))
    new_objective = {o.id: add_plan_objective_in(tx, copy, o.text) for o in objectives}
    for action in _in_order(tx.linked(PlanAction, "plan_id", source.id)):
        objective = new_objective.get(action.objective_id) if action.objective_id else None
        add_plan_action_in(tx, copy, PlanActionInput(
            text=action.text, objective_id=objective,
            owner_id=PersonId(action.owner_id) if action.owner_id else None,
            owner_organisation_id=(
                OrganisationId(action.owner_organisation_id)
                if action.owner_organisation_id else None
            ),
            starts_on=action.starts_on, due_on=action.due_on, status=action.status,
        ))  # fmt: skip
    return copy


def _header(source: RiskProfile | PreventionPlan) -> PlanHeader:
    return PlanHeader(
        city_id=CityId(source.city_id), title=source.title, review_on=source.review_on,
        summary=source.summary,
    )  # fmt: skip


def _add_document(
    tx: WriteTx, model: Document, header: PlanHeader, extra: dict[str, object]
) -> UUID:
    require(header_problems(header))
    tx.check(City, header.city_id)
    version = tx.next_number(model, city_id=header.city_id)
    return tx.create(model, values_of(header) | extra | {"version": version})


def _require_draft(document: RiskProfile | PreventionPlan) -> None:
    if document.status is not PlanStatus.DRAFT:
        text = translate(
            "Plans", "This version is adopted or superseded: start a new version to change it."
        )
        raise InvalidRecordError([Problem("status", text)])


def _link_sources(
    tx: WriteTx,
    model: type[RiskProfileSource] | type[PlanSource],
    column: str,
    owner: UUID,
    sources: Sequence[MeetingId],
) -> None:
    """The consultations a profile or plan came from: a set of links, one per meeting."""
    for meeting_id in sources:
        tx.check(Meeting, meeting_id)
    links = {
        derived_id(model.__tablename__, owner, meeting): {column: owner, "meeting_id": meeting}
        for meeting in sources
    }
    tx.replace_set(model, column, owner, links)


def _sources(
    tx: WriteTx, model: type[RiskProfileSource] | type[PlanSource], owner: str, owner_id: UUID
) -> list[MeetingId]:
    return [MeetingId(link.meeting_id) for link in tx.linked(model, owner, owner_id)]


Ordered = TypeVar("Ordered", RiskFactor, PlanObjective, PlanAction)


def _in_order(records: list[Ordered]) -> list[Ordered]:
    return sorted(records, key=lambda r: (r.position, str(r.id)))
