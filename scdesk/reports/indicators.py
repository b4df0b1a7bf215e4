"""The indicators report: each indicator's actual value against its targets, per period, city
and declared breakdown, counted by the key figures and suppressed as they are when outward."""

from collections.abc import Sequence
from datetime import date

from scdesk.domain.collation import collated
from scdesk.domain.figures import Dimension
from scdesk.domain.indicators import IndicatorResult, IndicatorRow
from scdesk.domain.labels import country_label, label
from scdesk.i18n import translate
from scdesk.reports.document import ROOM, Column, PageSetup, Report
from scdesk.reports.formats import cell_count, count
from scdesk.reports.key_figures import (
    Names,
    audience,
    category_names,
    duplicates,
    period_words,
    suppression,
    under_review,
)
from scdesk.reports.people import city_name
from scdesk.reports.text import Align


def indicators_pdf(
    results: Sequence[IndicatorResult],
    setup: PageSetup,
    printed: date,
    language: str,
    *,
    scope: tuple[date | None, date | None, str | None],
    outward: bool,
) -> bytes:
    """scope: the period asked and the name of the city asked (None: every city)."""
    title = translate("Reports", "Indicators")
    report = Report(language, setup, title, printed)
    start, end, city = scope
    place = city or translate("Reports", "All member cities")
    report.title(title, " · ".join([period_words(start, end), place]))
    facts = [
        (translate("Reports", "Period"), period_words(start, end)),
        (translate("Reports", "Place"), place),
        audience(outward),
    ]
    rows = [row for result in results for row in result.rows]
    unsettled = max((row.unsettled_duplicates for row in rows), default=0)
    if unsettled:
        facts.append(duplicates(unsettled))
    reviewed = max((row.under_review for row in rows), default=0)
    if reviewed:
        facts.append(under_review(reviewed))
    report.facts(facts)
    if not results:
        report.paragraph(translate("Reports", "No indicators are recorded."))
    for result in results:
        _indicator(report, result)
    _counting(report, outward)
    return report.pdf()


def _indicator(report: Report, result: IndicatorResult) -> None:
    indicator = result.indicator
    report.heading(f"{indicator.code} · {indicator.name}")
    baseline = "—" if indicator.baseline is None else count(indicator.baseline)
    report.facts(
        [
            (translate("Reports", "Level"), label(indicator.level)),
            (translate("Reports", "Counting rule"), label(indicator.counting_rule)),
            (translate("Reports", "Key figure"), label(indicator.figure)),
            (
                translate("Reports", "Breakdowns"),
                ", ".join(label(d) for d in result.breakdowns) or "—",
            ),
            (translate("Reports", "Baseline"), baseline),
        ]
    )
    columns = [
        Column(translate("Reports", "Period"), 3),
        Column(translate("Reports", "City"), 2.2),
        Column(translate("Reports", "Target"), 1.2, Align.END),
        Column(translate("Reports", "Actual"), 1.2, Align.END),
        Column(translate("Reports", "Of target"), 1.2, Align.END),
    ]
    report.subheading(translate("Reports", "Actual against target"), room=ROOM)
    report.table(
        columns,
        [
            [
                _period(row),
                _city(row),
                "—" if row.target is None else count(row.target),
                count(row.actual),
                _share(row.actual, row.target),
            ]
            for row in result.rows
        ],
    )
    names = category_names(result.cities)
    for dimension in result.breakdowns:
        _breakdown(report, result, dimension, names)
    _category_targets(report, result, names)


def _breakdown(report: Report, result: IndicatorResult, dimension: Dimension, names: Names) -> None:
    """One table per breakdown: a row per period and city, a column per category (the places
    only where something was counted)."""
    keys: list[str] = []
    for row in result.rows:
        keys += [k for k in row.breakdowns.get(dimension, {}) if k not in keys]
    if dimension in (Dimension.COUNTRY, Dimension.CITY):
        keys = collated(
            (k for k in keys if any(row.breakdowns[dimension].get(k) != 0 for row in result.rows)),
            lambda k: names(dimension, k),
        )
    if not keys:
        return
    #: Translators: {dimension} is a breakdown such as "gender" or "age band".
    by = translate("Reports", "By {dimension}").format(dimension=label(dimension))
    report.subheading(by, room=ROOM)
    columns = [Column(translate("Reports", "Period and city"), 3)]
    columns += [Column(names(dimension, k), 1, Align.END) for k in keys]
    rows = [
        [f"{_period(row)}\n{_city(row)}"]
        + [
            cell_count(
                row.breakdowns[dimension].get(k, 0),
                protects=k in row.secondary.get(dimension, frozenset()),
            )
            for k in keys
        ]
        for row in result.rows
    ]
    report.table(columns, rows, size=8)


def _category_targets(report: Report, result: IndicatorResult, names: Names) -> None:
    """Each breakdown category's target beside its actual value, where one is set."""
    lines = [
        [
            f"{_period(row)}\n{_city(row)}",
            label(dimension),
            names(dimension, category),
            count(target),
            count(actual),
            _share(actual, target),
        ]
        for row in result.rows
        for dimension, targets in row.breakdown_targets.items()
        for category, target in targets.items()
        for actual in [row.breakdowns.get(dimension, {}).get(category, 0)]
    ]
    if not lines:
        return
    report.subheading(translate("Reports", "Targets by breakdown category"), room=ROOM)
    columns = [
        Column(translate("Reports", "Period and city"), 3),
        Column(translate("Reports", "Breakdown"), 1.6),
        Column(translate("Reports", "Category"), 1.8),
        Column(translate("Reports", "Target"), 1, Align.END),
        Column(translate("Reports", "Actual"), 1, Align.END),
        Column(translate("Reports", "Of target"), 1, Align.END),
    ]
    report.table(columns, lines, size=8)


def _period(row: IndicatorRow) -> str:
    return period_words(row.period_from, row.period_to)


def _city(row: IndicatorRow) -> str:
    if row.city is None:
        return translate("Reports", "All member cities")
    return f"{city_name(row.city)} ({country_label(row.city.country)})"


def _share(actual: int | None, target: int | None) -> str:
    """The actual value as a share of the target, where both are known."""
    if actual is None or not target:
        return "—"
    return f"{round(100 * actual / target)}%"


def _counting(report: Report, outward: bool) -> None:
    report.heading(translate("Reports", "How the actual values were counted"))
    report.paragraph(
        translate(
            "Reports",
            "Actual values are never typed: they are counted from the records by the same rules "
            "as the key figures, over each target's own period and city. A target is set for a "
            "period and a city, or for all member cities; the breakdowns show how the actual "
            "value divides.",
        ),
        after=3,
    )
    report.paragraph(
        translate(
            "Reports",
            "A target may also be set for one category of a declared breakdown, such as women "
            "or youth. Grants awarded are the grants of the support given, cancelled ones left "
            "out.",
        ),
        after=3,
    )
    if outward:
        report.paragraph(suppression(), after=3)
