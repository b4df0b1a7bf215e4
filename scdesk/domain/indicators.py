"""Indicators for donor reports: what a key figure is measured against, per period and city."""

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from uuid import UUID

from scdesk.domain import limits
from scdesk.domain.figures import CATEGORIES, CityRef, Dimension
from scdesk.domain.indicator_kinds import FIGURE_DIMENSIONS, FIGURE_RULES
from scdesk.domain.indicator_kinds import GRANTS_AWARDED as GRANTS_AWARDED
from scdesk.domain.indicator_kinds import CountingRule as CountingRule
from scdesk.domain.indicator_kinds import IndicatorLevel as IndicatorLevel
from scdesk.domain.labels import label
from scdesk.domain.people import CityId
from scdesk.domain.rules import (
    Part,
    Problem,
    date_order,
    located,
    not_negative,
    required_text,
)
from scdesk.domain.support import GIVEN_STATUSES
from scdesk.i18n import translate


@dataclass(frozen=True, slots=True)
class IndicatorInput:
    code: str
    name: str
    level: IndicatorLevel
    counting_rule: CountingRule
    #: The figure it follows (a FIGURE_RULES key), so a report can fill it in.
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
    #: A target for one category of a declared breakdown (gender=female), or for the whole
    #: count when both are None.
    breakdown: Dimension | None = None
    category: str | None = None


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
    #: The targets set for one category of a declared breakdown, for this period and city.
    breakdown_targets: Mapping[Dimension, Mapping[str, int]] = field(default_factory=dict)
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

#: The figures an indicator may follow, and the breakdowns it may declare, by name.
FIGURE_NAMES = frozenset(FIGURE_RULES)
DIMENSION_NAMES = frozenset(dimension.value for dimension in Dimension)
#: The categories of the breakdowns that have a fixed list (places have none).
FIXED_CATEGORIES: Mapping[Dimension, tuple[str, ...]] = {
    **CATEGORIES,
    Dimension.STATUS: tuple(status.value for status in GIVEN_STATUSES),
}


def declared(breakdowns: str) -> list[str]:
    """The breakdown names an indicator declares, in the order given."""
    return [name for name in breakdowns.split(",") if name]


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
    elif FIGURE_RULES[indicator.figure] != indicator.counting_rule:
        #: {figure} is a figure such as "Events held"; {right} and {rule} are counting rules
        #: such as "events held" and "different people, each counted once".
        text = translate(
            "Indicators", "{figure} counts {right}, not {rule}: choose that counting rule."
        )
        words = text.format(
            figure=label(indicator.figure),
            right=label(FIGURE_RULES[indicator.figure]),
            rule=label(CountingRule(indicator.counting_rule)),
        )
        problems.append(Problem("counting_rule", words))
    names = declared(indicator.breakdowns)
    unknown = [b for b in names if b not in dimensions]
    if unknown:
        text = translate("Indicators", "{names}: not a breakdown scdesk can give.")
        problems.append(Problem("breakdowns", text.format(names=", ".join(unknown))))
    elif indicator.figure in figures:
        given = FIGURE_DIMENSIONS[indicator.figure]
        other = [label(Dimension(b)) for b in names if Dimension(b) not in given]
        if other:
            #: {figure} is a figure such as "Member cities"; {names} breakdowns such as "gender".
            text = translate("Indicators", "{figure} cannot be broken down by {names}.")
            words = text.format(figure=label(indicator.figure), names=", ".join(other))
            problems.append(Problem("breakdowns", words))
    problems += not_negative("baseline", indicator.baseline, translate("Indicators", "Baseline"))
    return problems


def target_problems(target: TargetInput) -> list[Problem]:
    """The rules a target meets on its own: dates in order, not negative, and a category only
    with its breakdown, one that breakdown has."""
    problems = date_order("period_end", target.period_start, target.period_end)
    problems += not_negative("target", target.target, translate("Indicators", "Target"))
    if target.breakdown is None and target.category:
        text = translate("Indicators", "Choose the breakdown the category {category} belongs to.")
        problems.append(Problem("breakdown", text.format(category=target.category)))
    elif target.breakdown is not None:
        dimension = Dimension(target.breakdown)
        known = FIXED_CATEGORIES.get(dimension)
        if not target.category:
            #: {breakdown} is a breakdown such as "gender" or "age band".
            text = translate("Indicators", "Choose the category of {breakdown} this target is for.")
            problems.append(Problem("breakdown", text.format(breakdown=label(dimension))))
        elif known is not None and target.category not in known:
            #: {category} is what was given, {breakdown} a breakdown such as "gender".
            text = translate("Indicators", "{category} is not a category of {breakdown}.")
            words = text.format(category=target.category, breakdown=label(dimension))
            problems.append(Problem("breakdown", words))
    return problems


def target_fit_problems(breakdowns: str, target: TargetInput) -> list[Problem]:
    """A target per declared breakdown: its breakdown must be one the indicator declares."""
    if target.breakdown is None or Dimension(target.breakdown).value in declared(breakdowns):
        return []
    #: {breakdown} is a breakdown such as "gender" or "age band".
    text = translate(
        "Indicators",
        "The indicator does not declare the breakdown {breakdown}: declare it or choose another.",
    )
    return [Problem("breakdown", text.format(breakdown=label(Dimension(target.breakdown))))]


def target_scope(target: TargetInput) -> tuple[object, ...]:
    """What two live targets of one indicator may not share: period, city, breakdown and
    category."""
    breakdown = Dimension(target.breakdown).value if target.breakdown is not None else None
    return (target.period_start, target.period_end, target.city_id, breakdown, target.category)


def same_scope_problem() -> Problem:
    text = translate(
        "Indicators",
        "Another target is already set for this period, city and category: change that one.",
    )
    return Problem("period_start", text)


def indicator_targets_problems(record: IndicatorTargets) -> list[Problem]:
    """Every rule on an indicator and its targets; each target's problems name its row."""
    problems = indicator_problems(record.indicator, set(FIGURE_NAMES), set(DIMENSION_NAMES))
    scopes = Counter(target_scope(row.target) for row in record.targets)
    for index, row in enumerate(record.targets):
        found = target_problems(row.target)
        found += target_fit_problems(record.indicator.breakdowns, row.target)
        if scopes[target_scope(row.target)] > 1:
            found.append(same_scope_problem())
        problems += located(found, Part.TARGETS, index)
    return problems
