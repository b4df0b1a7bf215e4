"""The key figures for a period and place, inward (for the hub) or outward (for reports)."""

from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any
from uuid import UUID

from sqlalchemy import select

from scdesk import __version__
from scdesk.domain.conflicts import ConflictKind
from scdesk.domain.duplicates import Candidate, DuplicateKind
from scdesk.domain.figures import SUPPRESSION_THRESHOLD, Counts, KeyFigures, key_figures
from scdesk.domain.periods import period_problems
from scdesk.domain.progress import Progress
from scdesk.domain.rules import require
from scdesk.domain.scope import scope_problems
from scdesk.services.conflicts import list_conflicts
from scdesk.services.duplicates import find_duplicates
from scdesk.store.models import City
from scdesk.store.queries.choices import city_named
from scdesk.store.queries.figures import figure_counts
from scdesk.store.store import Store

JSON_FORMAT = "scdesk-figures"
JSON_VERSION = 1


@dataclass(frozen=True, slots=True)
class FigureQuery:
    period_from: date | None = None
    period_to: date | None = None
    country: str | None = None
    city_id: UUID | None = None
    #: For a report that leaves the hub: withdrawn consent left out, small counts suppressed.
    outward: bool = False


#: The kinds of record the key figures count, whose duplicates may count twice.
_COUNTED = (DuplicateKind.PERSON, DuplicateKind.MEETING, DuplicateKind.ACTIVITY, DuplicateKind.CITY)


@dataclass(frozen=True, slots=True)
class Reviews:
    """What waits for review in the whole store, whatever the figures' scope: the probable
    duplicates and the records a merge left breaking a rule. Found once for many figures (an
    indicator's targets each count their own period and city)."""

    duplicates: tuple[Candidate, ...]
    under_review: frozenset[UUID]


def reviews_of(store: Store) -> Reviews:
    rules = frozenset(c.row_id for c in list_conflicts(store) if c.kind is ConflictKind.RULE)
    return Reviews(tuple(find_duplicates(store, _COUNTED)), rules)


def compute_figures(
    store: Store,
    query: FigureQuery,
    progress: Progress | None = None,
    reviews: Reviews | None = None,
) -> KeyFigures:
    """The key figures; progress (with Cancel) is reported while they are counted. reviews:
    what waits for review, when the caller found it already."""
    require(period_problems(query.period_from, query.period_to, store.now().date()))
    if query.country is not None and query.city_id is not None:
        with store.read() as session:
            city = city_named(session, query.city_id)
        require(scope_problems(city, query.country))
    reviews = reviews or reviews_of(store)
    watched = set(reviews.under_review)
    watched.update(i for p in reviews.duplicates for i in (p.first_id, p.second_id))
    with store.read() as session:
        counts = figure_counts(
            session,
            query.period_from,
            query.period_to,
            query.country,
            query.city_id,
            store.now().date(),
            outward=query.outward,
            watched=watched,
            progress=progress,
        )
    figures = key_figures(
        counts,
        period_from=query.period_from,
        period_to=query.period_to,
        country=query.country,
        city=query.city_id,
        outward=query.outward,
    )
    return replace(
        figures,
        unsettled_duplicates=_unsettled(reviews, counts),
        under_review=_under_review(store, reviews, counts, query),
    )


def _under_review(store: Store, reviews: Reviews, counts: Counts, query: FigureQuery) -> int:
    """The records under review (a rule broken by a merge) among those these figures count: the
    people engaged, the events held and the cities in scope (whether a city is a member may be
    what is under review)."""
    counted = set(counts.counted)
    with store.read() as session:
        cities = select(City.id).where(City.deleted.is_(False))
        if query.country:
            cities = cities.where(City.country == query.country)
        if query.city_id is not None:
            cities = cities.where(City.id == query.city_id)
        counted |= set(session.scalars(cities))
    return len(reviews.under_review & counted)


def _unsettled(reviews: Reviews, counts: Counts) -> int:
    """The probable duplicates whose two records both count in these figures."""
    members = {c.id for c in counts.member_cities}
    return sum(
        1
        for p in reviews.duplicates
        if p.kind in _COUNTED
        and {p.first_id, p.second_id}
        <= (members if p.kind is DuplicateKind.CITY else counts.counted)
    )


def figures_document(figures: KeyFigures, generated_at: datetime) -> dict[str, Any]:
    """The stable JSON shape documented in docs/figures-json.md; null marks a suppressed count."""
    city = figures.cities.get(figures.city) if figures.city else None
    return {
        "format": JSON_FORMAT,
        "version": JSON_VERSION,
        "generator": f"scdesk {__version__}",
        "generated_at": generated_at.isoformat(timespec="seconds"),
        "period": {
            "from": figures.period_from.isoformat() if figures.period_from else None,
            "to": figures.period_to.isoformat() if figures.period_to else None,
        },
        "filter": {
            "country": figures.country,
            "city": None
            if figures.city is None
            else {
                "id": str(figures.city),
                "name": city.name if city else None,
            },
        },
        "outward": figures.outward,
        "suppression": {"threshold": SUPPRESSION_THRESHOLD, "applied": figures.outward},
        "unsettled_duplicates": figures.unsettled_duplicates,
        "under_review": figures.under_review,
        "cities": {
            str(ref.id): {"name": ref.name, "country": ref.country}
            for ref in sorted(figures.cities.values(), key=lambda r: (r.country, r.name, str(r.id)))
        },
        "figures": {
            key.value: {
                "total": figure.total,
                "breakdowns": {
                    dimension.value: dict(cells) for dimension, cells in figure.breakdowns.items()
                },
                "hidden_to_protect": {
                    dimension.value: sorted(keys)
                    for dimension, keys in figure.secondary.items()
                    if keys
                },
            }
            for key, figure in figures.figures.items()
        },
    }
