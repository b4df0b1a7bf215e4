"""The user's settings, declared once with their types and defaults; Qt-free (the GUI stores them
through QSettings, in the data folder)."""

import dataclasses
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import ClassVar

from scdesk.domain.languages import language_codes
from scdesk.domain.periods import Period

log = logging.getLogger(__name__)

#: The pages of the main window, in the order the navigation lists them.
PAGES = (
    "dashboard",
    "meetings",
    "activities",
    "committees",
    "people",
    "organisations",
    "cities",
    "sync",
    "reports",
    "trash",
    "duplicates",
    "support",
    "findings",
    "plans",
    "indicators",
    "cooperation",
)


@dataclass(frozen=True, slots=True)
class Settings:
    VERSION: ClassVar[int] = 1
    #: The language of the interface (records keep their own language); empty until chosen,
    #: when the system's is used.
    ui_language: str = ""
    #: The page the main window opens on: the one shown when it was last closed.
    last_page: str = "dashboard"
    #: The dashboard's period when it opens (a named one: the dates of a custom one are not kept).
    dashboard_period: Period = Period.LAST_12_MONTHS
    #: Rotating backups kept before migrations and merges.
    backup_keep: int = 10

    def to_dict(self) -> dict[str, object]:
        values: dict[str, object] = {
            name: value.value if isinstance(value, StrEnum) else value
            for name, value in dataclasses.asdict(self).items()
        }
        values["version"] = self.VERSION
        return values


#: The version a step reaches -> the function that brings a stored dict from the version before.
UPGRADES: dict[int, Callable[[dict[str, object]], dict[str, object]]] = {}

#: What each setting may hold beyond its type.
_ALLOWED: dict[str, Callable[[object], bool]] = {
    "ui_language": lambda value: value == "" or value in language_codes(),
    "last_page": lambda value: value in PAGES,
    "dashboard_period": lambda value: value is not Period.CUSTOM,
    "backup_keep": lambda value: isinstance(value, int) and 1 <= value <= 1000,
}


def settings_from(stored: Mapping[str, object]) -> Settings:
    """Settings from what was stored: upgraded step by step, each value checked against its
    declared type and choices; a value that does not fit falls back to its default (and is
    logged), so a hand-edited or damaged file never stops the app from starting."""
    values = dict(stored)
    version = _whole(values.pop("version", 0)) or 0
    for step in sorted(UPGRADES):
        if version < step <= Settings.VERSION:
            values = UPGRADES[step](values)
    defaults = Settings()
    kept: dict[str, object] = {}
    for field in dataclasses.fields(Settings):
        if field.name not in values:
            continue
        value = _typed(values[field.name], type(getattr(defaults, field.name)))
        allowed = _ALLOWED.get(field.name)
        if value is None or (allowed is not None and not allowed(value)):
            log.warning("setting %s has an unusable value; using its default", field.name)
            continue
        kept[field.name] = value
    return dataclasses.replace(defaults, **kept)  # type: ignore[arg-type]


def _typed(value: object, wanted: type) -> object | None:
    """The value as the declared type, converting the strings QSettings' INI files give back."""
    if wanted is int:
        return _whole(value)
    if wanted is str:
        return value if isinstance(value, str) else None
    if issubclass(wanted, StrEnum) and isinstance(value, str):
        return next((choice for choice in wanted if choice.value == value), None)
    return None


def _whole(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value)
    return None
