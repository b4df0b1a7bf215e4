"""Key figures, derived from records and never typed: who was engaged, where, and how many events.

The store counts people, headcounts and events by breakdown cell (a person once per figure, in the
cells of their latest engagement, however many events they attended and whichever device recorded
them); this module shapes the counts into figures. Figures for an outward report leave out people
who withdrew consent and suppress counts under 5, with whatever other cell or total would reveal
them.
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
    #: Its name in the local script, where one is recorded.
    name_local: str | None = None


@dataclass(frozen=True, slots=True)
class PeopleCount:
    """The people in one cell of a breakdown, named (each once, in the cells of their latest
    engagement) or in a headcount, split by the other figures that count them."""

    #: None for the total, which every breakdown but the groups adds up to.
    dimension: Dimension | None
    key: str
    mayor: bool
    youth: bool
    count: int


@dataclass(frozen=True, slots=True)
class EventCount:
    """Events of one kind held in one city."""

    kind: str  # a MeetingKind value, or YOUTH_ACTIVITY
    city: CityRef
    count: int


@dataclass(frozen=True, slots=True)
class Counts:
    """What the store counted for a period and place (outward: without withdrawn consent)."""

    people: tuple[PeopleCount, ...]
    events: tuple[EventCount, ...]
    member_cities: tuple[CityRef, ...]
    #: The day each member city joined the network, where it is recorded.
    joined: Mapping[UUID, date] = field(default_factory=dict)
    #: Every city, to name those counted.
    cities: Mapping[UUID, CityRef] = field(default_factory=dict)
    #: Of the ids asked about, those counted: people engaged (whatever their consent), events held.
    counted: frozenset[UUID] = frozenset()


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
    counts: Counts,
    *,
    period_from: date | None,
    period_to: date | None,
    country: str | None,
    city: UUID | None,
    outward: bool,
) -> KeyFigures:
    figures = {
        FigureKey.PEOPLE_ENGAGED: _people_figure(counts.people, lambda c: True),
        FigureKey.MAYORS_ENGAGED: _people_figure(counts.people, lambda c: c.mayor),
        FigureKey.YOUTH_REACHED: _people_figure(counts.people, lambda c: c.youth),
        FigureKey.EVENTS_HELD: _count_figure(
            [(_event_cells(e), e.count) for e in counts.events],
            (Dimension.KIND, Dimension.COUNTRY, Dimension.CITY),
        ),
        FigureKey.MEMBER_CITIES: _count_figure(
            [({Dimension.COUNTRY: c.country}, 1) for c in counts.member_cities],
            (Dimension.COUNTRY,),
        ),
    }
    if outward:
        figures = {
            key: suppress(figure) if key in _ABOUT_PEOPLE else figure
            for key, figure in figures.items()
        }
    named = {UUID(c.key) for c in counts.people if c.dimension is Dimension.CITY}
    named |= {e.city.id for e in counts.events} | {c.id for c in counts.member_cities}
    return KeyFigures(
        period_from=period_from,
        period_to=period_to,
        country=country,
        city=city,
        outward=outward,
        figures=figures,
        cities={i: counts.cities[i] for i in named if i in counts.cities},
        new_member_cities=_new_members(counts, period_from),
    )


def _new_members(counts: Counts, period_from: date | None) -> int | None:
    """The member cities that joined on or after the period's start (none counted joined after
    its end); a city whose joining day is not recorded is not new."""
    if period_from is None:
        return None
    joined = (counts.joined.get(c.id) for c in counts.member_cities)
    return sum(1 for day in joined if day is not None and day >= period_from)


def _event_cells(event: EventCount) -> dict[Dimension, str]:
    city = event.city
    return {
        Dimension.KIND: event.kind,
        Dimension.COUNTRY: city.country,
        Dimension.CITY: str(city.id),
    }


_ABOUT_PEOPLE = {FigureKey.PEOPLE_ENGAGED, FigureKey.MAYORS_ENGAGED, FigureKey.YOUTH_REACHED}


def _people_figure(counts: Iterable[PeopleCount], include: Callable[[PeopleCount], bool]) -> Figure:
    tallies: dict[Dimension, Counter[str]] = defaultdict(Counter)
    total = 0
    for cell in counts:
        if not include(cell):
            continue
        if cell.dimension is None:
            total += cell.count
        else:
            tallies[cell.dimension][cell.key] += cell.count
    return Figure(total, {d: _with_zeros(d, tallies[d]) for d in PEOPLE_DIMENSIONS})


def _count_figure(
    items: list[tuple[dict[Dimension, str], int]], dimensions: tuple[Dimension, ...]
) -> Figure:
    tallies: dict[Dimension, Counter[str]] = defaultdict(Counter)
    for item, count in items:
        for dimension in dimensions:
            tallies[dimension][item[dimension]] += count
    return Figure(
        sum(count for _, count in items), {d: _with_zeros(d, tallies[d]) for d in dimensions}
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
