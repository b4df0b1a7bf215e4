"""Lists a user reads through (countries, cities) in the order of the interface's language:
Urdu puts پاکستان before سری لنکا, which the order of code points does not."""

import functools
from collections.abc import Iterable
from typing import Protocol

from PySide6.QtCore import QCollator, QLocale, Qt

from scdesk.domain.labels import country_label
from scdesk.domain.places import COUNTRIES


class Named(Protocol):
    """A record offered in a chooser by its id and label (Choice, CityName)."""

    @property
    def id(self) -> object: ...

    @property
    def label(self) -> str: ...


def by_language(choices: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """(value, text) pairs ordered by their text as the current QLocale's language sorts it."""
    collator = QCollator(QLocale())
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    collator.setNumericMode(True)
    order = functools.cmp_to_key(collator.compare)
    return sorted(choices, key=lambda choice: order(choice[1]))


def country_choices() -> list[tuple[str, str]]:
    """Every country of the network, named and ordered in the interface's language."""
    return by_language((code, country_label(code)) for code in COUNTRIES)


def city_choice_items(cities: Iterable[Named]) -> list[tuple[str, str]]:
    """Cities (or other named records), as a chooser's (id, label) pairs in the language's order."""
    return by_language((str(city.id), city.label) for city in cities)
