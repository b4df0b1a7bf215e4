"""People (stakeholders): who they are, their consent, and the rule keeping minors' data minimal."""

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import NewType, Protocol
from uuid import UUID

from scdesk.domain import limits
from scdesk.domain.rules import Problem, optional_text, required_text
from scdesk.i18n import translate

PersonId = NewType("PersonId", UUID)
CityId = NewType("CityId", UUID)
OrganisationId = NewType("OrganisationId", UUID)

ADULT_AGE = 18
#: Youth, for the key figures: under 25 (the UN's 15 to 24, and the children below them).
YOUTH_AGE_LIMIT = 25


class Gender(StrEnum):
    FEMALE = "female"
    MALE = "male"
    ANOTHER = "another"
    UNDISCLOSED = "undisclosed"  # "prefer not to say"


class AgeBand(StrEnum):
    UNDER_15 = "0-14"
    FROM_15 = "15-17"
    FROM_18 = "18-24"
    FROM_25 = "25-34"
    FROM_35 = "35-49"
    FROM_50 = "50-64"
    FROM_65 = "65+"

    @property
    def lowest_age(self) -> int:
        return _BAND_START[self]

    @property
    def is_minor(self) -> bool:
        return self.lowest_age < ADULT_AGE

    @property
    def is_youth(self) -> bool:
        return self.lowest_age < YOUTH_AGE_LIMIT

    @classmethod
    def for_age(cls, age: int) -> "AgeBand":
        band = cls.UNDER_15
        for candidate, start in _BAND_START.items():
            if age >= start:
                band = candidate
        return band


_BAND_START = {
    AgeBand.UNDER_15: 0,
    AgeBand.FROM_15: 15,
    AgeBand.FROM_18: 18,
    AgeBand.FROM_25: 25,
    AgeBand.FROM_35: 35,
    AgeBand.FROM_50: 50,
    AgeBand.FROM_65: 65,
}


class StakeholderType(StrEnum):
    MAYOR = "mayor"  # mayor or local leader
    MUNICIPAL_OFFICIAL = "municipal_official"
    NATIONAL_OFFICIAL = "national_official"
    CIVIL_SOCIETY = "civil_society"
    RELIGIOUS_LEADER = "religious_leader"
    YOUTH = "youth"
    WOMENS_GROUP = "womens_group"
    POLICE = "police"
    OTHER = "other"


class GroupTag(StrEnum):
    """Marginalised groups a person may belong to; a person may carry several."""

    DISPLACED = "displaced"
    REFUGEE = "refugee"
    RELIGIOUS_MINORITY = "religious_minority"
    ETHNIC_MINORITY = "ethnic_minority"
    DISABILITY = "disability"
    OTHER = "other"


class ConsentGiver(StrEnum):
    SELF = "self"
    GUARDIAN = "guardian"


class ConsentForm(StrEnum):
    ORAL = "oral"
    WRITTEN = "written"


@dataclass(frozen=True, slots=True)
class PersonInput:
    """A person as a form collects it; field names are the store's column names."""

    name: str
    gender: Gender = Gender.UNDISCLOSED
    city_id: CityId | None = None
    organisation_id: OrganisationId | None = None
    title: str | None = None
    birth_year: int | None = None
    age_band: AgeBand | None = None
    stakeholder_type: StakeholderType = StakeholderType.OTHER
    community: str | None = None
    phone: str | None = None
    email: str | None = None
    consent_participation: bool = False
    consent_photo: bool = False
    consent_data: bool = False
    consent_by: ConsentGiver | None = None
    consent_form: ConsentForm | None = None
    consent_on: date | None = None
    consent_withdrawn_on: date | None = None
    #: The person's fields of expertise, separated by commas or lines; empty or None: not in the
    #: hub's expert pool.
    expertise: str | None = None


@dataclass(frozen=True, slots=True)
class PersonRecord:
    """A person as their form edits them and save_person stores them, with their
    marginalised-group tags: a new person when person_id is None, or names no record yet (an id
    a spreadsheet brings)."""

    person_id: PersonId | None
    person: PersonInput
    #: The person's tags, all of them; None leaves the tags recorded as they are (a sheet
    #: without a groups column).
    groups: frozenset[GroupTag] | None = frozenset()


def age_at(birth_year: int, on: date) -> int:
    """The age a person has surely reached on a day when only the birth year is known.

    It errs low (a birthday later in the year is assumed not yet passed), so anyone who might still
    be under 18 is treated as a minor.
    """
    return on.year - birth_year - 1


def age_band_at(birth_year: int | None, age_band: AgeBand | None, on: date) -> AgeBand | None:
    """The band on a given day: from the birth year when known, otherwise the band recorded."""
    if birth_year is not None:
        return AgeBand.for_age(max(age_at(birth_year, on), 0))
    return age_band


def is_minor(birth_year: int | None, age_band: AgeBand | None, on: date) -> bool:
    band = age_band_at(birth_year, age_band, on)
    return band is not None and band.is_minor


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[0-9 ()./-]{6,24}$")


#: Commas, semicolons and line ends, the Arabic script's comma (،) and semicolon (؛) among them.
_FIELD_SEPARATORS = re.compile(r"[,;\n\u060c\u061b]")


def expertise_fields(expertise: str | None) -> tuple[str, ...]:
    """The fields of expertise in what was typed: split at commas, semicolons and line ends,
    trimmed, blanks and repeats (whatever their case) left out, in the order given."""
    found: dict[str, str] = {}
    for part in _FIELD_SEPARATORS.split(expertise or ""):
        field = " ".join(part.split())
        if field:
            found.setdefault(field.casefold(), field)
    return tuple(found.values())


def tidy_expertise(expertise: str | None) -> str | None:
    """The fields of expertise as they are stored: one line, separated by commas; None when
    there are none."""
    return ", ".join(expertise_fields(expertise)) or None


def in_expert_pool(expertise: str | None) -> bool:
    """A person is in the hub's expert pool while at least one field of expertise is recorded."""
    return bool(expertise_fields(expertise))


def person_problems(person: PersonInput, today: date) -> list[Problem]:
    """Every rule a person record must meet, field by field."""
    problems = required_text("name", person.name, translate("People", "Name"), limits.NAME)
    problems += optional_text("title", person.title, translate("People", "Title"), limits.NAME)
    problems += optional_text(
        "community", person.community, translate("People", "Community"), limits.NAME
    )
    problems += optional_text("email", person.email, translate("People", "E-mail"), limits.NAME)
    problems += optional_text(
        "expertise", person.expertise, translate("People", "Expertise"), limits.PARAGRAPH
    )
    problems += _birth_year_problems(person, today)
    problems += _contact_problems(person)
    if is_minor(person.birth_year, person.age_band, today):
        problems += _minor_problems(person)
    problems += consent_problems(person, today)
    return problems


def _birth_year_problems(person: PersonInput, today: date) -> list[Problem]:
    by = person.birth_year
    if by is not None and not 1900 <= by <= today.year:
        text = translate("People", "The birth year {year} is not possible.")
        return [Problem("birth_year", text.format(year=by))]
    band = person.age_band
    if by is not None and band is not None and age_band_at(by, None, today) != band:
        text = translate("People", "The age band does not match the birth year {year}.")
        return [Problem("age_band", text.format(year=by))]
    return []


def _contact_problems(person: PersonInput) -> list[Problem]:
    problems = []
    if person.email and not _EMAIL.match(person.email):
        text = translate("People", "{email} is not an e-mail address.")
        problems.append(Problem("email", text.format(email=person.email)))
    if person.phone and not _PHONE.match(person.phone):
        text = translate("People", "{phone} is not a phone number: use digits, spaces and +.")
        problems.append(Problem("phone", text.format(phone=person.phone)))
    return problems


def _minor_problems(person: PersonInput) -> list[Problem]:
    """A minor is recorded with the least data that serves: first name, age band, community."""
    kept = {
        "phone": translate("People", "A person under 18 is recorded without a phone number."),
        "email": translate("People", "A person under 18 is recorded without an e-mail address."),
        "title": translate("People", "A person under 18 is recorded without a title."),
        "organisation_id": translate(
            "People", "A person under 18 is recorded without an organisation."
        ),
        "birth_year": translate(
            "People", "A person under 18 is recorded with an age band, not a birth year."
        ),
        "expertise": translate(
            "People", "A person under 18 is recorded without fields of expertise."
        ),
    }
    problems = [Problem(field, text) for field, text in kept.items() if getattr(person, field)]
    if person.consent_participation and person.consent_by is not ConsentGiver.GUARDIAN:
        text = translate("People", "A person under 18 needs the consent of a parent or guardian.")
        problems.append(Problem("consent_by", text))
    return problems


def consent_problems(person: PersonInput, today: date) -> list[Problem]:
    """Consent to take part is recorded with who gave it, how and when, before a person is kept."""
    if not person.consent_participation:
        text = translate("People", "Record the person's consent to take part before saving them.")
        return [Problem("consent_participation", text)]
    problems = []
    if person.consent_by is None:
        text = translate("People", "Say who gave consent: the person or a parent or guardian.")
        problems.append(Problem("consent_by", text))
    if person.consent_form is None:
        text = translate("People", "Say how consent was given: orally or in writing.")
        problems.append(Problem("consent_form", text))
    if person.consent_on is None:
        problems.append(Problem("consent_on", translate("People", "Give the date of consent.")))
    elif person.consent_on > today:
        text = translate("People", "The date of consent is in the future.")
        problems.append(Problem("consent_on", text))
    if person.consent_withdrawn_on is not None:
        problems += withdrawal_problems(person.consent_withdrawn_on, person.consent_on, today)
    return problems


def consent_withdrawn(withdrawn_on: date | None, today: date) -> bool:
    """Whether a person withdrew their consent by today: from that day no report names them."""
    return withdrawn_on is not None and withdrawn_on <= today


def shown_owner(
    person: str | None, withdrawn_on: date | None, organisation: str | None, today: date
) -> tuple[str | None, bool]:
    """Who a report names as an action's owner, and whether it stands for someone not named: a
    person who withdrew their consent gives way to their organisation, where one is given."""
    if person is not None and consent_withdrawn(withdrawn_on, today):
        return (organisation, False) if organisation else (person, True)
    return person or organisation, False


def withdrawal_problems(withdrawn_on: date, consent_on: date | None, today: date) -> list[Problem]:
    """Consent is withdrawn on a day that has come, and not before it was given."""
    problems = []
    if withdrawn_on > today:
        text = translate("People", "The date consent was withdrawn is in the future.")
        problems.append(Problem("consent_withdrawn_on", text))
    if consent_on is not None and withdrawn_on < consent_on:
        text = translate("People", "Consent cannot be withdrawn before the day it was given.")
        problems.append(Problem("consent_withdrawn_on", text))
    return problems


class Attending(Protocol):
    """What the rules need of a person recorded at an event."""

    @property
    def name(self) -> str: ...
    @property
    def birth_year(self) -> int | None: ...
    @property
    def age_band(self) -> AgeBand | None: ...
    @property
    def phone(self) -> str | None: ...
    @property
    def email(self) -> str | None: ...
    @property
    def consent_withdrawn_on(self) -> date | None: ...


def attending_problems(person: Attending, day: date, field: str) -> list[Problem]:
    """Who is recorded at an event has not withdrawn consent, and whoever was under 18 on the
    day is on record without contact details."""
    return attendee_problems(
        person.name,
        birth_year=person.birth_year,
        age_band=person.age_band,
        has_contact=bool(person.phone or person.email),
        consent_withdrawn_on=person.consent_withdrawn_on,
        day=day,
        field=field,
    )


def attendee_problems(
    name: str,
    *,
    birth_year: int | None,
    age_band: AgeBand | None,
    has_contact: bool,
    consent_withdrawn_on: date | None,
    day: date,
    field: str,
) -> list[Problem]:
    """The rule of attending_problems, for a form that holds what it needs of each person as
    plain values (whether they have contact details, not the details themselves)."""
    problems = []
    if consent_withdrawn(consent_withdrawn_on, day):
        text = translate("People", "{name} has withdrawn consent and cannot be recorded here.")
        problems.append(Problem(field, text.format(name=name)))
    if has_contact and is_minor(birth_year, age_band, day):
        text = translate(
            "People", "{name} was under 18 on the day: remove their phone number and e-mail first."
        )
        problems.append(Problem(field, text.format(name=name)))
    return problems
