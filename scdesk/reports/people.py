"""How a report names people and places."""

from scdesk.store.queries.minutes import CityLine, PersonLine


def person_name(person: PersonLine) -> str:
    return person.name


def role_line(person: PersonLine) -> str:
    """A person's title and organisation, as far as they are recorded."""
    parts = [p for p in (person.title, person.organisation) if p]
    if not parts and person.community:
        parts.append(person.community)
    return ", ".join(parts) or "—"


def city_name(city: CityLine) -> str:
    """The city's name, and its name in the local script where one is recorded."""
    if city.name_local and city.name_local != city.name:
        return f"{city.name} ({city.name_local})"
    return city.name
