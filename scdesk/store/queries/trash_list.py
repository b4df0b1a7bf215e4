"""The trash: deleted records of every kind a user can delete, newest deletion first."""

from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

from sqlalchemy import ColumnElement, func, literal, select, union_all
from sqlalchemy.orm import Session

from scdesk.domain.versions import Hlc, hlc_datetime
from scdesk.store.base import Mergeable, Synced
from scdesk.store.queries.paging import AnySelect, SortKey, keyset_page
from scdesk.store.queries.record_names import name_columns, short


@dataclass(frozen=True, slots=True)
class TrashRow:
    kind: str
    id: UUID
    #: What the record is called (a title, a name, the first words of a text).
    name: str
    deleted_at: datetime
    sort_key: SortKey


#: The kinds the trash lists, in the order its filter offers them.
TRASH_KINDS = tuple(name_columns())


def trash_page(
    session: Session, kind: str | None, after: SortKey | None, limit: int
) -> list[TrashRow]:
    deleted = _deleted(kind).subquery()
    statement = keyset_page(
        select(deleted.c.kind, deleted.c.id, deleted.c.name, deleted.c.hlc),
        deleted.c.hlc,
        deleted.c.id,
        after,
        True,
        limit,
    )
    return [
        TrashRow(row[0], row[1], short(row[2]), hlc_datetime(Hlc(row[3])), (row[4], row[1]))
        for row in session.execute(statement)
    ]


def trash_count(session: Session, kind: str | None) -> int:
    return int(
        session.execute(select(func.count()).select_from(_deleted(kind).subquery())).scalar_one()
    )


def _deleted(kind: str | None) -> AnySelect:
    names = name_columns()
    if kind is not None and kind not in names:
        raise ValueError(f"no trash for {kind}")
    parts = [
        select(
            literal(table).label("kind"),
            model.id.label("id"),
            func.coalesce(name_column, "").label("name"),
            model.updated_hlc.label("hlc"),
        ).where(model.deleted.is_(True), *_not_merged(model))
        for table, (model, name_column) in names.items()
        if kind is None or table == kind
    ]
    return parts[0] if len(parts) == 1 else union_all(*parts)  # type: ignore[return-value]


def _not_merged(model: type[Synced]) -> list[ColumnElement[bool]]:
    """A record merged into another is no deletion to undo: the record it became stays."""
    return [model.merged_into.is_(None)] if issubclass(model, Mergeable) else []
