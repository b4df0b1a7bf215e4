"""Who may carry whose writes: the hub is the only relay, every other sender speaks for itself.

An officer's device receives other devices' writes only from its hub, so the hub holds them
already: an officer's bundle never needs to carry them, and one that does, or that acknowledges
another device's writes, or whose version vectors claim more of another device than the receiver
holds, would make the receiver believe that device said something it did not (and then skip that
device's real writes). Such a bundle is refused whole, as is one carrying a write to a table
only a hub writes (the hub's priorities) made by a device that is no hub.
"""

from collections.abc import Mapping
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from scdesk.domain.devices import DeviceRole
from scdesk.domain.versions import DeviceId, VersionVector
from scdesk.store.models import Device, HubPriority, ThisDevice
from scdesk.store.writer import Version
from scdesk.sync.lines import Incoming
from scdesk.sync.manifest import Range


class Claim(StrEnum):
    """What a sender said on another device's behalf."""

    #: a write (a field's, or the creating one) stamped with another device's id
    WRITE = "write"
    #: a version vector holding more of another device's writes than the receiver has
    VECTOR = "vector"
    #: a covered range of another device's writes: an acknowledgement in its name
    ACKNOWLEDGEMENT = "acknowledgement"


class ForeignClaimError(Exception):
    """A sender that may speak only for itself spoke for another device."""

    def __init__(self, claim: Claim, sender: DeviceId, other: DeviceId) -> None:
        super().__init__(f"{sender} made a {claim.value} claim for {other}")
        self.claim = claim
        self.sender = sender
        self.other = other


def relays(session: Session) -> frozenset[DeviceId]:
    """The senders that may carry other devices' writes to this device: its trusted hubs, as
    their role was stored when they were trusted, if this device is an officer; none for a hub."""
    role = session.execute(select(ThisDevice.role)).scalar_one()
    if role is not DeviceRole.OFFICER:
        return frozenset()
    hubs = session.scalars(
        select(Device.id).where(
            Device.role == DeviceRole.HUB,
            Device.trusted_at.is_not(None),
            Device.revoked_at.is_(None),
        )
    )
    return frozenset(DeviceId(hub) for hub in hubs)


def check_covers(sender: DeviceId, covers: Mapping[DeviceId, Range]) -> None:
    """A sender acknowledges only its own writes."""
    for origin in covers:
        if origin != sender:
            raise ForeignClaimError(Claim.ACKNOWLEDGEMENT, sender, origin)


def check_writes(record: Incoming, sender: DeviceId) -> None:
    """Every write a line carries is its sender's, the creating one too when the line is the
    whole record (a partial line of another device's record names its creation, not carries it)."""
    for write in _writes(record):
        if write.device != sender:
            raise ForeignClaimError(Claim.WRITE, sender, DeviceId(write.device))


def check_vector(record: Incoming, sender: DeviceId, held: VersionVector | None) -> None:
    """A line's vector holds no more of another device's writes than this device's record does
    (held; None for a record not held here): a higher claim would make this device skip that
    device's later writes to the record as seen."""
    for device, counter in record.vv.items():
        if device != sender and counter > (held.get(device, 0) if held is not None else 0):
            raise ForeignClaimError(Claim.VECTOR, sender, device)


#: The tables only a hub writes (the priorities it adds beside the fixed ones).
HUB_TABLES = frozenset({HubPriority.__tablename__})


class HubOnlyError(Exception):
    """A write to a table only a hub writes came from a device that is no hub here."""

    def __init__(self, table: str, writer: DeviceId) -> None:
        super().__init__(f"{writer} wrote to {table}, which only a hub writes")
        self.table = table
        self.writer = writer


def hub_writers(session: Session) -> frozenset[DeviceId]:
    """The devices whose writes to HUB_TABLES are taken: the hubs this device knows, as their
    role was stored when they were trusted, and this device when it is a hub."""
    hubs = session.scalars(
        select(Device.id).where(Device.role == DeviceRole.HUB, Device.revoked_at.is_(None))
    )
    found = {DeviceId(hub) for hub in hubs}
    me = session.execute(select(ThisDevice.device_id, ThisDevice.role)).one()
    if me.role is DeviceRole.HUB:
        found.add(DeviceId(me.device_id))
    return frozenset(found)


def check_hub_writes(record: Incoming, hubs: frozenset[DeviceId]) -> None:
    """Every write a line carries to a table only a hub writes is a hub's."""
    if record.table not in HUB_TABLES:
        return
    for write in _writes(record):
        if write.device not in hubs:
            raise HubOnlyError(record.table, DeviceId(write.device))


def _writes(record: Incoming) -> list[Version]:
    """The writes a line carries: each changed field's, and the creating write when a field is
    still at it or the line is the whole record (a partial line of another device's record
    names its creation, not carries it)."""
    writes = list(record.changed.values())
    if record.whole or len(record.values) > len(record.changed):
        writes.append(record.created)
    return writes
