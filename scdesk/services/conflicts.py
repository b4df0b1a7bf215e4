"""Conflicts for review: both values, who wrote each and when; settling one writes a value that
covers both writes, so every device settles on it."""

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID

import orjson
from sqlalchemy import select

from scdesk.domain.changes import Changes
from scdesk.domain.conflicts import ConflictId, ConflictKind, ConflictStatus, Keep
from scdesk.domain.errors import UserError
from scdesk.domain.versions import Hlc, hlc_datetime
from scdesk.i18n import translate
from scdesk.store.models import Conflict, Device
from scdesk.store.queries.record_names import record_names
from scdesk.store.store import Store
from scdesk.store.values import to_json
from scdesk.sync.codec import RecordError, codec


@dataclass(frozen=True, slots=True)
class SideView:
    value: str  # as JSON
    device: str  # the device's name, or its id when unknown here
    written_at: datetime

    @property
    def shown(self) -> str:
        """The value as a person reads it: text without its quotes, nothing as "(empty)"."""
        try:
            value = orjson.loads(self.value)
        except orjson.JSONDecodeError:
            return self.value
        if value is None or value == "":
            return translate("Sync", "(empty)")
        if isinstance(value, str):
            return value
        return self.value


@dataclass(frozen=True, slots=True)
class ConflictView:
    id: ConflictId
    table: str
    row_id: UUID
    field: str
    kind: ConflictKind
    status: ConflictStatus
    kept: SideView  # A: the value every device shows
    lost: SideView  # B: the value that lost
    resolved_value: str | None
    #: What the record is called (a title, a name), for kinds that have one.
    record: str | None = None


def list_conflicts(store: Store, *, include_resolved: bool = False) -> list[ConflictView]:
    with store.read() as session:
        names = {row.id: row.name for row in session.execute(select(Device.id, Device.name))}
        query = select(Conflict).where(Conflict.deleted.is_(False))
        if not include_resolved:
            query = query.where(Conflict.status == ConflictStatus.OPEN)
        rows = session.scalars(query.order_by(Conflict.tbl, Conflict.row_id, Conflict.field)).all()
        ids: dict[str, list[UUID]] = {}
        for row in rows:
            ids.setdefault(row.tbl, []).append(row.row_id)
        titles = {table: record_names(session, table, listed) for table, listed in ids.items()}

        def side(value: str | None, device: UUID, hlc: int) -> SideView:
            return SideView(value or "null", names.get(device, str(device)), hlc_datetime(Hlc(hlc)))

        return [
            ConflictView(
                id=ConflictId(row.id),
                table=row.tbl,
                row_id=row.row_id,
                field=row.field,
                kind=row.kind,
                status=row.status,
                kept=side(row.kept_value, row.kept_device, row.kept_hlc),
                lost=side(row.lost_value, row.lost_device, row.lost_hlc),
                resolved_value=row.resolved_value,
                record=titles[row.tbl].get(row.row_id),
            )
            for row in rows
        ]


def resolve_conflict(
    store: Store, conflict_id: UUID, keep: Keep, value: str | None = None
) -> Changes:
    """Write the kept value (A), the lost one (B) or a typed one as a new change."""
    with store.write() as tx:
        conflict = tx.get(Conflict, conflict_id)
        if conflict.status is ConflictStatus.RESOLVED:
            raise UserError(translate("Sync", "This conflict is settled already."))
        target = codec(conflict.tbl)
        if conflict.kind is ConflictKind.DELETE:
            deleted = keep is Keep.KEPT
            tx.update(target.model, conflict.row_id, {"deleted": deleted}, force=True)
            if keep is Keep.LOST:
                chosen = _decoded(target.decoders[conflict.field], conflict.lost_value)
                tx.update(target.model, conflict.row_id, {conflict.field: chosen}, force=True)
            resolved = to_json(deleted if keep is Keep.KEPT else chosen)
        else:
            decode = target.decoders[conflict.field]
            if keep is Keep.VALUE:
                if value is None:
                    raise UserError(translate("Sync", "Give the value to keep."))
                chosen = _typed(decode, value)
            else:
                side = conflict.kept_value if keep is Keep.KEPT else conflict.lost_value
                chosen = _decoded(decode, side)
            tx.update(target.model, conflict.row_id, {conflict.field: chosen}, force=True)
            resolved = to_json(chosen)
        tx.update(Conflict, conflict_id, {
            "status": ConflictStatus.RESOLVED, "resolved_value": resolved,
        })  # fmt: skip
        return tx.changes


def _decoded(decode: Any, text: str | None) -> Any:
    try:
        return decode(orjson.loads(text or "null"))
    except (RecordError, orjson.JSONDecodeError) as error:
        raise UserError(
            translate("Sync", "That value does not fit this field: {error}").format(error=error)
        ) from error


def _typed(decode: Any, value: str) -> Any:
    """A value typed by the user: as text (names, dates, choices), else as JSON (numbers,
    true or false, null)."""
    try:
        return decode(value)
    except RecordError:
        return _decoded(decode, value)
