"""Keeping a value that lost for review: the one way a conflict record is made, whether two
devices' writes met in a merge of bundles or two records merged into one held different values."""

from typing import Any
from uuid import UUID

from scdesk.domain.conflicts import ConflictKind, ConflictStatus
from scdesk.domain.identity import derived_id
from scdesk.store.models import Conflict
from scdesk.store.values import to_json
from scdesk.store.writer import Version, WriteTx


def keep_conflict(
    tx: WriteTx,
    place: tuple[str, UUID, str],
    kind: ConflictKind,
    kept: tuple[Any, Version],
    lost: tuple[Any, Version],
    other_field: str | None = None,
) -> bool:
    """Keep the losing write of the field at place (table, record, field), once: the id names
    the field and the losing write, so devices that find the same conflict make one record of
    it. A rule broken by a merge (other_field given) is named by both writes. Returns whether
    it was new here."""
    table, record_id, field = place
    kept_value, kept_write = kept
    lost_value, lost_write = lost
    conflict_id = (
        derived_id("conflict", table, record_id, field, lost_write.device, lost_write.counter)
        if other_field is None
        else rule_conflict_id(place, other_field, kept_write, lost_write)
    )
    if tx.holding(Conflict, [conflict_id]):
        return False
    tx.create(
        Conflict,
        {
            "tbl": table, "row_id": record_id, "field": field, "kind": kind,
            "kept_value": to_json(kept_value), "kept_device": kept_write.device,
            "kept_counter": kept_write.counter, "kept_hlc": kept_write.hlc,
            "lost_value": to_json(lost_value), "lost_device": lost_write.device,
            "lost_counter": lost_write.counter, "lost_hlc": lost_write.hlc,
            "status": ConflictStatus.OPEN, "resolved_value": None, "other_field": other_field,
        },
        record_id=conflict_id,
    )  # fmt: skip
    return True


def rule_conflict_id(
    place: tuple[str, UUID, str], other_field: str, first: Version, second: Version
) -> UUID:
    """A rule broken by a merge, named by the record, its two fields and the writes that set
    them: the same on every device that holds the record in that state."""
    table, record_id, field = place
    return derived_id(
        "rule", table, record_id, field, first.device, first.counter, other_field,
        second.device, second.counter,
    )  # fmt: skip
