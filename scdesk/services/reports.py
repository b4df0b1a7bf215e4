"""Printable reports: one function per report, each returning the PDF's bytes.

The GUI's Reports page, a meeting's or an activity's page and `scdesk report` call these; the
GUI previews and prints the bytes, the command line writes them to a file. Each report is set in
a language (by default the meeting's or activity's own, else English) through that language's
translations, in this thread only, so a report made on a worker thread leaves the GUI's language
alone.
"""

import logging
from collections.abc import Callable, Sequence
from enum import StrEnum
from typing import TypeVar
from uuid import UUID

from scdesk.domain.counts import BLANK_ROWS, blank_rows_problems
from scdesk.domain.errors import NotFoundError, UserError
from scdesk.domain.labels import label
from scdesk.domain.languages import SOURCE, is_supported, language_codes
from scdesk.domain.meetings import MeetingId, MeetingStatus
from scdesk.domain.rules import require
from scdesk.i18n import translate, translating
from scdesk.reports.activity import activity_pdf
from scdesk.reports.catalog import translator
from scdesk.reports.city_plan import city_plan_pdf
from scdesk.reports.document import PageSetup, Paper
from scdesk.reports.indicators import indicators_pdf
from scdesk.reports.key_figures import key_figures_pdf
from scdesk.reports.minutes import minutes_pdf
from scdesk.reports.people import city_name
from scdesk.reports.sign_in import SheetEvent, SheetPerson, sign_in_pdf
from scdesk.reports.tracker import tracker_pdf
from scdesk.services.actions import actions_for_meeting
from scdesk.services.figures import FigureQuery, compute_figures
from scdesk.services.indicators import indicator_results
from scdesk.services.support import support_in_period
from scdesk.store.models import City, Committee
from scdesk.store.queries.activity_report import activity_record
from scdesk.store.queries.city_plan import city_plan_record
from scdesk.store.queries.minutes import minutes_record
from scdesk.store.queries.tracker import open_actions
from scdesk.store.store import Store

log = logging.getLogger(__name__)

__all__ = [
    "Paper",
    "ReportKind",
    "action_tracker_report",
    "activity_report",
    "activity_reports",
    "city_plan_report",
    "indicators_report",
    "key_figures_report",
    "meeting_reports",
    "minutes_report",
    "sign_in_report",
]

T = TypeVar("T")


class ReportKind(StrEnum):
    """What `scdesk report KIND` and the Reports page offer."""

    MINUTES = "minutes"
    SIGN_IN = "sign-in"
    ACTIVITY = "activity"
    KEY_FIGURES = "key-figures"
    INDICATORS = "indicators"
    ACTIONS = "actions"
    CITY_PLAN = "city-plan"
    CSV = "csv"
    XLSX = "xlsx"


def minutes_report(
    store: Store, meeting_id: MeetingId, *, language: str | None = None, paper: Paper = Paper.A4
) -> bytes:
    """The minutes for signature, in the meeting's language unless another is asked for;
    DRAFT across every page until the minutes are approved."""
    today = store.now().date()
    with store.read() as session:
        record = minutes_record(session, meeting_id, today)
    if record is None:
        raise NotFoundError()
    actions = [(view.row, view.state) for view in actions_for_meeting(store, meeting_id)]
    lang = _language(language, record.language)
    log.info("minutes report for meeting %s in %s", meeting_id, lang)
    return _in(lang, lambda: minutes_pdf(record, actions, PageSetup(paper), today, lang))


def sign_in_report(
    store: Store,
    *,
    meeting_id: UUID | None = None,
    activity_id: UUID | None = None,
    language: str | None = None,
    paper: Paper = Paper.A4,
    blank_rows: int = BLANK_ROWS,
) -> bytes:
    """A sign-in sheet for a meeting (its committee's members, or the people invited) or an
    activity (its registered participants), with blank rows for whoever else comes; more blank
    rows than domain/counts.py allows are refused before anything is read or laid out."""
    if (meeting_id is None) == (activity_id is None):
        raise ValueError("a sign-in sheet is for one meeting or one activity")
    require(blank_rows_problems(blank_rows))
    today = store.now().date()
    if meeting_id is not None:
        with store.read() as session:
            record = minutes_record(session, meeting_id, today)
        if record is None:
            raise NotFoundError()
        lang = _language(language, record.language)

        def build() -> bytes:
            m, committee = record.meeting, record.committee
            event = SheetEvent(
                m.title, label(m.kind), city_name(record.city), record.city.country, m.venue,
                m.starts_at.date(), m.starts_at, committee.name if committee else None,
            )  # fmt: skip
            people = [SheetPerson(member.person, label(member.role)) for member in record.members]
            listed = {p.person.id for p in people}
            people += [
                SheetPerson(a.person, label(a.role))
                for a in record.attendance
                if a.person.id not in listed
            ]
            return sign_in_pdf(event, people, PageSetup(paper), today, lang, blank_rows)

        return _in(lang, build)
    assert activity_id is not None  # noqa: S101 - checked above; narrows the type
    with store.read() as session:
        activity = activity_record(session, activity_id, today)
    if activity is None:
        raise NotFoundError()
    lang = _language(language, activity.language)

    def build_activity() -> bytes:
        event = SheetEvent(
            activity.title, label(activity.kind), city_name(activity.city), activity.city.country,
            activity.venue, None, None, None,
        )  # fmt: skip
        people = [SheetPerson(p.person, None) for p in activity.participants]
        return sign_in_pdf(event, people, PageSetup(paper), today, lang, blank_rows)

    return _in(lang, build_activity)


def activity_report(
    store: Store,
    activity_id: UUID,
    *,
    language: str | None = None,
    paper: Paper = Paper.A4,
    outward: bool = False,
) -> bytes:
    today = store.now().date()
    with store.read() as session:
        record = activity_record(session, activity_id, today)
    if record is None:
        raise NotFoundError()
    lang = _language(language, record.language)
    return _in(lang, lambda: activity_pdf(record, PageSetup(paper), today, lang, outward=outward))


def key_figures_report(
    store: Store,
    query: FigureQuery,
    *,
    language: str = "en",
    paper: Paper = Paper.A4,
    highlights: Sequence[str] = (),
    acknowledgement: str | None = None,
) -> bytes:
    """The key figures for a period and place, and the support given there; pass
    FigureQuery(outward=True) for a report that leaves the hub (consent withdrawn left out,
    counts under 5 suppressed)."""
    figures = compute_figures(store, query)
    support = support_in_period(store, query)
    today = store.now().date()
    return _in(
        language,
        lambda: key_figures_pdf(
            figures, PageSetup(paper), today, language, support=support,
            highlights=highlights, acknowledgement=acknowledgement,
        ),
    )  # fmt: skip


def indicators_report(
    store: Store, query: FigureQuery, *, language: str = "en", paper: Paper = Paper.A4
) -> bytes:
    """Each indicator's actual value against its targets in the query's period and city (its
    country is not used: targets are set per city or for all cities); outward, counts under 5
    are suppressed as in the key figures."""
    results = indicator_results(
        store, query.period_from, query.period_to, query.city_id, outward=query.outward
    )
    city = None
    if query.city_id is not None:
        with store.read() as session:
            found = session.get(City, query.city_id)
            city = city_name(found) if found is not None else None
    today = store.now().date()
    scope = (query.period_from, query.period_to, city)
    return _in(
        language,
        lambda: indicators_pdf(
            results, PageSetup(paper), today, language, scope=scope, outward=query.outward
        ),
    )


def action_tracker_report(
    store: Store,
    *,
    city_id: UUID | None = None,
    committee_id: UUID | None = None,
    language: str = "en",
    paper: Paper = Paper.A4,
) -> bytes:
    """Open and overdue actions per committee: of one committee, of a city's, or of all."""
    today = store.now().date()
    with store.read() as session:
        actions = open_actions(session, today=today, city_id=city_id, committee_id=committee_id)
        city = session.get(City, city_id) if city_id else None
        committee = session.get(Committee, committee_id) if committee_id else None
        if (city_id and city is None) or (committee_id and committee is None):
            raise NotFoundError()

    def build() -> bytes:
        if committee is not None:
            scope = committee.name
        elif city is not None:
            scope = city.name
        else:
            scope = translate("Reports", "All committees")
        return tracker_pdf(actions, PageSetup(paper), today, language, scope)

    return _in(language, build)


def city_plan_report(
    store: Store, city_id: UUID, *, language: str = "en", paper: Paper = Paper.A4
) -> bytes:
    today = store.now().date()
    with store.read() as session:
        record = city_plan_record(session, city_id, today)
    if record is None:
        raise NotFoundError()
    return _in(language, lambda: city_plan_pdf(record, PageSetup(paper), today, language))


def meeting_reports(status: MeetingStatus) -> tuple[ReportKind, ...]:
    """The reports a meeting's page offers: a sign-in sheet before it, minutes once held."""
    if status is MeetingStatus.HELD:
        return (ReportKind.MINUTES, ReportKind.SIGN_IN)
    if status is MeetingStatus.PLANNED:
        return (ReportKind.SIGN_IN, ReportKind.MINUTES)
    return ()


def activity_reports(status: MeetingStatus) -> tuple[ReportKind, ...]:
    """The reports an activity's page offers."""
    if status is MeetingStatus.CANCELLED:
        return ()
    return (ReportKind.ACTIVITY, ReportKind.SIGN_IN)


def _language(asked: str | None, own: str) -> str:
    """The language asked for, else the record's own when reports speak it, else English."""
    if asked is not None:
        return asked
    return own if is_supported(own) else SOURCE


def _in(language: str, build: Callable[[], T]) -> T:
    """Build with the report language's translations (in this thread only)."""
    known = language_codes()
    if not is_supported(language):
        text = translate(
            "Reports", "Reports are printed in {languages}; {language} is not one of them."
        )
        raise UserError(text.format(languages=", ".join(known), language=language))
    with translating(translator(language)):
        return build()
