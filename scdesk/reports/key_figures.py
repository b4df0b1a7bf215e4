"""The key figures report for a period, a country or a city, for donors and cities.

The figures and their breakdowns as tables and charts, the events held, highlights drawn from
the figures (and any the user adds), how each figure was counted, the suppression of counts
under 5 when the report leaves the hub, and an acknowledgement of the funders.
"""

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from decimal import Decimal
from uuid import UUID

from scdesk.domain.collation import collated
from scdesk.domain.figures import CityRef, Dimension, FigureKey, KeyFigures
from scdesk.domain.labels import country_label, label
from scdesk.domain.support import GrantStatus, SupportGiven
from scdesk.i18n import translate
from scdesk.reports.charts import PALETTE, BarChart, Series
from scdesk.reports.document import ROOM, Column, PageSetup, Report
from scdesk.reports.fonts import Weight
from scdesk.reports.formats import count, long_date
from scdesk.reports.text import Align

#: The breakdowns each figure shows, in order.
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
    report.facts(_facts(figures))
    report.heading(translate("Reports", "Highlights"))
    for sentence in [*_highlights(figures), *highlights]:
        report.paragraph(f"• {sentence}", after=2)
    report.heading(translate("Reports", "The figures"))
    columns = [Column(translate("Reports", "Figure"), 4), Column("", 1, Align.END)]
    rows = [[label(key), count(f.total)] for key, f in figures.figures.items()]
    report.table(columns, rows, width=report.width * 0.7)
    for key, dimensions in _SHOWN.items():
        _figure_section(report, figures, key, dimensions)
    if support is not None:
        _support(report, support)
    _counting(report, figures)
    if acknowledgement:
        report.heading(translate("Reports", "Acknowledgement"))
        report.paragraph(acknowledgement)
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
        parts.append(figures.cities[figures.city].name)
    return ", ".join(parts) or translate("Reports", "All member cities")


def audience(outward: bool) -> tuple[str, str]:
    """Whom the counts are for, as a fact of the report's heading."""
    text = (
        translate("Reports", "For use outside the hub: counts under 5 are suppressed.")
        if outward
        else translate("Reports", "For the hub's own use: no counts are suppressed.")
    )
    return translate("Reports", "Counts"), text


def duplicates(count: int) -> tuple[str, str]:
    """The probable duplicates counted, as a fact of the report's heading."""
    text = translate(
        "Reports", "{count} not settled yet: a person, event or city may be counted twice."
    )
    return translate("Reports", "Probable duplicates"), text.format(count=count)


def suppression() -> str:
    """How counts were suppressed in a report leaving the hub."""
    return translate(
        "Reports",
        "Before this report left the hub, people who withdrew their consent were left "
        "out, and counts from 1 to 4 were replaced by <5, together with the next "
        "smallest count wherever a hidden count could be worked out by subtraction. "
        "Zeros are shown.",
    )


def _facts(figures: KeyFigures) -> list[tuple[str, str]]:
    facts = [
        (translate("Reports", "Period"), _period(figures)),
        (translate("Reports", "Place"), _place(figures)),
        audience(figures.outward),
    ]
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


def _highlights(figures: KeyFigures) -> list[str]:
    get = figures.figures.get
    people, events = get(FigureKey.PEOPLE_ENGAGED), get(FigureKey.EVENTS_HELD)
    found = []
    if people is not None and events is not None:
        cities = sum(1 for v in events.breakdowns.get(Dimension.CITY, {}).values() if v)
        text = translate(
            "Reports", "{people} people took part in {events} events held in {cities} cities."
        )
        found.append(
            text.format(people=count(people.total), events=count(events.total), cities=cities)
        )
        women = people.breakdowns.get(Dimension.GENDER, {}).get("female")
        if people.total and women is not None:
            text = translate("Reports", "{women} of them were women and girls ({share}%).")
            found.append(text.format(women=count(women), share=round(100 * women / people.total)))
    youth = get(FigureKey.YOUTH_REACHED)
    if youth is not None and youth.total is not None:
        text = translate("Reports", "{youth} young people under 25 were reached.")
        found.append(text.format(youth=count(youth.total)))
    mayors = get(FigureKey.MAYORS_ENGAGED)
    if mayors is not None and mayors.total is not None:
        text = translate("Reports", "{mayors} mayors and local leaders took part.")
        found.append(text.format(mayors=count(mayors.total)))
    return found


def _figure_section(
    report: Report, figures: KeyFigures, key: FigureKey, dimensions: Sequence[Dimension]
) -> None:
    figure = figures.figures.get(key)
    if figure is None:
        return
    #: Translators: {figure} is the name of a key figure, {total} its count.
    heading = translate("Reports", "{figure}: {total}")
    report.heading(heading.format(figure=label(key), total=count(figure.total)))
    names = _names(figures)
    for dimension in dimensions:
        shown = _nonzero(dimension, figure.breakdowns.get(dimension, {}), names)
        if not shown:
            continue
        #: Translators: {dimension} is a breakdown such as "gender" or "age band".
        by = translate("Reports", "By {dimension}").format(dimension=label(dimension))
        title = report.block(by, report.style(10.5, Weight.BOLD), before=6, after=2)
        columns = [Column(_capital(label(dimension)), 4), Column(label(key), 1.4, Align.END)]
        rows = [[names(dimension, k), count(v)] for k, v in shown.items()]
        if dimension in _CHARTED.get(key, ()):
            report.keep([title, _chart(report, dimension, shown, names)])
        else:
            report.add(title)
        report.table(columns, rows, width=report.width * 0.7)


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
            return label(GrantStatus(key))
        return label(key)

    return name


def _nonzero(
    dimension: Dimension, cells: Mapping[str, int | None], names: Names
) -> dict[str, int | None]:
    """Places with something to count, by name; every category of the fixed breakdowns."""
    if dimension in (Dimension.COUNTRY, Dimension.CITY):
        found = {k: v for k, v in cells.items() if v != 0}
        return dict(collated(found.items(), lambda kv: names(dimension, kv[0])))
    return dict(cells)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _chart(
    report: Report, dimension: Dimension, cells: Mapping[str, int | None], names: Names
) -> BarChart:
    categories = [names(dimension, k) for k in cells]
    series = [Series(label(dimension), PALETTE[0])]
    return BarChart(categories, [[v] for v in cells.values()], series, report.style(8.5),
                    report.direction)  # fmt: skip


def _support(report: Report, support: SupportGiven) -> None:
    """Grants by status and currency with their totals, expert advice and the national-local
    cooperation raised at consultations, each by city, and what was raised with national bodies,
    by status."""
    report.heading(translate("Reports", "Support given"))
    if not (support.grants or support.advice or support.cooperation or support.raisings):
        report.paragraph(translate("Reports", "No support was given in this period."))
        return
    city = Column(translate("Reports", "City"), 4)
    if support.grants:
        report.subheading(translate("Reports", "Technical support grants"), room=ROOM)
        columns = [
            Column(translate("Reports", "Status"), 2.4),
            Column(translate("Reports", "Currency"), 1.2),
            Column(translate("Reports", "Grants"), 1, Align.END),
            Column(translate("Reports", "Amount"), 2, Align.END),
        ]
        rows = [[label(t.status), t.currency, count(t.grants), _money(t.amount)]
                for t in support.grants]  # fmt: skip
        total = translate("Reports", "Total, cancelled grants left out")
        rows += [[total, currency, count(grants), _money(amount)]
                 for currency, (grants, amount) in support.given().items()]  # fmt: skip
        report.table(columns, rows, width=report.width * 0.8)
    if support.advice:
        report.subheading(translate("Reports", "Expert advice"), room=ROOM)
        columns = [city, Column(translate("Reports", "Advice given"), 1.4, Align.END)]
        report.table(columns, _per_city(support.advice), width=report.width * 0.7)
    if support.cooperation:
        report.subheading(translate("Reports", "National-local cooperation"), room=ROOM)
        report.paragraph(
            translate(
                "Reports",
                "Findings on national-local cooperation raised at the consultations held in "
                "the period.",
            )
        )
        columns = [city, Column(translate("Reports", "Findings"), 1.4, Align.END)]
        report.table(columns, _per_city(support.cooperation), width=report.width * 0.7)
    if support.raisings:
        report.subheading(translate("Reports", "Raised with national bodies"), room=ROOM)
        report.paragraph(
            translate(
                "Reports",
                "Cities' priorities raised with ministries and national commissions in the "
                "period, by what has come of them so far.",
            )
        )
        columns = [
            Column(translate("Reports", "Status"), 4),
            Column(translate("Reports", "Raisings"), 1.4, Align.END),
        ]
        rows = [[label(status), count(n)] for status, n in support.raisings]
        rows.append([translate("Reports", "Total"), count(sum(n for _, n in support.raisings))])
        report.table(columns, rows, width=report.width * 0.7)


def _per_city(counts: Sequence[tuple[CityRef, int]]) -> list[list[str]]:
    rows = [[f"{ref.name} ({country_label(ref.country)})", count(n)] for ref, n in counts]
    return [*rows, [translate("Reports", "Total"), count(sum(n for _, n in counts))]]


def _money(amount: Decimal) -> str:
    return f"{amount:,.2f}"


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
        report.paragraph(sentence, after=3)
