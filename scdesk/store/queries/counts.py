"""How many records each table holds: live, in the trash, and written around scdesk."""

from dataclasses import dataclass

from sqlalchemy import and_, case, exists, func, select
from sqlalchemy.orm import Session

from scdesk.store.base import table_of
from scdesk.store.models import AuditEntry
from scdesk.store.shapes import synced_models


@dataclass(frozen=True, slots=True)
class TableCount:
    table: str
    live: int
    deleted: int
    #: Rows with no audit entry for their creation: inserted by another program, not by scdesk.
    unaudited: int


def record_counts(session: Session) -> list[TableCount]:
    counts = []
    for model in synced_models():
        table = table_of(model)
        created = exists().where(
            and_(
                AuditEntry.tbl == table.name,
                AuditEntry.row_id == table.c.id,
                AuditEntry.field.is_(None),
            )
        )
        live, deleted, unaudited = session.execute(
            select(
                func.count(case((table.c.deleted.is_(False), 1))),
                func.count(case((table.c.deleted.is_(True), 1))),
                func.count(case((~created, 1))),
            )
        ).one()
        counts.append(TableCount(table.name, live, deleted, unaudited))
    return counts
