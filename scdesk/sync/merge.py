"""The merge: each field of each incoming record against the stored one, by versions.

For a field written by (device, counter) at clock h:
- already covered by the stored record's version vector: seen before, skip;
- the incoming record's vector covers the stored field's write: the incoming value is newer;
- otherwise the writes are concurrent: equal values need nothing; different values are a
  conflict, won by the higher (clock, device id) on every device alike, the loser kept in a
  Conflict record. A delete that meets an edit the deleting device had not seen is a conflict
  too: the record stays deleted, the edit stays in it, and both are listed for review.
Version data is never restamped. Records whose references have not arrived wait in
sync_waiting and are applied when they do. A sender that is not a relay here may carry only its
own writes (scdesk.sync.provenance), checked as each record arrives and again as it is applied.

Once every record is in, each record the bundle touched is checked against the domain rules. One
that breaks a rule although the sender alone wrote every field of it is refused: the sender could
have checked it. Otherwise the break comes from edits that met here (or met on the sender): the
record is kept as merged and a conflict of kind RULE names the rule's two fields and the writes
that set them, so a person settles it; it is closed where the record keeps the rules again.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any
from uuid import UUID

import orjson
from sqlalchemy import delete, insert, select

from scdesk.domain.conflicts import ConflictKind, ConflictStatus
from scdesk.domain.rules import Problem
from scdesk.domain.versions import DeviceId
from scdesk.store.base import Synced, table_of
from scdesk.store.conflict_log import keep_conflict, rule_conflict_id
from scdesk.store.merge_writer import MergeTx, Stored
from scdesk.store.models import Conflict, SyncWaiting
from scdesk.store.shapes import shape, table_order
from scdesk.store.writer import Version
from scdesk.sync.codec import RecordError, codec, encode
from scdesk.sync.lines import Incoming, decode_line
from scdesk.sync.provenance import check_hub_writes, check_vector, check_writes
from scdesk.sync.record_rules import coupled_fields, record_problems

_WAITING = table_of(SyncWaiting)
_CONFLICTS = table_of(Conflict)
_CONFLICT = "conflict"


@dataclass(slots=True)
class Counts:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    waiting: int = 0
    applied_from_waiting: int = 0
    #: Of unchanged, the records found already here before their values were decoded.
    skipped: int = 0


class ArrivalMissedError(Exception):
    """A record was applied on the word of the first pass that a record it refers to comes
    further down the bundle, and that record did not go in (it waits for something itself):
    the merge must be done again, record by record (see services/sync.py)."""


@dataclass(slots=True)
class Merger:
    """Applies a bundle's records within one MergeTx, a chunk at a time."""

    tx: MergeTx
    actor: str
    bundle_id: UUID
    sender: DeviceId
    today: date
    #: Senders that may carry other devices' writes (provenance.relays); others only their own.
    relays: frozenset[DeviceId]
    #: The devices whose writes to the tables only a hub writes are taken (provenance.hub_writers);
    #: None for the hub's own signed profile.
    hubs: frozenset[DeviceId] | None = None
    counts: Counts = field(default_factory=Counts)
    #: References applied records rely on, met only by records further down the bundle.
    _promised: dict[type[Synced], set[UUID]] = field(default_factory=dict)

    def add(self, records: list[Incoming]) -> None:
        """Apply a chunk of records (those whose references are missing wait). A sender that
        is not a relay must carry only its own writes; a record that waits is held to its vector
        now, so that it cannot refuse the later bundle that brings what it waits for."""
        if self.sender not in self.relays:
            for record in records:
                check_writes(record, self.sender)
        if self.hubs is not None:
            for record in records:
                check_hub_writes(record, self.hubs)
        ready, missing = self._settle(records)
        self._check_waiting([record for record, _ in missing])
        for record, absent in missing:
            self._wait(record, absent)
        self._apply_all(ready, lambda _: self.sender)

    def finish(self) -> None:
        """Apply every waiting record whose references are now here (records that refer to one
        another, like a city and its mayor, go in together), then check them against the
        rules. Records still waiting are counted."""
        self.tx.release()
        rows = list(self.tx.execute(select(SyncWaiting).order_by(SyncWaiting.id)).scalars())
        records = [_from_waiting(row.line) for row in rows]
        senders = {
            id(record): DeviceId(row.sender_id) for row, record in zip(rows, records, strict=True)
        }
        ready, _ = self._settle(records)
        chosen = {id(record) for record in ready}
        done = [row.id for row, record in zip(rows, records, strict=True) if id(record) in chosen]
        for start in range(0, len(done), 500):
            self.tx.execute(delete(_WAITING).where(_WAITING.c.id.in_(done[start : start + 500])))
        self._apply_all(ready, lambda record: senders[id(record)])
        self.counts.applied_from_waiting += len(ready)
        self._check_rules()
        for model, ids in self._promised.items():
            if self.tx.present(model, ids) != ids:
                raise ArrivalMissedError(model.__tablename__)
        still = self.tx.execute(
            select(SyncWaiting.id).where(SyncWaiting.bundle_id == self.bundle_id)
        ).all()
        self.counts.waiting = len(still)

    def _check_waiting(self, records: list[Incoming]) -> None:
        """The vectors of records about to wait, against the records held here now."""
        if self.sender in self.relays:
            return
        for model, group in _by_model(records).items():
            stored = self.tx.stored(model, [r.id for r in group])
            for record in group:
                held = stored.get(record.id)
                check_vector(record, self.sender, held.vv if held is not None else None)

    def _apply_all(
        self, records: list[Incoming], sender_of: Callable[[Incoming], DeviceId]
    ) -> None:
        """Whole records before partial ones, parents' tables first (a partial record needs its
        record; the database checks references at commit). sender_of: who sent each record."""
        order = table_order()
        records = sorted(records, key=lambda r: (not r.whole, order[r.table]))
        for model, group in _by_model(records).items():
            stored = self.tx.stored(model, [r.id for r in group])
            applied: set[UUID] = set()
            for record in group:
                if record.id in applied:  # the same record waited twice, from two bundles
                    stored = self.tx.stored(model, [record.id])
                self._apply(record, stored.get(record.id), sender_of(record))
                applied.add(record.id)

    # ------------------------------------------------------------------ applying
    def _apply(self, record: Incoming, stored: Stored | None, sender: DeviceId) -> None:
        tx = self.tx
        if sender not in self.relays:
            check_vector(record, sender, stored.vv if stored is not None else None)
        if stored is None:
            self._create(record)
            return
        seen = stored.vv
        updates: dict[str, tuple[Any, Version]] = {}
        for name, value in record.values.items():
            write = record.write(name)
            if seen.get(DeviceId(write.device), 0) >= write.counter:
                continue
            tx.observe(write.hlc, write.device)
            mine = stored.version(name)
            if record.vv.get(DeviceId(mine.device), 0) >= mine.counter:
                updates[name] = (value, write)
                continue
            current = stored.row[name]
            ahead = _wins(write, mine)
            if record.table == _CONFLICT and name == "status":
                ahead = value is ConflictStatus.RESOLVED or (
                    current is not ConflictStatus.RESOLVED and ahead
                )
            elif current != value:
                kept, lost = (
                    ((value, write), (current, mine))
                    if ahead
                    else ((current, mine), (value, write))
                )
                self._conflict(record, name, ConflictKind.EDIT, kept, lost)
            if ahead:
                updates[name] = (value, write)
        self._deletes_against_edits(record, stored)
        merged = seen.merged(record.vv)
        if updates or merged != seen:
            tx.merge_fields(record.model, record.id, updates, merged, self.actor)
        if updates:
            self.counts.updated += 1
            self.tx.touch(record.model, record.id)
        else:
            self.counts.unchanged += 1

    def _create(self, record: Incoming) -> None:
        """A record new here, its values written as they came. One that keeps the rules as it
        is need not be read again for the check at the end (_check_rules); one that breaks
        them is judged there, as merged."""
        tx = self.tx
        created = record.created
        latest = {created.device: created.hlc}
        for version in record.changed.values():
            if version.hlc > latest.get(version.device, -1):
                latest[version.device] = version.hlc
        row = tx.merge_create(
            record.model, record.id, record.values, created, record.vv, record.changed, self.actor
        )
        for device, stamp in latest.items():  # the latest stamp of each device is enough
            tx.observe(stamp, device)
        self.counts.new += 1
        kept = row["deleted"] or row.get("merged_into") is not None
        kept = kept or not record_problems(record.model, row, self.today)
        self.tx.touch(record.model, record.id, clean=kept)

    def _deletes_against_edits(self, record: Incoming, stored: Stored) -> None:
        """A delete that meets an edit the deleting side had not seen, either way round."""
        if record.table == _CONFLICT:
            return
        seen = stored.vv
        if record.values.get("deleted") is True:
            delete_write = record.write("deleted")
            if seen.get(DeviceId(delete_write.device), 0) < delete_write.counter:
                for name in shape(record.model).fields:
                    mine = stored.version(name)
                    if name != "deleted" and record.vv.get(DeviceId(mine.device), 0) < mine.counter:
                        kept = (True, delete_write)
                        self._conflict(record, name, ConflictKind.DELETE, kept, (
                            stored.row[name], mine
                        ))  # fmt: skip
        if stored.row["deleted"] is True:
            local_delete = stored.version("deleted")
            if record.vv.get(DeviceId(local_delete.device), 0) < local_delete.counter:
                for name, value in record.values.items():
                    write = record.write(name)
                    if name != "deleted" and seen.get(DeviceId(write.device), 0) < write.counter:
                        kept = (True, local_delete)
                        self._conflict(record, name, ConflictKind.DELETE, kept, (value, write))

    def _conflict(
        self,
        record: Incoming,
        name: str,
        kind: ConflictKind,
        kept: tuple[Any, Version],
        lost: tuple[Any, Version],
    ) -> None:
        """Keep the losing write for review, once."""
        if record.table == _CONFLICT:
            return
        if keep_conflict(self.tx, (record.table, record.id, name), kind, kept, lost):
            self.counts.conflicts += 1

    # ------------------------------------------------------------------ waiting
    def _settle(
        self, records: Iterable[Incoming]
    ) -> tuple[list[Incoming], list[tuple[Incoming, list[UUID]]]]:
        """Split records into those that can be applied and those missing references. A
        reference is met by a record held here, by one of the others that can be applied (so
        a cycle, a city naming its mayor who lives in the city, goes in whole), or by a whole
        record a later line of this bundle brings. A partial record needs its record here."""
        pending = list(records)
        links = [_references(record) for record in pending]
        own: dict[type[Synced], set[UUID]] = {}
        referred: dict[type[Synced], set[UUID]] = {}
        for record, refs in zip(pending, links, strict=True):
            for target, value in refs:
                referred.setdefault(target, set()).add(value)
            own.setdefault(record.model, set()).add(record.id)
        held = {
            model: self.tx.present(model, own.get(model, set()) | referred.get(model, set()))
            for model in own.keys() | referred.keys()
        }
        met = {
            model: found | self._later(model, referred.get(model, set()) - found)
            for model, found in held.items()
        }
        candidates = list(range(len(pending)))
        while True:
            whole: dict[type[Synced], set[UUID]] = {}
            for index in candidates:
                if pending[index].whole:
                    whole.setdefault(pending[index].model, set()).add(pending[index].id)
            kept = [i for i in candidates if not _lacks(pending[i], links[i], met, held, whole)]
            if len(kept) == len(candidates):
                break
            candidates = kept
        chosen = set(candidates)
        ready = [pending[i] for i in candidates]
        missing = [(r, _missing(r, held)) for i, r in enumerate(pending) if i not in chosen]
        for index in candidates:
            for target, value in links[index]:
                if value not in held[target] and value not in whole.get(target, ()):
                    self._promised.setdefault(target, set()).add(value)
        return ready, missing

    def _later(self, model: type[Synced], ids: set[UUID]) -> set[UUID]:
        """Those of ids whose whole records come in later lines of this bundle (noted by the
        first pass: MergeTx.note_arriving); the database checks the references at commit."""
        return self.tx.arriving(shape(model).table.name, ids)

    def _wait(self, record: Incoming, missing: list[UUID]) -> None:
        self.tx.execute(
            insert(_WAITING).values(
                bundle_id=self.bundle_id, sender_id=self.sender, tbl=record.table,
                row_id=record.id, line=_to_waiting(record),
                missing=" ".join(str(m) for m in missing), received_at=self.tx.now,
            )
        )  # fmt: skip

    def _check_rules(self) -> None:
        """Every record touched, as merged, against the rules: refused where the sender alone
        wrote it, kept for review where edits met; reviews of records that keep the rules again
        are closed."""
        for model, part, clean in self.tx.touched(500):
            stored = self.tx.stored(model, [i for i in part if i not in clean])
            reviews = _open_reviews(self.tx, shape(model).table.name, part)
            for record_id in part:
                record = stored.get(record_id)
                if record is None and record_id not in clean:
                    continue
                current = set() if record is None else self._review(model, record_id, record)
                for stale in reviews.get(record_id, set()) - current:
                    self.tx.update(Conflict, stale, {"status": ConflictStatus.RESOLVED})
            self.tx.release()  # the records read for the check: memory stays flat

    def _review(self, model: type[Synced], record_id: UUID, record: Stored) -> set[UUID]:
        """The rule conflicts the record holds as merged (refused: a break its sender made)."""
        if record.row["deleted"] or record.row.get("merged_into") is not None:
            return set()
        problems: list[Problem] = record_problems(model, record.row, self.today)
        if not problems:
            return set()
        table = shape(model).table.name
        writers = {record.version(name).device for name in shape(model).fields}
        if writers == {self.sender}:
            raise RecordError(f"{table} {record_id}: {problems[0].message}")
        found = set()
        for problem in problems:
            other = _other_field(model, record, problem.field)
            place = (table, record_id, problem.field)
            first, second = record.version(problem.field), record.version(other)
            kept = (record.row[problem.field], first)
            lost = (record.row[other], second)
            if keep_conflict(self.tx, place, ConflictKind.RULE, kept, lost, other):
                self.counts.conflicts += 1
            found.add(rule_conflict_id(place, other, first, second))
        return found


def _other_field(model: type[Synced], record: Stored, field: str) -> str:
    """The field whose change met field's: the first of the rule's other fields written by
    another device, else its first other field (a rule about one field: itself)."""
    others = coupled_fields(model, field)
    mine = record.version(field).device
    apart = [name for name in others if record.version(name).device != mine]
    return (apart or list(others) or [field])[0]


def _open_reviews(tx: MergeTx, table: str, ids: list[UUID]) -> dict[UUID, set[UUID]]:
    """The open rule conflicts about these records of table, by record."""
    c = _CONFLICTS.c  # the table's columns: no ORM entities to make for a query of ids
    rows = tx.execute(
        select(c.id, c.row_id).where(
            c.tbl == table, c.row_id.in_(ids), c.kind == ConflictKind.RULE,
            c.status == ConflictStatus.OPEN, c.deleted.is_(False),
        )
    )  # fmt: skip
    found: dict[UUID, set[UUID]] = {}
    for row in rows:
        found.setdefault(row.row_id, set()).add(row.id)
    return found


def _lacks(
    record: Incoming,
    links: list[tuple[type[Synced], UUID]],
    met: dict[type[Synced], set[UUID]],
    held: dict[type[Synced], set[UUID]],
    whole: dict[type[Synced], set[UUID]],
) -> bool:
    """Whether a record misses a reference (met here or ahead, or by a whole record among the
    candidates) or, partial, its own record."""
    for target, value in links:
        if value not in met[target] and value not in whole.get(target, ()):
            return True
    if record.whole or record.id in held[record.model]:
        return False
    return record.id not in whole.get(record.model, ())


def _missing(record: Incoming, held: dict[type[Synced], set[UUID]]) -> list[UUID]:
    absent = [v for t, v in _references(record) if v not in held[t]]
    if not record.whole and record.id not in held[record.model]:
        absent.append(record.id)
    return absent or [record.id]


def _wins(incoming: Version, mine: Version) -> bool:
    """The same order on every device: the later clock, then the higher device id."""
    return (incoming.hlc, incoming.device.bytes) > (mine.hlc, mine.device.bytes)


def _by_model(records: list[Incoming]) -> dict[type[Synced], list[Incoming]]:
    grouped: dict[type[Synced], list[Incoming]] = {}
    for record in records:
        grouped.setdefault(record.model, []).append(record)
    return grouped


_targets: dict[str, dict[str, type[Synced]]] = {}


def _references(record: Incoming) -> list[tuple[type[Synced], UUID]]:
    """The records this one's fields refer to, as the incoming line has them."""
    targets = _targets.get(record.table)
    if targets is None:
        form = shape(record.model)
        targets = {
            name: codec(next(iter(form.table.c[name].foreign_keys)).column.table.name).model
            for name in form.links
        }
        _targets[record.table] = targets
    return [
        (targets[name], value)
        for name, value in record.values.items()
        if name in targets and value is not None
    ]


def _to_waiting(record: Incoming) -> str:
    """The record as JSON with devices written out, to decode again without its bundle."""

    def write(version: Version) -> list[object]:
        return [version.device.hex, version.counter, version.hlc]

    return orjson.dumps({
        "t": record.table, "i": record.id.hex, "created": write(record.created),
        "v": [[d.hex, c] for d, c in record.vv.items()],
        "fields": {n: [encode(v), *write(record.write(n))] for n, v in record.values.items()},
    }).decode()  # fmt: skip


def _from_waiting(text: str) -> Incoming:
    data = orjson.loads(text)
    devices: list[DeviceId] = []

    def index(hex_id: str) -> int:
        device = DeviceId(UUID(hex=hex_id))
        if device not in devices:
            devices.append(device)
        return devices.index(device)

    created = data["created"]
    line = {
        "t": data["t"], "i": data["i"], "o": index(created[0]), "c": created[1], "h": created[2],
        "v": [[index(d), c] for d, c in data["v"]], "f": {},
        "u": {n: [v[0], index(v[1]), v[2], v[3]] for n, v in data["fields"].items()},
    }  # fmt: skip
    return decode_line(line, devices)
