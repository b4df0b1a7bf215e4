"""The one way records are written: every change stamped with its dot, clock and audit entry.

A WriteTx lives for one transaction (Store.write). Its first write takes this device's next
counter and clock tick; every field it writes carries that dot. Creates are buffered and written
with executemany; reads that could see them flush them first. The guard triggers refuse any write
to synced tables that is not made here (see guard.py).
"""

import dataclasses
import time
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager
from datetime import UTC, date, datetime
from typing import Any, TypeVar
from uuid import UUID, uuid4

from sqlalchemy import Column, Executable, Result, Table, delete, insert, select, update
from sqlalchemy.orm import Session

from scdesk.domain.audit import AuditAction
from scdesk.domain.changes import Changes
from scdesk.domain.errors import NotFoundError
from scdesk.domain.versions import DeviceId, Dot, Hlc, VersionVector, hlc_tick
from scdesk.i18n import translate
from scdesk.store.base import SYNC_COLUMNS, Base, Synced, table_of
from scdesk.store.models.sync import AuditEntry, SyncField, ThisDevice
from scdesk.store.values import fields_json, to_json

S = TypeVar("S", bound=Synced)

#: Opens the write guard on a DBAPI connection for the statements run inside.
GuardOpener = Callable[[Any], AbstractContextManager[None]]

_AUDIT = table_of(AuditEntry)
_FIELD = table_of(SyncField)


@dataclasses.dataclass(frozen=True, slots=True)
class Shape:
    """What the writer needs to know of a synced table."""

    table: Table
    fields: tuple[str, ...]
    required: frozenset[str]


_shapes: dict[type[Synced], Shape] = {}


def shape(model: type[Synced]) -> Shape:
    found = _shapes.get(model)
    if found is None:
        table = table_of(model)
        fields = tuple(c.name for c in table.columns if c.name not in SYNC_COLUMNS)
        required = frozenset(
            c.name for c in table.columns if c.name in fields and not c.nullable
        ) - {"deleted"}
        found = _shapes[model] = Shape(table, fields, required)
    return found


def values_of(record: Any) -> dict[str, Any]:
    """A frozen input dataclass as column values (its field names are the column names)."""
    return {f.name: getattr(record, f.name) for f in dataclasses.fields(record)}


class WriteTx:
    """One local transaction's writes. Obtain through Store.write(); never construct directly."""

    def __init__(
        self, session: Session, open_guard: GuardOpener, actor: str, now: Callable[[], datetime]
    ) -> None:
        self.session = session
        self._open_guard = open_guard
        self._actor = actor
        device = session.execute(select(ThisDevice)).scalar_one()
        self.device_id = DeviceId(device.device_id)
        self._counter = device.counter
        self._last_hlc = Hlc(device.hlc)
        self._dot: Dot | None = None
        self._hlc = Hlc(0)
        self._at = now()
        self._pending: dict[Table, list[dict[str, Any]]] = {}
        self._pending_ids: set[UUID] = set()
        self._pending_audit: list[dict[str, Any]] = []
        self._tables: set[str] = set()

    @property
    def now(self) -> datetime:
        """The time of this transaction (the store's clock, which tests may set)."""
        return self._at

    @property
    def today(self) -> date:
        return self._at.date()

    @property
    def changes(self) -> Changes:
        return Changes(frozenset(self._tables))

    # ------------------------------------------------------------------ reading
    def execute(self, statement: Executable) -> Result[Any]:
        """Run a query on fresh data, buffered creates included."""
        self.flush()
        return self.session.execute(statement, execution_options={"populate_existing": True})

    def reader(self) -> Session:
        """The session, with every buffered write flushed, for the store's query functions."""
        self.flush()
        return self.session

    def get(self, model: type[S], record_id: UUID, *, include_deleted: bool = False) -> S:
        """The record, fresh from the store; a deleted one counts as missing unless asked for."""
        if record_id in self._pending_ids:
            self.flush()
        record = self.session.get(model, record_id, populate_existing=True)
        if record is None or (record.deleted and not include_deleted):
            raise NotFoundError(_gone())
        return record

    def check(self, model: type[Synced], record_id: UUID) -> None:
        """Refuse a link to a record that is missing or deleted, without loading it."""
        if record_id in self._pending_ids:
            return
        table = shape(model).table
        row = self.session.execute(select(table.c.deleted).where(table.c.id == record_id)).first()
        if row is None or row.deleted:
            raise NotFoundError(_gone())

    # ------------------------------------------------------------------ writing
    @property
    def dot(self) -> Dot:
        """This transaction's dot: taken on the first write, so a read-only call takes none."""
        if self._dot is None:
            self._counter += 1
            self._hlc = hlc_tick(self._last_hlc, int(time.time() * 1000))
            self._dot = Dot(self.device_id, self._counter)
            self.session.execute(update(ThisDevice).values(counter=self._counter, hlc=self._hlc))
        return self._dot

    def create(
        self, model: type[Synced], values: Mapping[str, Any], *, record_id: UUID | None = None
    ) -> UUID:
        """A new record; every field carries this transaction's dot until it is changed."""
        form = shape(model)
        unknown = values.keys() - set(form.fields)
        missing = form.required - values.keys()
        if unknown or missing:
            name = form.table.name
            raise TypeError(f"{name}: unknown {sorted(unknown)}, missing {sorted(missing)}")
        dot = self.dot
        new_id = record_id or uuid4()
        content: dict[str, Any] = dict.fromkeys(form.fields)
        content.update(values)
        content["deleted"] = bool(values.get("deleted", False))
        row = content | {
            "id": new_id,
            "origin_id": dot.device,
            "created_counter": dot.counter,
            "created_hlc": self._hlc,
            "updated_hlc": self._hlc,
            "vv": VersionVector({dot.device: dot.counter}).to_json(),
        }
        self._pending.setdefault(form.table, []).append(row)
        self._pending_ids.add(new_id)
        self._audit(AuditAction.CREATE, form.table.name, new_id, None, None, fields_json(content))
        self._tables.add(form.table.name)
        return new_id

    def update(
        self, model: type[Synced], record_id: UUID, values: Mapping[str, Any]
    ) -> frozenset[str]:
        """Change the fields whose values differ; only those get this transaction's dot."""
        return self._change(model, record_id, values, AuditAction.UPDATE)

    def delete(self, model: type[Synced], record_id: UUID) -> None:
        """A tombstone: the row stays, its deleted field changes, and sync carries that."""
        self._change(model, record_id, {"deleted": True}, AuditAction.DELETE)

    def restore(self, model: type[Synced], record_id: UUID) -> None:
        self._change(model, record_id, {"deleted": False}, AuditAction.RESTORE)

    def put(self, model: type[Synced], record_id: UUID, values: Mapping[str, Any]) -> None:
        """Create, change or revive a record whose id is derived from what it links."""
        if record_id in self._pending_ids:
            self.flush()
        table = shape(model).table
        found = self.session.execute(select(table.c.id).where(table.c.id == record_id)).first()
        if found is None:
            self.create(model, values, record_id=record_id)
        else:
            self._change(model, record_id, {**values, "deleted": False}, AuditAction.UPDATE)

    def retire_others(
        self, model: type[Synced], owner: str, owner_id: UUID, kept: Collection[UUID]
    ) -> None:
        """Delete the live records of model linked to owner_id whose ids are not in kept: what
        a form that edits a whole set (attendance, tags, coaches) leaves out."""
        table = shape(model).table
        column: Column[Any] = table.c[owner]
        live = self.execute(
            select(table.c.id).where(column == owner_id, table.c.deleted.is_(False))
        ).scalars()
        for record_id in list(live):
            if record_id not in kept:
                self.delete(model, record_id)

    def flush(self) -> None:
        """Write the buffered creates and audit entries, one executemany per table."""
        if not self._pending and not self._pending_audit:
            return
        with self._guard():
            order = table_order()
            for table, rows in sorted(self._pending.items(), key=lambda item: order[item[0].name]):
                self.session.execute(insert(table), rows)
            if self._pending_audit:
                self.session.execute(insert(_AUDIT), self._pending_audit)
        self._pending.clear()
        self._pending_ids.clear()
        self._pending_audit = []

    # ------------------------------------------------------------------ internals
    def _change(
        self, model: type[Synced], record_id: UUID, values: Mapping[str, Any], action: AuditAction
    ) -> frozenset[str]:
        form = shape(model)
        unknown = values.keys() - set(form.fields)
        if unknown:
            raise TypeError(f"{form.table.name}: unknown fields {sorted(unknown)}")
        self.flush()
        table = form.table
        current = (
            self.session.execute(select(table).where(table.c.id == record_id)).mappings().first()
        )
        if current is None:
            raise NotFoundError(_gone())
        changed = {name: value for name, value in values.items() if current[name] != value}
        if not changed:
            return frozenset()
        dot = self.dot
        vv = VersionVector.from_json(current["vv"]).with_dot(dot)
        with self._guard():
            self.session.execute(
                update(table)
                .where(table.c.id == record_id)
                .values(**changed, vv=vv.to_json(), updated_hlc=self._hlc)
            )
            self.session.execute(
                delete(_FIELD).where(
                    _FIELD.c.tbl == table.name,
                    _FIELD.c.row_id == record_id,
                    _FIELD.c.field.in_(list(changed)),
                )
            )
            versions = [
                {"tbl": table.name, "row_id": record_id, "field": name, "device_id": dot.device,
                 "counter": dot.counter, "hlc": self._hlc}
                for name in changed
            ]  # fmt: skip
            self.session.execute(insert(_FIELD), versions)
        for name, value in changed.items():
            self._audit(action, table.name, record_id, name, to_json(current[name]), to_json(value))
        self._tables.add(table.name)
        return frozenset(changed)

    def _audit(
        self,
        action: AuditAction,
        table: str,
        row_id: UUID,
        field: str | None,
        before: str | None,
        after: str | None,
    ) -> None:
        dot = self.dot
        self._pending_audit.append(
            {"at": self._at, "actor": self._actor, "device_id": dot.device, "counter": dot.counter,
             "hlc": self._hlc, "action": action, "tbl": table, "row_id": row_id, "field": field,
             "before": before, "after": after}
        )  # fmt: skip

    @contextmanager
    def _guard(self) -> Iterator[None]:
        dbapi = self.session.connection().connection.dbapi_connection
        with self._open_guard(dbapi):
            yield


def _gone() -> str:
    return translate("Store", "This record no longer exists here: it may have been deleted.")


def now_utc() -> datetime:
    return datetime.now(UTC)


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
