"""Writing what other devices wrote: their records and fields with their own version data.

A MergeTx is a WriteTx that can also apply remote writes. It never restamps them: a merged field
keeps the dot and clock stamp of the device that wrote it, a merged record its creator's dot,
and the audit trail names those writes. Local writes during a merge (the conflicts it finds) are
stamped as usual. Sync's merge decides what to apply (scdesk/sync/merge.py); this module only
reads the stored versions and writes the decisions, buffered like every other write.
"""

from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import islice
from typing import Any
from uuid import UUID

import orjson
from sqlalchemy import (
    Boolean,
    Column,
    ColumnElement,
    Index,
    MetaData,
    Select,
    String,
    Table,
    Text,
    Uuid,
    bindparam,
    case,
    func,
    select,
    type_coerce,
    update,
)

from scdesk.domain.audit import AuditAction
from scdesk.domain.versions import Hlc, VersionVector, hlc_ahead_ms, hlc_seen
from scdesk.store.base import Synced, table_of
from scdesk.store.bulk import insert_rows
from scdesk.store.models.sync import SyncField, ThisDevice
from scdesk.store.shapes import shape
from scdesk.store.values import fields_json, to_json
from scdesk.store.writer import Version, WriteTx, _Entry

_FIELD = table_of(SyncField)

#: The whole records a bundle brings, noted in a first pass over it, so that a reference to one
#: further down the bundle is met (foreign keys are checked at commit). A temporary table: the
#: ids of a large bundle stay on disk, not in memory, and vanish with the transaction.
_ARRIVING = Table(
    "scdesk_arriving",
    MetaData(),
    Column("tbl", Text, nullable=False),
    Column("row_id", Uuid, nullable=False),
    Index("ix_scdesk_arriving", "tbl", "row_id"),
    prefixes=["TEMPORARY"],
    postgresql_on_commit="DROP",
)

#: The records a merge changed, for the rule check once every record is in: on disk, like
#: _ARRIVING, so that a bundle ten times larger does not hold ten times as many ids in memory.
_TOUCHED = Table(
    "scdesk_touched",
    MetaData(),
    Column("tbl", Text, nullable=False),
    Column("row_id", Uuid, nullable=False),
    #: Created as it came and found to keep the rules: not read again, only its reviews closed.
    Column("clean", Boolean, nullable=False),
    Index("ix_scdesk_touched", "tbl", "row_id"),
    prefixes=["TEMPORARY"],
    postgresql_on_commit="DROP",
)


@dataclass(frozen=True, slots=True)
class Stored:
    """A record as this store holds it: its values and every field's version."""

    row: Mapping[str, Any]
    explicit: Mapping[str, Version]

    @property
    def created(self) -> Version:
        row = self.row
        return Version(row["origin_id"], row["created_counter"], row["created_hlc"])

    @property
    def vv(self) -> VersionVector:
        return VersionVector.from_json(self.row["vv"])

    def version(self, field: str) -> Version:
        """A field carries the creating write's version until it is changed."""
        return self.explicit.get(field) or self.created


class MergeTx(WriteTx):
    """A transaction that applies bundles. Obtain through Store.merge(); never construct it."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._observed = Hlc(0)
        self._now_ms = int(self._at.timestamp() * 1000)  # the transaction's one instant
        self._arriving = False
        self._ahead: dict[UUID, int] = {}
        self._touches: list[dict[str, Any]] = []  # not yet written to _TOUCHED
        self._touched_models: dict[str, type[Synced]] = {}

    def stored(self, model: type[Synced], ids: Sequence[UUID]) -> dict[UUID, Stored]:
        """The records among ids that this store holds (deleted ones too), with their versions,
        read in a query or two for all of them."""
        form = shape(model)
        self._load(form, [i for i in ids if i not in self._rows and i not in self._absent])
        held = [i for i in ids if (e := self._rows.get(i)) is not None and e.shape is form]
        unread = [i for i in held if i not in self._explicit]
        for record_id in unread:
            self._explicit[record_id] = {}
        fresh = [i for i in unread if self._rows[i].inserted]
        for start in range(0, len(fresh), 500):
            chunk = fresh[start : start + 500]
            rows = self._connection.execute(
                select(_FIELD.c.row_id, _FIELD.c.field, _FIELD.c.device_id, _FIELD.c.counter,
                       _FIELD.c.hlc)
                .where(_FIELD.c.tbl == form.table.name, _FIELD.c.row_id.in_(chunk))
            )  # fmt: skip
            for row_id, field, device, counter, hlc in rows:
                if (form.table.name, row_id, field) not in self._versions:
                    self._explicit[row_id][field] = Version(device, counter, hlc)
        for (table, row_id, field), pending in self._versions.items():
            if table == form.table.name and row_id in self._explicit and pending is not None:
                self._explicit[row_id][field] = Version(
                    pending["device_id"], pending["counter"], pending["hlc"]
                )
        return {i: Stored(self._rows[i].row, self._explicit[i]) for i in held}

    def present(self, model: type[Synced], ids: Iterable[UUID]) -> set[UUID]:
        """Which of ids this store holds as records of model, deleted or not, their rows left
        unread: the ids alone are asked for, in a query per 500 of them (on SQLite as the text
        they are stored as, as in vectors)."""
        form = shape(model)
        found: set[UUID] = set()
        unknown: list[UUID] = []
        for record_id in set(ids):
            entry = self._rows.get(record_id)
            if entry is not None:
                if entry.shape is form:
                    found.add(record_id)
            elif record_id not in self._absent:
                unknown.append(record_id)
        table = form.table
        as_text = self._connection.dialect.name == "sqlite"
        for start in range(0, len(unknown), 500):
            part = unknown[start : start + 500]
            if as_text:
                here = self._found_as_text(_held_as_text(table), part)
            else:
                query = select(table.c.id).where(table.c.id.in_(part))
                here = set(self._connection.execute(query).scalars())
            found |= here
            self._absent.update(record_id for record_id in part if record_id not in here)
        return found

    def vectors(self, model: type[Synced], ids: Sequence[str]) -> dict[str, str]:
        """The stored version vector (as its JSON text) of each record among ids (32 hexadecimal
        digits, in lower case) held here, as the database has it: records still buffered in this
        transaction are not read. On SQLite, where an id is stored as that text, the ids are
        compared as text, sparing a UUID made and converted for each (most of the time spent)."""
        table = shape(model).table
        found: dict[str, str] = {}
        if self._connection.dialect.name == "sqlite":
            for start in range(0, len(ids), 1000):
                listed = orjson.dumps(list(ids[start : start + 1000])).decode()
                rows = self._connection.execute(_vectors_as_text(table), {"ids": listed})
                found.update((row[0], row[1]) for row in rows)
            return found
        for start in range(0, len(ids), 1000):
            uuids = [UUID(hex=i) for i in ids[start : start + 1000]]
            rows = self._connection.execute(
                select(table.c.id, table.c.vv).where(table.c.id.in_(uuids))
            )
            found.update((row[0].hex, row[1]) for row in rows)
        return found

    def merge_create(
        self,
        model: type[Synced],
        record_id: UUID,
        values: Mapping[str, Any],
        created: Version,
        vv: VersionVector,
        changed: Mapping[str, Version],
        actor: str,
    ) -> Mapping[str, Any]:
        """A record another device made, with the versions of its fields changed since; returns
        its row as this transaction now holds it."""
        form = shape(model)
        content: dict[str, Any] = dict.fromkeys(form.fields)
        content.update(values)
        content["deleted"] = bool(values.get("deleted", False))
        self._audit_entry(
            AuditAction.MERGE, form.table.name, record_id, None, None, fields_json(content),
            write=created, actor=actor,
        )  # fmt: skip
        latest = max([created.hlc, *(v.hlc for v in changed.values())])
        row = content | {
            "id": record_id,
            "origin_id": created.device,
            "created_counter": created.counter,
            "created_hlc": created.hlc,
            "updated_hlc": latest,
            "vv": vv.to_json(),
        }
        entry = _Entry(form, row, created_here=False, inserted=False)
        self._rows[record_id] = entry
        self._absent.discard(record_id)
        self._explicit[record_id] = {}
        self._inserts.setdefault(form.table, []).append(row)
        for link in form.links:
            if row[link] is not None:
                self._children.setdefault((form.table.name, link, row[link]), set()).add(record_id)
        for field, version in changed.items():
            self._set_version(entry, field, version)
        self._tables.add(form.table.name)
        return row

    def merge_fields(
        self,
        model: type[Synced],
        record_id: UUID,
        changes: Mapping[str, tuple[Any, Version]],
        vv: VersionVector,
        actor: str,
    ) -> None:
        """Take fields from another device, each with its own version, and the merged vector."""
        form = shape(model)
        entry = self._rows[record_id]
        row = entry.row
        table = form.table.name
        for field, (value, version) in changes.items():
            self._audit_entry(
                AuditAction.MERGE, table, record_id, field, to_json(row[field]), to_json(value),
                write=version, actor=actor,
            )  # fmt: skip
            self._set_version(entry, field, version)
        merged = {field: value for field, (value, _) in changes.items()}
        self._apply(entry, merged)
        latest = max([row["updated_hlc"], *(v.hlc for _, v in changes.values())])
        if row["vv"] != (vv_json := vv.to_json()) or latest != row["updated_hlc"]:
            row["vv"] = vv_json
            row["updated_hlc"] = latest
            self._apply(entry, {})

    def note_arriving(self, records: Iterable[tuple[str, UUID]]) -> int:
        """Note the (table, id) of every whole record the bundle brings; returns how many."""
        _ARRIVING.drop(self._connection, checkfirst=True)
        _ARRIVING.create(self._connection)
        noted = 0
        pairs = iter(records)  # 500 at a time: their rows are held until written
        while rows := [{"tbl": t, "row_id": i} for t, i in islice(pairs, 500)]:
            insert_rows(self._connection, _ARRIVING, rows)
            noted += len(rows)
        self._arriving = noted > 0
        return noted

    def arriving(self, table: str, ids: Collection[UUID]) -> set[UUID]:
        """Those of ids that note_arriving noted for table."""
        if not self._arriving or not ids:
            return set()
        found: set[UUID] = set()
        wanted = list(ids)
        as_text = self._connection.dialect.name == "sqlite"  # compared as stored, as in present
        for start in range(0, len(wanted), 500):
            part = wanted[start : start + 500]
            if as_text:
                found |= self._found_as_text(_arriving_as_text(), part, tbl=table)
            else:
                query = select(_ARRIVING.c.row_id).where(
                    _ARRIVING.c.tbl == table, _ARRIVING.c.row_id.in_(part)
                )
                found.update(self._connection.execute(query).scalars())
        return found

    def _found_as_text(self, query: Select[Any], ids: list[UUID], **given: Any) -> set[UUID]:
        """Those of ids the query (see _in_json_list) finds, given them as one JSON list."""
        by_hex = {record_id.hex: record_id for record_id in ids}
        listed = orjson.dumps(list(by_hex)).decode()
        rows = self._connection.execute(query, {**given, "ids": listed})
        return {by_hex[text] for text in rows.scalars()}

    def forget_arriving(self) -> None:
        """Drop the notes (on PostgreSQL the commit drops them anyway)."""
        if self._arriving:
            _ARRIVING.drop(self._connection, checkfirst=True)
            self._arriving = False

    def touch(self, model: type[Synced], record_id: UUID, *, clean: bool = False) -> None:
        """Note a record the merge changed, for touched(); clean: one it created that keeps
        the rules as it came (a later change to it in the same merge makes it unclean)."""
        table = shape(model).table.name
        if table not in self._touched_models:
            if not self._touched_models:
                _TOUCHED.drop(self._connection, checkfirst=True)
                _TOUCHED.create(self._connection)
            self._touched_models[table] = model
        self._touches.append({"tbl": table, "row_id": record_id, "clean": clean})
        if len(self._touches) >= 5000:
            self._write_touches()

    def touched(self, part: int) -> Iterator[tuple[type[Synced], list[UUID], set[UUID]]]:
        """Every record noted by touch() since the last call, once each, by table and in order
        of id, part ids at a time, with those of them only ever noted clean; forgotten as they
        are read."""
        self._write_touches()
        models, self._touched_models = self._touched_models, {}
        for table, model in models.items():
            after: UUID | None = None
            while True:
                clean = func.min(case((_TOUCHED.c.clean, 1), else_=0))
                query = (
                    select(_TOUCHED.c.row_id, clean)
                    .where(_TOUCHED.c.tbl == table)
                    .group_by(_TOUCHED.c.row_id)
                )
                if after is not None:
                    query = query.where(_TOUCHED.c.row_id > after)
                rows = self._connection.execute(query.order_by(_TOUCHED.c.row_id).limit(part))
                found = rows.all()
                if not found:
                    break
                after = found[-1][0]
                yield model, [i for i, _ in found], {i for i, kept in found if kept}
        if models:
            _TOUCHED.drop(self._connection, checkfirst=True)

    def _write_touches(self) -> None:
        if self._touches:
            insert_rows(self._connection, _TOUCHED, self._touches)
            self._touches = []

    def observe(self, stamp: int, device: UUID) -> None:
        """A remote clock stamp of device's write: later local writes are stamped after it, up
        to the bounded drift past this device's wall clock; a stamp beyond that is noted."""
        now_ms = self._now_ms
        self._observed = hlc_seen(self._observed, Hlc(stamp), now_ms)
        if (ahead := hlc_ahead_ms(Hlc(stamp), now_ms)) is not None:
            self._ahead[device] = max(self._ahead.get(device, 0), ahead)
        if self._dot is None:
            self._last_hlc = hlc_seen(self._last_hlc, self._observed, now_ms)

    @property
    def clocks_ahead(self) -> dict[UUID, int]:
        """The devices whose writes this merge saw stamped beyond the drift, with the largest
        distance ahead of this device's wall clock in milliseconds."""
        return dict(self._ahead)

    def settle_clock(self) -> None:
        """Keep this device's clock at or above every stamp this merge has seen."""
        latest = max(self._observed, self._hlc, self._last_hlc)
        self._connection.execute(
            update(ThisDevice).where(ThisDevice.hlc < latest).values(hlc=latest)
        )

    def release(self) -> None:
        """Write everything buffered and forget the rows read, so memory stays flat however
        large the bundle."""
        self.flush()
        self._write_touches()
        self._rows.clear()
        self._absent.clear()
        self._explicit.clear()
        self._children.clear()
        self._numbers.clear()
        self._pending_numbers.clear()


# On SQLite, where an id is stored as its 32 hexadecimal digits, ids are compared as that text
# (no UUID made and converted for each), given as one JSON list: one statement whatever their
# number, where an IN list would prepare (and keep in the statement cache) one for each length.
def _in_json_list(key: ColumnElement[Any]) -> ColumnElement[bool]:
    """key among the JSON list of ids bound as "ids"."""
    listed = func.json_each(bindparam("ids")).table_valued("value")
    return key.in_(select(listed.c.value))


@cache
def _held_as_text(table: Table) -> Select[Any]:
    """The ids among "ids" that table holds: built once per table."""
    key = type_coerce(table.c.id, String)
    return select(key).where(_in_json_list(key))


@cache
def _vectors_as_text(table: Table) -> Select[Any]:
    """The ids among "ids" that table holds, with their vectors: built once per table."""
    key = type_coerce(table.c.id, String)
    return select(key, table.c.vv).where(_in_json_list(key))


@cache
def _arriving_as_text() -> Select[Any]:
    """The ids among "ids" noted arriving for the table "tbl"."""
    key = type_coerce(_ARRIVING.c.row_id, String)
    return select(key).where(_ARRIVING.c.tbl == bindparam("tbl"), _in_json_list(key))
