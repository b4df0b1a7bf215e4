"""Settling probable duplicates: merge two records into one, or say they are different.

Both are facts that sync carries. A merge moves everything that names the other record to the
kept one, fills the kept record's empty fields from the other (where its rules allow), and
leaves the other as a tombstone pointing at the kept one, whose differing values stay there
for review (store/merging.py settles what follows from all the merges a store knows). A
dismissal keeps the pair from being suggested again.
"""

import logging
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from sqlalchemy import select

from scdesk.domain.changes import Changes
from scdesk.domain.conflicts import ConflictKind
from scdesk.domain.duplicates import Candidate, DuplicateKind
from scdesk.domain.errors import UserError
from scdesk.domain.identity import derived_id
from scdesk.domain.meetings import MinutesStatus
from scdesk.domain.merges import filled_fields
from scdesk.i18n import translate
from scdesk.services.duplicates import find_duplicates
from scdesk.store.base import SYNC_COLUMNS, Synced, table_of
from scdesk.store.conflict_log import keep_conflict
from scdesk.store.merging import field_version, merged_model, settle_merges
from scdesk.store.models.merges import DuplicateDismissal, RecordMerge
from scdesk.store.queries.pair_view import PairField, side_by_side
from scdesk.store.shapes import shape
from scdesk.store.store import Store
from scdesk.store.writer import WriteTx
from scdesk.sync.record_rules import record_problems

log = logging.getLogger(__name__)

#: Fields a merge never copies: the record's own bookkeeping.
_NOT_FILLED = SYNC_COLUMNS | {"deleted", "merged_into"}


@dataclass(frozen=True, slots=True)
class Merged:
    kind: DuplicateKind
    kept: UUID
    other: UUID
    #: The kept record's empty fields the other filled.
    filled: tuple[str, ...]
    #: Fields where the two differed: the kept value stays; the other's is on its tombstone and
    #: in a conflict of the kept record, for review.
    differing: tuple[str, ...]
    changes: Changes


def merge_records(store: Store, kept: UUID, other: UUID) -> Merged:
    """Merge other into kept, in one transaction with everything that follows from it."""
    with store.write() as tx:
        kind = _pair_kind(tx, kept, other)
        model = merged_model(kind)
        rows = {i: _values(tx, model, i) for i in (kept, other)}
        locked = (
            kind is DuplicateKind.MEETING and rows[kept]["minutes_status"] is MinutesStatus.APPROVED
        )
        names = [] if locked else [n for n in shape(model).fields if n not in _NOT_FILLED]
        today = tx.today
        fills, differing = filled_fields(
            rows[kept], rows[other], names, lambda values: record_problems(model, values, today)
        )
        if fills:
            tx.update(model, kept, fills)
        for field in differing:
            _keep_for_review(tx, model, kept, other, field, rows[kept][field], rows[other][field])
        tx.create(RecordMerge, {"kind": kind.value, "kept_id": kept, "other_id": other})
        settle_merges(tx)
        changes = tx.changes
    log.info("%s merged into another: %d fields filled", kind.value, len(fills))
    return Merged(kind, kept, other, tuple(fills), differing, changes)


def unsettled_pairs(store: Store) -> int:
    """How many pairs of probable duplicates wait to be merged or dismissed: what the app says
    after every bundle or table import."""
    return len(find_duplicates(store))


def _keep_for_review(
    tx: WriteTx,
    model: type[Synced],
    kept: UUID,
    other: UUID,
    field: str,
    kept_value: object,
    other_value: object,
) -> None:
    """A value the merged record held and the kept one does not: a conflict of the kept
    record's field (kind merge), settled like any other, on the Sync page or with `scdesk
    conflicts resolve`. Its id names the field and the other record's write, so two devices
    merging the same pair keep one."""
    table = table_of(model).name
    mine, theirs = (field_version(tx, model, record, field) for record in (kept, other))
    keep_conflict(tx, (table, kept, field), ConflictKind.MERGE, (kept_value, mine),
                  (other_value, theirs))  # fmt: skip


def pair_fields(store: Store, pair: Candidate) -> list[PairField]:
    """The two records of a probable duplicate, field by field, for a person to compare."""
    with store.read() as session:
        return side_by_side(session, merged_model(pair.kind), pair.first_id, pair.second_id)


def dismiss_pair(store: Store, first: UUID, second: UUID) -> Changes:
    """Two records that look alike are different: the pair is not suggested again. Two devices
    dismissing the same pair make one record of it."""
    with store.write() as tx:
        kind = _pair_kind(tx, first, second)
        low, high = sorted((first, second), key=lambda u: u.int)
        record_id = derived_id("duplicate_dismissal", kind.value, low, high)
        tx.put(DuplicateDismissal, record_id,
               {"kind": kind.value, "first_id": low, "second_id": high})  # fmt: skip
        return tx.changes


def _pair_kind(tx: WriteTx, first: UUID, second: UUID) -> DuplicateKind:
    """The kind both live records are of; one sentence when they are not two such records."""
    if first == second:
        raise UserError(translate("Duplicates", "A record cannot be merged with itself."))
    kinds = [_kind_of(tx, record) for record in (first, second)]
    if kinds[0] != kinds[1]:
        text = translate("Duplicates", "{first} and {second} are not records of the same kind.")
        raise UserError(text.format(first=first, second=second))
    return kinds[0]


def _kind_of(tx: WriteTx, record: UUID) -> DuplicateKind:
    table = tx.holder_of(record)
    if table not in set(DuplicateKind):
        text = translate(
            "Duplicates", "No person, city, organisation, meeting or activity has the id {id} here."
        )
        raise UserError(text.format(id=record))
    kind = DuplicateKind(table)
    if tx.get(merged_model(kind), record, include_deleted=True).deleted:
        text = translate(
            "Duplicates", "{id} was deleted or merged already: it cannot be merged now."
        )
        raise UserError(text.format(id=record))
    return kind


def _values(tx: WriteTx, model: type[Any], record: UUID) -> dict[str, object]:
    row = tx.execute(select(table_of(model)).where(table_of(model).c.id == record)).mappings()
    return dict(row.one())
