"""The trash: deleted records of every kind a user can delete, newest deletion first."""

from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

from sqlalchemy import String, cast, func, literal, select, union_all
from sqlalchemy.orm import Session

from scdesk.domain.versions import Hlc, hlc_datetime
from scdesk.store import models as m
from scdesk.store.base import Synced
from scdesk.store.queries.paging import AnySelect, Sortable, SortKey, keyset_page


@dataclass(frozen=True, slots=True)
class TrashRow:
    kind: str
    id: UUID
    #: What the record is called (a title, a name, the first words of a text).
    label: str
    deleted_at: datetime
    sort_key: SortKey


def _labels() -> dict[str, tuple[type[Synced], Sortable]]:
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
        "indicator": (m.Indicator, m.Indicator.name),
        "indicator_target": (m.IndicatorTarget, cast(m.IndicatorTarget.period_start, String)),
    }


#: The kinds the trash lists, in the order its filter offers them.
TRASH_KINDS = tuple(_labels())


def trash_page(
    session: Session, kind: str | None, after: SortKey | None, limit: int
) -> list[TrashRow]:
    deleted = _deleted(kind).subquery()
    statement = keyset_page(
        select(deleted.c.kind, deleted.c.id, deleted.c.label, deleted.c.hlc),
        deleted.c.hlc,
        deleted.c.id,
        after,
        True,
        limit,
    )
    return [
        TrashRow(row[0], row[1], _short(row[2]), hlc_datetime(Hlc(row[3])), (row[4], row[1]))
        for row in session.execute(statement)
    ]


def trash_count(session: Session, kind: str | None) -> int:
    return int(
        session.execute(select(func.count()).select_from(_deleted(kind).subquery())).scalar_one()
    )


def _deleted(kind: str | None) -> AnySelect:
    labels = _labels()
    if kind is not None and kind not in labels:
        raise ValueError(f"no trash for {kind}")
    parts = [
        select(
            literal(name).label("kind"),
            model.id.label("id"),
            func.coalesce(label, "").label("label"),
            model.updated_hlc.label("hlc"),
        ).where(model.deleted.is_(True))
        for name, (model, label) in labels.items()
        if kind is None or name == kind
    ]
    return parts[0] if len(parts) == 1 else union_all(*parts)  # type: ignore[return-value]


def _short(text: str) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= 120 else line[:119] + "…"
