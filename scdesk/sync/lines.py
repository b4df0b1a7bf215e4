"""A record as one line of a bundle's payload, and back.

    {"t": table, "i": id, "o": origin, "c": created counter, "h": created clock,
     "v": [[device, counter], ...],                  the record's version vector
     "f": {field: value, ...},                        fields still at the creating write
     "u": {field: [value, device, counter, clock]}}   fields changed since, with their writes

Devices are named by their index in the manifest's device list. A line carrying every field of
its table is the whole record; others carry only the fields the receiver may not have.
"""

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import chain
from typing import Any
from uuid import UUID

import orjson

from scdesk.domain.versions import HLC_CEILING, DeviceId, VersionVector
from scdesk.store.base import Synced
from scdesk.store.writer import Version
from scdesk.sync.codec import RecordError, codec, decode_uuid, encode


@dataclass(frozen=True, slots=True)
class Incoming:
    """One record from a bundle, every value decoded and checked."""

    model: type[Synced]
    table: str
    id: UUID
    created: Version
    vv: VersionVector
    values: dict[str, Any]  # every field the line carries
    #: The fields among values changed since the record was created, with their writes; the
    #: others are still at created.
    changed: dict[str, Version]
    whole: bool  # the line carries every field of the record

    def write(self, name: str) -> Version:
        """The write that set the field name's value."""
        return self.changed.get(name, self.created)


class DeviceIndex:
    """Numbers devices in the order they first appear, for the manifest's device list."""

    def __init__(self) -> None:
        self._numbers: dict[UUID, int] = {}

    def __call__(self, device: UUID) -> int:
        number = self._numbers.get(device)
        if number is None:
            number = self._numbers[device] = len(self._numbers)
        return number

    @property
    def devices(self) -> tuple[DeviceId, ...]:
        return tuple(DeviceId(d) for d in self._numbers)


def encode_line(
    table: str,
    row: Mapping[str, Any],
    created_fields: Sequence[str],
    changed: Mapping[str, Version],
    index: DeviceIndex,
) -> bytes:
    """A line for row: the fields named in created_fields at the creating write, the fields in
    changed with theirs."""
    vv = VersionVector.from_json(row["vv"])
    line = {
        "t": table,
        "i": row["id"].hex,
        "o": index(row["origin_id"]),
        "c": row["created_counter"],
        "h": row["created_hlc"],
        "v": [[index(device), counter] for device, counter in vv.items()],
        "f": {name: encode(row[name]) for name in created_fields},
        "u": {
            name: [encode(row[name]), index(v.device), v.counter, v.hlc]
            for name, v in changed.items()
        },
    }
    return orjson.dumps(line) + b"\n"


def decode_line(raw: Mapping[str, Any], devices: Sequence[DeviceId]) -> Incoming:
    """The record in raw, or RecordError naming what is wrong with it."""
    table = raw.get("t")
    if not isinstance(table, str):
        raise RecordError("a record without a kind")
    found = codec(table)
    record_id = decode_uuid(raw.get("i"))
    created = Version(_device(raw.get("o"), devices), _count(raw.get("c")), _clock(raw.get("h")))
    pairs = raw.get("v")
    if not isinstance(pairs, list) or not pairs:
        raise RecordError(f"{table} {record_id} has no version vector")
    vv = VersionVector(
        {
            _device(pair[0], devices): _count(pair[1])
            for pair in pairs
            if (isinstance(pair, list) and len(pair) == 2) or _malformed(table, record_id)
        }
    )
    plain, changes = raw.get("f", {}), raw.get("u", {})
    if not isinstance(plain, dict) or not isinstance(changes, dict):
        raise RecordError(f"{table} {record_id} is malformed")
    changed: dict[str, Version] = {}
    for name, entry in changes.items():
        if not isinstance(entry, list) or len(entry) != 4 or name in plain:
            raise RecordError(f"{table} {record_id}: field {name} is malformed")
        write = Version(_device(entry[1], devices), _count(entry[2]), _clock(entry[3]))
        if write != created:  # else still at the creating write, as a plain field
            changed[name] = write
    decoders = found.decoders
    values: dict[str, Any] = {}
    for name, value in chain(plain.items(), ((n, entry[0]) for n, entry in changes.items())):
        decode = decoders.get(name)  # no call per field but its decoder's
        if decode is None:
            raise RecordError(f"{table} has no field {name}")
        try:
            values[name] = decode(value)
        except RecordError as error:
            raise RecordError(f"{table}: {error}") from error
    if any(vv.get(DeviceId(w.device), 0) < w.counter for w in (created, *changed.values())):
        raise RecordError(f"{table} {record_id}: a write is missing from its vector")
    whole = found.is_whole(values.keys())
    if whole:
        for name in decoders.keys() - values.keys():  # a field added since it was written
            values[name] = None
    return Incoming(found.model, table, record_id, created, vv, values, changed, whole)


def whole_records(lines: Iterable[Mapping[str, Any]]) -> Iterator[tuple[str, UUID]]:
    """The (table, id) of every whole record among lines: read in a first pass over a payload,
    so that the merge knows which references later lines will meet. A malformed line is
    skipped here; the merge refuses it."""
    for raw in lines:
        table, plain, changed = raw.get("t"), raw.get("f"), raw.get("u")
        if not (isinstance(table, str) and isinstance(plain, dict) and isinstance(changed, dict)):
            continue
        try:
            found = codec(table)
            record_id = decode_uuid(raw.get("i"))
        except RecordError:
            continue
        if found.is_whole([*plain, *changed]):
            yield table, record_id


def _device(number: object, devices: Sequence[DeviceId]) -> DeviceId:
    if not isinstance(number, int) or isinstance(number, bool) or not 0 <= number < len(devices):
        raise RecordError("a record names a device the bundle does not list")
    return devices[number]


def _count(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value < 1 << 63:
        raise RecordError("a record's version is not a whole number")
    return value


def _clock(value: object) -> int:
    """A clock stamp, below HLC_CEILING: the receiver's own clock moves up to the stamps it
    sees, and one near the top of its column would leave it no room for its next write."""
    stamp = _count(value)
    if stamp >= HLC_CEILING:
        raise RecordError("a record's clock is out of range")
    return stamp


def _malformed(table: str, record_id: UUID) -> bool:
    raise RecordError(f"{table} {record_id} has a malformed version vector")
