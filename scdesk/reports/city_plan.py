"""A city's risk profile and prevention plan: its threats, risk and protective factors, and the
plan's objectives and actions with their owners, timelines and status."""

from datetime import date

from scdesk.domain.labels import country_label, label
from scdesk.i18n import translate
from scdesk.reports.document import Column, PageSetup, Report
from scdesk.reports.formats import long_date, short_date
from scdesk.reports.people import city_name, named
from scdesk.store.queries.city_plan import CityPlanRecord, DocumentHead


def city_plan_pdf(record: CityPlanRecord, setup: PageSetup, printed: date, language: str) -> bytes:
    title = translate("Reports", "City plan")
    report = Report(language, setup, title, printed)
    report.title(title, f"{city_name(record.city)} · {country_label(record.city.country)}")
    report.heading(translate("Reports", "Risk profile"))
    if record.profile is None:
        report.paragraph(translate("Reports", "No risk profile is recorded for this city."))
    else:
        _head(report, record.profile)
        if record.factors:
            columns = [
                Column(translate("Reports", "Kind"), 1.6),
                Column(translate("Reports", "Description"), 5),
                Column(translate("Reports", "Communities affected"), 2.4),
                Column(translate("Reports", "Likelihood"), 1.3),
                Column(translate("Reports", "Impact"), 1.3),
            ]
            rows = [
                [
                    label(f.kind),
                    f.description,
                    f.affected_communities or "—",
                    label(f.likelihood) if f.likelihood else "—",
                    label(f.impact) if f.impact else "—",
                ]
                for f in record.factors
            ]
            report.table(columns, rows)
    report.heading(translate("Reports", "Prevention plan"))
    if record.plan is None:
        report.paragraph(translate("Reports", "No prevention plan is recorded for this city."))
        return report.pdf()
    _head(report, record.plan)
    if record.objectives:
        report.subheading(translate("Reports", "Objectives"))
        for number, objective in enumerate(record.objectives, start=1):
            report.paragraph(f"{number}. {objective}", after=2)
    report.subheading(translate("Reports", "Actions"))
    columns = [
        Column(translate("Reports", "Objective"), 1),
        Column(translate("Reports", "Action"), 5),
        Column(translate("Reports", "Owner"), 2.6),
        Column(translate("Reports", "From"), 1.5),
        Column(translate("Reports", "Due date"), 1.5),
        Column(translate("Reports", "Status"), 1.4),
    ]
    rows = [
        [
            str(a.objective) if a.objective else "—",
            a.text,
            named(a.owner, a.owner_withdrawn) if a.owner else "—",
            short_date(a.starts_on),
            short_date(a.due_on),
            label(a.status),
        ]
        for a in record.actions
    ]
    if rows:
        report.table(columns, rows)
    else:
        report.paragraph(translate("Reports", "No actions are planned yet."))
    return report.pdf()


def _head(report: Report, head: DocumentHead) -> None:
    #: Translators: {number} is the version's number; {status} draft, adopted or superseded.
    version = translate("Reports", "Version {number}, {status}").format(
        number=head.version, status=label(head.status)
    )
    pairs = [
        (translate("Reports", "Title"), head.title),
        (translate("Reports", "Version"), version),
        (translate("Reports", "Adopted on"), long_date(head.adopted_on)),
        (translate("Reports", "Review by"), long_date(head.review_on)),
    ]
    if head.sources:
        sources = [f"{title} ({short_date(day)})" for title, day in head.sources]
        pairs.append((translate("Reports", "Drawn from"), "\n".join(sources)))
    report.facts(pairs)
    if head.summary:
        report.paragraph(head.summary)
