"""The meeting form's state read as the record save_meeting takes. No Qt."""

from datetime import UTC, date, datetime
from uuid import UUID

from scdesk.domain.meetings import (
    ActionStatus,
    AttendanceRole,
    AttendanceStatus,
    MeetingKind,
    MeetingStatus,
)
from scdesk.domain.people import AgeBand, Gender
from scdesk.ui.form_records.meeting import meeting_record

NOW = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)
CITY = "00000000-0000-4000-8000-000000000001"
PERSON = "00000000-0000-4000-8000-000000000002"
ITEM = "00000000-0000-4000-8000-000000000003"
MEETING = UUID("00000000-0000-4000-8000-000000000004")

STATE: dict[str, object] = {
    "kind": "committee_meeting",
    "title": "  Committee meeting no. 1 ",
    "city_id": CITY,
    "committee_id": None,
    "starts_at": "2026-11-10T05:00:00+00:00",
    "ends_at": None,
    "venue": "   ",
    "language": "ur",
    "status": "held",
    "summary": "",
    "attendance": {
        "attendance": [
            {"person_id": PERSON, "name": "Ayesha Khan", "status": "apologies", "role": "chair"}
        ],
        "headcounts": [{"gender": "female", "age_band": "18-24", "group": None, "count": 12}],
        "total": 12,
    },
    "agenda": [
        {
            "key": ITEM,
            "item_id": ITEM,
            "parent_key": None,
            "title": "Minutes",
            "presenter_id": PERSON,
        },
        {"key": "new-1", "item_id": None, "parent_key": ITEM, "title": " Youth centre "},
    ],
    "actions": [{"action_id": None, "text": "Write", "due_on": "2026-12-01", "status": "done"}],
}


def test_the_meetings_details_are_read_trimmed_with_blanks_as_none() -> None:
    record = meeting_record(STATE, MEETING, NOW)
    assert record is not None
    meeting = record.meeting
    assert (record.meeting_id, meeting.kind, meeting.title, meeting.status) == (
        MEETING, MeetingKind.COMMITTEE_MEETING, "Committee meeting no. 1", MeetingStatus.HELD,
    )  # fmt: skip
    assert (meeting.venue, meeting.summary, meeting.language) == (None, None, "ur")
    assert meeting.starts_at == datetime(2026, 11, 10, 5, 0, tzinfo=UTC)
    assert meeting.total_attendance == 12


def test_the_attendance_agenda_and_actions_become_the_records_parts() -> None:
    record = meeting_record(STATE, None, NOW)
    assert record is not None
    assert [(str(a.person_id), a.status, a.role) for a in record.attendees] == [
        (PERSON, AttendanceStatus.APOLOGIES, AttendanceRole.CHAIR)
    ]
    assert [(c.gender, c.age_band, c.count) for c in record.headcounts] == [
        (Gender.FEMALE, AgeBand.FROM_18, 12)
    ]
    assert [(e.key, e.parent_key, e.item.title) for e in record.agenda] == [
        (ITEM, None, "Minutes"), ("new-1", ITEM, "Youth centre"),
    ]  # fmt: skip
    assert [(a.action.text, a.action.due_on, a.status) for a in record.actions] == [
        ("Write", date(2026, 12, 1), ActionStatus.DONE)
    ]


def test_a_meeting_without_a_city_is_read_with_none_for_the_rules_to_report() -> None:
    assert meeting_record({**STATE, "city_id": None}, None, NOW).meeting.city_id is None


def test_a_meeting_without_a_start_starts_now() -> None:
    record = meeting_record({**STATE, "starts_at": None}, None, NOW)
    assert record is not None
    assert record.meeting.starts_at == NOW
