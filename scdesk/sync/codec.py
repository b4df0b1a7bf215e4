"""Field values in bundle lines: written as JSON, read back checked against each column's type.

Every value read from a bundle goes through its column's decoder: a wrong type, an unknown
choice, a text too long or a missing required value is a RecordError, which refuses the file.
"""

import enum
from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import date, datetime
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
    String,
    Text,
    Uuid,
)
from sqlalchemy.types import TypeDecorator

from scdesk.store.base import Synced
from scdesk.store.shapes import shape, synced_models

#: No text field of a record is longer than this, whatever its column allows.
MAX_TEXT = 100_000


class RecordError(ValueError):
    """A record in a bundle is malformed or invalid; str() names the table, field and fault."""


Decoder = Callable[[Any], Any]


#: Fields added after bundles were first written: a whole record from an earlier scdesk lacks
#: them, and has them empty.
LATER_FIELDS = frozenset({"merged_into"})


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
    decode = _for_type(base, column.name)

    def checked(value: Any) -> Any:
        if value is None:
            if not column.nullable:
                raise RecordError(f"{column.name} may not be empty")
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
    if isinstance(kind, Integer | BigInteger):
        return lambda v: v if isinstance(v, int) and not isinstance(v, bool) else _bad(name, v)
    if isinstance(kind, DateTime):
        return lambda v: _time(name, v)
    if isinstance(kind, Date):
        return lambda v: _day(name, v)
    if isinstance(kind, Numeric):
        return lambda v: _amount(name, v)
    if isinstance(kind, String | Text):
        limit = min(kind.length or MAX_TEXT, MAX_TEXT)
        return lambda v: v if isinstance(v, str) and len(v) <= limit else _bad(name, v)
    raise TypeError(f"no decoder for column {name} of type {kind!r}")


def _choice(enum_class: type[enum.Enum], name: str) -> Decoder:
    members = {member.value: member for member in enum_class}  # a lookup, not Enum's slow call

    def decode(value: Any) -> enum.Enum:
        try:
            return members[value]
        except (KeyError, TypeError):  # TypeError: a list or an object is no choice
            _bad(name, value)

    return decode


def _time(name: str, value: Any) -> datetime:
    try:
        parsed = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        _bad(name, value)
    if parsed.tzinfo is None:
        _bad(name, value)
    return parsed


def _day(name: str, value: Any) -> date:
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        _bad(name, value)


def _amount(name: str, value: Any) -> Decimal:
    if not isinstance(value, str) or len(value) > 40:
        _bad(name, value)
    try:
        return Decimal(value)
    except InvalidOperation:
        _bad(name, value)


def _bad(name: str, value: object) -> NoReturn:
    shown = repr(value)
    raise RecordError(f"{name} has a value of the wrong kind ({shown[:40]})")
