"""One word per stored choice, the same in the GUI, on the command line and in reports."""

from scdesk.domain.activities import ActivityKind
from scdesk.domain.figures import NO_GROUP
from scdesk.domain.labels import choices, label
from scdesk.domain.meetings import AttendanceRole, MeetingStatus
from scdesk.domain.places import Sector
from scdesk.i18n import translating
from scdesk.reports.catalog import catalog, translator


def test_equal_values_of_two_kinds_of_choice_read_as_their_own_words() -> None:
    assert label(ActivityKind.OTHER) == "other activity"
    assert label(Sector.OTHER) == "other"


def test_a_breakdown_category_given_as_its_key_reads_as_its_word() -> None:
    assert label(NO_GROUP) == "no group recorded"
    assert label("0-14") == "under 15"


def test_a_role_reads_the_same_in_a_form_as_in_the_printed_minutes() -> None:
    assert choices([AttendanceRole.CHAIR]) == [("chair", "Chair")]


def test_a_report_in_urdu_prints_the_urdu_word_for_a_choice() -> None:
    with translating(translator("ur")):
        held = label(MeetingStatus.HELD)
    assert held == catalog("ur").messages[("Reports", "held")]
    assert held != "held"
