"""The support given in a period, as the key figures report shows it: grants, expert advice,
national-local cooperation and what was raised with national bodies."""

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from reportlab.platypus import Flowable

from scdesk.domain.figures import CityRef
from scdesk.domain.labels import country_label, label
from scdesk.domain.support import SupportGiven
from scdesk.i18n import translate
from scdesk.reports.document import PAIRED_ROWS, ROOM, Column, Report
from scdesk.reports.formats import capital, count
from scdesk.reports.text import Align


@dataclass(frozen=True, slots=True)
class _Part:
    """One kind of support: its subheading, what it is (if that needs saying) and its table."""

    title: str
    columns: list[Column]
    rows: list[list[str]]
    intro: str | None = None
    #: The table's share of the report's width when it stands alone.
    share: float = 0.7


def support_section(report: Report, support: SupportGiven) -> None:
    """Grants by status and currency with their totals, expert advice and the national-local
    cooperation raised at consultations, each by city, and what was raised with national bodies,
    by status. Short tables (a report on one city) stand two to a row, as the breakdowns do;
    when one is long (many cities), each stands alone, free to run onto the next page."""
    title = translate("Reports", "Support given")
    parts = [
        part
        for part in (_grants(support), _advice(support), _cooperation(support), _raisings(support))
        if part is not None
    ]
    if not parts:
        report.heading(title)
        report.paragraph(translate("Reports", "No support was given in this period."))
        return
    if all(len(part.rows) <= PAIRED_ROWS for part in parts):
        rows = report.side_by_side([_block(report, part) for part in parts])
        report.heading(title, rows[:1])
        report.add(*rows[1:])
        return
    report.heading(title)
    for part in parts:
        report.subheading(part.title, room=ROOM)
        if part.intro:
            report.paragraph(part.intro)
        report.table(part.columns, part.rows, width=report.width * part.share)


def _block(report: Report, part: _Part) -> list[Flowable]:
    """A part as the flowables of one column of a row of two."""
    intro = [report.block(part.intro, report.style(), after=4, running=True)] if part.intro else []
    table = report.grid(part.columns, part.rows, width=report.width / 2 - 12)
    return [report.subheading_block(part.title), *intro, table]


def _grants(support: SupportGiven) -> _Part | None:
    if not support.grants:
        return None
    columns = [
        Column(translate("Reports", "Status"), 2.4),
        Column(translate("Reports", "Currency"), 1.2),
        Column(translate("Reports", "Grants"), 1, Align.END),
        Column(translate("Reports", "Amount"), 2, Align.END),
    ]
    rows = [[capital(label(t.status)), t.currency, count(t.grants), _money(t.amount)]
            for t in support.grants]  # fmt: skip
    # a currency's total where it adds up several rows: one row is its own total
    rows_of = Counter(t.currency for t in support.grants)
    total = translate("Reports", "Total, cancelled grants left out")
    rows += [[total, currency, count(grants), _money(amount)]
             for currency, (grants, amount) in support.given().items()
             if rows_of[currency] > 1]  # fmt: skip
    return _Part(translate("Reports", "Technical support grants"), columns, rows, share=0.8)


def _advice(support: SupportGiven) -> _Part | None:
    if not support.advice:
        return None
    columns = [_city(), Column(translate("Reports", "Advice given"), 1.4, Align.END)]
    return _Part(translate("Reports", "Expert advice"), columns, _per_city(support.advice))


def _cooperation(support: SupportGiven) -> _Part | None:
    if not support.cooperation:
        return None
    intro = translate(
        "Reports",
        "Findings on national-local cooperation raised at the consultations held in the period.",
    )
    columns = [_city(), Column(translate("Reports", "Findings"), 1.4, Align.END)]
    rows = _per_city(support.cooperation)
    return _Part(translate("Reports", "National-local cooperation"), columns, rows, intro)


def _raisings(support: SupportGiven) -> _Part | None:
    if not support.raisings:
        return None
    intro = translate(
        "Reports",
        "Cities' priorities raised with ministries and national commissions in the period, by "
        "what has come of them so far.",
    )
    columns = [
        Column(translate("Reports", "Status"), 4),
        Column(translate("Reports", "Raisings"), 1.4, Align.END),
    ]
    rows = [[capital(label(status)), count(n)] for status, n in support.raisings]
    rows.append([translate("Reports", "Total"), count(sum(n for _, n in support.raisings))])
    return _Part(translate("Reports", "Raised with national bodies"), columns, rows, intro)


def _city() -> Column:
    return Column(translate("Reports", "City"), 4)


def _per_city(counts: Sequence[tuple[CityRef, int]]) -> list[list[str]]:
    """A row per city, and their total when there are several (one city's row is its total)."""
    rows = [[f"{ref.name} ({country_label(ref.country)})", count(n)] for ref, n in counts]
    if len(rows) < 2:
        return rows
    return [*rows, [translate("Reports", "Total"), count(sum(n for _, n in counts))]]


def _money(amount: Decimal) -> str:
    return f"{amount:,.2f}"
