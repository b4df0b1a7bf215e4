"""Settling merges: the stored records brought in line with every merge this store knows.

A merge (RecordMerge) only says that two records are one. What follows from all of them is
written here, inside the transaction that brought a merge or a record (a user's merge, a
bundle, a profile, a table import), as ordinary stamped writes that sync carries like any
other:

- each merged-away record is a tombstone pointing at the one that stays (deleted, merged_into);
  a record that stays after all (a merge in the other direction arrived) is live again;
- everything that names a merged-away record names the one that stays instead: a column is
  changed in place, and a link whose id is derived from what it links (an attendance, a tag)
  is made anew under the id its new parts give, so that the link two devices made to the two
  records is one link, and the old one is deleted.

Every write is a function of the merges and the records alone, so devices that settle at
different moments write the same values and converge.
"""

from collections import defaultdict
from collections.abc import Iterator, Mapping
from typing import Any
from uuid import UUID

from sqlalchemy import RowMapping, Table, select

from scdesk.domain.duplicates import DuplicateKind
from scdesk.domain.identity import derived_id
from scdesk.domain.merges import survivors
from scdesk.store.base import Mergeable, Synced, table_of
from scdesk.store.models.merges import RecordMerge
from scdesk.store.models.sync import SyncField
from scdesk.store.shapes import shape, synced_models
from scdesk.store.writer import Version, WriteTx

#: The records that can be merged, by their table's name (a DuplicateKind's value).
_MERGEABLE: dict[str, type[Synced]] = {
    table_of(model).name: model for model in synced_models() if issubclass(model, Mergeable)
}


def merged_model(kind: DuplicateKind) -> type[Synced]:
    """The model whose table a merge kind names."""
    return _MERGEABLE[kind.value]


def merged_away(tx: WriteTx) -> dict[UUID, UUID]:
    """Every record merged into another, with the record it was merged into: one query per
    kind of record that can be merged, read once by whoever follows many ids (a table import),
    so that following an id costs no query of its own."""
    found: dict[UUID, UUID] = {}
    for table in map(table_of, _MERGEABLE.values()):
        rows = tx.execute(
            select(table.c.id, table.c.merged_into).where(table.c.merged_into.is_not(None))
        )
        found.update({row.id: row.merged_into for row in rows})
    return found


def followed(merged: Mapping[UUID, UUID], record_id: UUID) -> UUID:
    """The record that stands for record_id now: the one it was merged into, through a chain of
    merges, or itself."""
    seen = {record_id}
    while (next_id := merged.get(record_id)) is not None and next_id not in seen:
        seen.add(next_id)
        record_id = next_id
    return record_id


def field_version(tx: WriteTx, model: type[Synced], record_id: UUID, field: str) -> Version:
    """The write a field of a record holds: its own, or its record's creating write."""
    table = table_of(model)
    own = tx.execute(
        select(SyncField.device_id, SyncField.counter, SyncField.hlc).where(
            SyncField.tbl == table.name, SyncField.row_id == record_id, SyncField.field == field
        )
    ).first()
    if own is not None:
        return Version(own.device_id, own.counter, own.hlc)
    row = tx.execute(
        select(table.c.origin_id, table.c.created_counter, table.c.created_hlc).where(
            table.c.id == record_id
        )
    ).one()
    return Version(row.origin_id, row.created_counter, row.created_hlc)


def settle_merges(tx: WriteTx) -> int:
    """Apply every merge the store holds; returns how many records were written."""
    merges: dict[str, list[tuple[UUID, UUID]]] = defaultdict(list)
    rows = tx.execute(
        select(RecordMerge.kind, RecordMerge.kept_id, RecordMerge.other_id).where(
            RecordMerge.deleted.is_(False)
        )
    )
    for row in rows:
        merges[row.kind].append((row.kept_id, row.other_id))
    written = 0
    for kind, pairs in merges.items():
        model = merged_model(DuplicateKind(kind))
        stays = survivors(pairs)
        written += _records(tx, model, stays)
        moved = {record: survivor for record, survivor in stays.items() if record != survivor}
        for holder, column in _references(table_of(model)):
            written += _references_moved(tx, holder, column, moved)
    return written


def _records(tx: WriteTx, model: type[Synced], stays: Mapping[UUID, UUID]) -> int:
    table = table_of(model)
    written = 0
    found = tx.execute(
        select(table.c.id, table.c.deleted, table.c.merged_into).where(table.c.id.in_(list(stays)))
    )
    for row in found.all():
        survivor = stays[row.id]
        if row.id != survivor and (row.merged_into != survivor or not row.deleted):
            tx.update(model, row.id, {"deleted": True, "merged_into": survivor})
            written += 1
        elif row.id == survivor and row.merged_into is not None:
            tx.update(model, row.id, {"deleted": False, "merged_into": None})
            written += 1
    return written


def _references(target: Table) -> Iterator[tuple[type[Synced], str]]:
    """Every (model, column) whose column refers to a record of target."""
    for model in synced_models():
        table = table_of(model)
        for name in shape(model).links:
            if any(key.column.table is target for key in table.c[name].foreign_keys):
                yield model, name


def _references_moved(
    tx: WriteTx, holder: type[Synced], column: str, moved: Mapping[UUID, UUID]
) -> int:
    """Point the records of holder that name a moved record (deleted ones too: what a record
    holds must not depend on when a device settled) at the record that stays."""
    form = shape(holder)
    table = form.table
    rows = tx.execute(select(table).where(table.c[column].in_(list(moved)))).mappings().all()
    for row in rows:
        survivor = moved[row[column]]
        if not holder.derived_from:
            tx.update(holder, row["id"], {column: survivor})
            continue
        _relink(tx, holder, row, {column: survivor})
    return len(rows)


def _relink(tx: WriteTx, holder: type[Synced], row: RowMapping, change: dict[str, Any]) -> None:
    """A derived link made anew under its new parts: kept as it is when the record that stays
    has that link already, created with the old link's values when not; the old one deleted."""
    parts = [change.get(name, row[name]) for name in holder.derived_from]
    new_id = derived_id(table_of(holder).name, *parts)
    if new_id != row["id"] and not tx.holding(holder, [new_id]):
        values = {name: row[name] for name in shape(holder).fields} | change
        tx.create(holder, values, record_id=new_id)
    if new_id != row["id"] and not row["deleted"]:
        tx.delete(holder, row["id"])
