"""Local bookkeeping for sync: this device, devices it knows, field versions and the audit trail.

None of these tables is itself synced: they describe the synced records and the devices.
"""

from datetime import datetime
from uuid import UUID

from sqlalchemy import BigInteger, CheckConstraint, Index, Integer, LargeBinary
from sqlalchemy.orm import Mapped, mapped_column

from scdesk.domain.audit import AuditAction
from scdesk.domain.devices import DeviceRole
from scdesk.store.base import Base


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
