"""Field values in bundle lines: written as JSON, read back checked against each column's type.

Every value read from a bundle goes through its column's decoder: a wrong type, an unknown
choice, a text too long, a number or a date past what the column holds or a missing required
value is a RecordError, which refuses the file. The bounds are the column type's, not the
backend's: a bundle a hub on SQLite takes, a hub on PostgreSQL takes too.
"""

import enum
from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any, NoReturn
from uuid import UUID

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    Enum,
    Integer,
    Numeric,
    SmallInteger,
    String,
    Text,
    Uuid,
)
from sqlalchemy.types import TypeDecorator

from scdesk.store.base import Synced
from scdesk.store.shapes import shape, synced_models

#: No text field of a record is longer than this, whatever its column allows.
MAX_TEXT = 100_000
#: The years a date or a time (in UTC) may fall in: Python's calendar runs from the year 1 to
#: 9999, and a time zone or a day added to a time in the first or last of them runs off its end.
YEARS = range(date.min.year + 1, date.max.year)


class RecordError(ValueError):
    """A record in a bundle is malformed or invalid; str() names the table, field and fault."""


Decoder = Callable[[Any], Any]


#: Fields added after bundles were first written: a whole record from an earlier scdesk lacks
#: them, and has them empty (a person's fields of expertise came with schema 0013).
LATER_FIELDS = frozenset({"merged_into", "other_field", "expertise"})


@dataclass(frozen=True, slots=True)
class TableCodec:
    model: type[Synced]
    decoders: dict[str, Decoder]

    def is_whole(self, names: Collection[str]) -> bool:
        """Whether a line carrying the fields names carries the whole record."""
        missing = self.decoders.keys() - set(names)
        return not missing or missing <= LATER_FIELDS


def encode(value: object) -> object:
    """A column value as JSON: ids as 32 hex digits, dates and times ISO, amounts as text."""
    if isinstance(value, UUID):
        return value.hex
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, enum.Enum):
        return value.value
    return value


_codecs: dict[str, TableCodec] = {}


def codec(table: str) -> TableCodec:
    """The decoders of a synced table; an unknown table is a RecordError."""
    if not _codecs:
        for model in synced_models():
            form = shape(model)
            decoders = {name: _decoder(form.table.c[name]) for name in form.fields}
            _codecs[form.table.name] = TableCodec(model, decoders)
    found = _codecs.get(table)
    if found is None:
        raise RecordError(f"{table!r} is not a kind of record scdesk keeps")
    return found


def decode_uuid(value: object) -> UUID:
    if not isinstance(value, str) or len(value) != 32:
        raise RecordError(f"{value!r} is not an id")
    try:
        return UUID(hex=value)
    except ValueError as error:
        raise RecordError(f"{value!r} is not an id") from error


def _decoder(column: Column[Any]) -> Decoder:
    kind = column.type
    base = kind.impl if isinstance(kind, TypeDecorator) else kind
    name, nullable = column.name, bool(column.nullable)
    if isinstance(base, String | Text) and not isinstance(base, Enum):
        return _text(name, min(base.length or MAX_TEXT, MAX_TEXT), nullable)
    decode = _for_type(base, name)

    def checked(value: Any) -> Any:
        if value is None:
            if not nullable:
                raise RecordError(f"{name} may not be empty")
            return None
        return decode(value)

    return checked


def _for_type(kind: Any, name: str) -> Decoder:
    if isinstance(kind, Enum) and kind.enum_class is not None:
        return _choice(kind.enum_class, name)
    if isinstance(kind, Uuid):
        return decode_uuid
    if isinstance(kind, Boolean):
        return lambda v: v if isinstance(v, bool) else _bad(name, v)
    if isinstance(kind, Integer):
        return _whole(name, _bits(kind))
    if isinstance(kind, DateTime):
        return lambda v: decode_time(name, v)
    if isinstance(kind, Date):
        return lambda v: _day(name, v)
    if isinstance(kind, Numeric):
        return _amount(name, kind.precision, kind.scale)
    if isinstance(kind, String | Text):
        return _text(name, min(kind.length or MAX_TEXT, MAX_TEXT), nullable=False)
    raise TypeError(f"no decoder for column {name} of type {kind!r}")


def _text(name: str, limit: int, nullable: bool) -> Decoder:
    """Text up to limit characters, without NUL, which SQLite would keep and PostgreSQL
    refuses; None where the column may be empty. The commonest kind of field, decoded in one
    call."""

    def decode(value: Any) -> str | None:
        if value is None:
            if nullable:
                return None
            raise RecordError(f"{name} may not be empty")
        if not isinstance(value, str) or len(value) > limit or "\x00" in value:
            _bad(name, value)
        return value

    return decode


def _choice(enum_class: type[enum.Enum], name: str) -> Decoder:
    members = {member.value: member for member in enum_class}  # a lookup, not Enum's slow call

    def decode(value: Any) -> enum.Enum:
        try:
            return members[value]
        except (KeyError, TypeError):  # TypeError: a list or an object is no choice
            _bad(name, value)

    return decode


def _bits(kind: Integer) -> int:
    """How many bits the column holds on every backend: PostgreSQL's integer has 32, its bigint
    64 (SQLite's integers all have 64)."""
    if isinstance(kind, BigInteger):
        return 64
    return 16 if isinstance(kind, SmallInteger) else 32


def _whole(name: str, bits: int) -> Decoder:
    bounds = range(-(1 << (bits - 1)), 1 << (bits - 1))

    def decode(value: Any) -> int:
        if not isinstance(value, int) or isinstance(value, bool):
            _bad(name, value)
        if value not in bounds:
            _out_of_range(name, value)
        return value

    return decode


def decode_time(name: str, value: Any) -> datetime:
    """A time written in ISO 8601 with its offset from UTC, in the years YEARS; a time without
    an offset is refused, since nobody can tell which instant it means."""
    try:
        parsed = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        _bad(name, value)
    if parsed.tzinfo is None:
        _bad(name, value)
    try:
        year = parsed.astimezone(UTC).year
    except OverflowError:
        _out_of_range(name, value)
    if year not in YEARS:
        _out_of_range(name, value)
    return parsed


def _day(name: str, value: Any) -> date:
    try:
        day = date.fromisoformat(value)
    except (TypeError, ValueError):
        _bad(name, value)
    if day.year not in YEARS:
        _out_of_range(name, value)
    return day


def _amount(name: str, precision: int | None, scale: int | None) -> Decoder:
    """Amounts are text ("1250.50"), a finite number with no more digits before and after the
    point than the column keeps: PostgreSQL refuses more, SQLite would keep them."""
    whole = None if precision is None else Decimal(10) ** (precision - (scale or 0))
    step = None if scale is None else Decimal(1).scaleb(-scale)

    def decode(value: Any) -> Decimal:
        if not isinstance(value, str) or len(value) > 40:
            _bad(name, value)
        try:
            amount = Decimal(value)
        except InvalidOperation:
            _bad(name, value)
        if not amount.is_finite():
            _bad(name, value)
        if whole is not None and abs(amount) >= whole:
            _out_of_range(name, value)
        if step is not None and amount != amount.quantize(step):
            _out_of_range(name, value)
        return amount

    return decode


def _bad(name: str, value: object) -> NoReturn:
    shown = repr(value)
    raise RecordError(f"{name} has a value of the wrong kind ({shown[:40]})")


def _out_of_range(name: str, value: object) -> NoReturn:
    shown = repr(value)
    raise RecordError(f"{name} has a value out of range ({shown[:40]})")
