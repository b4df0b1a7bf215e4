"""What a write changed, so each screen refreshes only when its part changed."""

from dataclasses import dataclass
from enum import StrEnum


class RecordKind(StrEnum):
    """The records a user recognises; a record's parts (a meeting's attendance, agenda and
    headcounts, a committee's memberships) count as their record. The store maps each of its
    tables to one of these (scdesk/store/record_kinds.py)."""

    PERSON = "person"
    ORGANISATION = "organisation"
    CITY = "city"
    COMMITTEE = "committee"
    MEETING = "meeting"
    ACTION_ITEM = "action_item"
    ACTIVITY = "activity"
    FINDING = "finding"
    RISK_PROFILE = "risk_profile"
    PLAN = "plan"
    GRANT = "grant"
    EXPERT_ADVICE = "expert_advice"
    #: What was raised for a city with a national body (national-local cooperation).
    RAISING = "raising"
    #: A priority the hub added beside the fixed ones findings may raise.
    PRIORITY = "priority"
    INDICATOR = "indicator"
    DEVICE = "device"
    CONFLICT = "conflict"
    #: Merges of duplicate records and pairs found to be different.
    DUPLICATE = "duplicate"


@dataclass(frozen=True, slots=True)
class Changes:
    """What a transaction changed; returned by every service that writes. False when nothing
    changed, so callers can skip telling the screens."""

    #: The kinds of records written (created, changed, deleted or restored).
    kinds: frozenset[RecordKind] = frozenset()
    #: The key figures may differ: a record they are counted from changed.
    figures: bool = False
    #: The search index is behind: a record whose text is searched changed.
    search: bool = False
    #: This device's sync state changed: its unsynced saves, exports, acknowledgements, devices.
    sync: bool = False

    def affects(self, *kinds: RecordKind) -> bool:
        """Whether a record of any of these kinds changed."""
        return not self.kinds.isdisjoint(kinds)

    def __bool__(self) -> bool:
        return bool(self.kinds) or self.figures or self.search or self.sync

    def __or__(self, other: "Changes") -> "Changes":
        return Changes(
            self.kinds | other.kinds,
            figures=self.figures or other.figures,
            search=self.search or other.search,
            sync=self.sync or other.sync,
        )
