"""How many records each table holds, live and in the trash."""

from dataclasses import dataclass

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from scdesk.store.base import table_of
from scdesk.store.writer import synced_models


@dataclass(frozen=True, slots=True)
class TableCount:
    table: str
    live: int
    deleted: int


def record_counts(session: Session) -> list[TableCount]:
    counts = []
    for model in synced_models():
        table = table_of(model)
        live, deleted = session.execute(
            select(
                func.count(case((table.c.deleted.is_(False), 1))),
                func.count(case((table.c.deleted.is_(True), 1))),
            )
        ).one()
        counts.append(TableCount(table.name, live, deleted))
    return counts
