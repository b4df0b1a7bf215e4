"""The key figures report for a period, a country or a city, for funders and cities.

Page one reads like an impact sheet: the period and place, the headline figures in large type,
highlights written from the figures (and any the user adds), and the funders' acknowledgement.
The breakdowns follow, two to a row, then the support given and how each figure was counted,
with the suppression of small counts when the report is for use outside.
"""

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from uuid import UUID

from reportlab.platypus import CondPageBreak, Flowable, Spacer

from scdesk.domain.collation import collated
from scdesk.domain.figures import PARTITIONS, CityRef, Dimension, Figure, FigureKey, KeyFigures
from scdesk.domain.labels import country_label, label
from scdesk.domain.support import GrantStatus, SupportGiven
from scdesk.i18n import translate
from scdesk.reports.charts import PALETTE, BarChart, Series
from scdesk.reports.document import (
    ACCENT,
    MUTED,
    PAIRED_ROWS,
    ROOM,
    Column,
    PageSetup,
    Report,
)
from scdesk.reports.flowables import Headlines
from scdesk.reports.fonts import Weight
from scdesk.reports.formats import capital, cell_count, count, long_date, suppressed_counts
from scdesk.reports.highlights import highlights as written_highlights
from scdesk.reports.people import city_name
from scdesk.reports.support_section import support_section
from scdesk.reports.text import Align

#: The headline figures of page one, in order.
_HEADLINES = (
    FigureKey.PEOPLE_ENGAGED,
    FigureKey.MEMBER_CITIES,
    FigureKey.MAYORS_ENGAGED,
    FigureKey.YOUTH_REACHED,
    FigureKey.EVENTS_HELD,
)
#: The breakdowns each figure shows, in order (a place breakdown only when the report covers
#: more than one place of its kind).
_SHOWN: dict[FigureKey, tuple[Dimension, ...]] = {
    FigureKey.PEOPLE_ENGAGED: (
        Dimension.GENDER,
        Dimension.AGE_BAND,
        Dimension.STAKEHOLDER_TYPE,
        Dimension.GROUP,
        Dimension.COUNTRY,
        Dimension.CITY,
    ),
    FigureKey.YOUTH_REACHED: (Dimension.GENDER, Dimension.AGE_BAND, Dimension.COUNTRY),
    FigureKey.MAYORS_ENGAGED: (Dimension.GENDER, Dimension.COUNTRY),
    FigureKey.EVENTS_HELD: (Dimension.KIND, Dimension.COUNTRY, Dimension.CITY),
    FigureKey.MEMBER_CITIES: (Dimension.COUNTRY,),
}
_CHARTED = {
    FigureKey.PEOPLE_ENGAGED: (Dimension.GENDER, Dimension.AGE_BAND),
    FigureKey.YOUTH_REACHED: (Dimension.GENDER,),
    FigureKey.EVENTS_HELD: (Dimension.KIND,),
}


def key_figures_pdf(
    figures: KeyFigures,
    setup: PageSetup,
    printed: date,
    language: str,
    *,
    support: SupportGiven | None = None,
    highlights: Sequence[str] = (),
    acknowledgement: str | None = None,
) -> bytes:
    title = translate("Reports", "Key figures")
    report = Report(language, setup, title, printed)
    report.title(title, _scope(figures))
    shown = [key for key in _HEADLINES if key in figures.figures]
    report.add(
        Headlines(
            [(count(figures.figures[key].total), label(key)) for key in shown],
            # digits only: the line height of Latin type, not of Nastaliq
            replace(report.style(26, Weight.BOLD, ACCENT), line_script=None),
            report.style(9.5, Weight.BOLD, MUTED),
            report.direction,
            ACCENT,
        )
    )
    report.heading(translate("Reports", "Highlights"))
    for sentence in [*written_highlights(figures), *highlights]:
        report.paragraph(f"• {sentence}", after=3, size=10.5)
    if acknowledgement:
        report.space(6)
        report.paragraph(acknowledgement, size=10.5)
    report.space(8)
    report.note(audience(figures.outward)[1], after=2)
    for name, text in _warnings(figures):
        #: Translators: {name} names a note on the figures ("Probable duplicates"), {text} is
        #: the note.
        report.note(translate("Reports", "{name}: {text}").format(name=name, text=text), after=2)
    _breakdowns(report, figures)
    if support is not None:
        support_section(report, support)
    _counting(report, figures)
    return report.pdf()


def _scope(figures: KeyFigures) -> str:
    return " · ".join([_period(figures), _place(figures)])


def _period(figures: KeyFigures) -> str:
    return period_words(figures.period_from, figures.period_to)


def period_words(start: date | None, end: date | None) -> str:
    """A period in words, an open end said as such; every record when both are open."""
    if start is None and end is None:
        return translate("Reports", "All records")
    #: Translators: {start} and {end} are dates in words.
    text = translate("Reports", "{start} to {end}")
    return text.format(
        start=long_date(start) if start else translate("Reports", "the first records"),
        end=long_date(end) if end else translate("Reports", "today"),
    )


def _place(figures: KeyFigures) -> str:
    parts = []
    if figures.country:
        parts.append(country_label(figures.country))
    if figures.city is not None and figures.city in figures.cities:
        parts.append(city_name(figures.cities[figures.city]))
    return ", ".join(parts) or translate("Reports", "All member cities")


def audience(outward: bool) -> tuple[str, str]:
    """Whom the counts are for, as a fact of the report's heading."""
    text = (
        suppressed_counts()
        if outward
        else translate("Reports", "For internal use only: no counts are suppressed.")
    )
    return translate("Reports", "Counts"), text


def duplicates(count: int) -> tuple[str, str]:
    """The probable duplicates counted, as a fact of the report's heading."""
    text = translate(
        "Reports", "{count} not settled yet: a person, event or city may be counted twice."
    )
    return translate("Reports", "Probable duplicates"), text.format(count=count)


def suppression() -> str:
    """How counts were suppressed in a report for use outside."""
    return translate(
        "Reports",
        "To protect the people counted, people who withdrew their consent were left out and "
        "counts from 1 to 4 are shown as <5. Where such a count could be worked out by "
        "subtracting the others from the total, the next smallest count is shown as hidden: "
        "it may be 5 or more. Zeros are shown.",
    )


def _warnings(figures: KeyFigures) -> list[tuple[str, str]]:
    """What may make a figure count something twice or as it will not stay."""
    facts = []
    if figures.unsettled_duplicates:
        facts.append(duplicates(figures.unsettled_duplicates))
    if figures.under_review:
        facts.append(under_review(figures.under_review))
    return facts


def under_review(count: int) -> tuple[str, str]:
    """The records under review counted, as a fact of the report's heading."""
    text = translate(
        "Reports",
        "{count} records changed on two devices at once wait for review; they are counted "
        "as they stand.",
    )
    return translate("Reports", "Under review"), text.format(count=count)


def _breakdowns(report: Report, figures: KeyFigures) -> None:
    """Each figure's breakdowns under its heading, two to a row; figures with a single short
    breakdown share rows, each under its own heading. A long table (many cities) stands alone
    after them, free to run onto the next page."""
    single: list[list[Flowable]] = []
    for key, dimensions in _SHOWN.items():
        found = _figure_blocks(report, figures, key, dimensions)
        if found is None:
            continue
        heading, blocks = found
        short = [b.flowables for b in blocks if not b.long]
        if len(short) == 1 and len(blocks) == 1:
            single.append([report.heading_block(heading), *short[0]])
            continue
        report.add(*report.side_by_side(single))
        single = []
        rows = report.side_by_side(short)
        report.heading(heading, rows[:1])
        report.add(*rows[1:])
        for block in blocks:
            if block.long:
                report.add(CondPageBreak(ROOM), *block.flowables, Spacer(1, 6))
    report.add(*report.side_by_side(single))


@dataclass(frozen=True, slots=True)
class _Block:
    """A breakdown's title and its chart or table; a long one is not set beside another."""

    flowables: list[Flowable]
    long: bool = False


def _figure_blocks(
    report: Report, figures: KeyFigures, key: FigureKey, dimensions: Sequence[Dimension]
) -> tuple[str, list[_Block]] | None:
    """A figure's heading and breakdowns; none for a figure suppressed or zero, nor for a
    place breakdown of a report on one place."""
    figure = figures.figures.get(key)
    if figure is None or not figure.total:
        return None
    names = _names(figures)
    blocks = [
        _breakdown(report, key, figure, dimension, names)
        for dimension in dimensions
        if _varies(figures, dimension)
    ]
    found = [b for b in blocks if b is not None]
    if not found:
        return None
    #: Translators: {figure} is the name of a key figure, {total} its count.
    heading = translate("Reports", "{figure}: {total}")
    return heading.format(figure=label(key), total=count(figure.total)), found


def _varies(figures: KeyFigures, dimension: Dimension) -> bool:
    """A breakdown by place says something only where the report covers several places."""
    if dimension is Dimension.CITY:
        return figures.city is None
    if dimension is Dimension.COUNTRY:
        return figures.city is None and figures.country is None
    return True


def _breakdown(
    report: Report, key: FigureKey, figure: Figure, dimension: Dimension, names: "Names"
) -> _Block | None:
    """A breakdown's title and its chart or table (with the total where the cells add up to it:
    hidden or not, they still do)."""
    cells = _nonzero(dimension, figure.breakdowns.get(dimension, {}), names)
    if key is FigureKey.YOUTH_REACHED and dimension is Dimension.AGE_BAND:
        cells = {k: v for k, v in cells.items() if v != 0}
    if not cells:
        return None
    marks = {
        k: cell_count(v, protects=figure.hidden_to_protect(dimension, k)) for k, v in cells.items()
    }
    #: Translators: {dimension} is a breakdown such as "gender" or "age band".
    by = translate("Reports", "By {dimension}").format(dimension=label(dimension))
    title = report.block(by, report.style(10.5, Weight.BOLD), after=3)
    if dimension in _CHARTED.get(key, ()):
        categories = [names(dimension, k) for k in cells]
        series = [Series(label(key), PALETTE[0])]
        chart = BarChart(categories, [[v] for v in cells.values()], series, report.style(8.5),
                         report.direction, list(marks.values()))  # fmt: skip
        return _Block([title, chart])
    columns = [Column(capital(label(dimension)), 3), Column(label(key), 1.6, Align.END)]
    rows = [[names(dimension, k), marks[k]] for k in cells]
    if dimension in PARTITIONS:
        rows.append([translate("Reports", "Total"), count(figure.total)])
    if len(rows) > PAIRED_ROWS:
        return _Block([title, report.grid(columns, rows, width=report.width * 0.7)], long=True)
    return _Block([title, report.grid(columns, rows, width=report.width / 2 - 12)])


Names = Callable[[Dimension, str], str]


def _names(figures: KeyFigures) -> Names:
    return category_names(figures.cities)


_STATUSES = {status.value for status in GrantStatus}


def category_names(refs: Mapping[UUID, CityRef]) -> Names:
    """The printed name of a breakdown's category: a country, a city, or a choice's label."""
    cities = {str(ref.id): f"{ref.name} ({country_label(ref.country)})" for ref in refs.values()}

    def name(dimension: Dimension, key: str) -> str:
        if dimension is Dimension.COUNTRY:
            return country_label(key)
        if dimension is Dimension.CITY:
            return cities.get(key, key)
        if dimension is Dimension.STATUS and key in _STATUSES:
            return capital(label(GrantStatus(key)))
        return capital(label(key))

    return name


def _nonzero(
    dimension: Dimension, cells: Mapping[str, int | None], names: Names
) -> dict[str, int | None]:
    """Places with something to count, by name; every category of the fixed breakdowns."""
    if dimension in (Dimension.COUNTRY, Dimension.CITY):
        found = {k: v for k, v in cells.items() if v != 0}
        return dict(collated(found.items(), lambda kv: names(dimension, kv[0])))
    return dict(cells)


def _counting(report: Report, figures: KeyFigures) -> None:
    report.heading(translate("Reports", "How each figure was counted"))
    sentences = [
        translate(
            "Reports",
            "Events held: meetings of every kind marked as held that started in the period, and "
            "youth activities marked as held whose dates overlap it. Planned, cancelled and "
            "deleted events do not count.",
        ),
        translate(
            "Reports",
            "People engaged: the different people present at those meetings, registered for "
            "those activities or coaching them, plus the people counted without names. A person "
            "counts once, however many events they attended and whichever device recorded "
            "them. Apologies, absences and invitations do not count.",
        ),
        translate(
            "Reports",
            "Mayors and local leaders engaged: the people engaged recorded as a mayor or local "
            "leader.",
        ),
        translate(
            "Reports",
            "Youth reached: the people engaged who were under 25 at their latest event in the "
            "period, plus those counted without names in the age bands under 25.",
        ),
        translate(
            "Reports",
            "Member cities: cities marked as members that joined the network by the end of the "
            "period, or whose joining date is not recorded.",
        ),
        translate(
            "Reports",
            "Each person is counted in one cell of each breakdown: their gender and type, their "
            "age band at their latest event, and their home city (or the city of that event). "
            "A person may belong to several marginalised groups, so that breakdown can add up "
            "to more than the total.",
        ),
        translate(
            "Reports",
            "Support given: grants whose dates overlap the period, from their start (or their "
            "approval) to their end, and expert advice given in it. Amounts are totalled per "
            "currency, without converting them.",
        ),
    ]
    if figures.outward:
        sentences.append(suppression())
    for sentence in sentences:
        report.paragraph(sentence, after=2, size=9)
