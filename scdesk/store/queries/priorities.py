"""The priorities the hub added, for the Findings page's list, the findings editor's chooser and
the reports that name a finding's priority."""

from dataclasses import dataclass
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from scdesk.domain.priorities import HubPriorityId
from scdesk.store.models import HubPriority


@dataclass(frozen=True, slots=True)
class PriorityRow:
    id: HubPriorityId
    name: str
    description: str | None
    retired: bool


def priority_rows(session: Session) -> list[PriorityRow]:
    """Every live priority the hub added, retired ones included, live ones first, by name."""
    statement = (
        select(HubPriority)
        .where(HubPriority.deleted.is_(False))
        .order_by(HubPriority.retired, HubPriority.name.collate("NOCASE"), HubPriority.id)
    )
    return [
        PriorityRow(HubPriorityId(p.id), p.name, p.description, p.retired)
        for p in session.execute(statement).scalars()
    ]


def priority_names(session: Session) -> dict[UUID, str]:
    """Each priority's name by its id, retired ones included: a finding keeps its priority."""
    rows = session.execute(select(HubPriority.id, HubPriority.name))
    return {row.id: row.name for row in rows}
