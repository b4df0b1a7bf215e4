"""Two records of one kind field by field, as text: what a hub staffer compares before merging
two probable duplicates (a reference shows the name of the record it names)."""

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from scdesk.domain.labels import field_label, label, yes_no
from scdesk.store.base import SYNC_COLUMNS, Synced, table_of
from scdesk.store.queries.record_names import name_columns
from scdesk.store.shapes import shape

#: The record's own bookkeeping, never compared.
_HIDDEN = SYNC_COLUMNS | {"deleted", "merged_into"}


@dataclass(frozen=True, slots=True)
class PairField:
    field: str
    label: str
    first: str
    second: str

    @property
    def differs(self) -> bool:
        return self.first != self.second


def side_by_side(
    session: Session, model: type[Synced], first: UUID, second: UUID
) -> list[PairField]:
    """Every field of the two records (deleted ones too, so a merged pair can still be read)."""
    table = table_of(model)
    rows = {
        row["id"]: row
        for row in session.execute(select(table).where(table.c.id.in_([first, second])))
        .mappings()
        .all()
    }
    if first not in rows or second not in rows:
        return []
    fields = [name for name in shape(model).fields if name not in _HIDDEN]
    names = _referenced_names(session, model, [rows[first], rows[second]], fields)
    return [
        PairField(
            name,
            field_label(name),
            _text(rows[first][name], names),
            _text(rows[second][name], names),
        )
        for name in fields
    ]


def _referenced_names(
    session: Session, model: type[Synced], rows: list[object], fields: list[str]
) -> dict[UUID, str]:
    """The names of the records the two rows refer to (a city, an organisation, a mayor)."""
    table = table_of(model)
    named = name_columns()
    found: dict[UUID, str] = {}
    for name in fields:
        for key in table.c[name].foreign_keys:
            target, column = named.get(key.column.table.name, (None, None))
            if target is None or column is None:
                continue
            ids = [row[name] for row in rows if row[name] is not None]  # type: ignore[index]
            if ids:
                result = session.execute(select(target.id, column).where(target.id.in_(ids)))
                found.update({row[0]: str(row[1]) for row in result})
    return found


def _text(value: object, names: dict[UUID, str]) -> str:
    if value is None:
        return ""
    if isinstance(value, UUID):
        return names.get(value, str(value))
    if isinstance(value, StrEnum):
        return label(value)
    if isinstance(value, bool):
        return yes_no(value)
    if isinstance(value, datetime):
        return value.astimezone().strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)
