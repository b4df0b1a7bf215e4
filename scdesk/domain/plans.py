"""Consultation findings, and a city's versioned risk profile and prevention plan."""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import NewType
from uuid import UUID

from scdesk.domain import limits
from scdesk.domain.meetings import MeetingId, MeetingKind, MeetingRecord, meeting_record_problems
from scdesk.domain.people import CityId, OrganisationId, PersonId
from scdesk.domain.rules import Part, Problem, date_order, located, optional_text, required_text
from scdesk.i18n import translate

RiskProfileId = NewType("RiskProfileId", UUID)
RiskFactorId = NewType("RiskFactorId", UUID)
PlanActionId = NewType("PlanActionId", UUID)
PreventionPlanId = NewType("PreventionPlanId", UUID)
FindingId = NewType("FindingId", UUID)
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
    #: A priority the hub added (domain/priorities.py); it goes with the priority area Other.
    priority_id: UUID | None = None


@dataclass(frozen=True, slots=True)
class FindingRecord:
    """A finding as save_finding stores it: a new one when finding_id is None or names no record
    yet (then it is made with that id). A finding stays with the consultation it came from."""

    finding_id: FindingId | None
    meeting_id: MeetingId
    finding: FindingInput


@dataclass(frozen=True, slots=True)
class FindingEntry:
    """A finding as a consultation's record holds it: a new one when finding_id is None."""

    finding_id: FindingId | None
    finding: FindingInput


@dataclass(frozen=True, slots=True)
class ConsultationRecord:
    """A meeting whole with what its consultation found, as the meeting form edits it and
    save_meeting stores it. The findings are in reading order (each category's entries in
    their order); findings left out are deleted. A meeting of another kind has none."""

    meeting: MeetingRecord
    findings: tuple[FindingEntry, ...] = ()


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
    """The rules a finding meets alone; that its hub priority is one the hub has, and is not
    retired when newly chosen, needs the store, and the findings' save checks it."""
    problems = required_text("text", finding.text, translate("Plans", "Finding"), limits.PASSAGE)
    if finding.priority_id is not None and finding.priority_area is not PriorityArea.OTHER:
        text = translate(
            "Plans", "A priority the hub added is one of the other priorities: choose the "
            "priority area Other for it.",
        )  # fmt: skip
        problems.append(Problem("priority_id", text))
    return problems


def findings_problems(kind: MeetingKind, findings: Sequence[FindingEntry]) -> list[Problem]:
    """The rules on a consultation's findings, each finding's located by its row in the
    record's order."""
    problems: list[Problem] = []
    if findings and kind is not MeetingKind.CONSULTATION:
        text = translate(
            "Plans", "Only a consultation has findings: choose the kind Consultation or remove "
            "the findings.",
        )  # fmt: skip
        problems.append(Problem("findings", text))
    for row, entry in enumerate(findings):
        problems += located(finding_problems(entry.finding), Part.FINDINGS, row)
    return problems


def consultation_record_problems(record: ConsultationRecord, now: datetime) -> list[Problem]:
    """Every rule on a meeting and its findings that needs nothing from the store: save_meeting
    requires them inside its transaction (the meeting's, then the findings'), and the form
    previews them."""
    problems = meeting_record_problems(record.meeting, now)
    problems += findings_problems(record.meeting.meeting.kind, record.findings)
    return problems


def header_problems(header: PlanHeader) -> list[Problem]:
    problems = required_text("title", header.title, translate("Plans", "Title"), limits.TITLE)
    problems += optional_text(
        "summary", header.summary, translate("Plans", "Summary"), limits.DOCUMENT
    )
    if header.status is PlanStatus.ADOPTED and header.adopted_on is None:
        text = translate("Plans", "Give the date it was adopted.")
        problems.append(Problem("adopted_on", text))
    return problems + _review_after(header.adopted_on, header.review_on)


def _review_after(adopted: date | None, review: date | None) -> list[Problem]:
    if adopted is not None and review is not None and review <= adopted:
        text = translate("Plans", "The review date comes after the date it was adopted.")
        return [Problem("review_on", text)]
    return []


def adoption_problems(on: date, review_on: date | None, today: date) -> list[Problem]:
    """The rules on adopting a draft on a day: not in the future, and before its review date."""
    problems = []
    if on > today:
        text = translate("Plans", "The date it was adopted is in the future.")
        problems.append(Problem("adopted_on", text))
    return problems + _review_after(on, review_on)


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


@dataclass(frozen=True, slots=True)
class FactorEntry:
    factor_id: RiskFactorId | None
    factor: RiskFactorInput


@dataclass(frozen=True, slots=True)
class RiskProfileRecord:
    """A version of a city's risk profile whole, with the consultations it came from and its
    threats, risk and protective factors in order: a new version when profile_id is None.
    Status and adoption change only by adopting it."""

    profile_id: RiskProfileId | None
    header: PlanHeader
    sources: tuple[MeetingId, ...] = ()
    factors: tuple[FactorEntry, ...] = ()


@dataclass(frozen=True, slots=True)
class ObjectiveEntry:
    """An objective as a plan's record holds it: `key` names it within the record (its id once
    stored), for the actions that serve it."""

    key: str
    objective_id: ObjectiveId | None
    text: str


@dataclass(frozen=True, slots=True)
class PlanActionEntry:
    action_id: PlanActionId | None
    #: The key of the objective it serves, or None.
    objective_key: str | None
    action: PlanActionInput


@dataclass(frozen=True, slots=True)
class PreventionPlanRecord:
    """A version of a city's prevention plan whole: objectives and planned actions in order, the
    risk profile and consultations it came from; a new version when plan_id is None."""

    plan_id: PreventionPlanId | None
    header: PlanHeader
    risk_profile_id: RiskProfileId | None = None
    sources: tuple[MeetingId, ...] = ()
    objectives: tuple[ObjectiveEntry, ...] = ()
    actions: tuple[PlanActionEntry, ...] = ()


def risk_profile_record_problems(record: RiskProfileRecord) -> list[Problem]:
    """Every rule on a risk profile that needs nothing from the store; a factor's problems are
    located in its row."""
    problems = header_problems(record.header)
    for row, entry in enumerate(record.factors):
        problems += located(factor_problems(entry.factor), Part.FACTORS, row)
    return problems


def prevention_plan_record_problems(record: PreventionPlanRecord) -> list[Problem]:
    """Every rule on a prevention plan that needs nothing from the store; an objective's and an
    action's problems are located in their rows. An action serves an objective of its plan."""
    problems = header_problems(record.header)
    keys = {entry.key for entry in record.objectives}
    for row, objective in enumerate(record.objectives):
        problems += located(objective_problems(objective.text), Part.OBJECTIVES, row)
    for row, entry in enumerate(record.actions):
        problems += located(plan_action_problems(entry.action), Part.PLAN_ACTIONS, row)
        if entry.objective_key is not None and entry.objective_key not in keys:
            text = translate("Plans", "The objective belongs to another plan.")
            problems += located([Problem("objective_id", text)], Part.PLAN_ACTIONS, row)
    return problems


def risk_matrix(factors: Iterable[RiskFactorInput]) -> dict[tuple[Level, Level], int]:
    """How many threats and risk factors sit in each (likelihood, impact) cell; protective
    factors and factors not yet rated on both are left out."""
    cells: dict[tuple[Level, Level], int] = {}
    for factor in factors:
        if factor.kind is FactorKind.PROTECTIVE_FACTOR:
            continue
        if factor.likelihood is None or factor.impact is None:
            continue
        cell = (factor.likelihood, factor.impact)
        cells[cell] = cells.get(cell, 0) + 1
    return cells
