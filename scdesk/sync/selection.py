"""What a bundle carries: every write its receiver has not acknowledged, as payload lines.

For each origin device the receiver has acknowledged every write up to some counter; a bundle
carries the records created after that (whole) and the fields changed after it (with their
versions). A lost bundle leaves no gap: until the receiver acknowledges, the next bundle carries
the same writes again, and merging them twice changes nothing. A scope, when given, limits the
records to those the receiver may have (an officer's city).
"""

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from uuid import UUID

from sqlalchemy import ColumnElement, and_, not_, or_, select, true
from sqlalchemy.orm import Session

from scdesk.domain.versions import DeviceId
from scdesk.store.base import table_of
from scdesk.store.models import SyncField
from scdesk.store.shapes import shape, synced_models
from scdesk.store.writer import Version
from scdesk.sync.lines import DeviceIndex, encode_line

_FIELD = table_of(SyncField)
_PART = 500


@dataclass(slots=True)
class Tally:
    records: int = 0
    fields: int = 0
    tables: dict[str, int] = field(default_factory=dict)


def unacknowledged(
    session: Session,
    acks: Mapping[DeviceId, int],
    index: DeviceIndex,
    tally: Tally,
    in_scope: Callable[[str, UUID], bool] | None = None,
) -> Iterator[bytes]:
    """Lines for every write the receiver has not acknowledged, parents' tables first."""
    for model in synced_models():
        form = shape(model)
        table = form.table
        created_late = _after(table.c.origin_id, table.c.created_counter, acks)
        whole = select(table).where(created_late).order_by(table.c.id)
        for part in session.execute(whole).mappings().partitions(_PART):
            rows = [r for r in part if in_scope is None or in_scope(table.name, r["id"])]
            explicit = _versions(session, table.name, [r["id"] for r in rows])
            for row in map(dict, rows):
                changed = explicit.get(row["id"], {})
                plain = [name for name in form.fields if name not in changed]
                tally.records += 1
                tally.fields += len(form.fields)
                tally.tables[table.name] = tally.tables.get(table.name, 0) + 1
                yield encode_line(table.name, row, plain, changed, index)
        changed_late = (
            select(_FIELD.c.row_id, _FIELD.c.field, _FIELD.c.device_id, _FIELD.c.counter,
                   _FIELD.c.hlc)
            .join(table, table.c.id == _FIELD.c.row_id)
            .where(
                _FIELD.c.tbl == table.name,
                _after(_FIELD.c.device_id, _FIELD.c.counter, acks),
                not_(created_late),
            )
            .order_by(_FIELD.c.row_id)
        )  # fmt: skip
        for versions in session.execute(changed_late).partitions(_PART):
            grouped: dict[UUID, dict[str, Version]] = {}
            for version in versions:
                if in_scope is None or in_scope(table.name, version.row_id):
                    grouped.setdefault(version.row_id, {})[version.field] = Version(
                        version.device_id, version.counter, version.hlc
                    )
            if not grouped:
                continue
            loaded = session.execute(select(table).where(table.c.id.in_(list(grouped))))
            for mapping in loaded.mappings():
                row = dict(mapping)
                fields = grouped[row["id"]]
                tally.records += 1
                tally.fields += len(fields)
                tally.tables[table.name] = tally.tables.get(table.name, 0) + 1
                yield encode_line(table.name, row, [], fields, index)


def _after(
    device: ColumnElement[UUID], counter: ColumnElement[int], acks: Mapping[DeviceId, int]
) -> ColumnElement[bool]:
    """Writes after what the receiver acknowledged of their device (all, for devices it has not
    acknowledged anything of)."""
    if not acks:
        return true()
    known = [and_(device == d, counter > c) for d, c in acks.items()]
    return or_(*known, device.not_in(list(acks)))


def _versions(session: Session, table: str, ids: list[UUID]) -> dict[UUID, dict[str, Version]]:
    found: dict[UUID, dict[str, Version]] = {}
    if not ids:
        return found
    rows = session.execute(
        select(_FIELD.c.row_id, _FIELD.c.field, _FIELD.c.device_id, _FIELD.c.counter,
               _FIELD.c.hlc)
        .where(_FIELD.c.tbl == table, _FIELD.c.row_id.in_(ids))
    )  # fmt: skip
    for row_id, name, device, counter, hlc in rows:
        found.setdefault(row_id, {})[name] = Version(device, counter, hlc)
    return found
