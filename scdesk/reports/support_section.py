"""The support given in a period, as the key figures report shows it: grants, expert advice,
national-local cooperation and what was raised with national bodies."""

from collections import Counter
from collections.abc import Sequence
from decimal import Decimal

from scdesk.domain.figures import CityRef
from scdesk.domain.labels import country_label, label
from scdesk.domain.support import SupportGiven
from scdesk.i18n import translate
from scdesk.reports.document import ROOM, Column, Report
from scdesk.reports.formats import capital, count
from scdesk.reports.text import Align


def support_section(report: Report, support: SupportGiven) -> None:
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
        rows = [[capital(label(t.status)), t.currency, count(t.grants), _money(t.amount)]
                for t in support.grants]  # fmt: skip
        # a currency's total where it adds up several rows: one row is its own total
        several = {currency for currency, n in Counter(t.currency for t in support.grants).items()
                   if n > 1}  # fmt: skip
        total = translate("Reports", "Total, cancelled grants left out")
        rows += [[total, currency, count(grants), _money(amount)]
                 for currency, (grants, amount) in support.given().items()
                 if currency in several]  # fmt: skip
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
        rows = [[capital(label(status)), count(n)] for status, n in support.raisings]
        rows.append([translate("Reports", "Total"), count(sum(n for _, n in support.raisings))])
        report.table(columns, rows, width=report.width * 0.7)


def _per_city(counts: Sequence[tuple[CityRef, int]]) -> list[list[str]]:
    """A row per city, and their total when there are several (one city's row is its total)."""
    rows = [[f"{ref.name} ({country_label(ref.country)})", count(n)] for ref, n in counts]
    if len(rows) < 2:
        return rows
    return [*rows, [translate("Reports", "Total"), count(sum(n for _, n in counts))]]


def _money(amount: Decimal) -> str:
    return f"{amount:,.2f}"
