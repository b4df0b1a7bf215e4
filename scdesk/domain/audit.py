"""The audit trail as the user reads it: who changed what, when, from what to what."""

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from uuid import UUID

from scdesk.domain.versions import DeviceId


class AuditAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    RESTORE = "restore"
    MERGE = "merge"


@dataclass(frozen=True, slots=True)
class AuditRecord:
    at: datetime
    actor: str
    device_id: DeviceId
    counter: int
    action: AuditAction
    table: str
    row_id: UUID
    #: None for a create, whose `after` holds every field as JSON.
    field: str | None
    before: str | None
    after: str | None
