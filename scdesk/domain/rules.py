"""How a rule reports a problem: per field, so a form can show it inline, and as one sentence."""

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from scdesk.domain.errors import UserError
from scdesk.domain.languages import language_codes
from scdesk.i18n import translate


class Part(StrEnum):
    """A part of a record that a form shows apart from the record's own fields."""

    AGENDA = "agenda"
    ACTIONS = "actions"
    SESSIONS = "sessions"
    MEMBERSHIPS = "memberships"
    FACTORS = "factors"
    OBJECTIVES = "objectives"
    PLAN_ACTIONS = "plan_actions"
    FINDINGS = "findings"
    #: An indicator's targets, one row per period and city.
    TARGETS = "targets"
    #: The city a first-run setup adds beside the device.
    NEW_CITY = "new_city"


@dataclass(frozen=True, slots=True)
class Location:
    """Where in a record a problem is: a part and, for a part made of rows, the row (its index,
    or its key where rows move and nest, as agenda items do)."""

    part: Part
    row: int | str | None = None


@dataclass(frozen=True, slots=True)
class Problem:
    """One broken rule: the field it belongs to (for inline display), the sentence to show and,
    for a field of a record's part, where that part is."""

    field: str
    message: str
    location: Location | None = None

    def within(self, part: Part) -> bool:
        return self.location is not None and self.location.part is part


def located(problems: Iterable[Problem], part: Part, row: int | str | None = None) -> list[Problem]:
    """A part's own problems (an agenda item's, a session's) placed in the record holding it."""
    return [Problem(p.field, p.message, Location(part, row)) for p in problems]


def by_row(problems: Iterable[Problem], part: Part) -> dict[int | str, list[Problem]]:
    """The problems of one part, by row, for a form to show each under its row."""
    rows: dict[int | str, list[Problem]] = {}
    for problem in problems:
        location = problem.location
        if location is not None and location.part is part and location.row is not None:
            rows.setdefault(location.row, []).append(problem)
    return rows


class InvalidRecordError(UserError):
    """A record that breaks one or more rules; the first sentence is the message."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__(problems[0].message)
        self.problems = tuple(problems)


def require(problems: Iterable[Problem]) -> None:
    """Raise when there is any problem; services call this before they write anything."""
    found = list(problems)
    if found:
        raise InvalidRecordError(found)


def required_text(field: str, value: str | None, label: str, limit: int) -> list[Problem]:
    """A required text: not blank, and no longer than its kind's limit (domain/limits.py)."""
    if value is None or not value.strip():
        #: Translators: {label} is the name of a form field, such as "Name" or "Title".
        text = translate("Rules", "{label} is required.")
        return [Problem(field, text.format(label=label))]
    return optional_text(field, value, label, limit)


def optional_text(field: str, value: str | None, label: str, limit: int) -> list[Problem]:
    if value is not None and len(value) > limit:
        text = translate("Rules", "{label} is too long: at most {limit} characters.")
        return [Problem(field, text.format(label=label, limit=limit))]
    return []


def chosen(field: str, value: object | None, sentence: str) -> list[Problem]:
    """A choice the record cannot do without, such as its city."""
    return [Problem(field, sentence)] if value is None else []


def date_order(field: str, start: date | None, end: date | None) -> list[Problem]:
    """An end, where there is one, is not before its start."""
    if start is not None and end is not None and end < start:
        text = translate("Rules", "The end date ({end}) is before the start date ({start}).")
        return [Problem(field, text.format(start=start.isoformat(), end=end.isoformat()))]
    return []


def not_negative(field: str, value: int | None, label: str) -> list[Problem]:
    if value is not None and value < 0:
        text = translate("Rules", "{label} cannot be negative.")
        return [Problem(field, text.format(label=label))]
    return []


_LANGUAGE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")


def language_code(field: str, value: str) -> list[Problem]:
    """A BCP 47 language tag, such as the codes of the languages scdesk supports ("ur", "hi")."""
    if not _LANGUAGE.match(value):
        #: Translators: {codes} lists language codes, such as "en, ur, hi".
        text = translate("Rules", "{value} is not a language code such as {codes}.")
        return [Problem(field, text.format(value=value, codes=", ".join(language_codes())))]
    return []
