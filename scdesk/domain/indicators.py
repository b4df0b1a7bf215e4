"""Indicators for donor reports: what a key figure is measured against, per period and city."""

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from uuid import UUID

from scdesk.domain import limits
from scdesk.domain.figures import CityRef, Dimension, FigureKey
from scdesk.domain.people import CityId
from scdesk.domain.rules import (
    Part,
    Problem,
    date_order,
    located,
    not_negative,
    required_text,
)
from scdesk.i18n import translate


class IndicatorLevel(StrEnum):
    OUTPUT = "output"
    OUTCOME = "outcome"


class CountingRule(StrEnum):
    DISTINCT_PEOPLE = "distinct_people"
    EVENTS = "events"


@dataclass(frozen=True, slots=True)
class IndicatorInput:
    code: str
    name: str
    level: IndicatorLevel
    counting_rule: CountingRule
    #: The key figure it follows (a FigureKey value), so a report can fill it in.
    figure: str
    #: Breakdowns a report must show, comma-separated dimension names (gender,age_band,...).
    breakdowns: str = ""
    baseline: int | None = None


@dataclass(frozen=True, slots=True)
class TargetInput:
    period_start: date
    period_end: date
    target: int
    city_id: CityId | None = None


@dataclass(frozen=True, slots=True)
class IndicatorRecord:
    """An indicator as save_indicator stores it: a new one when indicator_id is None. Its
    targets are set one period and city at a time (add_target)."""

    indicator_id: UUID | None
    indicator: IndicatorInput


@dataclass(frozen=True, slots=True)
class TargetRecord:
    """A target as save_target stores it: a new one when target_id is None or names no record
    yet (then it is made with that id). A target stays with its indicator."""

    target_id: UUID | None
    indicator_id: UUID
    target: TargetInput


@dataclass(frozen=True, slots=True)
class TargetRow:
    """One of an indicator's targets as its form lists them: a new one when target_id is None."""

    target_id: UUID | None
    target: TargetInput


@dataclass(frozen=True, slots=True)
class IndicatorTargets:
    """An indicator with its whole list of targets, as save_indicator stores them in one
    transaction: a stored target left out of the list is deleted."""

    indicator_id: UUID | None
    indicator: IndicatorInput
    targets: tuple[TargetRow, ...] = ()


@dataclass(frozen=True, slots=True)
class IndicatorRow:
    """An indicator's actual value over one period and city (None: every city), and the target
    set for exactly that period and city, if any."""

    period_from: date | None
    period_to: date | None
    city: CityRef | None
    target: int | None
    #: None marks a count suppressed in an outward report, as in the key figures.
    actual: int | None
    #: The actual value in each declared breakdown, category by category (None: suppressed).
    breakdowns: Mapping[Dimension, Mapping[str, int | None]]
    #: Probable duplicates and records under review among those counted (see KeyFigures); the
    #: report gives the largest of each over its rows.
    unsettled_duplicates: int = 0
    under_review: int = 0
    #: The cells suppressed only to protect a smaller one (see Figure.secondary).
    secondary: Mapping[Dimension, frozenset[str]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class IndicatorResult:
    indicator_id: UUID
    indicator: IndicatorInput
    #: The breakdowns declared, in the order given, that scdesk can give.
    breakdowns: tuple[Dimension, ...]
    rows: tuple[IndicatorRow, ...]
    #: Every city, for printing the names of the places the breakdowns and rows name.
    cities: Mapping[UUID, CityRef]


_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$")


def indicator_problems(
    indicator: IndicatorInput, figures: set[str], dimensions: set[str]
) -> list[Problem]:
    problems = required_text(
        "name", indicator.name, translate("Indicators", "Name"), limits.HEADING
    )
    if not _CODE.match(indicator.code):
        text = translate("Indicators", "{code} is not an indicator code such as OP1.2.")
        problems.append(Problem("code", text.format(code=indicator.code)))
    if indicator.figure not in figures:
        text = translate("Indicators", "{figure} is not a key figure scdesk counts.")
        problems.append(Problem("figure", text.format(figure=indicator.figure)))
    unknown = [b for b in indicator.breakdowns.split(",") if b and b not in dimensions]
    if unknown:
        text = translate("Indicators", "{names}: not a breakdown scdesk can give.")
        problems.append(Problem("breakdowns", text.format(names=", ".join(unknown))))
    problems += not_negative("baseline", indicator.baseline, translate("Indicators", "Baseline"))
    return problems


def target_problems(target: TargetInput) -> list[Problem]:
    problems = date_order("period_end", target.period_start, target.period_end)
    problems += not_negative("target", target.target, translate("Indicators", "Target"))
    return problems


#: The key figures an indicator may follow, and the breakdowns it may declare, by name.
FIGURE_NAMES = frozenset(key.value for key in FigureKey)
DIMENSION_NAMES = frozenset(dimension.value for dimension in Dimension)


def indicator_targets_problems(record: IndicatorTargets) -> list[Problem]:
    """Every rule on an indicator and its targets; each target's problems name its row."""
    problems = indicator_problems(record.indicator, set(FIGURE_NAMES), set(DIMENSION_NAMES))
    for index, row in enumerate(record.targets):
        problems += located(target_problems(row.target), Part.TARGETS, index)
    return problems
