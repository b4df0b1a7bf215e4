"""Field values as JSON text, for the audit trail (and, later, sync bundles).

orjson writes ids, dates, times and choices (StrEnums) itself, and fast: a demo or a merge
writes tens of thousands of audit entries. Amounts (Decimal) become strings, so no digit is lost.
"""

from decimal import Decimal
from typing import Any

import orjson


def _plain(value: object) -> str:
    if isinstance(value, Decimal):
        return str(value)
    raise TypeError(f"no JSON form for {type(value).__name__}")


def to_json(value: object) -> str:
    return orjson.dumps(value, default=_plain).decode()


def fields_json(values: dict[str, Any]) -> str:
    return orjson.dumps(values, default=_plain).decode()
