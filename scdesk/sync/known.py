"""Records a bundle brings that this store already holds, told apart before their values are
decoded: a line whose every write, and whose whole version vector, the stored record's vector
already covers would change nothing in the merge (every field is skipped as seen before, the
vector stays as it is), so it is counted as already here and not decoded nor merged.

Only a line that is plainly well formed is skipped this way: one this check cannot read, or one
that carries a write its sender may not carry (scdesk.sync.provenance), goes on to the merge,
which decodes it whole and refuses the bundle as before. For a line, what is compared is the
store's own record, never the manifest's word.

One bundle is known whole without reading its lines: one from a sender that carries only its
own writes (it is not this device's relay), covering its writes up to exactly the counter this
store already holds every write of (see KnownRecords.held_whole). Should such a sender carry
writes beyond its range, they are not lost: this store acknowledges the range only, so the
sender's next bundle carries them again.
"""

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import Any

import orjson

from scdesk.domain.versions import DeviceId
from scdesk.store.merge_writer import MergeTx
from scdesk.sync.codec import RecordError, codec
from scdesk.sync.manifest import Range

#: Lines looked up together (one query per table among them), held parsed meanwhile: as many
#: as a merge takes at once (services/sync.py CHUNK).
_BATCH = 125
_LIMIT = 1 << 63
_HEX = re.compile("[0-9a-f]{32}")


@dataclass(frozen=True, slots=True)
class _Peek:
    """What a line says of its versions, its values left undecoded."""

    table: str
    id: str  # 32 hexadecimal digits, in lower case
    vv: dict[str, int]  # device hex -> counter


class KnownRecords:
    """Filters a bundle's lines, a batch at a time, down to those this store may lack.

    sender: the device whose writes alone the bundle may carry, or None when it is this
    device's relay (a line with another device's write is left to the merge, which refuses it).
    The stored vectors are read as the store holds them when a batch is read: a vector only
    grows as a merge goes on, so a line covered then is covered when its turn comes.
    """

    def __init__(self, tx: MergeTx, devices: Sequence[DeviceId], sender: DeviceId | None) -> None:
        self._tx = tx
        self._devices = [device.hex for device in devices]
        self._sender = sender.hex if sender is not None else None
        #: Lines seen, and those among them found already here.
        self.lines = 0
        self.known = 0

    @property
    def all_known(self) -> bool:
        return self.known == self.lines

    def held_whole(self, covers: Mapping[DeviceId, Range], held: Mapping[DeviceId, int]) -> bool:
        """Whether this store holds every write the bundle carries, from its covered ranges
        against held (what this store holds of each origin device, every counter up to it), so
        that its lines need not be read at all: the weekly bundle its sender made again because
        this store had not acknowledged it yet.

        Only for a sender that carries its own writes only: every write in its bundle is its own
        and at most its counter when it exported, which its covered range ends at. A relay's
        bundle may carry more than its ranges say (records sent again because they came into
        its receiver's scope, writes past a gap in what the relay holds): it is read line by
        line. The range must end exactly where this store's holding does: one ending below it
        comes from a device whose store went back to an old copy, whose new writes may bear
        counters this store already holds, and is read line by line too."""
        if self._sender is None or len(covers) != 1:
            return False
        ((origin, covered),) = covers.items()
        return origin.hex == self._sender and covered.through == held.get(origin)

    def unknown(self, lines: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        """The lines this store may lack, in their order; the others are counted in known."""
        pending = iter(lines)
        while batch := list(islice(pending, _BATCH)):
            self.lines += len(batch)
            peeks = [self._peek(raw) for raw in batch]
            held = self._held_vectors([peek for peek in peeks if peek is not None])
            for raw, peek in zip(batch, peeks, strict=True):
                stored = held.get((peek.table, peek.id)) if peek is not None else None
                if peek is not None and stored is not None and _covered(peek, stored):
                    self.known += 1
                else:
                    yield raw

    def _peek(self, raw: Mapping[str, Any]) -> _Peek | None:
        """The line's versions, or None when it is not plainly well formed or carries a write
        its sender may not carry: the merge then reads it whole and says what is wrong."""
        try:
            found = codec(raw["t"])
            record_id = raw["i"]
            plain, changed = raw["f"], raw["u"]
            names = plain.keys() | changed.keys()
            devices = self._devices
            vv = {devices[_index(device)]: _count(counter) for device, counter in raw["v"]}
            writes = [(devices[_index(entry[1])], _count(entry[2])) for entry in changed.values()]
            created = (devices[_index(raw["o"])], _count(raw["c"]))
        except (RecordError, KeyError, TypeError, ValueError, AttributeError, IndexError):
            return None
        if len(names) != len(plain) + len(changed) or not names <= found.decoders.keys():
            return None
        if type(record_id) is not str or len(record_id) != 32 or not _HEX.fullmatch(record_id):
            return None
        if any(len(entry) != 4 for entry in changed.values()):
            return None
        if self._sender is not None and (plain or found.is_whole(names)):
            writes.append(created)  # the line carries the creating write too
        elif vv.get(created[0], 0) < created[1]:
            return None  # its creation missing from its vector: the merge refuses it
        if not vv or any(vv.get(device, 0) < counter for device, counter in writes):
            return None  # a write missing from the line's vector: the merge refuses it
        if self._sender is not None and any(device != self._sender for device, _ in writes):
            return None
        return _Peek(raw["t"], record_id, vv)

    def _held_vectors(self, peeks: list[_Peek]) -> dict[tuple[str, str], dict[str, int]]:
        """The stored vector of each record among peeks that this store holds."""
        wanted: dict[str, list[str]] = {}
        for peek in peeks:
            wanted.setdefault(peek.table, []).append(peek.id)
        held: dict[tuple[str, str], dict[str, int]] = {}
        for table, ids in wanted.items():
            for record_id, vv in self._tx.vectors(codec(table).model, ids).items():
                held[table, record_id] = orjson.loads(vv)
        return held


def _covered(peek: _Peek, stored: Mapping[str, int]) -> bool:
    """Whether the stored vector holds the line's vector (and so every write it carries)."""
    return all(stored.get(device, 0) >= counter for device, counter in peek.vv.items())


def _count(value: object) -> int:
    if type(value) is not int or not 0 <= value < _LIMIT:  # a bool is not a count
        raise RecordError("a record's version is not a whole number")
    return value


def _index(value: object) -> int:
    """A device's place in the bundle's list (beyond its end: IndexError)."""
    if type(value) is not int or value < 0:
        raise RecordError("a record names a device the bundle does not list")
    return value
