"""A form's state read as typed values: what each field holds, as its `state()` gives it."""

from collections.abc import Mapping
from datetime import date, datetime
from enum import StrEnum
from typing import TypeVar
from uuid import UUID

E = TypeVar("E", bound=StrEnum)

#: Each field's state by the field's name: strings, numbers, booleans, None, lists and objects.
State = Mapping[str, object]


class FormValues:
    """Reads a form's state. A draft may come from an older version of the form, or a field may
    be empty, so a value missing or of another type reads as empty (or the default), never as
    an error."""

    __slots__ = ("_state",)

    def __init__(self, state: State) -> None:
        self._state = state

    def get(self, key: str) -> object:
        return self._state.get(key)

    def text(self, key: str) -> str:
        """The text as typed, surrounding spaces included ("" when there is none)."""
        value = self._state.get(key)
        return value if isinstance(value, str) else ""

    def optional_text(self, key: str) -> str | None:
        """The text without surrounding spaces, or None when blank."""
        return self.text(key).strip() or None

    def number(self, key: str) -> int | None:
        value = self._state.get(key)
        return value if isinstance(value, int) and not isinstance(value, bool) else None

    def flag(self, key: str) -> bool:
        return self._state.get(key) is True

    def day(self, key: str) -> date | None:
        value = self._state.get(key)
        try:
            return date.fromisoformat(value) if isinstance(value, str) and value else None
        except ValueError:
            return None

    def moment(self, key: str) -> datetime | None:
        value = self._state.get(key)
        try:
            return datetime.fromisoformat(value) if isinstance(value, str) and value else None
        except ValueError:
            return None

    def id(self, key: str) -> UUID | None:
        return as_id(self._state.get(key))

    def choice(self, key: str, kind: type[E], default: E) -> E:
        return self.optional_choice(key, kind) or default

    def optional_choice(self, key: str, kind: type[E]) -> E | None:
        value = self._state.get(key)
        try:
            return kind(value) if isinstance(value, str) and value else None
        except ValueError:
            return None

    def part(self, key: str) -> "FormValues":
        """A field holding fields of its own (a tab of the form)."""
        return part_of(self._state.get(key))

    def rows(self, key: str) -> list["FormValues"]:
        """A field holding rows (attendance, sessions, memberships), each read as a form."""
        return rows_of(self._state.get(key))

    def strings(self, key: str) -> list[str]:
        value = self._state.get(key)
        return [item for item in value if isinstance(item, str)] if isinstance(value, list) else []


def part_of(state: object) -> FormValues:
    """A field's state holding fields of its own."""
    return FormValues(_object(state) if isinstance(state, Mapping) else {})


def rows_of(state: object) -> list[FormValues]:
    """A field's state holding rows."""
    if not isinstance(state, list):
        return []
    return [FormValues(_object(row)) for row in state if isinstance(row, Mapping)]


def as_id(value: object) -> UUID | None:
    """An id as a field keeps it (its text), or None."""
    if not isinstance(value, str) or not value:
        return None
    try:
        return UUID(value)
    except ValueError:
        return None


def _object(value: Mapping[object, object]) -> dict[str, object]:
    return {key: item for key, item in value.items() if isinstance(key, str)}
