"""A meeting's agenda in reading order: each item, then its sub-items, numbered 1, 1.1, 1.2, 2."""

from dataclasses import dataclass
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from scdesk.store.models import AgendaItem, Person


@dataclass(frozen=True, slots=True)
class AgendaEntry:
    item: AgendaItem
    presenter: str | None
    #: The item it sits under, or None (also when that item was deleted).
    parent_id: UUID | None
    number: str
    depth: int


def agenda_in_order(session: Session, meeting_id: UUID) -> list[AgendaEntry]:
    presenter = aliased(Person)
    rows = session.execute(
        select(AgendaItem, presenter.name)
        .outerjoin(presenter, AgendaItem.presenter_id == presenter.id)
        .where(AgendaItem.meeting_id == meeting_id, AgendaItem.deleted.is_(False))
        .order_by(AgendaItem.position, AgendaItem.id)
    ).all()
    known = {item.id for item, _ in rows}
    children: dict[UUID | None, list[tuple[AgendaItem, str | None]]] = {}
    for item, name in rows:
        children.setdefault(item.parent_id if item.parent_id in known else None, []).append(
            (item, name)
        )
    ordered: list[AgendaEntry] = []

    def walk(parent: UUID | None, prefix: str, depth: int) -> None:
        for position, (item, name) in enumerate(children.get(parent, []), start=1):
            number = f"{prefix}{position}"
            ordered.append(AgendaEntry(item, name, parent, number, depth))
            walk(item.id, f"{number}.", depth + 1)

    walk(None, "", 0)
    return ordered
