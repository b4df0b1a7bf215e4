"""What the status bar says about sync: changes no other device has yet, and the last export."""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from scdesk.store.models import DeviceSeen, SyncExport, ThisDevice


@dataclass(frozen=True, slots=True)
class SyncStatus:
    #: This device's saves (write transactions) that no other device has acknowledged yet.
    unsynced: int
    last_export: datetime | None


def sync_status(session: Session) -> SyncStatus:
    device_id, counter = session.execute(select(ThisDevice.device_id, ThisDevice.counter)).one()
    acknowledged = session.execute(
        select(func.max(DeviceSeen.counter)).where(
            DeviceSeen.origin_id == device_id, DeviceSeen.device_id != device_id
        )
    ).scalar()
    last_export = session.execute(select(func.max(SyncExport.created_at))).scalar()
    return SyncStatus(max(counter - (acknowledged or 0), 0), last_export)
