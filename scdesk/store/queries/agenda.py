"""A meeting's agenda in reading order: each item, then its sub-items, numbered 1, 1.1, 1.2, 2."""

from dataclasses import dataclass
from datetime import date
from typing import Any
from uuid import UUID

from sqlalchemy import Row, select
from sqlalchemy.orm import Session

from scdesk.store.base import table_of
from scdesk.store.models import AgendaItem, Person


@dataclass(frozen=True, slots=True)
class AgendaEntry:
    id: UUID
    title: str
    presenter_id: UUID | None
    presenter: str | None
    #: The day the presenter withdrew their consent, if they did.
    presenter_withdrawn_on: date | None
    discussion: str | None
    decisions: str | None
    #: The item it sits under, or None (also when that item was deleted).
    parent_id: UUID | None
    number: str
    depth: int


def agenda_in_order(session: Session, meeting_id: UUID) -> list[AgendaEntry]:
    item, presenter = table_of(AgendaItem), table_of(Person)
    rows = session.execute(
        select(
            item.c.id,
            item.c.parent_id,
            item.c.title,
            item.c.presenter_id,
            presenter.c.name,
            presenter.c.consent_withdrawn_on,
            item.c.discussion,
            item.c.decisions,
        )
        .outerjoin(presenter, item.c.presenter_id == presenter.c.id)
        .where(item.c.meeting_id == meeting_id, item.c.deleted.is_(False))
        .order_by(item.c.position, item.c.id)
    ).all()
    known = {row.id for row in rows}
    children: dict[UUID | None, list[Row[*tuple[Any, ...]]]] = {}
    for row in rows:
        children.setdefault(row.parent_id if row.parent_id in known else None, []).append(row)
    ordered: list[AgendaEntry] = []

    def walk(parent: UUID | None, prefix: str, depth: int) -> None:
        for position, row in enumerate(children.get(parent, []), start=1):
            number = f"{prefix}{position}"
            ordered.append(
                AgendaEntry(
                    row.id,
                    row.title,
                    row.presenter_id,
                    row.name,
                    row.consent_withdrawn_on,
                    row.discussion,
                    row.decisions,
                    parent,
                    number,
                    depth,
                )
            )
            walk(row.id, f"{number}.", depth + 1)

    walk(None, "", 0)
    return ordered
