"""The raising form's state read as the record save_raising takes. No Qt."""

from datetime import date
from uuid import UUID

from scdesk.domain.cooperation import RaisingStatus
from scdesk.ui.form_records.cooperation import raising_record, source_value

CITY = "00000000-0000-4000-8000-000000000001"
GRANT = UUID("00000000-0000-4000-8000-000000000002")
MEETING = UUID("00000000-0000-4000-8000-000000000003")


def _state(came_from: str | None) -> dict[str, object]:
    return {
        "city_id": CITY, "national_body": " Ministry of Interior ", "raised_on": "2026-10-02",
        "subject": "A helpline ", "status": "answered", "outcome": "  ", "came_from": came_from,
    }  # fmt: skip


def test_a_raising_is_read_with_the_record_chosen_as_its_only_link() -> None:
    raising = raising_record(_state(source_value("grant_id", GRANT)), None, (None, {})).raising
    assert (raising.national_body, raising.subject, raising.outcome, raising.status) == (
        "Ministry of Interior", "A helpline", None, RaisingStatus.ANSWERED,
    )  # fmt: skip
    assert (str(raising.city_id), raising.raised_on) == (CITY, date(2026, 10, 2))
    assert (raising.grant_id, raising.meeting_id, raising.finding_id) == (GRANT, None, None)


def test_a_stored_raising_keeps_all_its_links_until_another_record_is_chosen() -> None:
    shown = source_value("meeting_id", MEETING)
    kept = (shown, {"meeting_id": MEETING, "grant_id": GRANT})
    same = raising_record(_state(shown), None, kept).raising
    assert (same.meeting_id, same.grant_id) == (MEETING, GRANT)
    other = raising_record(_state(source_value("grant_id", GRANT)), None, kept).raising
    assert (other.meeting_id, other.grant_id) == (None, GRANT)
    none = raising_record(_state(None), None, kept).raising
    assert (none.meeting_id, none.grant_id) == (None, None)
