"""The priorities the hub adds beside the fixed ones: added, changed and retired on the hub only;
every device receives them by sync."""

from sqlalchemy import select

from scdesk.domain.priorities import (
    HubPriorityId,
    HubPriorityRecord,
    adding_problems,
    priority_problems,
)
from scdesk.domain.rules import require
from scdesk.services.saved import Saved
from scdesk.store.models import HubPriority, ThisDevice
from scdesk.store.queries.priorities import PriorityRow, priority_rows
from scdesk.store.shapes import values_of
from scdesk.store.store import Store
from scdesk.store.writer import WriteTx


def save_priority(store: Store, record: HubPriorityRecord) -> Saved[HubPriorityId]:
    """Add, change or retire a priority."""
    with store.write() as tx:
        return Saved(save_priority_in(tx, record), tx.changes)


def save_priority_in(tx: WriteTx, record: HubPriorityRecord) -> HubPriorityId:
    """Every rule on the priority is checked here, inside the transaction that writes it: its
    own, and that this device is the hub. An id that names no record yet makes the priority with
    it, so the same table imported twice makes the same priorities."""
    device = tx.execute(select(ThisDevice.role, ThisDevice.configured)).one()
    require(adding_problems(device.role, device.configured))
    require(priority_problems(record.priority))
    given = record.priority_id
    if given is None or tx.unclaimed(HubPriority, given):
        return HubPriorityId(tx.create(HubPriority, values_of(record.priority), record_id=given))
    tx.get(HubPriority, given)
    tx.update(HubPriority, given, values_of(record.priority))
    return given


def priorities(store: Store) -> list[PriorityRow]:
    """The priorities the hub added, retired ones included (they stay on old findings)."""
    with store.read() as session:
        return priority_rows(session)
