"""Who has what: for each device, the highest counter of each origin device's writes it holds,
every earlier one included (device_seen). Exports start after the receiver's; imports advance
this device's where a bundle continues what it had, and report the gap where it does not."""

from collections.abc import Mapping
from dataclasses import dataclass
from uuid import UUID

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from scdesk.domain.versions import DeviceId
from scdesk.store.models import DeviceSeen, ThisDevice
from scdesk.store.writer import WriteTx
from scdesk.sync.manifest import Range


@dataclass(frozen=True, slots=True)
class Gap:
    """Writes of an origin device this device should have before a bundle's, and lacks."""

    origin: DeviceId
    have: int
    bundle_starts_after: int


def seen_by(session: Session, device: UUID) -> dict[DeviceId, int]:
    """What device is known to hold of each origin device (this device: its own counter too)."""
    rows = session.execute(
        select(DeviceSeen.origin_id, DeviceSeen.counter).where(DeviceSeen.device_id == device)
    )
    seen = {DeviceId(origin): counter for origin, counter in rows}
    me = session.execute(select(ThisDevice.device_id, ThisDevice.counter)).one()
    if me.device_id == device:
        seen[DeviceId(me.device_id)] = me.counter
    return seen


def note_seen(tx: WriteTx, device: UUID, counters: Mapping[DeviceId, int]) -> None:
    """device holds at least these counters (never lowers what is known)."""
    if not counters:
        return
    rows = tx.execute(
        select(DeviceSeen.origin_id, DeviceSeen.counter).where(DeviceSeen.device_id == device)
    )
    known: dict[UUID, int] = {row.origin_id: row.counter for row in rows}
    for origin, counter in counters.items():
        if counter > known.get(origin, 0):
            tx.execute(
                delete(DeviceSeen).where(
                    DeviceSeen.device_id == device, DeviceSeen.origin_id == origin
                )
            )
            tx.execute(
                insert(DeviceSeen).values(device_id=device, origin_id=origin, counter=counter)
            )


def advance(tx: WriteTx, me: DeviceId, covers: Mapping[DeviceId, Range]) -> list[Gap]:
    """After merging a bundle: hold its ranges where they continue what this device had."""
    have = seen_by(tx.reader(), me)
    gaps = []
    reached: dict[DeviceId, int] = {}
    for origin, covered in covers.items():
        if origin == me:
            continue
        held = have.get(origin, 0)
        if covered.after <= held:
            reached[origin] = max(held, covered.through)
        else:
            gaps.append(Gap(origin, held, covered.after))
    note_seen(tx, me, reached)
    return gaps
