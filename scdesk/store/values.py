"""Field values as JSON text, for the audit trail (and, later, sync bundles)."""

import enum
import json
from datetime import date, datetime
from decimal import Decimal
from uuid import UUID


def to_plain(value: object) -> object:
    """A JSON-ready form of a column value: ids, dates and choices as strings."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, UUID):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def to_json(value: object) -> str:
    return json.dumps(to_plain(value), ensure_ascii=False, separators=(",", ":"))


def fields_json(values: dict[str, object]) -> str:
    plain = {name: to_plain(value) for name, value in sorted(values.items())}
    return json.dumps(plain, ensure_ascii=False, separators=(",", ":"))
