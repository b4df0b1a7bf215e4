"""What a bundle carries: every write its receiver has not acknowledged, as payload lines.

For each origin device the receiver has acknowledged every write up to some counter; a bundle
carries the records created after that (whole) and the fields changed after it (with their
versions). A lost bundle leaves no gap: until the receiver acknowledges, the next bundle carries
the same writes again, and merging them twice changes nothing. A scope, when given, limits the
records to those the receiver may have (an officer's city). A person of another city who comes
into scope later (attending a meeting of the officer's city) was acknowledged unseen: a scoped
bundle therefore carries, whole, every person its records name, with their group tags, so that
nothing it brings waits for them.

A bundle of a device that is not its receiver's relay (see scdesk.sync.provenance) carries only
that device's own writes (only): the records it created, with the fields it wrote last (a field
since written by another device is left out), and the fields it wrote on others' records. Its
receiver has every other write it holds, from the relay that brought them.
"""

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import chain
from typing import Any
from uuid import UUID

from sqlalchemy import Column, ColumnElement, Table, and_, not_, or_, select, true
from sqlalchemy.orm import Session

from scdesk.domain.versions import DeviceId
from scdesk.store.base import table_of
from scdesk.store.models import Person, PersonGroup, SyncField
from scdesk.store.shapes import shape, synced_models
from scdesk.store.writer import Version
from scdesk.sync.lines import DeviceIndex, encode_line

_FIELD = table_of(SyncField)
_PERSON = Person.__tablename__
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
    only: DeviceId | None = None,
) -> Iterator[bytes]:
    """Lines for every write the receiver has not acknowledged, parents' tables first; only the
    writes of device only, when given."""
    again = {} if in_scope is None else _resent(session, acks, in_scope)
    for model in synced_models():
        form = shape(model)
        table = form.table
        created_late = _after(table.c.origin_id, table.c.created_counter, acks, only)
        resent = again.get(table.name, set())
        whole = select(table).where(created_late).order_by(table.c.id)
        first = session.execute(whole).mappings().partitions(_PART)
        for part in chain(first, _whole(session, table, resent, created_late)):
            rows = [r for r in part if in_scope is None or in_scope(table.name, r["id"])]
            explicit = _versions(session, table.name, [r["id"] for r in rows])
            for row in map(dict, rows):
                changed = explicit.get(row["id"], {})
                plain = [name for name in form.fields if name not in changed]
                if only is not None:
                    changed = {name: v for name, v in changed.items() if v.device == only}
                    if not plain and not changed:
                        continue  # every field since written by others
                tally.records += 1
                tally.fields += len(plain) + len(changed)
                tally.tables[table.name] = tally.tables.get(table.name, 0) + 1
                yield encode_line(table.name, row, plain, changed, index)
        changed_late = (
            select(_FIELD.c.row_id, _FIELD.c.field, _FIELD.c.device_id, _FIELD.c.counter,
                   _FIELD.c.hlc)
            .join(table, table.c.id == _FIELD.c.row_id)
            .where(
                _FIELD.c.tbl == table.name,
                _after(_FIELD.c.device_id, _FIELD.c.counter, acks, only),
                not_(created_late),
            )
            .order_by(_FIELD.c.row_id)
        )  # fmt: skip
        for versions in session.execute(changed_late).partitions(_PART):
            grouped: dict[UUID, dict[str, Version]] = {}
            for version in versions:
                if version.row_id in resent:
                    continue  # went whole above
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


def _whole(
    session: Session, table: Table, ids: set[UUID], created_late: ColumnElement[bool]
) -> Iterator[Sequence[Any]]:
    """The rows of ids not already sent as created late, a part at a time."""
    ordered = sorted(ids)
    for start in range(0, len(ordered), _PART):
        chunk = ordered[start : start + _PART]
        found = select(table).where(table.c.id.in_(chunk), not_(created_late))
        yield session.execute(found.order_by(table.c.id)).mappings().all()


def _resent(
    session: Session, acks: Mapping[DeviceId, int], in_scope: Callable[[str, UUID], bool]
) -> dict[str, set[UUID]]:
    """Records a scoped bundle sends whole again, since the receiver may have acknowledged them
    without having had them (they were outside its scope then): records moved into its city,
    with everything that belongs to them; and the people its records name. Group tags follow
    their people."""
    again: dict[str, set[UUID]] = {}
    for model in synced_models():  # parents' tables first, so children follow their owner
        table = shape(model).table
        ids: set[UUID] = set()
        if "city_id" in table.c:
            moved = select(_FIELD.c.row_id).where(
                _FIELD.c.tbl == table.name,
                _FIELD.c.field == "city_id",
                _after(_FIELD.c.device_id, _FIELD.c.counter, acks),
            )
            ids.update(session.scalars(moved))
        owner = _owner(table)
        parent = next(iter(owner.foreign_keys)).column.table.name if owner is not None else ""
        owners = again.get(parent, set())
        if owner is not None and owners:
            rows = session.execute(select(table.c.id, owner))
            ids.update(row_id for row_id, owner_id in rows if owner_id in owners)
        ids = {row_id for row_id in ids if in_scope(table.name, row_id)}
        if ids:
            again[table.name] = ids
    people = again.setdefault(_PERSON, set())
    people.update(_named_people(session, acks, in_scope, again))
    tags = table_of(PersonGroup)
    found = session.execute(select(tags.c.id, tags.c.person_id)).all()
    again[tags.name] = {tag for tag, person in found if person in people}
    return again


def _named_people(
    session: Session,
    acks: Mapping[DeviceId, int],
    in_scope: Callable[[str, UUID], bool],
    again: Mapping[str, set[UUID]],
) -> set[UUID]:
    """The people named by the in-scope records this bundle carries."""
    people: set[UUID] = set()
    for model in synced_models():
        table = shape(model).table
        named = [
            column
            for column in table.c
            if any(key.column.table.name == _PERSON for key in column.foreign_keys)
        ]
        if not named or table.name == _PERSON:
            continue
        changed = select(_FIELD.c.row_id).where(
            _FIELD.c.tbl == table.name, _after(_FIELD.c.device_id, _FIELD.c.counter, acks)
        )
        sent = or_(
            _after(table.c.origin_id, table.c.created_counter, acks), table.c.id.in_(changed)
        )
        resent = sorted(again.get(table.name, set()))
        rows = list(session.execute(select(table.c.id, *named).where(sent)))
        for start in range(0, len(resent), _PART):
            chunk = resent[start : start + _PART]
            rows += session.execute(select(table.c.id, *named).where(table.c.id.in_(chunk)))
        for row in rows:
            if in_scope(table.name, row[0]):
                people.update(person for person in row[1:] if person is not None)
    return {person for person in people if in_scope(_PERSON, person)}


def _owner(table: Table) -> Column[UUID] | None:
    """The record a child record belongs to: its first required reference, if any."""
    for column in table.c:
        if column.foreign_keys and not column.nullable:
            return column
    return None


def _after(
    device: ColumnElement[UUID],
    counter: ColumnElement[int],
    acks: Mapping[DeviceId, int],
    only: DeviceId | None = None,
) -> ColumnElement[bool]:
    """Writes after what the receiver acknowledged of their device (all, for devices it has not
    acknowledged anything of); of device only, when given."""
    if only is not None:
        return and_(device == only, counter > acks.get(only, 0))
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
