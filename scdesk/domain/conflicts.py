"""Conflicts: two devices changed the same field (or one deleted a record the other edited)
without seeing each other's change. One value wins on every device alike; the other is kept."""

from dataclasses import dataclass
from enum import StrEnum
from typing import NewType
from uuid import UUID

from scdesk.domain.versions import DeviceId

ConflictId = NewType("ConflictId", UUID)


class ConflictKind(StrEnum):
    EDIT = "edit"  # the same field got two values
    DELETE = "delete"  # one side deleted the record while the other edited it
    #: Two records merged into one held different values of a field: the kept record's stays,
    #: the merged one's is kept here for review.
    MERGE = "merge"
    #: Edits of two fields, each valid on its own device, merged into a record that breaks a
    #: rule coupling them (a city no longer a member keeping its joining date): `field` holds
    #: the problem, `other_field` the other change.
    RULE = "rule"


class ConflictStatus(StrEnum):
    OPEN = "open"
    RESOLVED = "resolved"


class Keep(StrEnum):
    """What the user chose when settling a conflict."""

    KEPT = "kept"  # the value that won (A)
    LOST = "lost"  # the value that lost (B)
    VALUE = "value"  # a value typed by the user


@dataclass(frozen=True, slots=True)
class Side:
    """One of the two writes: its value as JSON text, who wrote it and when (HLC)."""

    value: str
    device: DeviceId
    counter: int
    hlc: int
