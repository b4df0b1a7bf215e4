"""The declarative base: naming conventions, column types, the columns every synced record has."""

import enum
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any, ClassVar
from uuid import UUID

from sqlalchemy import (
    BigInteger,
    Date,
    DateTime,
    Dialect,
    Enum,
    Index,
    MetaData,
    Numeric,
    Table,
    Text,
)
from sqlalchemy import Uuid as SaUuid
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column
from sqlalchemy.types import TypeDecorator

NAMING = {
    "pk": "pk_%(table_name)s",
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
}


class UtcDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes on every dialect; naive input is a bug and is refused."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _enum_values(enum_class: type[enum.Enum]) -> list[str]:
    return [str(member.value) for member in enum_class]


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        UUID: SaUuid(),
        datetime: UtcDateTime(),
        date: Date(),
        Decimal: Numeric(14, 2),
        str: Text(),
        enum.Enum: Enum(enum.Enum, native_enum=False, length=32, values_callable=_enum_values),
    }


#: Columns of a synced record that carry identity and version data rather than user content.
SYNC_COLUMNS = frozenset({"id", "origin_id", "created_counter", "created_hlc", "updated_hlc", "vv"})


class Synced:
    """A record made on some device and shared by sync.

    The id is made on the device. origin_id and created_counter form the dot of the creating
    write, which every field carries until it is changed (later dots are in SyncField rows).
    vv is the version vector, as canonical JSON. deleted is the tombstone, a field like any other.
    """

    __tablename__: str

    id: Mapped[UUID] = mapped_column(primary_key=True, sort_order=-9)
    origin_id: Mapped[UUID] = mapped_column(sort_order=-8)
    created_counter: Mapped[int] = mapped_column(BigInteger, sort_order=-7)
    created_hlc: Mapped[int] = mapped_column(BigInteger, sort_order=-6)
    updated_hlc: Mapped[int] = mapped_column(BigInteger, index=True, sort_order=-5)
    vv: Mapped[str] = mapped_column(sort_order=-4)
    deleted: Mapped[bool] = mapped_column(sort_order=-3)
    #: The columns a link's id is derived from (domain/identity.py, the table's name as kind),
    #: so that two devices recording the same link make one record; empty for a record whose
    #: id is its own.
    derived_from: ClassVar[tuple[str, ...]] = ()

    @declared_attr.directive
    def __table_args__(cls) -> tuple[Any, ...]:  # noqa: N805 - SQLAlchemy's declared_attr form
        name = cls.__tablename__
        return (
            Index(f"ix_{name}_origin_created", "origin_id", "created_counter"),
            *getattr(cls, "__extra_args__", ()),
        )


class Mergeable:
    """A record that may be found to be the same as another (a person recorded on two devices,
    a city typed twice) and merged into it. merged_into is the record it was merged into, set
    together with deleted, by the settling of merges only (store/merging.py); it is cleared
    again when that record turns out to be the one that stays."""

    merged_into: Mapped[UUID | None] = mapped_column(sort_order=-2)


def table_of(model: type[Any]) -> Table:
    """The Core table behind a mapped class (typed, for the writer and the queries)."""
    table = model.__table__
    if not isinstance(table, Table):
        raise TypeError(f"{model.__name__} is not mapped to a table")
    return table
