"""Key figures, derived from records and never typed: who was engaged, where, and how many events.

The store gathers plain facts (who attended what, when, where; anonymous headcounts; events held);
this module counts them. A person is counted once per figure however many events they attended
and whichever device recorded them. Figures for an outward report leave out people who withdrew
consent and suppress counts under 5, with whatever other cell or total would reveal them.
"""

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from uuid import UUID

from scdesk.domain.meetings import MeetingKind
from scdesk.domain.people import AgeBand, Gender, GroupTag, StakeholderType

SUPPRESSION_THRESHOLD = 5
YOUTH_ACTIVITY = "youth_activity"
NOT_RECORDED = "not_recorded"
NO_GROUP = "none"


class FigureKey(StrEnum):
    PEOPLE_ENGAGED = "people_engaged"
    MAYORS_ENGAGED = "mayors_engaged"
    YOUTH_REACHED = "youth_reached"
    EVENTS_HELD = "events_held"
    MEMBER_CITIES = "member_cities"


class Dimension(StrEnum):
    GENDER = "gender"
    AGE_BAND = "age_band"
    COUNTRY = "country"
    CITY = "city"
    STAKEHOLDER_TYPE = "stakeholder_type"
    GROUP = "group"
    KIND = "kind"
    #: A grant's status and currency: only the grants figure an indicator may follow gives them.
    STATUS = "status"
    CURRENCY = "currency"


PEOPLE_DIMENSIONS = (
    Dimension.GENDER,
    Dimension.AGE_BAND,
    Dimension.COUNTRY,
    Dimension.CITY,
    Dimension.STAKEHOLDER_TYPE,
    Dimension.GROUP,
)
#: Dimensions whose cells split the total: a person or event is in exactly one cell. A person may
#: belong to several groups, so the group breakdown does not add up to the total.
PARTITIONS = frozenset(set(Dimension) - {Dimension.GROUP})


@dataclass(frozen=True, slots=True)
class CityRef:
    id: UUID
    name: str
    country: str


@dataclass(frozen=True, slots=True)
class PersonFacts:
    id: UUID
    gender: Gender
    stakeholder_type: StakeholderType
    groups: frozenset[GroupTag]
    home: CityRef | None
    consent_withdrawn: bool


@dataclass(frozen=True, slots=True)
class Engagement:
    """A named person present at an event held in the period."""

    person_id: UUID
    day: date
    city: CityRef
    age_band: AgeBand | None


@dataclass(frozen=True, slots=True)
class AnonymousCount:
    """People counted without names at an event held in the period."""

    count: int
    gender: Gender
    age_band: AgeBand | None
    group: GroupTag | None
    city: CityRef


@dataclass(frozen=True, slots=True)
class EventFact:
    id: UUID
    kind: str  # a MeetingKind value, or YOUTH_ACTIVITY
    city: CityRef


@dataclass(frozen=True, slots=True)
class Facts:
    people: Mapping[UUID, PersonFacts]
    engagements: tuple[Engagement, ...]
    anonymous: tuple[AnonymousCount, ...]
    events: tuple[EventFact, ...]
    member_cities: tuple[CityRef, ...]
    #: The day each member city joined the network, where it is recorded.
    joined: Mapping[UUID, date] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Figure:
    """A total and its breakdowns; None marks a suppressed count (outward figures only).

    A count is suppressed either because it is under the threshold, or only because it would
    reveal one that is (secondary suppression): the second kind is listed in `secondary`, so
    that a report never prints "<5" for a count that may well be 5 or more.
    """

    total: int | None
    breakdowns: Mapping[Dimension, Mapping[str, int | None]]
    secondary: Mapping[Dimension, frozenset[str]] = field(default_factory=dict)

    def hidden_to_protect(self, dimension: Dimension, key: str) -> bool:
        """Whether the cell is suppressed only so that a smaller one cannot be worked out."""
        return key in self.secondary.get(dimension, frozenset())


@dataclass(frozen=True, slots=True)
class KeyFigures:
    period_from: date | None
    period_to: date | None
    country: str | None
    city: UUID | None
    outward: bool
    figures: Mapping[FigureKey, Figure]
    cities: Mapping[UUID, CityRef] = field(default_factory=dict)
    #: Pairs of probable duplicates both counted here and not yet merged or dismissed: each
    #: may count one person, event or city twice, so no figure leaves without saying so.
    unsettled_duplicates: int = 0
    #: Records counted here that a merge left breaking a rule, waiting for review (scdesk
    #: conflicts): each is counted as it stands, with the values the merge gave it.
    under_review: int = 0
    #: Member cities that joined the network within the period; None for a period with no start.
    new_member_cities: int | None = None


def key_figures(
    facts: Facts,
    *,
    period_from: date | None,
    period_to: date | None,
    country: str | None,
    city: UUID | None,
    outward: bool,
) -> KeyFigures:
    people = {pid: p for pid, p in facts.people.items() if not (outward and p.consent_withdrawn)}
    latest = _latest_engagements(e for e in facts.engagements if e.person_id in people)
    cells = {pid: _person_cells(people[pid], eng) for pid, eng in latest.items()}
    anonymous = [_anonymous_cells(a) for a in facts.anonymous]
    mayors = {pid for pid in cells if people[pid].stakeholder_type is StakeholderType.MAYOR}
    youth = {pid for pid, eng in latest.items() if eng.age_band in _YOUTH}
    figures = {
        FigureKey.PEOPLE_ENGAGED: _people_figure(cells, set(cells), anonymous, lambda a: True),
        FigureKey.MAYORS_ENGAGED: _people_figure(cells, mayors, [], lambda a: True),
        FigureKey.YOUTH_REACHED: _people_figure(
            cells, youth, anonymous, lambda a: a[Dimension.AGE_BAND] in _YOUTH_KEYS
        ),
        FigureKey.EVENTS_HELD: _count_figure(
            [
                {
                    Dimension.KIND: e.kind,
                    Dimension.COUNTRY: e.city.country,
                    Dimension.CITY: str(e.city.id),
                }
                for e in facts.events
            ],
            (Dimension.KIND, Dimension.COUNTRY, Dimension.CITY),
        ),
        FigureKey.MEMBER_CITIES: _count_figure(
            [{Dimension.COUNTRY: c.country} for c in facts.member_cities], (Dimension.COUNTRY,)
        ),
    }
    if outward:
        figures = {
            key: suppress(figure) if key in _ABOUT_PEOPLE else figure
            for key, figure in figures.items()
        }
    refs = [e.city for e in facts.engagements] + [a.city for a in facts.anonymous]
    refs += [e.city for e in facts.events] + list(facts.member_cities)
    refs += [p.home for p in facts.people.values() if p.home is not None]
    return KeyFigures(
        period_from=period_from,
        period_to=period_to,
        country=country,
        city=city,
        outward=outward,
        figures=figures,
        cities={r.id: r for r in refs},
        new_member_cities=_new_members(facts, period_from),
    )


def _new_members(facts: Facts, period_from: date | None) -> int | None:
    """The member cities that joined on or after the period's start (none counted joined after
    its end); a city whose joining day is not recorded is not new."""
    if period_from is None:
        return None
    joined = (facts.joined.get(c.id) for c in facts.member_cities)
    return sum(1 for day in joined if day is not None and day >= period_from)


_ABOUT_PEOPLE = {FigureKey.PEOPLE_ENGAGED, FigureKey.MAYORS_ENGAGED, FigureKey.YOUTH_REACHED}
_YOUTH = {band for band in AgeBand if band.is_youth}
_YOUTH_KEYS = {band.value for band in _YOUTH}

Cells = dict[Dimension, str | frozenset[str]]


def _latest_engagements(engagements: Iterable[Engagement]) -> dict[UUID, Engagement]:
    """A person's breakdown cells come from their latest event in the period (their age then)."""
    latest: dict[UUID, Engagement] = {}
    for engagement in engagements:
        seen = latest.get(engagement.person_id)
        if seen is None or (engagement.day, str(engagement.city.id)) > (
            seen.day,
            str(seen.city.id),
        ):
            latest[engagement.person_id] = engagement
    return latest


def _person_cells(person: PersonFacts, engagement: Engagement) -> Cells:
    place = person.home or engagement.city
    return {
        Dimension.GENDER: person.gender.value,
        Dimension.AGE_BAND: engagement.age_band.value if engagement.age_band else NOT_RECORDED,
        Dimension.COUNTRY: place.country,
        Dimension.CITY: str(place.id),
        Dimension.STAKEHOLDER_TYPE: person.stakeholder_type.value,
        Dimension.GROUP: frozenset(g.value for g in person.groups) or frozenset({NO_GROUP}),
    }


def _anonymous_cells(count: AnonymousCount) -> tuple[int, Cells]:
    return count.count, {
        Dimension.GENDER: count.gender.value,
        Dimension.AGE_BAND: count.age_band.value if count.age_band else NOT_RECORDED,
        Dimension.COUNTRY: count.city.country,
        Dimension.CITY: str(count.city.id),
        Dimension.STAKEHOLDER_TYPE: NOT_RECORDED,
        Dimension.GROUP: frozenset({count.group.value if count.group else NO_GROUP}),
    }


def _people_figure(
    cells: Mapping[UUID, Cells],
    chosen: set[UUID],
    anonymous: list[tuple[int, Cells]],
    include: Callable[[Cells], bool],
) -> Figure:
    tallies: dict[Dimension, Counter[str]] = defaultdict(Counter)
    total = 0
    weighted = [(1, cells[pid]) for pid in chosen] + [(n, c) for n, c in anonymous if include(c)]
    for weight, person in weighted:
        total += weight
        for dimension in PEOPLE_DIMENSIONS:
            value = person[dimension]
            for key in value if isinstance(value, frozenset) else (value,):
                tallies[dimension][key] += weight
    return Figure(total, {d: _with_zeros(d, tallies[d]) for d in PEOPLE_DIMENSIONS})


def _count_figure(items: list[dict[Dimension, str]], dimensions: tuple[Dimension, ...]) -> Figure:
    return Figure(
        len(items), {d: _with_zeros(d, Counter(item[d] for item in items)) for d in dimensions}
    )


#: Every category a breakdown always lists, zero or not, so that reports and JSON keep one shape.
CATEGORIES: dict[Dimension, tuple[str, ...]] = {
    Dimension.GENDER: tuple(g.value for g in Gender),
    Dimension.AGE_BAND: (*(b.value for b in AgeBand), NOT_RECORDED),
    Dimension.STAKEHOLDER_TYPE: (*(t.value for t in StakeholderType), NOT_RECORDED),
    Dimension.GROUP: (*(g.value for g in GroupTag), NO_GROUP),
    Dimension.KIND: (*(k.value for k in MeetingKind), YOUTH_ACTIVITY),
}


def _with_zeros(dimension: Dimension, counts: Mapping[str, int]) -> dict[str, int | None]:
    known = CATEGORIES.get(dimension, ())
    extra = sorted(k for k in counts if k not in known)
    return {key: counts.get(key, 0) for key in (*known, *extra)}


def suppress(figure: Figure, threshold: int = SUPPRESSION_THRESHOLD) -> Figure:
    """Hide counts from 1 to threshold-1, and whatever would let a reader work them out.

    A total under the threshold hides everything. In a breakdown whose cells add up to the total,
    one hidden cell could be recovered by subtraction, so the next smallest cell is hidden too,
    and recorded as hidden only to protect the first (it may be 5 or more). Zeros are shown:
    they reveal no one. The cells left, shown and hidden, still add up to the total.
    """
    if figure.total is not None and 0 < figure.total < threshold:
        return Figure(None, {d: dict.fromkeys(cells) for d, cells in figure.breakdowns.items()})
    breakdowns: dict[Dimension, dict[str, int | None]] = {}
    secondary: dict[Dimension, frozenset[str]] = {}
    for dimension, cells in figure.breakdowns.items():
        hidden = {k for k, v in cells.items() if v is not None and 0 < v < threshold}
        if dimension in PARTITIONS and len(hidden) == 1:
            others = sorted((v, k) for k, v in cells.items() if k not in hidden and v)
            if others:
                secondary[dimension] = frozenset({others[0][1]})
                hidden.add(others[0][1])
        breakdowns[dimension] = {k: None if k in hidden else v for k, v in cells.items()}
    return Figure(figure.total, breakdowns, secondary)
