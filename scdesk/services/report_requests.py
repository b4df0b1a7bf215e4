"""A report asked for, as one value: what the Reports page, a meeting's or an activity's page and
`scdesk report` fill in, the file it makes and the name that file is offered under.

The doors differ in how they ask; the request and make_report() are shared, so the GUI previews,
prints and saves the very file the command line writes.
"""

import logging
import unicodedata
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from uuid import UUID

from scdesk.collection import fewer_collections
from scdesk.domain.counts import BLANK_ROWS
from scdesk.domain.errors import NotFoundError, UserError
from scdesk.domain.meetings import MeetingId, MeetingStatus
from scdesk.domain.progress import Progress, silent
from scdesk.i18n import translate
from scdesk.paths import written_whole
from scdesk.reports.document import Paper
from scdesk.services import reports
from scdesk.services.figures import FigureQuery
from scdesk.services.reports import ReportKind
from scdesk.services.sheet_export import SheetFormat, export_sheet_file
from scdesk.store.queries.report_choices import (
    EventName,
    activity_name,
    city_name,
    committee_name,
    meeting_name,
)
from scdesk.store.store import Store

log = logging.getLogger(__name__)

#: The longest a name part of a file name gets, so the whole stays well under every limit.
_NAME_PART = 48


class Subject(StrEnum):
    """What a report is made of, and so what the user chooses before it is made."""

    PERIOD = "period"  # key figures and indicators: a period and a country or city
    COMMITTEE = "committee"  # the action tracker: one committee or all
    CITY = "city"  # a city's risk profile and plan
    MEETING = "meeting"
    ACTIVITY = "activity"
    SHEETS = "tables"  # every sheet, for analysts (the user's "tables")


@dataclass(frozen=True, slots=True)
class Offer:
    kind: ReportKind
    subject: Subject


#: What the Reports page offers, in the order it lists them.
PAGE_OFFERS = (
    Offer(ReportKind.KEY_FIGURES, Subject.PERIOD),
    Offer(ReportKind.INDICATORS, Subject.PERIOD),
    Offer(ReportKind.ACTIONS, Subject.COMMITTEE),
    Offer(ReportKind.CITY_PLAN, Subject.CITY),
    Offer(ReportKind.MINUTES, Subject.MEETING),
    Offer(ReportKind.SIGN_IN, Subject.MEETING),
    Offer(ReportKind.ACTIVITY, Subject.ACTIVITY),
    Offer(ReportKind.SIGN_IN, Subject.ACTIVITY),
    Offer(ReportKind.XLSX, Subject.SHEETS),
    Offer(ReportKind.CSV, Subject.SHEETS),
)


def is_sheet_export(kind: ReportKind) -> bool:
    """Sheets (CSV or XLSX) are files for analysts, saved as they are; every other report is a
    PDF."""
    return kind in (ReportKind.CSV, ReportKind.XLSX)


def fits(offer: Offer, status: MeetingStatus) -> bool:
    """Whether a meeting or an activity in this status offers the report (as its own page
    does): no minutes or sign-in sheet of a cancelled meeting, for instance."""
    if offer.subject is Subject.MEETING:
        return offer.kind in reports.meeting_reports(status)
    if offer.subject is Subject.ACTIVITY:
        return offer.kind in reports.activity_reports(status)
    return True


@dataclass(frozen=True, slots=True)
class ReportRequest:
    kind: ReportKind
    #: None: the meeting's or activity's own language, else English.
    language: str | None = None
    paper: Paper = Paper.A4
    meeting_id: UUID | None = None
    activity_id: UUID | None = None
    #: The action tracker's city, or the city of a city plan.
    city_id: UUID | None = None
    committee_id: UUID | None = None
    #: The key figures' period and place; outward by default (counts under 5 suppressed).
    figures: FigureQuery = field(default_factory=lambda: FigureQuery(outward=True))
    highlights: tuple[str, ...] = ()
    acknowledgement: str | None = None
    #: An activity report leaving the hub: counts under 5 suppressed.
    outward: bool = False
    blank_rows: int = BLANK_ROWS
    #: Sheets with names and contact details: only after the user asked and confirmed.
    personal: bool = False


@dataclass(frozen=True, slots=True)
class ReportFile:
    """A report made: the bytes of the file and the name it is offered under."""

    name: str
    data: bytes


def make_report(store: Store, request: ReportRequest) -> bytes:
    """The file's bytes: a PDF, a zip of CSV files or an XLSX workbook."""
    with fewer_collections():
        return _made(store, request)


def _made(store: Store, request: ReportRequest) -> bytes:
    kind, paper, language = request.kind, request.paper, request.language
    if kind is ReportKind.MINUTES:
        meeting = MeetingId(_need(request.meeting_id, _choose_meeting()))
        return reports.minutes_report(store, meeting, language=language, paper=paper)
    if kind is ReportKind.SIGN_IN:
        if (request.meeting_id is None) == (request.activity_id is None):
            raise UserError(translate("ReportRequests", "Choose a meeting or a youth activity."))
        return reports.sign_in_report(
            store, meeting_id=request.meeting_id, activity_id=request.activity_id,
            language=language, paper=paper, blank_rows=request.blank_rows,
        )  # fmt: skip
    if kind is ReportKind.ACTIVITY:
        activity = _need(request.activity_id, _choose_activity())
        return reports.activity_report(
            store, activity, language=language, paper=paper, outward=request.outward
        )
    if kind is ReportKind.KEY_FIGURES:
        return reports.key_figures_report(
            store, request.figures, language=language or "en", paper=paper,
            highlights=request.highlights, acknowledgement=request.acknowledgement,
        )  # fmt: skip
    if kind is ReportKind.INDICATORS:
        return reports.indicators_report(
            store, request.figures, language=language or "en", paper=paper
        )
    if kind is ReportKind.ACTIONS:
        return reports.action_tracker_report(
            store, city_id=request.city_id, committee_id=request.committee_id,
            language=language or "en", paper=paper,
        )  # fmt: skip
    if kind is ReportKind.CITY_PLAN:
        city = _need(request.city_id, translate("ReportRequests", "Choose a city."))
        return reports.city_plan_report(store, city, language=language or "en", paper=paper)
    return export_sheet_file(store, SheetFormat(kind.value), personal=request.personal)


def prepare_report(
    store: Store, request: ReportRequest, progress: Progress | None = None
) -> ReportFile:
    """The report and the name to offer it under, in one call for a background worker."""
    progress = progress or silent()
    progress.step(0, 2)
    data = make_report(store, request)
    progress.step(1, 2)
    name = report_file_name(store, request)
    progress.step(2, 2)
    return ReportFile(name, data)


def save_report(
    store: Store, request: ReportRequest, path: Path, progress: Progress | None = None
) -> Path:
    """Make the report and write it to path; Cancel while it is being made writes nothing."""
    progress = progress or silent()
    progress.step(0, 2)
    data = make_report(store, request)
    progress.step(1, 2)
    write_report_file(path, data)
    progress.report(2, 2)  # written: too late to cancel
    return path


def report_file_name(store: Store, request: ReportRequest) -> str:
    """The name a report is offered under, from what it is of and when: minutes-<committee>-
    <day>.pdf, key-figures-<place>-<from>-<to>.pdf, tables-<today>.xlsx. Names keep their own
    script; what file systems refuse becomes a hyphen."""
    kind = request.kind
    today = store.now().date().isoformat()
    if is_sheet_export(kind):
        extension = "zip" if kind is ReportKind.CSV else "xlsx"
        personal = "-personal" if request.personal else ""
        return f"tables{personal}-{today}.{extension}"
    with store.read() as session:
        if request.meeting_id is not None and kind in (ReportKind.MINUTES, ReportKind.SIGN_IN):
            parts = _event(meeting_name(session, request.meeting_id))
        elif request.activity_id is not None and kind in (ReportKind.ACTIVITY, ReportKind.SIGN_IN):
            parts = _event(activity_name(session, request.activity_id))
        elif kind in (ReportKind.KEY_FIGURES, ReportKind.INDICATORS):
            query = request.figures
            place = city_name(session, query.city_id) if query.city_id else query.country
            parts = [place or "all"]
            parts += [d.isoformat() for d in (query.period_from, query.period_to) if d]
        elif kind is ReportKind.ACTIONS:
            if request.committee_id is not None:
                scope = committee_name(session, request.committee_id)
            elif request.city_id is not None:
                scope = city_name(session, request.city_id)
            else:
                scope = "all"
            parts = [scope or "all", today]
        elif kind is ReportKind.CITY_PLAN and request.city_id is not None:
            parts = [city_name(session, request.city_id) or "city", today]
        else:
            parts = [today]
    return "-".join([kind.value, *(slug(part) for part in parts)]) + ".pdf"


def slug(text: str) -> str:
    """A name as part of a file name: lower case, its letters, marks and digits kept in any
    script (a Tamil vowel sign is a mark), every run of anything else one hyphen."""
    kept = "".join(
        char if unicodedata.category(char)[0] in "LMN" else " " for char in text.casefold()
    )
    out = ""
    for word in kept.split():  # whole words only, up to the limit
        longer = f"{out}-{word}" if out else word[:_NAME_PART]
        if len(longer) > _NAME_PART:
            break
        out = longer
    return out or "report"


def write_report_file(path: Path, data: bytes) -> Path:
    """Write a report where the user chose, whole or not at all (a full USB stick leaves no
    half file); a refusal by the disk is the user's to act on."""
    with written_whole(path) as handle:
        handle.write(data)
    log.info("report written (%d bytes)", len(data))
    return path


def _event(name: EventName | None) -> list[str]:
    if name is None:
        raise NotFoundError()
    return [name.name, name.day.isoformat()]


def _need(value: UUID | None, sentence: str) -> UUID:
    if value is None:
        raise UserError(sentence)
    return value


def _choose_meeting() -> str:
    return translate("ReportRequests", "Choose a meeting.")


def _choose_activity() -> str:
    return translate("ReportRequests", "Choose a youth activity.")
