"""Where figures are counted: a country, a city, or a city within a country."""

from scdesk.domain.labels import country_label
from scdesk.domain.places import CityName
from scdesk.domain.rules import Problem
from scdesk.i18n import translate


def scope_problems(city: CityName | None, country: str | None) -> list[Problem]:
    """A city and a country asked for together: the city is in that country (else every
    figure would be counted as none)."""
    if city is None or country is None or city.country == country:
        return []
    #: Translators: {city} is a city's name; {its} and {country} are countries' names.
    text = translate("Figures", "{city} is in {its}, not in {country}: ask for the city alone.")
    found = text.format(
        city=city.label, its=country_label(city.country), country=country_label(country)
    )
    return [Problem("city", found)]
