"""Member cities and the organisations in them."""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from scdesk.domain import limits
from scdesk.domain.errors import UserError
from scdesk.domain.people import CityId, OrganisationId, PersonId
from scdesk.domain.rules import Problem, optional_text, require, required_text
from scdesk.i18n import translate

__all__ = ["COUNTRIES", "CityId", "CityInput", "OrganisationId", "OrganisationInput", "Sector"]

#: ISO 3166-1 alpha-2 codes of the countries the network works in, with their English names.
#: The GUI and reports show translated names through domain/labels.py (country_label).
COUNTRIES: dict[str, str] = {
    "AF": "Afghanistan",
    "BD": "Bangladesh",
    "BT": "Bhutan",
    "IN": "India",
    "LK": "Sri Lanka",
    "MV": "Maldives",
    "NP": "Nepal",
    "PK": "Pakistan",
}


class Sector(StrEnum):
    LOCAL_GOVERNMENT = "local_government"
    CIVIL_SOCIETY = "civil_society"
    FAITH = "faith"
    EDUCATION = "education"
    POLICE = "police"
    YOUTH = "youth"
    MEDIA = "media"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class CityInput:
    name: str
    country: str
    name_local: str | None = None
    province: str | None = None
    is_member: bool = True
    joined_on: date | None = None
    mayor_id: PersonId | None = None


@dataclass(frozen=True, slots=True)
class OrganisationInput:
    name: str
    sector: Sector = Sector.OTHER
    city_id: CityId | None = None


def country_code(text: str) -> str | None:
    """The code for a country given by code or English name, or None when it is not known."""
    wanted = text.strip().casefold()
    for code, name in COUNTRIES.items():
        if wanted in (code.casefold(), name.casefold()):
            return code
    return None


def country_problems(field: str, country: str) -> list[Problem]:
    """A city is in one of the countries the network works in (a code such as "PK")."""
    if country in COUNTRIES:
        return []
    text = translate("Cities", "{country} is not a country the network works in.")
    return [Problem(field, text.format(country=country))]


@dataclass(frozen=True, slots=True)
class CityName:
    """A city as a user may name it: by id, by its name or by its local name."""

    id: CityId
    name: str
    name_local: str | None
    country: str

    @property
    def label(self) -> str:
        """The city as a list shows it: its name, and its local name beside it."""
        return f"{self.name} ({self.name_local})" if self.name_local else self.name


def pick_city(cities: Iterable[CityName], text: str) -> CityId:
    """The one city text names (its id, or its name or local name in any letter case); one
    sentence when none or several do."""
    wanted = text.strip()
    listed = list(cities)
    for city in listed:
        if str(city.id) == wanted:
            return city.id
    folded = wanted.casefold()
    matches = [c for c in listed if folded in {c.name.casefold(), (c.name_local or "").casefold()}]
    if len(matches) == 1:
        return matches[0].id
    if not matches:
        require(unknown_city_problems("city", wanted))
    text = translate(
        "Cities", "More than one city is called {name}: give its id (scdesk check lists them)."
    )
    raise UserError(text.format(name=wanted))


def unknown_city_problems(field: str, name: str) -> list[Problem]:
    """A city named in words (on the command line, in a spreadsheet's city column) is one
    recorded here; the caller found none by that name."""
    text = translate("Cities", "No city called {name} is recorded here.")
    return [Problem(field, text.format(name=name))]


def city_problems(city: CityInput, today: date) -> list[Problem]:
    problems = required_text("name", city.name, translate("Cities", "City name"), limits.NAME)
    problems += optional_text(
        "name_local", city.name_local, translate("Cities", "Local name"), limits.NAME
    )
    problems += optional_text(
        "province", city.province, translate("Cities", "Province"), limits.NAME
    )
    if not city.country:
        problems.append(Problem("country", translate("Cities", "Choose the city's country.")))
    else:
        problems += country_problems("country", city.country)
    if city.joined_on is not None and city.joined_on > today:
        text = translate("Cities", "The date the city joined is in the future.")
        problems.append(Problem("joined_on", text))
    if city.joined_on is not None and not city.is_member:
        text = translate("Cities", "Only a member city has a date it joined the network.")
        problems.append(Problem("joined_on", text))
    return problems


@dataclass(frozen=True, slots=True)
class CityRecord:
    """A city as its form edits it and save_city stores it: a new city when city_id is None,
    or names no record yet (an id a spreadsheet brings)."""

    city_id: CityId | None
    city: CityInput


@dataclass(frozen=True, slots=True)
class OrganisationRecord:
    """An organisation as save_organisation stores it: a new one when organisation_id is None,
    or names no record yet (an id a spreadsheet brings)."""

    organisation_id: OrganisationId | None
    organisation: OrganisationInput


def organisation_problems(organisation: OrganisationInput) -> list[Problem]:
    return required_text(
        "name", organisation.name, translate("Organisations", "Name"), limits.TITLE
    )
