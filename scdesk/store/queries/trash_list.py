"""The trash: deleted records of every kind a user can delete, newest deletion first."""

from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from uuid import UUID

from sqlalchemy import ColumnElement, func, literal, select, union_all
from sqlalchemy.orm import Session

from scdesk.domain.versions import Hlc, hlc_datetime
from scdesk.store.base import Mergeable, Synced
from scdesk.store.queries.paging import AnySelect, SortKey, keyset_template, keyset_values
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
    statement = _page_template(kind, after is not None)
    # Read over the session's connection: the statement needs no ORM loading, only its rows.
    rows = session.connection().execute(statement, keyset_values(after, limit))
    return [
        TrashRow(table, id_, short(name), hlc_datetime(Hlc(hlc)), (sort, id_))
        for table, id_, name, hlc, sort in rows
    ]


def trash_count(session: Session, kind: str | None) -> int:
    return int(session.connection().execute(_count_template(kind)).scalar_one())


@lru_cache(maxsize=64)
def _page_template(kind: str | None, after: bool) -> AnySelect:
    """A page's statement for each kind and whether it starts after a row, built once (see
    meeting_list): the union of every kind is the longest statement of the lists."""
    deleted = _deleted(kind).subquery()
    return keyset_template(
        select(deleted.c.kind, deleted.c.id, deleted.c.name, deleted.c.hlc),
        deleted.c.hlc,
        deleted.c.id,
        after=after,
        descending=True,
    )


@lru_cache(maxsize=32)
def _count_template(kind: str | None) -> AnySelect:
    return select(func.count()).select_from(_deleted(kind).subquery())


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
