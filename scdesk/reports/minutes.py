"""The minutes of a meeting, printed in the meeting's language for signature.

Committee, city, date, venue, chair and secretary; the quorum; who was present, sent apologies or
was absent, and the anonymous headcounts; the earlier minutes approved; each agenda item with
its discussion and decisions; the actions opened or carried over; the next meeting; signature
blocks for the chair and the secretary who were present. Until they are approved the minutes
carry a DRAFT watermark; once approved, the amendments recorded since are listed. People who
withdrew consent are counted, not named.
"""

from collections.abc import Sequence
from datetime import date
from typing import Any

from reportlab.platypus import Table, TableStyle

from scdesk.domain.committees import is_voting
from scdesk.domain.labels import label
from scdesk.domain.meetings import (
    ActionState,
    AttendanceRole,
    AttendanceStatus,
    MeetingKind,
    MinutesStatus,
    signing_officer,
)
from scdesk.domain.people import consent_withdrawn
from scdesk.i18n import translate
from scdesk.reports.direction import Direction, isolate
from scdesk.reports.document import ACCENT, CELL_FONT, MUTED, RULE, Column, PageSetup, Report
from scdesk.reports.fonts import Weight
from scdesk.reports.formats import clock, long_date, short_date
from scdesk.reports.people import city_name, named, person_name, role_line
from scdesk.reports.text import Align
from scdesk.store.queries.meetings import ActionRow
from scdesk.store.queries.minutes import MeetingLine, MinutesRecord

_VOTING = {AttendanceRole.CHAIR, AttendanceRole.SECRETARY, AttendanceRole.MEMBER}


def minutes_pdf(
    record: MinutesRecord,
    actions: Sequence[tuple[ActionRow, ActionState]],
    setup: PageSetup,
    printed: date,
    language: str,
) -> bytes:
    """The minutes as a PDF, in language (the meeting's, unless the caller chose another)."""
    meeting, country = record.meeting, record.city.country
    report = Report(language, setup, translate("Reports", "Minutes"), printed)
    report.running_head = f"{isolate(meeting.title)} · {long_date(meeting.starts_at.date())}"
    report.title(translate("Reports", "Minutes"), meeting.title)
    report.facts(_header(record))
    report.paragraph(_status_line(record), after=6)
    if record.summary:
        report.heading(translate("Reports", "Summary"))
        report.paragraph(record.summary)
    _attendance(report, record)
    _previous_minutes(report, record)
    _agenda(report, record)
    _actions(report, record, actions, printed)
    report.heading(translate("Reports", "Next meeting"))
    report.paragraph(_next_meeting(record.next_meeting, country))
    if record.minutes_status is MinutesStatus.APPROVED:
        _amendments(report, record)
    _signatures(report, record)
    draft = record.minutes_status is not MinutesStatus.APPROVED
    return report.pdf(watermark=translate("Reports", "DRAFT") if draft else None)


def _header(record: MinutesRecord) -> list[tuple[str, str]]:
    meeting, country = record.meeting, record.city.country
    pairs = []
    if record.committee is not None:
        pairs.append((translate("Reports", "Committee"), record.committee.name))
    else:
        pairs.append((translate("Reports", "Kind of meeting"), label(meeting.kind)))
    pairs.append((translate("Reports", "City"), city_name(record.city)))
    pairs.append((translate("Reports", "Date"), long_date(meeting.starts_at.date())))
    time = clock(meeting.starts_at, country)
    if meeting.ends_at is not None:
        #: Translators: {start} and {end} are times of day such as 10:00 and 12:00.
        time = translate("Reports", "{start} to {end}").format(
            start=time, end=clock(meeting.ends_at, country)
        )
    pairs.append((translate("Reports", "Time"), time))
    pairs.append((translate("Reports", "Venue"), meeting.venue or "—"))
    chair, secretary = (
        _officer(record, AttendanceRole.CHAIR),
        _officer(record, AttendanceRole.SECRETARY),
    )
    pairs.append((translate("Reports", "Chair"), chair or "—"))
    pairs.append((translate("Reports", "Secretary"), secretary or "—"))
    return pairs


def _officer(record: MinutesRecord, role: AttendanceRole) -> str | None:
    """Who chaired (or took the minutes) and signs: the person present in that role, never
    the committee's seat-holder who sent apologies or was absent."""
    line = signing_officer(record.attendance, role)
    return person_name(line.person) if line is not None else None


def _status_line(record: MinutesRecord) -> str:
    if record.minutes_status is MinutesStatus.APPROVED:
        if record.approved_in is not None:
            text = translate("Reports", "These minutes were approved at the meeting of {date}.")
            return text.format(date=long_date(record.approved_in.starts_at.date()))
        text = translate("Reports", "These minutes were approved on {date}.")
        return text.format(date=long_date(record.approved_on))
    if record.minutes_status is MinutesStatus.CIRCULATED:
        text = translate("Reports", "Draft minutes, circulated on {date}; not yet approved.")
        return text.format(date=long_date(record.circulated_on))
    return translate("Reports", "Draft minutes: not yet circulated or approved.")


def _attendance(report: Report, record: MinutesRecord) -> None:
    report.heading(translate("Reports", "Attendance"))
    if record.committee is not None:
        report.paragraph(_quorum(record))
    shown = [a for a in record.attendance if not a.person.withdrawn]
    present = [a for a in shown if a.status is AttendanceStatus.PRESENT]
    report.subheading(
        translate("Reports", "Present ({count})").format(
            count=sum(a.status is AttendanceStatus.PRESENT for a in record.attendance)
        )
    )
    if present:
        columns = [
            Column(translate("Reports", "Name"), 3),
            Column(translate("Reports", "Role"), 1.6),
            Column(translate("Reports", "Organisation or title"), 4),
        ]
        rows = [[person_name(a.person), label(a.role), role_line(a.person)] for a in present]
        report.table(columns, rows)
    for status, heading in (
        (AttendanceStatus.APOLOGIES, translate("Reports", "Apologies")),
        (AttendanceStatus.ABSENT, translate("Reports", "Absent")),
    ):
        names = [person_name(a.person) for a in shown if a.status is status]
        report.subheading(heading)
        #: Separates the names in a list of people.
        report.paragraph(translate("Reports", ", ").join(names) or "—")
    hidden = sum(1 for a in record.attendance if a.person.withdrawn)
    if hidden:
        text = translate("Reports", "Not named here, at their request: {count}.")
        report.note(text.format(count=hidden))
    _headcounts(report, record)


def _quorum(record: MinutesRecord) -> str:
    voting = sum(
        1 for a in record.attendance if a.status is AttendanceStatus.PRESENT and a.role in _VOTING
    )
    members = sum(1 for m in record.members if is_voting(m.role))
    quorum = record.committee.quorum if record.committee else None
    if quorum is None:
        text = translate(
            "Reports",
            "No quorum is recorded for this committee; {present} of its {members} voting members "
            "were present.",
        )
        return text.format(present=voting, members=members)
    if voting >= quorum:
        text = translate(
            "Reports",
            "Quorum: {quorum} voting members. {present} of {members} were present, so the "
            "meeting was quorate.",
        )
    else:
        text = translate(
            "Reports",
            "Quorum: {quorum} voting members. Only {present} of {members} were present, so the "
            "meeting was not quorate and its decisions need confirming.",
        )
    return text.format(quorum=quorum, present=voting, members=members)


def _headcounts(report: Report, record: MinutesRecord) -> None:
    named = sum(1 for a in record.attendance if a.status is AttendanceStatus.PRESENT)
    anonymous = sum(h.count for h in record.headcounts)
    if record.headcounts:
        report.subheading(translate("Reports", "Counted without names"))
        columns = [
            Column(translate("Reports", "Gender"), 2),
            Column(translate("Reports", "Age band"), 2),
            Column(translate("Reports", "Group"), 2.5),
            Column(translate("Reports", "People"), 1, Align.END),
        ]
        rows = [
            [
                label(h.gender),
                label(h.age_band) if h.age_band else translate("Reports", "age not recorded"),
                label(h.group) if h.group else "—",
                str(h.count),
            ]
            for h in record.headcounts
        ]
        report.table(columns, rows)
    if record.headcounts or record.total_attendance is not None:
        text = translate(
            "Reports",
            "Named and present: {named}; counted without names: {anonymous}; in all: {total}.",
        )
        report.paragraph(text.format(named=named, anonymous=anonymous, total=named + anonymous))


def _previous_minutes(report: Report, record: MinutesRecord) -> None:
    if record.meeting.kind is not MeetingKind.COMMITTEE_MEETING:
        return
    report.heading(translate("Reports", "Minutes of the previous meeting"))
    if not record.approved_here:
        text = translate("Reports", "No earlier minutes were approved at this meeting.")
        report.paragraph(text)
    for earlier in record.approved_here:
        text = translate(
            "Reports", "The minutes of the meeting of {date} were approved as a true record."
        )
        report.paragraph(text.format(date=long_date(earlier.starts_at.date())))


def _agenda(report: Report, record: MinutesRecord) -> None:
    report.heading(translate("Reports", "Agenda and discussion"))
    if not record.agenda:
        report.paragraph(translate("Reports", "No agenda items were recorded."))
    for item in record.agenda:
        size = 10.5 if item.depth == 0 else 10
        report.add(
            report.block(
                f"{item.number}. {item.title}",
                report.style(size, Weight.BOLD, ACCENT if item.depth == 0 else "#1a1a1a"),
                before=6 if item.depth == 0 else 3,
                after=2,
                keep=True,
                running=True,
            )
        )
        if item.presenter:
            text = translate("Reports", "Presented by {name}")
            small = report.style(8.5, color=MUTED)
            presenter = text.format(name=isolate(named(item.presenter, item.presenter_withdrawn)))
            report.add(report.block(presenter, small, after=2, keep=True, running=True))
        for title, body in (
            (translate("Reports", "Discussion"), item.discussion),
            (translate("Reports", "Decisions"), item.decisions),
        ):
            if body:
                label_style = report.style(9, Weight.BOLD, MUTED)
                report.add(report.block(title, label_style, after=1, keep=True, running=True))
                report.paragraph(body, after=3)


def _actions(
    report: Report,
    record: MinutesRecord,
    actions: Sequence[tuple[ActionRow, ActionState]],
    printed: date,
) -> None:
    report.heading(translate("Reports", "Actions"))
    if not actions:
        report.paragraph(translate("Reports", "No actions were agreed or carried over."))
        return
    columns = [
        Column("#", 0.45),
        Column(translate("Reports", "Action"), 5),
        Column(translate("Reports", "Owner"), 2.4),
        Column(translate("Reports", "Due date"), 1.6),
        Column(translate("Reports", "Status"), 1.6),
    ]
    rows = []
    for number, (row, state) in enumerate(actions, start=1):
        text = row.text
        if row.opened_in_id != record.meeting.id:
            #: Translators: {date} is the day of the earlier meeting that agreed the action.
            agreed = translate("Reports", "(agreed on {date})")
            text += "\n" + agreed.format(date=short_date(row.opened_on))
        owner = "—"
        if row.owner_name is not None:
            owner = named(row.owner_name, consent_withdrawn(row.owner_withdrawn_on, printed))
        rows.append([str(number), text, owner, short_date(row.due_on), label(state)])
    report.table(columns, rows)


def _next_meeting(meeting: MeetingLine | None, country: str) -> str:
    if meeting is None:
        return translate("Reports", "The date of the next meeting is not yet set.")
    text = translate("Reports", "{date} at {time}, {venue}.")
    return text.format(
        date=long_date(meeting.starts_at.date()),
        time=clock(meeting.starts_at, country),
        venue=isolate(meeting.venue or "—"),
    )


def _amendments(report: Report, record: MinutesRecord) -> None:
    report.heading(translate("Reports", "Amendments since approval"))
    if not record.amendments:
        report.paragraph(translate("Reports", "None."))
        return
    columns = [
        Column(translate("Reports", "Date"), 1.4),
        Column(translate("Reports", "Amendment"), 5),
        Column(translate("Reports", "Reason"), 3),
        Column(translate("Reports", "Agreed at the meeting of"), 1.8),
    ]
    rows = [
        [short_date(a.amended_on), a.text, a.reason or "—", short_date(a.agreed_at)]
        for a in record.amendments
    ]
    report.table(columns, rows)


def _signatures(report: Report, record: MinutesRecord) -> None:
    """Blocks for the chair and the secretary to sign, kept together on one page."""
    chair = _officer(record, AttendanceRole.CHAIR)
    secretary = _officer(record, AttendanceRole.SECRETARY)
    bold, plain = report.style(10, Weight.BOLD), report.style(10)
    small = report.style(8, color=MUTED)
    role = [report.block(translate("Reports", "Chair"), bold),
            report.block(translate("Reports", "Secretary"), bold)]  # fmt: skip
    nobody = (
        translate("Reports", "No chair was recorded as present."),
        translate("Reports", "No secretary was recorded as present."),
    )
    names = [
        report.block(name, plain) if name else report.block(missing, small)
        for name, missing in zip((chair, secretary), nobody, strict=True)
    ]
    signature = translate("Reports", "Signature")
    on = translate("Reports", "Date")
    rows: list[list[Any]] = [
        role,
        names,
        ["", ""],
        [report.block(signature, small), report.block(signature, small)],
        ["", ""],
        [report.block(on, small), report.block(on, small)],
    ]
    half = report.width / 2 - 6
    rows = [list(reversed(r)) for r in rows] if report.direction is Direction.RTL else rows
    table = Table(rows, colWidths=[half, half], rowHeights=[None, None, 30, None, 22, None])
    table.setStyle(
        TableStyle(
            [
                CELL_FONT,
                ("LINEBELOW", (0, 2), (-1, 2), 0.6, RULE),
                ("LINEBELOW", (0, 4), (-1, 4), 0.6, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("NOSPLIT", (0, 0), (-1, -1)),
            ]
        )
    )
    report.heading(translate("Reports", "Signatures"))
    report.add(table)
