"""A person is listed once: in a meeting's attendance, among an activity's participants and
coaches, among a committee's current members."""

from uuid import uuid4

from scdesk.domain.activities import coach_list_problems, participant_list_problems
from scdesk.domain.committees import current_member_problems
from scdesk.domain.meetings import AttendanceInput, AttendanceStatus, attendee_list_problems
from scdesk.domain.people import PersonId
from scdesk.domain.rules import Problem

GUL, IMRAN = PersonId(uuid4()), PersonId(uuid4())


def _messages(problems: list[Problem]) -> list[str]:
    return [p.message for p in problems]


def test_an_attendance_listing_a_person_twice_is_refused_whatever_their_status() -> None:
    twice = [AttendanceInput(GUL), AttendanceInput(GUL, AttendanceStatus.APOLOGIES)]
    assert _messages(attendee_list_problems(twice)) == [
        "The same person is listed twice in the attendance."
    ]
    assert attendee_list_problems([AttendanceInput(GUL), AttendanceInput(IMRAN)]) == []


def test_a_person_registered_twice_for_an_activity_is_refused() -> None:
    assert _messages(participant_list_problems([GUL, IMRAN, GUL])) == [
        "The same person is registered twice."
    ]


def test_a_person_coaching_an_activity_twice_is_refused() -> None:
    assert _messages(coach_list_problems([IMRAN, IMRAN])) == [
        "The same person is listed twice as a coach."
    ]


def test_a_person_with_two_current_memberships_of_a_committee_is_refused() -> None:
    assert _messages(current_member_problems([GUL, GUL])) == [
        "The same person is listed twice as a current member."
    ]
    assert current_member_problems([GUL, IMRAN]) == []
