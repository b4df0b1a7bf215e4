"""What a record is called, for lists that name records of any kind: the trash, conflicts."""

from uuid import UUID

from sqlalchemy import String, cast, func, select
from sqlalchemy.orm import Session

from scdesk.store import models as m
from scdesk.store.base import Synced
from scdesk.store.queries.paging import Sortable


def name_columns() -> dict[str, tuple[type[Synced], Sortable]]:
    """Per kind (table) of record: its model and the column, or expression, that names it."""
    on = m.ActivitySession.held_on
    return {
        "meeting": (m.Meeting, m.Meeting.title),
        "activity": (m.Activity, m.Activity.title),
        "person": (m.Person, m.Person.name),
        "committee": (m.Committee, m.Committee.name),
        "organisation": (m.Organisation, m.Organisation.name),
        "city": (m.City, m.City.name),
        "membership": (m.Membership, cast(m.Membership.role, String)),
        "agenda_item": (m.AgendaItem, m.AgendaItem.title),
        "action_item": (m.ActionItem, m.ActionItem.text),
        "activity_session": (
            m.ActivitySession,
            func.coalesce(m.ActivitySession.topic, cast(on, String)),
        ),
        "consultation_finding": (m.ConsultationFinding, m.ConsultationFinding.text),
        "risk_profile": (m.RiskProfile, m.RiskProfile.title),
        "risk_factor": (m.RiskFactor, m.RiskFactor.description),
        "prevention_plan": (m.PreventionPlan, m.PreventionPlan.title),
        "plan_objective": (m.PlanObjective, m.PlanObjective.text),
        "plan_action": (m.PlanAction, m.PlanAction.text),
        "support_grant": (m.SupportGrant, m.SupportGrant.purpose),
        "expert_advice": (m.ExpertAdvice, m.ExpertAdvice.topic),
        "national_raising": (m.NationalRaising, m.NationalRaising.subject),
        "hub_priority": (m.HubPriority, m.HubPriority.name),
        "indicator": (m.Indicator, m.Indicator.name),
        "indicator_target": (m.IndicatorTarget, cast(m.IndicatorTarget.period_start, String)),
    }


def record_names(session: Session, table: str, ids: list[UUID]) -> dict[UUID, str]:
    """The names of the records among ids (deleted ones too), shortened to one line; kinds
    with no name of their own (an attendance, a headcount) get none."""
    found = name_columns().get(table)
    if found is None or not ids:
        return {}
    model, name = found
    named = {}
    for start in range(0, len(ids), 500):
        rows = session.execute(
            select(model.id, func.coalesce(name, "")).where(model.id.in_(ids[start : start + 500]))
        )
        named.update({row_id: short(text) for row_id, text in rows})
    return named


def short(text: str) -> str:
    """The first line, at most 120 characters."""
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= 120 else line[:119] + "…"
