"""Minutes a secretary signs: the signatures name people who were there, headings stay with
what follows them, and every page after the first says which meeting it belongs to."""

from dataclasses import dataclass

import pytest

from scdesk.domain.committees import CommitteeInput, CommitteeKind, CommitteeRecord, MemberRole
from scdesk.domain.meetings import (
    AgendaItemInput,
    AttendanceInput,
    AttendanceRole,
    AttendanceStatus,
    MeetingId,
)
from scdesk.domain.people import CityId, PersonId
from scdesk.services import committees, reports
from scdesk.store.store import Store
from tests import factories
from tests.pdf_tools import pdf_page_lines, pdf_text, pdf_words

PRESENT, APOLOGIES = AttendanceStatus.PRESENT, AttendanceStatus.APOLOGIES
#: The headings and labels of minutes in English, each of which a reader expects to find text
#: under on the same page.
HEADINGS = {"Attendance", "Agenda and discussion", "Discussion", "Decisions", "Actions",
            "Next meeting", "Signatures"}  # fmt: skip


@dataclass(frozen=True)
class Seats:
    city: CityId
    meeting: MeetingId
    chair: PersonId
    secretary: PersonId
    member: PersonId


@pytest.fixture
def seats(store: Store) -> Seats:
    """A committee with a chair, a secretary and a member, and one meeting of it."""
    city = factories.city(store, "Mardan", "PK")
    committee = committees.save_committee(store, CommitteeRecord(None, CommitteeInput(
        city, "Mardan Liaison Committee", CommitteeKind.LIAISON, quorum=2,
    ))).id  # fmt: skip
    chair, secretary, member = (
        factories.person(store, name=name, city_id=city)
        for name in ("Tariq Shah", "Imran Khattak", "Nadia Masih")
    )
    for person, role in ((chair, MemberRole.CHAIR), (secretary, MemberRole.SECRETARY),
                         (member, MemberRole.MEMBER)):  # fmt: skip
        factories.seat(store, committee, person, role)
    meeting = factories.committee_meeting(store, city, committee, factories.at(2026, 3, 2))
    return Seats(city, meeting, chair, secretary, member)


def _signatures(pdf: bytes) -> str:
    return pdf_text(pdf).rsplit("Signatures", 1)[1]


def test_the_minutes_name_the_member_who_stood_in_for_a_secretary_who_sent_apologies(
    store: Store, seats: Seats
) -> None:
    factories.attend(store, seats.meeting, [
        AttendanceInput(seats.chair, PRESENT, AttendanceRole.CHAIR),
        AttendanceInput(seats.secretary, APOLOGIES, AttendanceRole.MEMBER),
        AttendanceInput(seats.member, PRESENT, AttendanceRole.SECRETARY),
    ])  # fmt: skip
    pdf = reports.minutes_report(store, seats.meeting)
    signing = _signatures(pdf)
    assert "Nadia Masih" in signing
    assert "Imran Khattak" not in signing
    assert ["Secretary", "Nadia", "Masih"] in [line.split() for line in pdf_page_lines(pdf)[0]]


def test_with_no_secretary_present_the_signature_line_says_so_and_names_nobody(
    store: Store, seats: Seats
) -> None:
    factories.attend(store, seats.meeting, [
        AttendanceInput(seats.chair, PRESENT, AttendanceRole.CHAIR),
        AttendanceInput(seats.secretary, APOLOGIES, AttendanceRole.MEMBER),
        AttendanceInput(seats.member, PRESENT, AttendanceRole.MEMBER),
    ])  # fmt: skip
    signing = _signatures(reports.minutes_report(store, seats.meeting))
    assert "No secretary was recorded as present." in signing
    assert "Tariq Shah" in signing
    assert "Imran Khattak" not in signing
    assert "Nadia Masih" not in signing


def _long_minutes(store: Store, seats: Seats, lines: int, title: str = "") -> bytes:
    """Minutes whose one agenda item's discussion runs to `lines` lines, before its decisions."""
    meeting = factories.meeting(store, seats.city, title=title or f"Workshop {lines}")
    factories.attend(store, meeting, [AttendanceInput(seats.chair, PRESENT, AttendanceRole.CHAIR)])
    discussion = "\n".join(f"Point {n} was discussed." for n in range(1, lines + 1))
    item = AgendaItemInput("Budget", discussion=discussion, decisions="The budget was agreed.")
    factories.add_agenda_item(store, meeting, item)
    return reports.minutes_report(store, meeting)


def _body(page: list[str], number: int) -> list[str]:
    """A page's lines without its running head (pages after the first) and its footer."""
    return page[1 if number > 1 else 0 : -1]


def test_a_heading_or_label_is_never_the_last_line_of_a_page(store: Store, seats: Seats) -> None:
    """The discussion grows a line at a time, so that "Decisions" comes to the foot of the
    first page in one of these minutes: it goes over to the next page with its text."""
    pushed = False
    for lines in range(20, 62):
        pages = pdf_page_lines(_long_minutes(store, seats, lines))
        for number, page in enumerate(pages, start=1):
            body = _body(page, number)
            assert body[-1] not in HEADINGS, (lines, number, body[-3:])
            pushed |= number > 1 and body[0] == "Decisions"
    assert pushed


def test_pages_after_the_first_name_the_meeting_and_its_day_at_the_top(
    store: Store, seats: Seats
) -> None:
    pages = pdf_page_lines(_long_minutes(store, seats, 80))
    assert len(pages) >= 2
    assert pages[0][0] == "Minutes"
    for page in pages[1:]:
        assert page[0] == "Workshop 80 · 2 March 2026"


def test_an_urdu_title_in_the_running_head_leaves_the_date_whole(
    store: Store, seats: Seats
) -> None:
    """In English minutes the head reads left to right: the Urdu title, then the date, in one
    piece (the title is isolated, so it neither turns the line nor splits the date)."""
    pdf = _long_minutes(store, seats, 80, title="امن کمیٹی کا اجلاس")
    words = [w for w in pdf_words(pdf) if w.page == 2]
    top = min(w.top for w in words)
    head = sorted((w for w in words if abs(w.top - top) < 3), key=lambda w: w.left)
    texts = [w.text for w in head]
    assert texts[-3:] == ["2", "March", "2026"], texts
    urdu = [w for w in head if not w.text.isascii()]
    assert urdu
    assert max(w.right for w in urdu) < head[-3].left
