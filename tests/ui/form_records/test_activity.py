"""The youth activity form's state read as the record save_activity takes. No Qt."""

from datetime import date

from scdesk.domain.activities import ActivityKind, CoachRole
from scdesk.domain.people import Gender
from scdesk.ui.form_records.activity import activity_record

TODAY = date(2026, 11, 25)
CITY = "00000000-0000-4000-8000-000000000001"
COACH = "00000000-0000-4000-8000-000000000002"
YOUTH = "00000000-0000-4000-8000-000000000003"

STATE: dict[str, object] = {
    "title": " Football for peace ",
    "kind": "sports",
    "city_id": CITY,
    "starts_on": "2026-10-01",
    "ends_on": None,
    "venue": "",
    "sessions": [{"session_id": None, "held_on": None, "topic": " Passing ", "notes": ""}],
    "people": {
        "coaches": [{"person_id": COACH, "name": "Ramesh", "role": "coach"}],
        "participants": [{"person_id": YOUTH, "name": "Anjali"}],
    },
    "participation": {
        "communities": [{"community": "Buddhist"}, {"community": " "}],
        "counts": [{"gender": "female", "age_band": None, "community": " ", "count": 14}],
    },
}


def test_the_activity_and_its_sessions_are_read_with_a_sessions_day_defaulting_to_the_start() -> (
    None
):
    record = activity_record(STATE, None, TODAY)
    assert record is not None
    assert (record.activity.title, record.activity.kind, record.activity.venue) == (
        "Football for peace", ActivityKind.SPORTS, None,
    )  # fmt: skip
    assert [(s.session.held_on, s.session.topic, s.session.notes) for s in record.sessions] == [
        (date(2026, 10, 1), "Passing", None)
    ]


def test_the_people_and_participation_tabs_become_the_records_parts() -> None:
    record = activity_record(STATE, None, TODAY)
    assert record is not None
    assert [(str(p), role) for p, role in record.coaches] == [(COACH, CoachRole.COACH)]
    assert [str(p) for p in record.participants] == [YOUTH]
    assert record.communities == ("Buddhist", " ")  # the blank one is the rules' to report
    assert [(c.gender, c.count, c.community) for c in record.counts] == [(Gender.FEMALE, 14, None)]


def test_an_activity_without_a_city_is_read_with_none_for_the_rules_to_report() -> None:
    assert activity_record({**STATE, "city_id": ""}, None, TODAY).activity.city_id is None
