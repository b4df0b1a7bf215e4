"""What a save hands back to the GUI: the record's id and what changed, for the screens that
refresh on it."""

from dataclasses import dataclass
from typing import Generic, TypeVar
from uuid import UUID

from scdesk.domain.changes import Changes

RecordId = TypeVar("RecordId", bound=UUID, covariant=True)


@dataclass(frozen=True, slots=True)
class Saved(Generic[RecordId]):
    id: RecordId
    changes: Changes
