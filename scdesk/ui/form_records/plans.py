"""The risk profile and prevention plan forms' states read as the records their saves take, and
the records written back as states."""

from uuid import UUID

from scdesk.domain.meetings import MeetingId
from scdesk.domain.people import OrganisationId, PersonId
from scdesk.domain.plans import (
    FactorEntry,
    FactorKind,
    Level,
    ObjectiveEntry,
    ObjectiveId,
    PlanActionEntry,
    PlanActionId,
    PlanActionInput,
    PlanActionStatus,
    PlanHeader,
    PreventionPlanId,
    PreventionPlanRecord,
    RiskFactorId,
    RiskFactorInput,
    RiskProfileId,
    RiskProfileRecord,
)
from scdesk.ui.form_records.values import FormValues, State, as_id

#: An owner choice's value names a person or an organisation by a prefix.
PERSON, ORGANISATION = "person:", "organisation:"


def header_state(header: PlanHeader) -> dict[str, object]:
    return {
        "title": header.title,
        "summary": header.summary or "",
        "review_on": header.review_on.isoformat() if header.review_on else None,
    }


def _header(values: FormValues, base: PlanHeader) -> PlanHeader:
    """The fields a form edits, over what the stored version holds (city, status, adoption)."""
    return PlanHeader(
        city_id=base.city_id,
        title=values.text("title").strip(),
        status=base.status,
        adopted_on=base.adopted_on,
        review_on=values.day("review_on"),
        summary=values.optional_text("summary"),
    )


def _sources(values: FormValues) -> tuple[MeetingId, ...]:
    found = (as_id(text) for text in values.strings("sources"))
    return tuple(MeetingId(meeting) for meeting in found if meeting is not None)


def profile_state(record: RiskProfileRecord) -> dict[str, object]:
    return header_state(record.header) | {
        "sources": [str(meeting) for meeting in record.sources],
        "factors": [
            {
                "factor_id": str(entry.factor_id) if entry.factor_id else None,
                "kind": entry.factor.kind.value,
                "description": entry.factor.description,
                "affected_communities": entry.factor.affected_communities or "",
                "likelihood": entry.factor.likelihood.value if entry.factor.likelihood else None,
                "impact": entry.factor.impact.value if entry.factor.impact else None,
            }
            for entry in record.factors
        ],
    }


def profile_record(state: State, stored: RiskProfileRecord) -> RiskProfileRecord:
    values = FormValues(state)
    factors = []
    for row in values.rows("factors"):
        factor_id = row.id("factor_id")
        factors.append(
            FactorEntry(
                RiskFactorId(factor_id) if factor_id else None,
                RiskFactorInput(
                    kind=row.choice("kind", FactorKind, FactorKind.THREAT),
                    description=row.text("description").strip(),
                    affected_communities=row.optional_text("affected_communities"),
                    likelihood=row.optional_choice("likelihood", Level),
                    impact=row.optional_choice("impact", Level),
                ),
            )
        )
    return RiskProfileRecord(
        stored.profile_id, _header(values, stored.header), _sources(values), tuple(factors)
    )


def new_objective_key(row: int) -> str:
    """The key of an objective typed into the form and not saved yet."""
    return f"new-{row}"


def objective_keys(values: FormValues) -> list[str]:
    """Each objective row's key: its id once stored."""
    return [
        row.text("objective_id") or new_objective_key(index)
        for index, row in enumerate(values.rows("objectives"))
    ]


def plan_state(record: PreventionPlanRecord) -> dict[str, object]:
    return header_state(record.header) | {
        "sources": [str(meeting) for meeting in record.sources],
        "objectives": [
            {"objective_id": str(entry.objective_id or ""), "text": entry.text}
            for entry in record.objectives
        ],
        "actions": [_action_state(entry) for entry in record.actions],
    }


def _action_state(entry: PlanActionEntry) -> dict[str, object]:
    action = entry.action
    owner = None
    if action.owner_id is not None:
        owner = PERSON + str(action.owner_id)
    elif action.owner_organisation_id is not None:
        owner = ORGANISATION + str(action.owner_organisation_id)
    return {
        "action_id": str(entry.action_id) if entry.action_id else None,
        "text": action.text,
        "objective": entry.objective_key,
        "owner": owner,
        "starts_on": action.starts_on.isoformat() if action.starts_on else None,
        "due_on": action.due_on.isoformat() if action.due_on else None,
        "status": action.status.value,
    }


def plan_record(state: State, stored: PreventionPlanRecord) -> PreventionPlanRecord:
    values = FormValues(state)
    keys = objective_keys(values)
    objectives = tuple(
        ObjectiveEntry(key, _objective_id(key), row.text("text").strip())
        for key, row in zip(keys, values.rows("objectives"), strict=True)
    )
    actions = []
    for row in values.rows("actions"):
        action_id = row.id("action_id")
        owner = row.text("owner")
        person = as_id(owner.removeprefix(PERSON)) if owner.startswith(PERSON) else None
        organisation = (
            as_id(owner.removeprefix(ORGANISATION)) if owner.startswith(ORGANISATION) else None
        )
        actions.append(
            PlanActionEntry(
                PlanActionId(action_id) if action_id else None,
                row.text("objective") or None,
                PlanActionInput(
                    text=row.text("text").strip(),
                    owner_id=PersonId(person) if person else None,
                    owner_organisation_id=OrganisationId(organisation) if organisation else None,
                    starts_on=row.day("starts_on"),
                    due_on=row.day("due_on"),
                    status=row.choice("status", PlanActionStatus, PlanActionStatus.PLANNED),
                ),
            )
        )
    return PreventionPlanRecord(
        plan_id=PreventionPlanId(stored.plan_id) if stored.plan_id else None,
        header=_header(values, stored.header),
        risk_profile_id=(RiskProfileId(stored.risk_profile_id) if stored.risk_profile_id else None),
        sources=_sources(values),
        objectives=objectives,
        actions=tuple(actions),
    )


def _objective_id(key: str) -> ObjectiveId | None:
    found: UUID | None = as_id(key)
    return ObjectiveId(found) if found else None
