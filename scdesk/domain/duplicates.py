"""Probable duplicates: the candidate pair, its reasons in words, and how each kind is scored.

A candidate is a suggestion for a person to settle, never an action: two records that are
probably the same person, city, organisation or event, a score from 0 to 100, and the reasons
that made it, each a typed code with words a hub staffer reads. The pair is always written with
the smaller id first, so the same two records make the same candidate on every device and in
every run, and a later merge or dismissal can name it by (kind, first id, second id).

Each piece of evidence adds or takes away points; a clash (two birth years, two phone numbers,
two genders) takes away more than an agreement adds, because two different people often share
a name and a city but rarely a phone.
"""

import functools
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from uuid import UUID

from rapidfuzz import fuzz

from scdesk.domain.name_keys import NameMatch, Script, Spelling
from scdesk.domain.people import AgeBand, Gender
from scdesk.domain.rules import Problem
from scdesk.i18n import translate

#: Candidates under this score are not shown unless asked for (--min-score).
DEFAULT_MIN_SCORE = 55
#: Names less similar than this (0 to 1) are not compared further.
SIMILAR_NAME = 0.85
_HOUR = timedelta(hours=1)
#: What the same name gives a pair, and the same first name when one has no more.
NAME_POINTS = 45
FIRST_NAME_POINTS = 20


class DuplicateKind(StrEnum):
    PERSON = "person"
    CITY = "city"
    ORGANISATION = "organisation"
    MEETING = "meeting"
    ACTIVITY = "activity"


class ReasonCode(StrEnum):
    SAME_NAME = "same_name"
    SAME_NAME_OTHER_SCRIPT = "same_name_other_script"
    SAME_NAME_OTHER_SPELLING = "same_name_other_spelling"
    SIMILAR_NAME = "similar_name"
    FIRST_NAME_ONLY = "first_name_only"
    SAME_BIRTH_YEAR = "same_birth_year"
    BIRTH_YEAR_CLOSE = "birth_year_close"
    DIFFERENT_BIRTH_YEAR = "different_birth_year"
    AGE_FITS = "age_fits"
    AGE_CLASH = "age_clash"
    SAME_AGE_BAND = "same_age_band"
    DIFFERENT_AGE_BAND = "different_age_band"
    DIFFERENT_GENDER = "different_gender"
    SAME_CITY = "same_city"
    DIFFERENT_CITY = "different_city"
    SAME_PHONE = "same_phone"
    DIFFERENT_PHONE = "different_phone"
    SAME_EMAIL = "same_email"
    DIFFERENT_EMAIL = "different_email"
    SAME_ORGANISATION = "same_organisation"
    DIFFERENT_ORGANISATION = "different_organisation"
    SAME_COMMUNITY = "same_community"
    SAME_COUNTRY = "same_country"
    SAME_PROVINCE = "same_province"
    DIFFERENT_PROVINCE = "different_province"
    SAME_SECTOR = "same_sector"
    DIFFERENT_SECTOR = "different_sector"
    SAME_KIND = "same_kind"
    SAME_DAY = "same_day"
    SAME_HOUR = "same_hour"
    DIFFERENT_COMMITTEE = "different_committee"
    SAME_TITLE = "same_title"
    SIMILAR_TITLE = "similar_title"
    DIFFERENT_TITLE = "different_title"


@dataclass(frozen=True, slots=True)
class Reason:
    code: ReasonCode
    #: What this reason added to the score (negative for a clash).
    points: int
    #: The scripts of the two names, for a name written in two scripts.
    scripts: tuple[Script, ...] = ()

    @property
    def words(self) -> str:
        """The reason in the user's language; made when shown, since most pairs scored are
        never shown."""
        if self.code is ReasonCode.SAME_NAME_OTHER_SCRIPT and len(self.scripts) == 2:
            words = translate("Duplicates", "same name in {first} and {second} script")
            first, second = (script_name(s) for s in self.scripts)
            return words.format(first=first, second=second)
        return _WORDS.get(self.code, lambda: self.code.value)()


@dataclass(frozen=True, slots=True)
class Candidate:
    """Two records that are probably one; first_id < second_id always."""

    kind: DuplicateKind
    first_id: UUID
    second_id: UUID
    score: int
    reasons: tuple[Reason, ...]
    first_name: str
    second_name: str

    @property
    def key(self) -> tuple[DuplicateKind, UUID, UUID]:
        """What a dismissal or a merge names the pair by."""
        return (self.kind, self.first_id, self.second_id)

    @property
    def explanation(self) -> str:
        return ", ".join(reason.words for reason in self.reasons)


def min_score_problems(score: int) -> list[Problem]:
    """A score is from 0 to 100, so a threshold outside that would list everything or nothing."""
    if 0 <= score <= 100:
        return []
    return [
        Problem("min_score", translate("Duplicates", "The lowest score must be from 0 to 100."))
    ]


def candidate(
    kind: DuplicateKind, a: tuple[UUID, str], b: tuple[UUID, str], reasons: Iterable[Reason]
) -> Candidate:
    """The pair in its stable order, scored by its reasons, 0 to 100."""
    (first, first_name), (second, second_name) = sorted((a, b))
    kept = tuple(reasons)
    score = max(0, min(100, sum(reason.points for reason in kept)))
    return Candidate(kind, first, second, score, kept, first_name, second_name)


# ---------------------------------------------------------------- the facts each kind compares
#: A record's id as the store reads it fastest (its text on SQLite, a UUID on PostgreSQL): the
#: search only tells ids apart, and a candidate holds them as UUIDs (as_uuid). Making a UUID of
#: every person's ids took more time than the whole exact-name self-join.
StoredId = Hashable


def as_uuid(value: StoredId) -> UUID:
    return value if isinstance(value, UUID) else UUID(str(value))


@dataclass(frozen=True, slots=True)
class PersonFacts:
    id: StoredId
    name: str
    gender: Gender
    city_id: StoredId | None
    organisation_id: StoredId | None
    birth_year: int | None
    age_band: AgeBand | None
    phone: str | None
    email: str | None
    community: str | None


@dataclass(frozen=True, slots=True)
class CityFacts:
    id: UUID
    name: str
    name_local: str | None
    country: str
    province: str | None


@dataclass(frozen=True, slots=True)
class OrganisationFacts:
    id: UUID
    name: str
    sector: str
    city_id: UUID | None
    #: Words of the city's name in an organisation's name do not tell it from the others there.
    city_name: str | None = None


@dataclass(frozen=True, slots=True)
class EventFacts:
    """A meeting or a youth activity: what two officers recording the same event agree on."""

    id: UUID
    title: str
    kind: str
    city_id: UUID
    day: date
    #: A meeting's start; None for a youth activity, which is recorded by day.
    starts_at: datetime | None = None
    committee_id: UUID | None = None


# ---------------------------------------------------------------- names
def script_name(script: Script) -> str:
    names = {
        Script.LATIN: translate("Duplicates", "Latin"),
        Script.URDU: translate("Duplicates", "Urdu"),
        Script.DEVANAGARI: translate("Duplicates", "Devanagari"),
        Script.BENGALI: translate("Duplicates", "Bengali"),
        Script.TAMIL: translate("Duplicates", "Tamil"),
        Script.SINHALA: translate("Duplicates", "Sinhala"),
    }
    return names.get(script, translate("Duplicates", "another"))


def name_reason(
    texts: tuple[str, str],
    spellings: tuple[Spelling, Spelling],
    match: NameMatch,
    *,
    first_names: bool = False,
) -> Reason | None:
    """What the names say, or None when they are too far apart to be one record. A one-word
    name (a child is recorded by first name only) is weak evidence when first_names is set."""
    if match.similarity < SIMILAR_NAME:
        return None
    if first_names and match.matched < 2:
        return Reason(ReasonCode.FIRST_NAME_ONLY, FIRST_NAME_POINTS)
    if " ".join(texts[0].casefold().split()) == " ".join(texts[1].casefold().split()):
        return Reason(ReasonCode.SAME_NAME, NAME_POINTS)
    scripts = (spellings[0].script, spellings[1].script)
    if match.same and scripts[0] != scripts[1]:
        ordered = tuple(sorted(scripts, key=lambda s: s is Script.LATIN))
        return Reason(ReasonCode.SAME_NAME_OTHER_SCRIPT, NAME_POINTS, ordered)
    if match.same:
        return Reason(ReasonCode.SAME_NAME_OTHER_SPELLING, NAME_POINTS - 5)
    points = 25 + round((match.similarity - SIMILAR_NAME) / (1 - SIMILAR_NAME) * 13)
    return Reason(ReasonCode.SIMILAR_NAME, points)


# ---------------------------------------------------------------- people
def person_reasons(a: PersonFacts, b: PersonFacts, this_year: int) -> list[Reason]:
    """Everything but the name: each fact both records hold either agrees or clashes."""
    reasons: list[Reason] = []
    told = {Gender.FEMALE, Gender.MALE}
    if a.gender in told and b.gender in told and a.gender != b.gender:
        reasons.append(Reason(ReasonCode.DIFFERENT_GENDER, -60))
    reasons += _age_reasons(a, b, this_year)
    reasons += _same_or_not(
        a.city_id, b.city_id, (ReasonCode.SAME_CITY, 15), (ReasonCode.DIFFERENT_CITY, -40)
    )
    reasons += _same_or_not(
        _phone(a.phone),
        _phone(b.phone),
        (ReasonCode.SAME_PHONE, 30),
        (ReasonCode.DIFFERENT_PHONE, -40),
    )
    reasons += _same_or_not(
        _email(a.email),
        _email(b.email),
        (ReasonCode.SAME_EMAIL, 30),
        (ReasonCode.DIFFERENT_EMAIL, -15),
    )
    reasons += _same_or_not(
        a.organisation_id,
        b.organisation_id,
        (ReasonCode.SAME_ORGANISATION, 10),
        (ReasonCode.DIFFERENT_ORGANISATION, -10),
    )
    if a.community and b.community and a.community.casefold() == b.community.casefold():
        reasons.append(_reason(ReasonCode.SAME_COMMUNITY, 5))
    return reasons


def person_ceiling(a: PersonFacts, b: PersonFacts) -> int:
    """The most that person_reasons could add for the facts both records hold: a pair whose
    name and ceiling together fall short of the threshold need not be weighed."""
    ages = (a.birth_year is not None or a.age_band is not None) and (
        b.birth_year is not None or b.age_band is not None
    )
    years = a.birth_year is not None and b.birth_year is not None
    return (
        (20 if years else 5 if ages else 0)
        + (15 if a.city_id is not None and b.city_id is not None else 0)
        + (30 if a.phone and b.phone else 0)
        + (30 if a.email and b.email else 0)
        + (10 if a.organisation_id is not None and b.organisation_id is not None else 0)
        + (5 if a.community and b.community else 0)
    )


def _age_reasons(a: PersonFacts, b: PersonFacts, this_year: int) -> list[Reason]:
    if a.birth_year is not None and b.birth_year is not None:
        apart = abs(a.birth_year - b.birth_year)
        if apart == 0:
            return [_reason(ReasonCode.SAME_BIRTH_YEAR, 20)]
        if apart == 1:
            return [_reason(ReasonCode.BIRTH_YEAR_CLOSE, 5)]
        return [_reason(ReasonCode.DIFFERENT_BIRTH_YEAR, -60)]
    if a.age_band is not None and b.age_band is not None:
        if a.age_band == b.age_band:
            return [_reason(ReasonCode.SAME_AGE_BAND, 5)]
        bands = list(AgeBand)
        if abs(bands.index(a.age_band) - bands.index(b.age_band)) > 1:
            return [_reason(ReasonCode.DIFFERENT_AGE_BAND, -40)]
        return []
    year = a.birth_year if a.birth_year is not None else b.birth_year
    band = a.age_band if a.age_band is not None else b.age_band
    if year is None or band is None:
        return []
    # A band may have been recorded up to two years before the birth year was.
    if _fits(band, this_year - year):
        return [_reason(ReasonCode.AGE_FITS, 5)]
    return [_reason(ReasonCode.AGE_CLASH, -40)]


@functools.lru_cache(maxsize=256)
def _fits(band: AgeBand, age: int) -> bool:
    return band in {AgeBand.for_age(max(0, age - back)) for back in range(3)}


@functools.lru_cache(maxsize=1 << 16)
def _phone(text: str | None) -> str | None:
    """The last nine digits: +92 300 1234567 and 0300-1234567 are one number."""
    digits = "".join(c for c in text or "" if c.isdigit())
    return digits[-9:] if len(digits) >= 6 else None


def _email(text: str | None) -> str | None:
    cleaned = (text or "").strip().casefold()
    return cleaned or None


# ---------------------------------------------------------------- cities and organisations
def city_reasons(a: CityFacts, b: CityFacts) -> list[Reason]:
    reasons = [_reason(ReasonCode.SAME_COUNTRY, 15)] if a.country == b.country else []
    reasons += _same_or_not(
        _folded(a.province),
        _folded(b.province),
        (ReasonCode.SAME_PROVINCE, 10),
        (ReasonCode.DIFFERENT_PROVINCE, -20),
    )
    return reasons


def organisation_reasons(a: OrganisationFacts, b: OrganisationFacts) -> list[Reason]:
    reasons = _same_or_not(
        a.city_id, b.city_id, (ReasonCode.SAME_CITY, 15), (ReasonCode.DIFFERENT_CITY, -40)
    )
    reasons += _same_or_not(
        a.sector, b.sector, (ReasonCode.SAME_SECTOR, 10), (ReasonCode.DIFFERENT_SECTOR, -20)
    )
    return reasons


# ---------------------------------------------------------------- meetings and youth activities
def event_reasons(a: EventFacts, b: EventFacts, latin_titles: tuple[str, str]) -> list[Reason]:
    """Two officers at one workshop record the same kind, city and day, often under titles of
    their own; a different kind or committee is a different event."""
    if a.kind != b.kind or a.city_id != b.city_id or a.day != b.day:
        return []
    reasons = [
        _reason(ReasonCode.SAME_KIND, 30),
        _reason(ReasonCode.SAME_CITY, 15),
        _reason(ReasonCode.SAME_DAY, 20),
    ]
    starts = (a.starts_at, b.starts_at)
    if starts[0] is not None and starts[1] is not None and abs(starts[0] - starts[1]) < _HOUR:
        reasons.append(_reason(ReasonCode.SAME_HOUR, 10))
    if a.committee_id and b.committee_id and a.committee_id != b.committee_id:
        reasons.append(_reason(ReasonCode.DIFFERENT_COMMITTEE, -60))
    similarity = fuzz.token_sort_ratio(*latin_titles) / 100
    if latin_titles[0] == latin_titles[1]:
        reasons.append(_reason(ReasonCode.SAME_TITLE, 30))
    elif similarity >= SIMILAR_NAME:
        reasons.append(_reason(ReasonCode.SIMILAR_TITLE, 20))
    else:
        reasons.append(_reason(ReasonCode.DIFFERENT_TITLE, -10))
    return reasons


# ---------------------------------------------------------------- words
def _reason(code: ReasonCode, points: int) -> Reason:
    return Reason(code, points)


#: The words of each reason that needs no detail; looked up only for the candidates shown.
_WORDS: dict[ReasonCode, Callable[[], str]] = {
    ReasonCode.SAME_NAME: lambda: translate("Duplicates", "same name"),
    ReasonCode.SAME_NAME_OTHER_SPELLING: lambda: translate(
        "Duplicates", "same name, spelled differently"
    ),
    ReasonCode.SIMILAR_NAME: lambda: translate("Duplicates", "similar name"),
    ReasonCode.FIRST_NAME_ONLY: lambda: translate(
        "Duplicates", "same first name, nothing more to compare in the names"
    ),
    ReasonCode.SAME_BIRTH_YEAR: lambda: translate("Duplicates", "same birth year"),
    ReasonCode.BIRTH_YEAR_CLOSE: lambda: translate("Duplicates", "birth years a year apart"),
    ReasonCode.DIFFERENT_BIRTH_YEAR: lambda: translate("Duplicates", "different birth years"),
    ReasonCode.AGE_FITS: lambda: translate("Duplicates", "birth year fits the age band"),
    ReasonCode.AGE_CLASH: lambda: translate("Duplicates", "birth year does not fit the age band"),
    ReasonCode.SAME_AGE_BAND: lambda: translate("Duplicates", "same age band"),
    ReasonCode.DIFFERENT_AGE_BAND: lambda: translate("Duplicates", "age bands far apart"),
    ReasonCode.DIFFERENT_GENDER: lambda: translate("Duplicates", "different genders"),
    ReasonCode.SAME_CITY: lambda: translate("Duplicates", "same city"),
    ReasonCode.DIFFERENT_CITY: lambda: translate("Duplicates", "different cities"),
    ReasonCode.SAME_PHONE: lambda: translate("Duplicates", "same phone number"),
    ReasonCode.DIFFERENT_PHONE: lambda: translate("Duplicates", "different phone numbers"),
    ReasonCode.SAME_EMAIL: lambda: translate("Duplicates", "same e-mail address"),
    ReasonCode.DIFFERENT_EMAIL: lambda: translate("Duplicates", "different e-mail addresses"),
    ReasonCode.SAME_ORGANISATION: lambda: translate("Duplicates", "same organisation"),
    ReasonCode.DIFFERENT_ORGANISATION: lambda: translate("Duplicates", "different organisations"),
    ReasonCode.SAME_COMMUNITY: lambda: translate("Duplicates", "same community"),
    ReasonCode.SAME_COUNTRY: lambda: translate("Duplicates", "same country"),
    ReasonCode.SAME_PROVINCE: lambda: translate("Duplicates", "same province"),
    ReasonCode.DIFFERENT_PROVINCE: lambda: translate("Duplicates", "different provinces"),
    ReasonCode.SAME_SECTOR: lambda: translate("Duplicates", "same sector"),
    ReasonCode.DIFFERENT_SECTOR: lambda: translate("Duplicates", "different sectors"),
    ReasonCode.SAME_KIND: lambda: translate("Duplicates", "same kind of event"),
    ReasonCode.SAME_DAY: lambda: translate("Duplicates", "same day"),
    ReasonCode.SAME_HOUR: lambda: translate("Duplicates", "same starting time"),
    ReasonCode.DIFFERENT_COMMITTEE: lambda: translate("Duplicates", "different committees"),
    ReasonCode.SAME_TITLE: lambda: translate("Duplicates", "same title"),
    ReasonCode.SIMILAR_TITLE: lambda: translate("Duplicates", "similar title"),
    ReasonCode.DIFFERENT_TITLE: lambda: translate("Duplicates", "different titles"),
}


def _same_or_not(
    a: object, b: object, same: tuple[ReasonCode, int], other: tuple[ReasonCode, int]
) -> list[Reason]:
    """A fact counts only when both records hold it."""
    if a is None or b is None:
        return []
    return [_reason(*same)] if a == b else [_reason(*other)]


def _folded(text: str | None) -> str | None:
    return text.strip().casefold() if text and text.strip() else None
