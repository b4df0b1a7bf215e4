"""The sheets of the programme's own work: the priorities the hub added, consultation findings,
risk profiles and prevention plans with their parts, support grants, expert advice, raisings
with national bodies, indicators and their targets, each with the id import-table reads back
and the keys that join it to the records it belongs to.

People in them (an action's owner, an adviser) follow export_sheets: their id with personal
data, else their stable code, and blank when their data may not leave the device.
"""

from decimal import Decimal
from typing import Any
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from scdesk.store.models import (
    City,
    ConsultationFinding,
    ExpertAdvice,
    HubPriority,
    Indicator,
    IndicatorTarget,
    Meeting,
    NationalRaising,
    Person,
    PlanAction,
    PlanObjective,
    PlanSource,
    PreventionPlan,
    RiskFactor,
    RiskProfile,
    RiskProfileSource,
    SupportGrant,
)
from scdesk.store.queries.export_sheets import ExportSheet, Value, person_code

#: The priorities the hub added; a finding's priority_id joins it to one of them.
PRIORITY_COLUMNS = ("id", "name", "description", "retired")
FINDING_COLUMNS = ("id", "meeting_id", "city_id", "category", "priority_area", "priority_id",
                   "text")  # fmt: skip
_DOCUMENT = ("id", "city_id", "city", "version", "title", "status", "adopted_on", "review_on",
             "summary")  # fmt: skip
PROFILE_COLUMNS = (*_DOCUMENT, "sources")
FACTOR_COLUMNS = ("id", "profile_id", "kind", "description", "affected_communities",
                  "likelihood", "impact")  # fmt: skip
PLAN_COLUMNS = (*_DOCUMENT, "risk_profile_id", "sources")
OBJECTIVE_COLUMNS = ("id", "plan_id", "text")
#: An action's owner is owner_id with personal data, owner_code without.
ACTION_COLUMNS = ("id", "plan_id", "objective_id", "text", "owner_id", "owner_organisation_id",
                  "starts_on", "due_on", "status")  # fmt: skip
GRANT_COLUMNS = ("id", "city_id", "city", "organisation_id", "purpose", "amount", "currency",
                 "status", "approved_on", "starts_on", "ends_on")  # fmt: skip
#: The adviser is expert_id with personal data, expert_code without.
ADVICE_COLUMNS = ("id", "city_id", "city", "expert_id", "topic", "starts_on", "ends_on", "notes")
#: What was raised with a national body, and the records it came from (each of the same city).
RAISING_COLUMNS = ("id", "city_id", "city", "national_body", "raised_on", "subject", "status",
                   "outcome", "finding_id", "plan_action_id", "meeting_id", "grant_id",
                   "advice_id")  # fmt: skip
INDICATOR_COLUMNS = ("id", "code", "name", "level", "counting_rule", "figure", "breakdowns",
                     "baseline")  # fmt: skip
TARGET_COLUMNS = ("id", "indicator_id", "indicator", "period_start", "period_end", "city_id",
                  "target", "breakdown", "category")  # fmt: skip

#: The columns import-table reads in each of these sheets.
PROGRAMME_COLUMNS: dict[str, tuple[str, ...]] = {
    "priorities": PRIORITY_COLUMNS,
    "findings": FINDING_COLUMNS,
    "risk_profiles": PROFILE_COLUMNS,
    "risk_factors": FACTOR_COLUMNS,
    "prevention_plans": PLAN_COLUMNS,
    "plan_objectives": OBJECTIVE_COLUMNS,
    "plan_actions": (*ACTION_COLUMNS, "owner_code"),
    "grants": GRANT_COLUMNS,
    "advice": (*ADVICE_COLUMNS, "expert_code"),
    "raisings": RAISING_COLUMNS,
    "indicators": INDICATOR_COLUMNS,
    "indicator_targets": TARGET_COLUMNS,
}


def programme_sheets(
    session: Session, shared: dict[UUID, Person], *, personal: bool
) -> list[ExportSheet]:
    """Every sheet of the programme's work, parents before the parts that join them."""
    cities = {c.id: c.name for c in session.execute(select(City)).scalars()}

    def who(person_id: UUID | None) -> Value:
        if person_id is None or person_id not in shared:
            return None
        return str(person_id) if personal else person_code(person_id)

    def person(columns: tuple[str, ...], column: str) -> tuple[str, ...]:
        code = column.replace("_id", "_code")
        return columns if personal else tuple(code if c == column else c for c in columns)

    live_meetings = set(
        session.execute(select(Meeting.id).where(Meeting.deleted.is_(False))).scalars()
    )
    profiles = _live(session, RiskProfile, RiskProfile.city_id, RiskProfile.version)
    plans = _live(session, PreventionPlan, PreventionPlan.city_id, PreventionPlan.version)
    profile_ids = {p.id for p in profiles}
    plan_ids = {p.id for p in plans}
    findings = [
        f
        for f in _live(
            session,
            ConsultationFinding,
            ConsultationFinding.meeting_id,
            ConsultationFinding.position,
        )
        if f.meeting_id in live_meetings
    ]
    profile_sources = _sources(session, RiskProfileSource, "profile_id", live_meetings)
    plan_sources = _sources(session, PlanSource, "plan_id", live_meetings)
    factors = _parts(session, RiskFactor, "profile_id", profile_ids)
    objectives = _parts(session, PlanObjective, "plan_id", plan_ids)
    actions = _parts(session, PlanAction, "plan_id", plan_ids)
    grants = _live(session, SupportGrant, SupportGrant.city_id, SupportGrant.approved_on)
    advice = _live(session, ExpertAdvice, ExpertAdvice.city_id, ExpertAdvice.starts_on)
    raisings = _live(session, NationalRaising, NationalRaising.city_id, NationalRaising.raised_on)
    indicators = _live(session, Indicator, Indicator.code)
    codes = {i.id: i.code for i in indicators}
    targets = [
        t
        for t in _live(
            session,
            IndicatorTarget,
            IndicatorTarget.indicator_id,
            IndicatorTarget.period_start,
            IndicatorTarget.city_id,
        )
        if t.indicator_id in codes
    ]

    def document(d: RiskProfile | PreventionPlan) -> tuple[Value, ...]:
        return (str(d.id), str(d.city_id), cities.get(d.city_id), d.version, d.title,
                d.status.value, d.adopted_on, d.review_on, d.summary)  # fmt: skip

    return [
        ExportSheet("priorities", PRIORITY_COLUMNS, [
            (str(p.id), p.name, p.description, p.retired)
            for p in _live(session, HubPriority, HubPriority.name)
        ]),
        ExportSheet("findings", FINDING_COLUMNS, [
            (str(f.id), str(f.meeting_id), str(f.city_id), f.category.value,
             _value(f.priority_area), _id(f.priority_id), f.text)
            for f in findings
        ]),
        ExportSheet("risk_profiles", PROFILE_COLUMNS, [
            (*document(p), ";".join(profile_sources.get(p.id, []))) for p in profiles
        ]),
        ExportSheet("risk_factors", FACTOR_COLUMNS, [
            (str(f.id), str(f.profile_id), f.kind.value, f.description, f.affected_communities,
             _value(f.likelihood), _value(f.impact))
            for f in factors
        ]),
        ExportSheet("prevention_plans", PLAN_COLUMNS, [
            (*document(p), _id(p.risk_profile_id), ";".join(plan_sources.get(p.id, [])))
            for p in plans
        ]),
        ExportSheet("plan_objectives", OBJECTIVE_COLUMNS, [
            (str(o.id), str(o.plan_id), o.text) for o in objectives
        ]),
        ExportSheet("plan_actions", person(ACTION_COLUMNS, "owner_id"), [
            (str(a.id), str(a.plan_id), _id(a.objective_id), a.text, who(a.owner_id),
             _id(a.owner_organisation_id), a.starts_on, a.due_on, a.status.value)
            for a in actions
        ]),
        ExportSheet("grants", GRANT_COLUMNS, [
            (str(g.id), str(g.city_id), cities.get(g.city_id), _id(g.organisation_id),
             g.purpose, _amount(g.amount), g.currency, g.status.value, g.approved_on,
             g.starts_on, g.ends_on)
            for g in grants
        ]),
        ExportSheet("advice", person(ADVICE_COLUMNS, "expert_id"), [
            (str(a.id), str(a.city_id), cities.get(a.city_id), who(a.expert_id), a.topic,
             a.starts_on, a.ends_on, a.notes)
            for a in advice
        ]),
        ExportSheet("raisings", RAISING_COLUMNS, [
            (str(r.id), str(r.city_id), cities.get(r.city_id), r.national_body, r.raised_on,
             r.subject, r.status.value, r.outcome, _id(r.finding_id), _id(r.plan_action_id),
             _id(r.meeting_id), _id(r.grant_id), _id(r.advice_id))
            for r in raisings
        ]),
        ExportSheet("indicators", INDICATOR_COLUMNS, [
            (str(i.id), i.code, i.name, i.level.value, i.counting_rule.value, i.figure,
             i.breakdowns, i.baseline)
            for i in indicators
        ]),
        ExportSheet("indicator_targets", TARGET_COLUMNS, [
            (str(t.id), str(t.indicator_id), codes[t.indicator_id], t.period_start,
             t.period_end, _id(t.city_id), t.target, t.breakdown.value if t.breakdown else None,
             t.category)
            for t in targets
        ]),
    ]  # fmt: skip


def _live(session: Session, model: Any, *order: Any) -> list[Any]:
    """The live records of model in a stable order (ids break ties)."""
    query = select(model).where(model.deleted.is_(False)).order_by(*order, model.id)
    return list(session.execute(query).scalars())


def _parts(session: Session, model: Any, owner: str, owners: set[UUID]) -> list[Any]:
    """The live parts of live versions, grouped by version, in each version's order."""
    column = getattr(model, owner)
    return [
        part
        for part in _live(session, model, column, model.position)
        if getattr(part, owner) in owners
    ]


def _sources(
    session: Session, model: Any, owner: str, meetings: set[UUID]
) -> dict[UUID, list[str]]:
    """The consultations each version came from, as meeting ids in a stable order."""
    found: dict[UUID, list[str]] = {}
    for link in _live(session, model, model.meeting_id):
        if link.meeting_id in meetings:
            found.setdefault(getattr(link, owner), []).append(str(link.meeting_id))
    return {owner_id: sorted(ids) for owner_id, ids in found.items()}


def _amount(amount: Decimal) -> str:
    """An amount as its digits (1500.00): exact, which a spreadsheet's float is not."""
    return format(amount, "f")


def _id(value: UUID | None) -> str | None:
    return str(value) if value is not None else None


def _value(choice: Any) -> str | None:
    return None if choice is None else str(choice.value)
