"""Typed values out of spreadsheet cells, with the sentence to show when a cell will not do.

A cell may hold text, a number or a date, whichever the spreadsheet made of it: "1985" and 1985
are the same birth year, a date cell and "2026-01-31" the same day, yes/no, true/false, 1/0 and
x the same tick.
"""

import re
from collections.abc import Mapping
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import TypeVar
from uuid import UUID

from scdesk.i18n import translate
from scdesk.store.queries.export_sheets import Value

E = TypeVar("E", bound=StrEnum)

_YES = {"yes", "y", "true", "1", "x", "✓"}
_NO = {"no", "n", "false", "0"}
#: Thousands grouped with commas, as 1,500,000 or in lakhs as 15,00,000.
_GROUPED = re.compile(r"^\d{1,3}(?:(?:,\d{3})+|(?:,\d{2})*,\d{3})(?:\.\d+)?$")


class CellError(Exception):
    """A cell that cannot be read as its column's kind of value; str() is the sentence."""


def text(cells: Mapping[str, Value], column: str) -> str | None:
    value = cells.get(column)
    if value is None:
        return None
    if isinstance(value, date | datetime):
        return value.isoformat()
    return str(value)


def name(cells: Mapping[str, Value], column: str) -> str:
    """A name is text, never missing: an empty cell is an empty name, which the record's own
    rule refuses with its sentence (City name is required)."""
    return text(cells, column) or ""


def choice(cells: Mapping[str, Value], column: str, kind: type[E]) -> E | None:
    raw = text(cells, column)
    if raw is None:
        return None
    wanted = raw.strip().casefold().replace(" ", "_")
    for member in kind:
        if wanted in (member.value.casefold(), member.name.casefold()):
            return member
    #: Translators: {value} is what the cell holds, {column} its column, {choices} the values
    #: allowed.
    message = translate("Tables", "{value} is not a {column}: use one of {choices}.")
    choices = ", ".join(m.value for m in kind)
    raise CellError(message.format(value=raw, column=column, choices=choices))


def boolean(cells: Mapping[str, Value], column: str) -> bool | None:
    value = cells.get(column)
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    raw = str(value).strip().casefold()
    if raw in _YES:
        return True
    if raw in _NO:
        return False
    message = translate("Tables", "{value} in {column} is not yes or no.")
    raise CellError(message.format(value=value, column=column))


def day(cells: Mapping[str, Value], column: str) -> date | None:
    value = cells.get(column)
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        message = translate("Tables", "{value} in {column} is not a date such as 2026-01-31.")
        raise CellError(message.format(value=value, column=column)) from None


def moment(cells: Mapping[str, Value], column: str) -> datetime | None:
    """A time in UTC, as the export writes it (2026-01-31 14:30); a spreadsheet's time cell,
    which carries no zone, is taken as UTC too."""
    value = cells.get(column)
    if value is None:
        return None
    if isinstance(value, datetime):
        found = value
    elif isinstance(value, date):
        found = datetime(value.year, value.month, value.day, tzinfo=UTC)
    else:
        try:
            found = datetime.fromisoformat(str(value).strip())
        except ValueError:
            message = translate(
                "Tables", "{value} in {column} is not a time such as 2026-01-31 14:30 (UTC)."
            )
            raise CellError(message.format(value=value, column=column)) from None
    if found.tzinfo is None:
        return found.replace(tzinfo=UTC)
    return found.astimezone(UTC)


def whole(cells: Mapping[str, Value], column: str) -> int | None:
    value = cells.get(column)
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    try:
        return int(str(value).strip())
    except ValueError:
        message = translate("Tables", "{value} in {column} is not a whole number.")
        raise CellError(message.format(value=value, column=column)) from None


def amount(cells: Mapping[str, Value], column: str) -> Decimal | None:
    """An amount of money, as digits with a decimal point (1500.50), thousands grouped or not;
    a spreadsheet's number cell is read as the digits it shows."""
    raw = text(cells, column)
    if raw is None:
        return None
    digits = raw.strip()
    if "," in digits and _GROUPED.match(digits) is None:
        found = None  # a decimal comma (1500,50) would be read a hundred times too large
    else:
        try:
            found = Decimal(digits.replace(",", ""))
        except InvalidOperation:
            found = None
    if found is None or not found.is_finite():
        message = translate("Tables", "{value} in {column} is not an amount such as 1500.50.")
        raise CellError(message.format(value=raw, column=column))
    return found


def record_id(cells: Mapping[str, Value], column: str) -> UUID | None:
    raw = text(cells, column)
    if raw is None:
        return None
    try:
        return UUID(raw.strip())
    except ValueError:
        message = translate(
            "Tables", "{value} in {column} is not an id as scdesk writes them: leave it empty "
            "for a new record.",
        )  # fmt: skip
        raise CellError(message.format(value=raw, column=column)) from None


def choices(cells: Mapping[str, Value], column: str, kind: type[E]) -> list[E]:
    """Several values in one cell, separated by semicolons or commas (a person's groups)."""
    raw = text(cells, column) or ""
    parts = [p for p in raw.replace(",", ";").split(";") if p.strip()]
    return [m for p in parts if (m := choice({column: p}, column, kind)) is not None]
