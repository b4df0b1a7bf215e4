"""Sync's tables: this device, the devices it knows, field versions, the audit trail, the log of
bundles imported and exported, rows waiting for their references, and conflicts.

All but the conflicts are local bookkeeping, never synced: they describe the synced records and
the devices. Conflicts are synced records, so one found on any device reaches the hub.
"""

from datetime import datetime
from uuid import UUID

from sqlalchemy import BigInteger, CheckConstraint, Index, Integer, LargeBinary
from sqlalchemy.orm import Mapped, mapped_column

from scdesk.domain.audit import AuditAction
from scdesk.domain.conflicts import ConflictKind, ConflictStatus
from scdesk.domain.devices import DeviceRole
from scdesk.store.base import Base, Synced


class ThisDevice(Base):
    """The single row describing this device: its identity, its counter and its clock."""

    __tablename__ = "this_device"
    __table_args__ = (CheckConstraint("slot = 1", name="single_row"),)
    slot: Mapped[int] = mapped_column(Integer, primary_key=True)
    device_id: Mapped[UUID]
    name: Mapped[str]
    role: Mapped[DeviceRole]
    user_name: Mapped[str]
    city_id: Mapped[UUID | None]
    language: Mapped[str]
    #: False until the first-run setup has named the device and chosen its role.
    configured: Mapped[bool]
    #: Rises by one for every local transaction that writes: the counter of this device's dots.
    counter: Mapped[int] = mapped_column(BigInteger)
    #: The last hybrid logical clock stamp issued or seen here.
    hlc: Mapped[int] = mapped_column(BigInteger)
    created_at: Mapped[datetime]


class Device(Base):
    """A device this store knows of, this one included, with its public keys and trust."""

    __tablename__ = "device"
    id: Mapped[UUID] = mapped_column(primary_key=True)
    name: Mapped[str]
    role: Mapped[DeviceRole]
    signing_key: Mapped[bytes | None] = mapped_column(LargeBinary)
    encryption_key: Mapped[bytes | None] = mapped_column(LargeBinary)
    first_seen_at: Mapped[datetime]
    trusted_at: Mapped[datetime | None]
    revoked_at: Mapped[datetime | None]
    #: The officer's city and name, as the device's own bundles say; the hub sends it that city.
    user_name: Mapped[str | None]
    city_id: Mapped[UUID | None]
    last_import_at: Mapped[datetime | None]
    last_export_at: Mapped[datetime | None]
    #: How far ahead of this device's clock the device's writes were stamped, in milliseconds,
    #: when a merge last saw them beyond the drift; None while its clock looks right. Local only.
    clock_ahead_ms: Mapped[int | None] = mapped_column(BigInteger)


class DeviceSeen(Base):
    """What device_id is known to have of origin_id's writes: every counter up to `counter`."""

    __tablename__ = "device_seen"
    device_id: Mapped[UUID] = mapped_column(primary_key=True)
    origin_id: Mapped[UUID] = mapped_column(primary_key=True)
    counter: Mapped[int] = mapped_column(BigInteger)


class SyncField(Base):
    """The version of a field changed after its record was created (before that, the creation's)."""

    __tablename__ = "sync_field"
    __table_args__ = (Index("ix_sync_field_device_counter", "device_id", "counter"),)
    tbl: Mapped[str] = mapped_column(primary_key=True)
    row_id: Mapped[UUID] = mapped_column(primary_key=True)
    field: Mapped[str] = mapped_column(primary_key=True)
    device_id: Mapped[UUID]
    counter: Mapped[int] = mapped_column(BigInteger)
    hlc: Mapped[int] = mapped_column(BigInteger)


class AuditEntry(Base):
    """One change to one record: append-only; a create holds all its fields in `after`."""

    __tablename__ = "audit"
    __table_args__ = (Index("ix_audit_tbl_row_id", "tbl", "row_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime]
    actor: Mapped[str]
    device_id: Mapped[UUID]
    counter: Mapped[int] = mapped_column(BigInteger)
    hlc: Mapped[int] = mapped_column(BigInteger)
    action: Mapped[AuditAction]
    tbl: Mapped[str]
    row_id: Mapped[UUID]
    field: Mapped[str | None]
    before: Mapped[str | None]
    after: Mapped[str | None]


class Conflict(Synced, Base):
    """Two concurrent writes met: `kept` won on every device, `lost` is kept here for review.
    For a rule broken by a merge, `kept` is the write of the field with the problem and `lost`
    the write of `other_field`, the change it meets.

    The id is derived from the record, field and the writes, so devices that find the same
    conflict make one record of it."""

    __tablename__ = "conflict"
    tbl: Mapped[str]
    row_id: Mapped[UUID] = mapped_column(index=True)
    field: Mapped[str]
    kind: Mapped[ConflictKind]
    kept_value: Mapped[str | None]
    kept_device: Mapped[UUID]
    kept_counter: Mapped[int] = mapped_column(BigInteger)
    kept_hlc: Mapped[int] = mapped_column(BigInteger)
    lost_value: Mapped[str | None]
    lost_device: Mapped[UUID]
    lost_counter: Mapped[int] = mapped_column(BigInteger)
    lost_hlc: Mapped[int] = mapped_column(BigInteger)
    status: Mapped[ConflictStatus]
    resolved_value: Mapped[str | None]
    other_field: Mapped[str | None]


class SyncImport(Base):
    """A bundle merged here: its id, sender, hash and what it brought (the summary, as JSON)."""

    __tablename__ = "sync_import"
    bundle_id: Mapped[UUID] = mapped_column(primary_key=True)
    sender_id: Mapped[UUID] = mapped_column(index=True)
    sha256: Mapped[str]
    created_at: Mapped[datetime]
    imported_at: Mapped[datetime]
    summary: Mapped[str]


class SyncExport(Base):
    """A bundle written here for a receiver: when, what it covered, and the file's name."""

    __tablename__ = "sync_export"
    bundle_id: Mapped[UUID] = mapped_column(primary_key=True)
    receiver_id: Mapped[UUID] = mapped_column(index=True)
    created_at: Mapped[datetime]
    file_name: Mapped[str]
    records: Mapped[int]
    fields: Mapped[int]


class SyncWaiting(Base):
    """A record from a bundle whose references have not arrived: applied when they do."""

    __tablename__ = "sync_waiting"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    bundle_id: Mapped[UUID]
    sender_id: Mapped[UUID]
    tbl: Mapped[str]
    row_id: Mapped[UUID] = mapped_column(index=True)
    line: Mapped[str]
    missing: Mapped[str]
    received_at: Mapped[datetime]
