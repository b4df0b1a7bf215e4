"""Version data for sync: hybrid logical clock stamps, dots and per-record version vectors.

A dot names one write: the device that made it and that device's transaction counter. A record's
version vector holds, per device, the highest counter of that device's writes the record has seen.
The merge (scdesk.sync) compares these; here they are plain values with their arithmetic.
"""

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import NewType
from uuid import UUID

import orjson

DeviceId = NewType("DeviceId", UUID)

#: An HLC stamp packs wall-clock milliseconds above a 16-bit logical counter into one integer, so
#: stamps compare as integers, survive a clock set backwards, and still read as a time.
Hlc = NewType("Hlc", int)
_LOGICAL_BITS = 16
#: No stamp from another device is taken at or past this (the year 4147 by the wall clock): a
#: store keeps stamps in 64-bit columns, and a device that had seen one near their end could
#: not tick again.
HLC_CEILING = Hlc(1 << 62)
#: How far past its own wall clock a received stamp may move this device's clock: field laptops
#: often show a wrong date, and one that is a year ahead must not drag every later write with it.
MAX_DRIFT_MS = 24 * 60 * 60 * 1000
_DAY_MS = 24 * 60 * 60 * 1000


def hlc_from_ms(ms: int) -> Hlc:
    return Hlc(ms << _LOGICAL_BITS)


def hlc_tick(last: Hlc, now_ms: int) -> Hlc:
    """The stamp of a new local event: later than every stamp seen, and near the wall clock."""
    return Hlc(max(last + 1, now_ms << _LOGICAL_BITS))


def hlc_seen(last: Hlc, remote: Hlc, now_ms: int) -> Hlc:
    """After receiving remote's stamp, the next local tick is later than it, unless it lies
    beyond the wall clock plus the drift: then only up to that bound. The stamp itself is kept
    as it came, and what a write has seen is told by version vectors, not by stamps."""
    return Hlc(max(last, min(remote, hlc_from_ms(now_ms + MAX_DRIFT_MS))))


def hlc_ahead_ms(remote: Hlc, now_ms: int) -> int | None:
    """How far a received stamp lies ahead of this device's wall clock, when that is past the
    drift a stamp may move the clock by; None otherwise."""
    ahead = (remote >> _LOGICAL_BITS) - now_ms
    return ahead if ahead > MAX_DRIFT_MS else None


def ahead_days(ahead_ms: int) -> int:
    """Whole days, as a user is told how far another device's clock is ahead."""
    return ahead_ms // _DAY_MS


def hlc_datetime(stamp: Hlc) -> datetime:
    """The wall-clock time a stamp stands for, to the millisecond, in UTC."""
    return datetime.fromtimestamp((stamp >> _LOGICAL_BITS) / 1000, tz=UTC)


@dataclass(frozen=True, slots=True, order=True)
class Dot:
    """One write: the counter of the writing device's transaction."""

    device: DeviceId
    counter: int


@dataclass(frozen=True, slots=True)
class FieldVersion:
    """What a field's value carries: the write that made it and that write's HLC stamp."""

    dot: Dot
    hlc: Hlc

    def wins_over(self, other: "FieldVersion") -> bool:
        """The tie-break for concurrent writes, the same on every device: higher (HLC, device)."""
        return (self.hlc, self.dot.device.bytes) > (other.hlc, other.dot.device.bytes)


class VersionVector(Mapping[DeviceId, int]):
    """An immutable map from device to the highest counter of its writes that a record has seen."""

    __slots__ = ("_counters",)

    def __init__(self, counters: Mapping[DeviceId, int] | None = None) -> None:
        self._counters: dict[DeviceId, int] = {d: c for d, c in (counters or {}).items() if c > 0}

    def __getitem__(self, device: DeviceId) -> int:
        return self._counters[device]

    def __iter__(self) -> Iterator[DeviceId]:
        return iter(self._counters)

    def __len__(self) -> int:
        return len(self._counters)

    def __repr__(self) -> str:
        return f"VersionVector({self.to_json()})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, VersionVector) and self._counters == other._counters

    def __hash__(self) -> int:
        return hash(frozenset(self._counters.items()))

    def covers(self, dot: Dot) -> bool:
        """True when the write named by dot is already reflected here."""
        return self._counters.get(dot.device, 0) >= dot.counter

    def with_dot(self, dot: Dot) -> "VersionVector":
        return self.merged(VersionVector({dot.device: dot.counter}))

    def merged(self, other: Mapping[DeviceId, int]) -> "VersionVector":
        counters = dict(self._counters)
        for device, counter in other.items():
            counters[device] = max(counters.get(device, 0), counter)
        return VersionVector(counters)

    def to_json(self) -> str:
        """Compact and canonical: the same vector always gives the same text."""
        items = sorted((d.hex, c) for d, c in self._counters.items())
        return orjson.dumps(dict(items)).decode()

    @classmethod
    def from_json(cls, text: str) -> "VersionVector":
        raw = orjson.loads(text)
        if not isinstance(raw, dict):
            raise ValueError("a version vector is a JSON object")
        return cls({DeviceId(UUID(hex=str(k))): int(v) for k, v in raw.items()})
