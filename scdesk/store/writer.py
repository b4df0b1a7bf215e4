"""The one way records are written: every change stamped with its dot, clock and audit entry.

A WriteTx lives for one transaction (Store.write). Its first write takes this device's next
counter and clock tick; every field it writes carries that dot. The transaction keeps the rows it
has read or written in memory, so services read them back without asking the database, and it
buffers every insert, update, field version and audit entry until a query needs the database or
the transaction ends; then each table gets one executemany, and the search index takes the rows
whose searched text changed (search.py). The guard (guard.py) refuses any write to synced tables
that is not made here.
"""

import dataclasses
from collections.abc import Callable, Iterable, Mapping, Sequence
from contextlib import AbstractContextManager
from datetime import date, datetime
from typing import Any, TypeVar
from uuid import UUID, uuid4

from sqlalchemy import (
    Executable,
    Result,
    Table,
    bindparam,
    delete,
    func,
    literal,
    select,
    union_all,
    update,
)
from sqlalchemy.orm import Session
from sqlalchemy.orm.base import manager_of_class

from scdesk.domain.audit import AuditAction
from scdesk.domain.changes import Changes
from scdesk.domain.errors import NotFoundError, OtherKindError
from scdesk.domain.versions import DeviceId, Dot, Hlc, VersionVector, hlc_tick
from scdesk.store import search
from scdesk.store.base import Synced, table_of
from scdesk.store.bulk import insert_rows
from scdesk.store.clock import Clock
from scdesk.store.models.sync import AuditEntry, SyncField, ThisDevice
from scdesk.store.record_kinds import table_changes
from scdesk.store.shapes import Shape, shape, synced_models, table_order
from scdesk.store.values import fields_json, to_json

S = TypeVar("S", bound=Synced)

#: Opens the write guard on a DBAPI connection for the statements run inside.
GuardOpener = Callable[[Any], AbstractContextManager[None]]

_MANAGERS: dict[type[Any], Any] = {}
_AUDIT = table_of(AuditEntry)
_FIELD = table_of(SyncField)


@dataclasses.dataclass(frozen=True, slots=True)
class Version:
    """A field's version as stored: the write (device and counter) and its clock stamp."""

    device: UUID
    counter: int
    hlc: int


@dataclasses.dataclass(slots=True)
class _Entry:
    """A row this transaction knows: its values as they stand, and what the database lacks."""

    shape: Shape
    row: dict[str, Any]
    created_here: bool
    inserted: bool  # in the database already (read from it, or flushed)
    #: Known to be all the live rows linking here: the record is new in this transaction.
    children_known: bool = False
    #: The detached object get() last handed out for this row, while the row is unchanged.
    copy: Any = None

    def record(self, model: type[S]) -> S:
        if self.copy is None:
            copy = _MANAGERS.setdefault(model, manager_of_class(model)).new_instance()
            copy.__dict__.update(self.row)
            self.copy = copy
        return self.copy  # type: ignore[no-any-return]


class WriteTx:
    """One local transaction's writes. Obtain through Store.write(); never construct directly."""

    def __init__(self, session: Session, open_guard: GuardOpener, actor: str, clock: Clock) -> None:
        self.session = session
        self._connection = session.connection()
        self._open_guard = open_guard
        self._actor = actor
        device = session.execute(select(ThisDevice)).scalar_one()
        self.device_id = DeviceId(device.device_id)
        self._counter = device.counter
        self._last_hlc = Hlc(device.hlc)
        self._dot: Dot | None = None
        self._created_vv = ""  # the version vector of every record created here
        self._hlc = Hlc(0)
        self._at = clock()  # one instant for the whole transaction: its audit and its clock
        self._rows: dict[UUID, _Entry] = {}
        self._absent: set[UUID] = set()  # ids the database was asked for and does not hold
        self._inserts: dict[Table, list[dict[str, Any]]] = {}
        self._updates: dict[Shape, dict[UUID, dict[str, Any]]] = {}
        #: Field versions to write: the row for sync_field, or None to drop the field's row
        #: (a field back at its record's creating dot).
        self._versions: dict[tuple[str, UUID, str], dict[str, Any] | None] = {}
        #: The explicit field versions of rows a merge has read (see merge_writer.py).
        self._explicit: dict[UUID, dict[str, Version]] = {}
        self._queued_columns: set[tuple[str, str]] = set()  # changed in rows not yet written
        self._audit: list[dict[str, Any]] = []
        #: Rows already in the database whose searched text changed, per table (search.py).
        self._reindex: dict[str, dict[UUID, dict[str, Any]]] = {}
        self._search_kept = search.kept_on(self._connection)
        self._children: dict[tuple[str, str, UUID], set[UUID]] = {}
        #: The last number per sequence and scope, for the database and the buffer together;
        #: pending: for rows created here, before the database was asked.
        self._numbers: dict[tuple[str, tuple[Any, ...]], int] = {}
        self._pending_numbers: dict[tuple[str, tuple[Any, ...]], int] = {}
        self._tables: set[str] = set()

    @property
    def now(self) -> datetime:
        """The time of this transaction, by the store's clock."""
        return self._at

    @property
    def today(self) -> date:
        return self._at.date()

    @property
    def changes(self) -> Changes:
        return table_changes(self._tables)

    @property
    def tables(self) -> frozenset[str]:
        """The tables of the records this transaction wrote."""
        return frozenset(self._tables)

    # ------------------------------------------------------------------ reading
    def execute(self, statement: Executable) -> Result[Any]:
        """Run a query on the database, after writing everything buffered so far."""
        self.flush()
        return self.session.execute(statement, execution_options={"populate_existing": True})

    def reader(self) -> Session:
        """The session, with every buffered write flushed, for the store's query functions."""
        self.flush()
        return self.session

    def get(self, model: type[S], record_id: UUID, *, include_deleted: bool = False) -> S:
        """The record as it stands in this transaction; a deleted one counts as missing unless
        asked for. The object is a detached copy: change records with update(), never through
        it."""
        entry = self._entry(model, record_id)
        if entry is None or (entry.row["deleted"] and not include_deleted):
            raise NotFoundError()
        return entry.record(model)

    def get_many(self, model: type[S], ids: Iterable[UUID]) -> dict[UUID, S]:
        """The live records among ids, read from the database in one query where not known."""
        wanted = list(dict.fromkeys(ids))
        self._load(shape(model), [i for i in wanted if i not in self._rows])
        table = shape(model).table
        entries = [(i, self._rows.get(i)) for i in wanted]
        return {
            i: e.record(model)
            for i, e in entries
            if e is not None and e.shape.table is table and not e.row["deleted"]
        }

    def holding(self, model: type[Synced], ids: Iterable[UUID]) -> set[UUID]:
        """Which of ids this store holds as records of model, deleted or not (one query)."""
        form = shape(model)
        wanted = set(ids)
        self._load(form, [i for i in wanted if i not in self._rows and i not in self._absent])
        return {i for i in wanted if (e := self._rows.get(i)) is not None and e.shape is form}

    def unclaimed(self, model: type[Synced], record_id: UUID) -> bool:
        """Whether a record of model is to be created with record_id: no record of any kind
        holds it yet. A spreadsheet's id column may name a record to create, so the same file
        imported on two devices makes the same records. A record of model holding it, deleted
        or not, claims it; one of another kind is refused (OtherKindError)."""
        form = shape(model)
        entry = self._rows.get(record_id)
        if entry is None:
            held = self.holder_of(record_id)
            if held is None:
                return True
            if held == form.table.name:
                self._load(form, [record_id])
                return False
            raise OtherKindError()
        if entry.shape.table is not form.table:
            raise OtherKindError()
        return False

    def holder_of(self, record_id: UUID) -> str | None:
        """The name of the table holding record_id (a record deleted or not), or None."""
        entry = self._rows.get(record_id)
        if entry is not None:
            return entry.shape.table.name
        held = self._connection.execute(_holders(), {"record_id": record_id}).scalar()
        return None if held is None else str(held)

    def check(self, model: type[Synced], record_id: UUID) -> None:
        """Refuse a link to a record that is missing or deleted."""
        entry = self._entry(model, record_id)
        if entry is None or entry.row["deleted"]:
            raise NotFoundError()

    def next_number(self, model: type[Synced], **scope: Any) -> int:
        """The next number of model's sequence in scope (an agenda item's position in its
        meeting and parent item): one more than any row's, deleted ones included, so a restored
        row keeps its place."""
        form = shape(model)
        if form.sequence is None or tuple(sorted(scope)) != form.sequence[1]:
            raise TypeError(f"{form.table.name} is not numbered within {sorted(scope)}")
        column = form.sequence[0]
        key = _sequence_key(form, scope)
        last = self._numbers.get(key)
        if last is None and any(self._is_new(value) for value in scope.values()):
            last = self._pending_numbers.get(key, 0)  # the database holds nothing in this scope
        if last is None:
            self._flush_if_changed(form, (column, *scope))
            table = form.table
            where = [
                table.c[name].is_(None) if value is None else table.c[name] == value
                for name, value in scope.items()
            ]
            stored = self._connection.execute(select(func.max(table.c[column])).where(*where))
            last = max(stored.scalar() or 0, self._pending_numbers.get(key, 0))
        self._numbers[key] = last + 1
        return last + 1

    # ------------------------------------------------------------------ writing
    @property
    def dot(self) -> Dot:
        """This transaction's dot: taken on the first write, so a read-only call takes none."""
        if self._dot is None:
            self._counter += 1
            self._hlc = hlc_tick(self._last_hlc, int(self._at.timestamp() * 1000))
            self._dot = Dot(self.device_id, self._counter)
            self._created_vv = VersionVector({self.device_id: self._counter}).to_json()
            self._connection.execute(
                update(ThisDevice).values(counter=self._counter, hlc=self._hlc)
            )
        return self._dot

    def create(
        self, model: type[Synced], values: Mapping[str, Any], *, record_id: UUID | None = None
    ) -> UUID:
        """A new record; every field carries this transaction's dot until it is changed."""
        form = shape(model)
        unknown = values.keys() - form.field_set
        missing = form.required - values.keys()
        if unknown or missing:
            name = form.table.name
            raise TypeError(f"{name}: unknown {sorted(unknown)}, missing {sorted(missing)}")
        dot = self.dot
        new_id = record_id or uuid4()
        content: dict[str, Any] = dict.fromkeys(form.fields)
        content.update(values)
        content["deleted"] = bool(values.get("deleted", False))
        self._audit_entry(
            AuditAction.CREATE, form.table.name, new_id, None, None, fields_json(content)
        )
        row = content
        row.update(
            id=new_id,
            origin_id=dot.device,
            created_counter=dot.counter,
            created_hlc=self._hlc,
            updated_hlc=self._hlc,
            vv=self._created_vv,
        )
        self._rows[new_id] = _Entry(
            form, row, created_here=True, inserted=False, children_known=True
        )
        self._inserts.setdefault(form.table, []).append(row)
        for link in form.links:
            if row[link] is not None:
                self._children.setdefault((form.table.name, link, row[link]), set()).add(new_id)
        if form.sequence is not None and row[form.sequence[0]] is not None:
            key = _sequence_key(form, row)
            known = self._numbers if key in self._numbers else self._pending_numbers
            known[key] = max(known.get(key, 0), row[form.sequence[0]])
        self._tables.add(form.table.name)
        return new_id

    def update(
        self,
        model: type[Synced],
        record_id: UUID,
        values: Mapping[str, Any],
        *,
        force: bool = False,
    ) -> frozenset[str]:
        """Change the fields whose values differ; only those get this transaction's dot.
        With force, every field given is written, equal or not (settling a conflict writes the
        chosen value anew, so that its write covers both sides on every device)."""
        return self._change(model, record_id, values, AuditAction.UPDATE, force=force)

    def delete(self, model: type[Synced], record_id: UUID) -> None:
        """A tombstone: the row stays, its deleted field changes, and sync carries that."""
        self._change(model, record_id, {"deleted": True}, AuditAction.DELETE)

    def restore(self, model: type[Synced], record_id: UUID) -> None:
        self._change(model, record_id, {"deleted": False}, AuditAction.RESTORE)

    def put(self, model: type[Synced], record_id: UUID, values: Mapping[str, Any]) -> None:
        """Create, change or revive a record whose id is derived from what it links."""
        if self._entry(model, record_id) is None:
            self.create(model, values, record_id=record_id)
        else:
            self._change(model, record_id, {**values, "deleted": False}, AuditAction.UPDATE)

    def linked(self, model: type[S], owner: str, owner_id: UUID) -> list[S]:
        """The live records of model whose owner column refers to owner_id."""
        form = shape(model)
        entries = (self._rows[i] for i in self._linked(form, owner, owner_id))
        return [e.record(model) for e in entries if not e.row["deleted"]]

    def replace_set(
        self,
        model: type[Synced],
        owner: str,
        owner_id: UUID,
        members: Mapping[UUID, Mapping[str, Any]],
    ) -> None:
        """Make the live records of model linked to owner_id exactly members (by derived id):
        what a form that edits a whole set (attendance, tags, coaches) saves."""
        form = shape(model)
        if not self._is_new(owner_id):
            self._load(form, [i for i in members if i not in self._rows])
        for record_id, values in members.items():
            entry = self._rows.get(record_id)
            if entry is None:
                self.create(model, values, record_id=record_id)
            else:
                self._change(model, record_id, {**values, "deleted": False}, AuditAction.UPDATE)
        for record_id in self._linked(form, owner, owner_id) - members.keys():
            entry = self._rows[record_id]
            if not entry.row["deleted"]:
                self.delete(model, record_id)

    def flush(self) -> None:
        """Write everything buffered: one executemany per table and kind of statement."""
        if not (self._inserts or self._updates or self._versions or self._audit or self._reindex):
            return
        with self._open_guard(self._connection.connection.dbapi_connection):
            order = table_order()
            for table, rows in sorted(self._inserts.items(), key=lambda i: order[i[0].name]):
                insert_rows(self._connection, table, rows)
            for form, changed in self._updates.items():
                params = [self._update_params(form, row) for row in changed.values()]
                self._connection.execute(form.update, params)
            if self._versions:
                keys = [
                    {"t": t, "r": r, "f": f} for t, r, f in self._versions
                ]  # fmt: skip
                self._connection.execute(
                    delete(_FIELD).where(
                        _FIELD.c.tbl == bindparam("t"),
                        _FIELD.c.row_id == bindparam("r"),
                        _FIELD.c.field == bindparam("f"),
                    ),
                    keys,
                )
                written = [row for row in self._versions.values() if row is not None]
                insert_rows(self._connection, _FIELD, written)
            insert_rows(self._connection, _AUDIT, self._audit)
        if self._search_kept:
            self._index_for_search()
        for rows in self._inserts.values():
            for row in rows:
                self._rows[row["id"]].inserted = True
        self._inserts.clear()
        self._updates.clear()
        self._queued_columns.clear()
        self._versions.clear()
        self._reindex.clear()
        self._audit = []

    # ------------------------------------------------------------------ internals
    def _index_for_search(self) -> None:
        """Index the searchable rows being inserted and re-index those whose text changed, in
        this transaction, so that a search after the commit finds them as they are."""
        for table, rows in self._inserts.items():
            if table.name in search.SEARCHED:
                search.index_rows(self._connection, table.name, rows)
        for name, changed in self._reindex.items():
            search.index_rows(self._connection, name, changed.values(), new=False)

    def _entry(self, model: type[Synced], record_id: UUID) -> _Entry | None:
        form = shape(model)
        entry = self._rows.get(record_id)
        if entry is None and record_id not in self._absent:
            self._load(form, [record_id])
            entry = self._rows.get(record_id)
        if entry is None or entry.shape.table is not form.table:
            return None
        return entry

    def _load(self, form: Shape, ids: Sequence[UUID]) -> None:
        """Read rows the transaction has not seen; buffered writes cannot concern them."""
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            table = form.table
            rows = self._connection.execute(select(table).where(table.c.id.in_(chunk)))
            for row in rows.mappings():
                self._rows[row["id"]] = _Entry(form, dict(row), created_here=False, inserted=True)
            self._absent.update(i for i in chunk if i not in self._rows)

    def _flush_if_changed(self, form: Shape, columns: Iterable[str]) -> None:
        """A query by these columns sees the database: write first if a change to them waits."""
        if any((form.table.name, column) in self._queued_columns for column in columns):
            self.flush()

    def _is_new(self, value: object) -> bool:
        """A record created in this transaction: no row in the database can link to it."""
        entry = self._rows.get(value) if isinstance(value, UUID) else None
        return entry is not None and entry.children_known

    def _linked(self, form: Shape, owner: str, owner_id: UUID) -> set[UUID]:
        """Every row of form's table whose owner column is owner_id, buffered ones included."""
        linked = set(self._children.get((form.table.name, owner, owner_id), ()))
        if self._is_new(owner_id):
            return linked
        self._flush_if_changed(form, (owner,))
        table = form.table
        found = list(
            self._connection.execute(select(table.c.id).where(table.c[owner] == owner_id)).scalars()
        )
        self._load(form, [i for i in found if i not in self._rows])
        return linked | set(found)

    def _change(
        self,
        model: type[Synced],
        record_id: UUID,
        values: Mapping[str, Any],
        action: AuditAction,
        *,
        force: bool = False,
    ) -> frozenset[str]:
        form = shape(model)
        unknown = values.keys() - form.field_set
        if unknown:
            raise TypeError(f"{form.table.name}: unknown fields {sorted(unknown)}")
        entry = self._entry(model, record_id)
        if entry is None:
            raise NotFoundError()
        row = entry.row
        changed = {name: value for name, value in values.items() if force or row[name] != value}
        if not changed:
            return frozenset()
        dot = self.dot
        table = form.table.name
        for name, value in changed.items():
            self._audit_entry(action, table, record_id, name, to_json(row[name]), to_json(value))
        self._apply(entry, changed)
        if not entry.created_here:
            # Made here, a field keeps the creating dot, which is this transaction's.
            row["vv"] = VersionVector.from_json(row["vv"]).with_dot(dot).to_json()
            row["updated_hlc"] = self._hlc
            mine = Version(dot.device, dot.counter, self._hlc)
            for name in changed:
                self._set_version(entry, name, mine)
        return frozenset(changed)

    def _apply(self, entry: _Entry, changed: Mapping[str, Any]) -> None:
        """Put changed values in a known row, keeping the link index and the write queue."""
        form, row = entry.shape, entry.row
        table = form.table.name
        for link in form.links:
            if link in changed:
                self._children.get((table, link, row[link]), set()).discard(row["id"])
                if changed[link] is not None:
                    self._children.setdefault((table, link, changed[link]), set()).add(row["id"])
        row.update(changed)
        entry.copy = None
        if form.sequence is not None and form.sequence[0] in changed:
            self._numbers = {k: v for k, v in self._numbers.items() if k[0] != table}
        if entry.inserted:
            self._updates.setdefault(form, {})[row["id"]] = row
            self._queued_columns.update((table, name) for name in changed)
            if not search.searched_fields(table).isdisjoint(changed):
                self._reindex.setdefault(table, {})[row["id"]] = row
        self._tables.add(table)

    def _set_version(self, entry: _Entry, field: str, version: Version) -> None:
        """Record a field's version: a sync_field row, or none when it is the creating dot."""
        row = entry.row
        table, record_id = entry.shape.table.name, row["id"]
        created = (version.device, version.counter) == (row["origin_id"], row["created_counter"])
        self._versions[(table, record_id, field)] = None if created else {
            "tbl": table, "row_id": record_id, "field": field, "device_id": version.device,
            "counter": version.counter, "hlc": version.hlc,
        }  # fmt: skip
        explicit = self._explicit.get(record_id)
        if explicit is not None:
            if created:
                explicit.pop(field, None)
            else:
                explicit[field] = version

    def _audit_entry(
        self,
        action: AuditAction,
        table: str,
        row_id: UUID,
        field: str | None,
        before: str | None,
        after: str | None,
        write: Version | None = None,
        actor: str | None = None,
    ) -> None:
        """One audit entry; a merged write is audited with its own dot and clock, not ours."""
        if write is None:
            dot = self.dot
            write = Version(dot.device, dot.counter, self._hlc)
        self._audit.append(
            {"at": self._at, "actor": actor or self._actor, "device_id": write.device,
             "counter": write.counter, "hlc": write.hlc, "action": action, "tbl": table,
             "row_id": row_id, "field": field, "before": before, "after": after}
        )  # fmt: skip

    @staticmethod
    def _update_params(form: Shape, row: Mapping[str, Any]) -> dict[str, Any]:
        params = {name: row[name] for name in form.fields}
        params.update(vv=row["vv"], updated_hlc=row["updated_hlc"], where_record_id=row["id"])
        return params


_HOLDERS: list[Executable] = []


def _holders() -> Executable:
    """The name of the table holding an id, if any: one statement, built once."""
    if not _HOLDERS:
        parts = []
        for model in synced_models():
            table = table_of(model)
            wanted = bindparam("record_id", type_=table.c.id.type)
            parts.append(select(literal(table.name)).where(table.c.id == wanted))
        _HOLDERS.append(union_all(*parts).limit(1))
    return _HOLDERS[0]


def _sequence_key(form: Shape, values: Mapping[str, Any]) -> tuple[str, tuple[Any, ...]]:
    scope = form.sequence[1] if form.sequence else ()
    return form.table.name, tuple(values[column] for column in scope)
