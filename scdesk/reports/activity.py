"""The report of a youth activity: its sessions and communities, and who took part, by gender,
age band and community, as tables and a chart.

Registered participants and anonymous headcounts are added together. People who withdrew
consent are left out. For a report that leaves the hub (outward), counts under 5 are suppressed
by the same rule as the key figures, with whatever would reveal them.
"""

from collections import Counter
from collections.abc import Mapping
from datetime import date

from scdesk.domain.figures import NOT_RECORDED, Dimension, Figure, suppress
from scdesk.domain.labels import label
from scdesk.domain.people import AgeBand, Gender
from scdesk.i18n import translate
from scdesk.reports.charts import PALETTE, BarChart, Series
from scdesk.reports.document import Column, PageSetup, Report
from scdesk.reports.fonts import Weight
from scdesk.reports.formats import cell_count, count, long_date, short_date, suppressed_counts
from scdesk.reports.people import city_name, person_name
from scdesk.reports.text import Align
from scdesk.store.queries.activity_report import ActivityRecord

#: Community cells go in a breakdown that splits the total, as a place's cells do.
_COMMUNITY = Dimension.CITY


def activity_pdf(
    record: ActivityRecord, setup: PageSetup, printed: date, language: str, *, outward: bool
) -> bytes:
    title = translate("Reports", "Youth activity report")
    report = Report(language, setup, title, printed)
    report.title(title, record.title)
    report.facts(_facts(record))
    _sessions(report, record)
    figure, crossed = _participation(record)
    shown = suppress(figure) if outward else figure
    report.heading(translate("Reports", "Participation"))
    _totals(report, record, shown, outward)
    for dimension, heading, column in (
        (Dimension.GENDER, translate("Reports", "By gender"), translate("Reports", "Gender")),
        (Dimension.AGE_BAND, translate("Reports", "By age band"), translate("Reports", "Age band")),
        (_COMMUNITY, translate("Reports", "By community"), translate("Reports", "Community")),
    ):
        cells = shown.breakdowns[dimension]
        report.subheading(heading)
        columns = [Column(column, 3), Column(translate("Reports", "People"), 1, Align.END)]
        rows = [
            [
                _cell(dimension, key),
                cell_count(value, protects=shown.hidden_to_protect(dimension, key)),
            ]
            for key, value in cells.items()
        ]
        report.table(columns, rows, width=report.width * 0.6)
    chart_title = translate("Reports", "By age band and gender")
    report.keep([
        report.block(chart_title, report.style(10.5, Weight.BOLD), before=6, after=2),
        _chart(report, shown, crossed, outward),
    ])  # fmt: skip
    if outward:
        report.note(suppressed_counts())
    for heading, body in (
        (translate("Reports", "Outcomes"), record.outcomes),
        (translate("Reports", "Notes"), record.notes),
    ):
        if body:
            report.heading(heading)
            report.paragraph(body)
    return report.pdf()


def _facts(record: ActivityRecord) -> list[tuple[str, str]]:
    dates = long_date(record.starts_on)
    if record.ends_on and record.ends_on != record.starts_on:
        #: Translators: {start} and {end} are dates in words.
        dates = translate("Reports", "{start} to {end}").format(
            start=dates, end=long_date(record.ends_on)
        )
    coaches = [
        f"{person_name(c.person)} ({label(c.role)})"
        for c in record.coaches
        if not c.person.withdrawn
    ]
    return [
        (translate("Reports", "City"), city_name(record.city)),
        (translate("Reports", "Kind of activity"), label(record.kind)),
        (translate("Reports", "Dates"), dates),
        (translate("Reports", "Venue"), record.venue or "—"),
        (translate("Reports", "Status"), label(record.status)),
        (translate("Reports", "Coaches and facilitators"),
         translate("Reports", ", ").join(coaches) or "—"),
        (translate("Reports", "Communities taking part"),
         translate("Reports", ", ").join(record.communities) or "—"),
    ]  # fmt: skip


def _sessions(report: Report, record: ActivityRecord) -> None:
    #: Translators: {count} is a number of sessions.
    report.heading(translate("Reports", "Sessions ({count})").format(count=len(record.sessions)))
    if not record.sessions:
        report.paragraph(translate("Reports", "No sessions are recorded."))
        return
    columns = [
        Column("#", 0.4),
        Column(translate("Reports", "Date"), 1.5),
        Column(translate("Reports", "Topic"), 6),
    ]
    rows = [
        [str(n), short_date(s.held_on), s.topic or "—"]
        for n, s in enumerate(record.sessions, start=1)
    ]
    report.table(columns, rows)


def _participation(record: ActivityRecord) -> tuple[Figure, Counter[tuple[str, str]]]:
    """Everyone who took part, in cells of gender, age band and community; and the age band
    by gender cross-tabulation the chart shows (inward only)."""
    cells: Counter[tuple[str, str, str]] = Counter()
    for p in record.participants:
        if p.person.withdrawn:
            continue
        band = p.age_band or p.person.age_band
        cells[_keys(p.person.gender, band, p.person.community)] += 1
    for h in record.headcounts:
        cells[_keys(h.gender, h.age_band, h.community)] += h.count
    breakdowns: dict[Dimension, dict[str, int | None]] = {}
    for position, dimension, known in (
        (0, Dimension.GENDER, [g.value for g in Gender]),
        (1, Dimension.AGE_BAND, [*(b.value for b in AgeBand), NOT_RECORDED]),
        (2, _COMMUNITY, sorted(set(record.communities))),
    ):
        tally: Counter[str] = Counter()
        for key, number in cells.items():
            tally[key[position]] += number
        extra = sorted(k for k in tally if k not in known)
        breakdowns[dimension] = {k: tally.get(k, 0) for k in (*known, *extra)}
    crossed: Counter[tuple[str, str]] = Counter()
    for (gender_key, band_key, _), number in cells.items():
        crossed[(band_key, gender_key)] += number
    return Figure(sum(cells.values()), breakdowns), crossed


def _keys(gender: Gender, band: AgeBand | None, community: str | None) -> tuple[str, str, str]:
    return gender.value, band.value if band else NOT_RECORDED, community or NOT_RECORDED


def _totals(report: Report, record: ActivityRecord, figure: Figure, outward: bool) -> None:
    if outward:
        text = translate("Reports", "People who took part: {total}.")
        report.paragraph(text.format(total=count(figure.total)))
        return
    named = sum(1 for p in record.participants if not p.person.withdrawn)
    anonymous = sum(h.count for h in record.headcounts)
    text = translate(
        "Reports",
        "Registered by name: {named}; counted without names: {anonymous}; in all: {total}.",
    )
    report.paragraph(text.format(named=named, anonymous=anonymous, total=count(figure.total)))


def _cell(dimension: Dimension, key: str) -> str:
    if dimension is _COMMUNITY:
        return label(NOT_RECORDED) if key == NOT_RECORDED else key
    return label(key)


def _chart(
    report: Report, figure: Figure, crossed: Mapping[tuple[str, str], int], outward: bool
) -> BarChart:
    bands = list(figure.breakdowns[Dimension.AGE_BAND])
    style = report.style(8.5)
    if outward:
        cells = figure.breakdowns[Dimension.AGE_BAND]
        series = [Series(translate("Reports", "People"), PALETTE[0])]
        marks = [
            cell_count(cells[b], protects=figure.hidden_to_protect(Dimension.AGE_BAND, b))
            for b in bands
        ]
        return BarChart([label(b) for b in bands], [[cells[b]] for b in bands], series, style,
                        report.direction, marks)  # fmt: skip
    genders = [g.value for g in Gender]
    series = [Series(label(g), PALETTE[i]) for i, g in enumerate(genders)]
    values: list[list[int | None]] = [
        [crossed.get((band, gender), 0) for gender in genders] for band in bands
    ]
    return BarChart([label(b) for b in bands], values, series, style, report.direction)
