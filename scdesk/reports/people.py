"""How a report names people and places. People who withdrew their consent are never named."""

from typing import Protocol

from scdesk.i18n import translate
from scdesk.store.queries.minutes import PersonLine


def not_named() -> str:
    """What a report prints for someone who withdrew their consent, where a name would go."""
    return translate("Reports", "(not named)")


def person_name(person: PersonLine) -> str:
    return not_named() if person.withdrawn else person.name


def named(name: str, withdrawn: bool) -> str:
    """A name as a report prints it."""
    return not_named() if withdrawn else name


def role_line(person: PersonLine) -> str:
    """A person's title and organisation, as far as they are recorded (never their community,
    which is no title, and which a list of names must not give away)."""
    if person.withdrawn:
        return "—"
    parts = [p for p in (person.title, person.organisation) if p]
    return ", ".join(parts) or "—"


class _City(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def name_local(self) -> str | None: ...


def city_name(city: _City) -> str:
    """The city's name, and its name in the local script where one is recorded."""
    if city.name_local and city.name_local != city.name:
        return f"{city.name} ({city.name_local})"
    return city.name
