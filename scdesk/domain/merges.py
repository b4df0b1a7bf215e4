"""Which record stays when records were found to be duplicates and merged, on any device.

A merge is a fact that never changes: "other is the same as kept". Devices merge on their own
and exchange these facts in any order, so the record that stays must follow from the facts
alone, never from the order they arrived in:

- records joined by merges, directly or through others, are one record;
- the one that stays is the record no merge took away (a chain A into B, B into C leaves C);
- when none or several qualify (A into B on one device and B into A on another, or A into B
  and A into C), the smallest id among them stays: an arbitrary rule, but every device's.
"""

from collections.abc import Callable, Iterable, Mapping
from uuid import UUID

from scdesk.domain.rules import Problem


def survivors(merges: Iterable[tuple[UUID, UUID]]) -> dict[UUID, UUID]:
    """For every record named in merges (pairs of kept, other), the record that stays in its
    place (itself, for the one that stays)."""
    parent: dict[UUID, UUID] = {}

    def root(node: UUID) -> UUID:
        parent.setdefault(node, node)
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    taken: set[UUID] = set()
    for kept, other in merges:
        taken.add(other)
        a, b = root(kept), root(other)
        if a != b:
            parent[max(a, b, key=lambda u: u.int)] = min(a, b, key=lambda u: u.int)
    groups: dict[UUID, list[UUID]] = {}
    for node in list(parent):
        groups.setdefault(root(node), []).append(node)
    stays: dict[UUID, UUID] = {}
    for members in groups.values():
        untaken = [m for m in members if m not in taken] or members
        survivor = min(untaken, key=lambda u: u.int)
        stays.update(dict.fromkeys(members, survivor))
    return stays


def _empty(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def filled_fields(
    kept: Mapping[str, object],
    other: Mapping[str, object],
    names: Iterable[str],
    problems: Callable[[Mapping[str, object]], list[Problem]],
) -> tuple[dict[str, object], tuple[str, ...]]:
    """What merging other into kept writes on kept: each of its empty fields that other fills,
    as long as kept then keeps to its rules (problems tells, given the values); and the fields
    where both hold different values, which stay on other's tombstone for review."""
    fills: dict[str, object] = {}
    differing: list[str] = []
    before = len(problems(kept))
    for name in names:
        mine, theirs = kept[name], other[name]
        if _empty(theirs) or mine == theirs:
            continue
        if not _empty(mine):
            differing.append(name)
        elif len(problems({**kept, **fills, name: theirs})) <= before:
            fills[name] = theirs
        else:
            differing.append(name)
    return fills, tuple(differing)
