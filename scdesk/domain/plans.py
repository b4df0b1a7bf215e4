"""Consultation findings, and a city's versioned risk profile and prevention plan."""

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import NewType
from uuid import UUID

from scdesk.domain import limits
from scdesk.domain.people import CityId, OrganisationId, PersonId
from scdesk.domain.rules import Problem, date_order, optional_text, required_text
from scdesk.i18n import translate

RiskProfileId = NewType("RiskProfileId", UUID)
PreventionPlanId = NewType("PreventionPlanId", UUID)
ObjectiveId = NewType("ObjectiveId", UUID)


class FindingCategory(StrEnum):
    CONCERN = "concern"
    THREAT = "threat"
    EXISTING_APPROACH = "existing_approach"
    RESOURCE = "resource"
    KEY_NEED = "key_need"
    PRIORITY = "priority"


class PriorityArea(StrEnum):
    PREVENTION_MECHANISMS = "prevention_mechanisms"
    NATIONAL_LOCAL_COOPERATION = "national_local_cooperation"
    YOUTH_PARTICIPATION = "youth_participation"
    WOMEN_PARTICIPATION = "women_participation"
    MARGINALISED_PARTICIPATION = "marginalised_participation"
    OTHER = "other"


class PlanStatus(StrEnum):
    DRAFT = "draft"
    ADOPTED = "adopted"
    SUPERSEDED = "superseded"


class FactorKind(StrEnum):
    THREAT = "threat"
    RISK_FACTOR = "risk_factor"
    PROTECTIVE_FACTOR = "protective_factor"


class Level(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class PlanActionStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DELAYED = "delayed"
    DROPPED = "dropped"


@dataclass(frozen=True, slots=True)
class FindingInput:
    category: FindingCategory
    text: str
    priority_area: PriorityArea | None = None


@dataclass(frozen=True, slots=True)
class PlanHeader:
    """What a risk profile and a prevention plan both carry; a new version copies and edits it."""

    city_id: CityId
    title: str
    status: PlanStatus = PlanStatus.DRAFT
    adopted_on: date | None = None
    review_on: date | None = None
    summary: str | None = None


@dataclass(frozen=True, slots=True)
class RiskFactorInput:
    kind: FactorKind
    description: str
    affected_communities: str | None = None
    likelihood: Level | None = None
    impact: Level | None = None


@dataclass(frozen=True, slots=True)
class PlanActionInput:
    text: str
    objective_id: ObjectiveId | None = None
    owner_id: PersonId | None = None
    owner_organisation_id: OrganisationId | None = None
    starts_on: date | None = None
    due_on: date | None = None
    status: PlanActionStatus = PlanActionStatus.PLANNED


def finding_problems(finding: FindingInput) -> list[Problem]:
    return required_text("text", finding.text, translate("Plans", "Finding"), limits.PASSAGE)


def header_problems(header: PlanHeader) -> list[Problem]:
    problems = required_text("title", header.title, translate("Plans", "Title"), limits.TITLE)
    problems += optional_text(
        "summary", header.summary, translate("Plans", "Summary"), limits.DOCUMENT
    )
    if header.status is PlanStatus.ADOPTED and header.adopted_on is None:
        text = translate("Plans", "Give the date it was adopted.")
        problems.append(Problem("adopted_on", text))
    adopted, review = header.adopted_on, header.review_on
    if adopted is not None and review is not None and review <= adopted:
        text = translate("Plans", "The review date comes after the date it was adopted.")
        problems.append(Problem("review_on", text))
    return problems


def objective_problems(text: str) -> list[Problem]:
    return required_text("text", text, translate("Plans", "Objective"), limits.ITEM)


def factor_problems(factor: RiskFactorInput) -> list[Problem]:
    problems = required_text(
        "description", factor.description, translate("Plans", "Description"), limits.PASSAGE
    )
    problems += optional_text(
        "affected_communities",
        factor.affected_communities,
        translate("Plans", "Affected communities"),
        limits.PARAGRAPH,
    )
    return problems


def plan_action_problems(action: PlanActionInput) -> list[Problem]:
    problems = required_text("text", action.text, translate("Plans", "Action"), limits.ITEM)
    problems += date_order("due_on", action.starts_on, action.due_on)
    return problems
