"""What the writer and the queries need to know of each synced table, worked out once."""

import dataclasses
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Executable, Table, bindparam, update

from scdesk.store.base import SYNC_COLUMNS, Base, Synced, table_of


@dataclasses.dataclass(frozen=True, slots=True, eq=False)
class Shape:
    """What the writer needs to know of a synced table."""

    table: Table
    fields: tuple[str, ...]
    field_set: frozenset[str]
    required: frozenset[str]
    links: tuple[str, ...]  # columns referring to other records, indexed for replace_set
    #: A numbered column and what it numbers within (an agenda item's position in its meeting
    #: and parent item; a plan's version in its city), or None.
    sequence: tuple[str, tuple[str, ...]] | None
    update: Executable  # the whole row by id, for executemany


_shapes: dict[type[Synced], Shape] = {}


def shape(model: type[Synced]) -> Shape:
    found = _shapes.get(model)
    if found is None:
        table = table_of(model)
        fields = tuple(c.name for c in table.columns if c.name not in SYNC_COLUMNS)
        required = frozenset(c.name for c in table.columns if c.name in fields and not c.nullable)
        links = tuple(c.name for c in table.columns if c.foreign_keys)
        written = (*fields, "vv", "updated_hlc")
        statement = (
            update(table)
            .where(table.c.id == bindparam("where_record_id"))
            .values({name: bindparam(name) for name in written})
        )
        numbered = getattr(model, "__sequence__", None)
        sequence = (numbered[0], tuple(sorted(numbered[1]))) if numbered else None
        found = Shape(
            table, fields, frozenset(fields), required - {"deleted"}, links, sequence, statement
        )
        _shapes[model] = found
    return found


_field_names: dict[type[Any], tuple[str, ...]] = {}


def values_of(record: Any) -> dict[str, Any]:
    """A frozen input dataclass as column values (its field names are the column names)."""
    kind = type(record)
    names = _field_names.get(kind)
    if names is None:
        names = _field_names[kind] = tuple(f.name for f in dataclasses.fields(record))
    return {name: getattr(record, name) for name in names}


_order: dict[str, int] = {}


def table_order() -> dict[str, int]:
    """Parents before children, so a flush reads naturally (the keys are deferred anyway)."""
    if not _order:
        _order.update((t.name, i) for i, t in enumerate(Base.metadata.sorted_tables))
    return _order


def synced_models() -> Sequence[type[Synced]]:
    """Every synced model, parents before children."""
    by_table: dict[str, type[Synced]] = {
        mapper.class_.__tablename__: mapper.class_
        for mapper in Base.registry.mappers
        if issubclass(mapper.class_, Synced)
    }
    return [by_table[t.name] for t in Base.metadata.sorted_tables if t.name in by_table]
