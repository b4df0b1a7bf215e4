"""Conflicts for review: both values, who wrote each and when; settling one writes a value that
covers both writes, so every device settles on it. A settlement is written only when the record
then keeps the rules: keeping a side that breaks one asks for the fields the rule couples too.

A rule broken by a merge (kind RULE: two devices each made a valid edit of a field the rule
couples) is listed while the record still breaks it, with the rule and what each device set.
Keeping a side keeps that device's change and gives the other field the first value with which
the record keeps the rules (empty, the other of yes and no, or the first choice that fits), unless
the user gives it (`also`)."""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any
from uuid import UUID

import orjson
from sqlalchemy import Boolean, Enum, select
from sqlalchemy.orm import Session

from scdesk.domain.changes import Changes
from scdesk.domain.conflicts import ConflictId, ConflictKind, ConflictStatus, Keep
from scdesk.domain.devices import device_label
from scdesk.domain.errors import UserError
from scdesk.domain.labels import field_label, label, yes_no
from scdesk.domain.rules import Problem
from scdesk.domain.versions import Hlc, hlc_datetime
from scdesk.i18n import translate
from scdesk.store.base import Synced
from scdesk.store.models import Conflict, Device, SyncField
from scdesk.store.queries.record_names import record_names
from scdesk.store.shapes import shape
from scdesk.store.store import Store
from scdesk.store.values import to_json
from scdesk.sync.codec import RecordError, codec
from scdesk.sync.record_rules import coupled_fields, record_problems


@dataclass(frozen=True, slots=True)
class SideView:
    value: str  # as JSON
    device: str  # the device as people read it (device_label)
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
        if isinstance(value, bool):
            return yes_no(value)
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
    #: A rule broken by a merge: the field of the change the problem's field met.
    other_field: str | None = None
    #: A rule broken by a merge: the rule, and what each device set.
    sentence: str | None = None


@dataclass(frozen=True, slots=True)
class Settlement:
    """What keeping a side writes, field by field, and the rule it would break (None: none)."""

    values: Mapping[str, Any]
    problem: str | None

    @property
    def shown(self) -> str:
        """The values as a person reads them: "Member city: no, Joined on: (empty)"."""
        return ", ".join(
            f"{field_label(name)}: {_shown(value)}" for name, value in self.values.items()
        )


def list_conflicts(store: Store, *, include_resolved: bool = False) -> list[ConflictView]:
    """The conflicts to review; a rule conflict only while its record still breaks the rule."""
    today = _today(store)
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
            name = device_label(device, names.get(device))
            return SideView(value or "null", name, hlc_datetime(Hlc(hlc)))

        found = []
        for row in rows:
            sentence = None
            if row.kind is ConflictKind.RULE:
                target = codec(row.tbl).model
                record = session.get(target, row.row_id)
                rule = _rule(target, _row(target, record), row.field, today) if record else None
                current = record is not None and _writes_hold(session, record, row)
                if (rule is None or not current) and row.status is ConflictStatus.OPEN:
                    continue  # settled since, or changed again (a newer review names it)
                sentence = _rule_sentence(
                    rule, row, side(row.kept_value, row.kept_device, row.kept_hlc),
                    side(row.lost_value, row.lost_device, row.lost_hlc),
                )  # fmt: skip
            found.append(
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
                other_field=row.other_field,
                sentence=sentence,
            ))  # fmt: skip
        return found


def resolve_conflict(
    store: Store,
    conflict_id: UUID,
    keep: Keep,
    value: str | None = None,
    also: Mapping[str, str] | None = None,
) -> Changes:
    """Write the kept value (A), the lost one (B) or a typed one as a new change, with the
    fields given in also (by name, typed as text); refused when the record would break a
    rule."""
    with store.write() as tx:
        conflict = tx.get(Conflict, conflict_id)
        if conflict.status is ConflictStatus.RESOLVED:
            raise UserError(translate("Sync", "This conflict is settled already."))
        target = codec(conflict.tbl).model
        row = _row(target, tx.get(target, conflict.row_id, include_deleted=True))
        chosen = _settlement(conflict, row, _today(store), keep, value, also or {})
        if chosen.problem is not None:
            raise UserError(chosen.problem)
        tx.update(target, conflict.row_id, dict(chosen.values), force=True)
        resolved = chosen.values.get(conflict.field, chosen.values.get("deleted"))
        tx.update(Conflict, conflict_id, {
            "status": ConflictStatus.RESOLVED, "resolved_value": to_json(resolved),
        })  # fmt: skip
        return tx.changes


def preview_settlement(store: Store, conflict_id: UUID, keep: Keep) -> Settlement:
    """What keeping a side would write and whether the record would keep the rules: the
    conflicts view offers only the sides that keep them."""
    with store.read() as session:
        conflict = session.get_one(Conflict, conflict_id)
        model = codec(conflict.tbl).model
        row = _row(model, session.get_one(model, conflict.row_id))
    try:
        return _settlement(conflict, row, _today(store), keep, None, {})
    except UserError as error:
        return Settlement({}, str(error))


def _settlement(
    conflict: Conflict,
    row: dict[str, Any],
    today: date,
    keep: Keep,
    value: str | None,
    also: Mapping[str, str],
) -> Settlement:
    """The values settling the conflict, checked against the rules the record keeps."""
    target = codec(conflict.tbl)
    model = target.model
    given = {name: _typed(_decoder(target.decoders, name), text) for name, text in also.items()}
    field = conflict.field
    if conflict.kind is ConflictKind.DELETE:
        values: dict[str, Any] = {"deleted": keep is Keep.KEPT}
        if keep is Keep.LOST:
            values[field] = _decoded(target.decoders[field], conflict.lost_value)
    elif conflict.kind is ConflictKind.RULE:
        if keep is Keep.VALUE:
            raise UserError(translate(
                "Sync", "This conflict is about a rule between two fields: keep A or B, or give "
                "both fields."))  # fmt: skip
        other = conflict.other_field or field
        kept, free = (field, other) if keep is Keep.KEPT else (other, field)
        values = {kept: row[kept]}
        if free not in given and free != kept:
            values[free] = _holding(model, row | values, free, (field, other), today)
    else:
        if keep is Keep.VALUE:
            if value is None:
                raise UserError(translate("Sync", "Give the value to keep."))
            chosen = _typed(target.decoders[field], value)
        else:
            side = conflict.kept_value if keep is Keep.KEPT else conflict.lost_value
            chosen = _decoded(target.decoders[field], side)
        values = {field: chosen}
    values |= given
    settled = row | values
    if settled["deleted"]:
        return Settlement(values, None)
    before = set(record_problems(model, row, today))
    fields = {field, conflict.other_field or field}
    after = record_problems(model, settled, today)
    broken = [p for p in after if p not in before or (p.field in fields and _is_rule(conflict))]
    if not broken:
        return Settlement(values, None)
    names = ", ".join(field_label(name) for name in _coupled_names(model, broken[0]))
    text = translate("Sync", "That would break a rule: {rule} Give {names} too.")
    return Settlement(values, text.format(rule=broken[0].message, names=names))


def _is_rule(conflict: Conflict) -> bool:
    return conflict.kind is ConflictKind.RULE


def _holding(
    model: type[Synced], row: Mapping[str, Any], free: str, fields: tuple[str, ...], today: date
) -> Any:
    """The first value of free with which the record keeps the rules on fields: empty, the
    other of yes and no, or the first choice that fits; its value as it is when none does."""
    column = shape(model).table.c[free]
    candidates: list[Any] = [None] if column.nullable else []
    if isinstance(column.type, Boolean):
        candidates.append(not row[free])
    elif isinstance(column.type, Enum) and column.type.enum_class is not None:
        candidates += list(column.type.enum_class)
    for candidate in candidates:
        problems = record_problems(model, {**row, free: candidate}, today)
        if not any(p.field in fields for p in problems):
            return candidate
    return row[free]


def _coupled_names(model: type[Synced], problem: Problem) -> list[str]:
    return [problem.field, *coupled_fields(model, problem.field)]


def _rule(model: type[Synced], row: Mapping[str, Any], field: str, today: date) -> str | None:
    """The sentence of the rule the record breaks on field, None when it keeps it."""
    if row["deleted"] or row.get("merged_into") is not None:
        return None
    found = [p.message for p in record_problems(model, row, today) if p.field == field]
    return found[0] if found else None


def _writes_hold(session: Session, record: Synced, conflict: Conflict) -> bool:
    """Whether the record's two fields still hold the writes the rule conflict names."""
    other = conflict.other_field or conflict.field
    found = {
        row.field: (row.device_id, row.counter)
        for row in session.execute(
            select(SyncField.field, SyncField.device_id, SyncField.counter).where(
                SyncField.tbl == conflict.tbl, SyncField.row_id == conflict.row_id,
                SyncField.field.in_([conflict.field, other]),
            )
        )
    }  # fmt: skip
    created = (record.origin_id, record.created_counter)
    return found.get(conflict.field, created) == (
        conflict.kept_device,
        conflict.kept_counter,
    ) and found.get(other, created) == (conflict.lost_device, conflict.lost_counter)


def _rule_sentence(rule: str | None, row: Conflict, first: SideView, second: SideView) -> str:
    text = translate("Sync", "{rule} {first} set {field} to {value}; {second} set {other} to "
                             "{other_value}.")  # fmt: skip
    return text.format(
        rule=rule or translate("Sync", "Settled."), first=first.device,
        field=field_label(row.field), value=first.shown, second=second.device,
        other=field_label(row.other_field or row.field), other_value=second.shown,
    ).strip()  # fmt: skip


def _row(model: type[Synced], record: Any) -> dict[str, Any]:
    """A record's fields by name, as the rules read them."""
    return {name: getattr(record, name) for name in shape(model).fields}


def _shown(value: Any) -> str:
    if value is None or value == "":
        return translate("Sync", "(empty)")
    if isinstance(value, bool):
        return yes_no(value)
    if hasattr(value, "value"):
        return label(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _today(store: Store) -> date:
    """The day rules are judged on; a day's leeway, as a merge gives, for clocks a little
    ahead."""
    return store.now().date() + timedelta(days=1)


def _decoder(decoders: Mapping[str, Any], name: str) -> Any:
    if name not in decoders:
        raise UserError(translate("Sync", "This record has no field {name}.").format(name=name))
    return decoders[name]


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
