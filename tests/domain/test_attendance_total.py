"""A meeting's stated total is the named people present plus the anonymous headcounts."""

from uuid import uuid4

from scdesk.domain.meetings import (
    AttendanceInput,
    AttendanceStatus,
    HeadcountInput,
    attendance_total_problems,
)
from scdesk.domain.people import Gender, PersonId

PRESENT = AttendanceInput(PersonId(uuid4()))
APOLOGIES = AttendanceInput(PersonId(uuid4()), AttendanceStatus.APOLOGIES)
WOMEN = HeadcountInput(Gender.FEMALE, 12)


def test_people_who_sent_apologies_do_not_count_toward_the_stated_total() -> None:
    assert attendance_total_problems(13, [PRESENT, APOLOGIES], [WOMEN]) == []


def test_an_attendance_that_does_not_add_up_is_refused_with_its_sums() -> None:
    (problem,) = attendance_total_problems(20, [PRESENT, APOLOGIES], [WOMEN])
    assert problem.message == (
        "Named attendees (1) and anonymous headcounts (12) add up to 13, "
        "not to the stated total of 20."
    )


def test_a_meeting_without_a_stated_total_has_nothing_to_add_up() -> None:
    assert attendance_total_problems(None, [PRESENT], [WOMEN]) == []
