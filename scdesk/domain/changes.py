"""What a write changed, so each screen refreshes only when its part changed."""

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Changes:
    """The tables a transaction wrote to; returned by every service that writes."""

    tables: frozenset[str] = frozenset()

    def touches(self, *tables: str) -> bool:
        return not self.tables.isdisjoint(tables)

    def __or__(self, other: "Changes") -> "Changes":
        return Changes(self.tables | other.tables)
