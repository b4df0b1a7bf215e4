"""The committee form's state read as the record save_committee takes. No Qt."""

from datetime import date
from uuid import UUID

from scdesk.domain.committees import CommitteeKind, MemberRole
from scdesk.ui.form_records.committee import committee_record

CITY = "00000000-0000-4000-8000-000000000001"
PERSON = "00000000-0000-4000-8000-000000000002"
MEMBERSHIP = "00000000-0000-4000-8000-000000000003"

STATE: dict[str, object] = {
    "name": " Local prevention committee ",
    "kind": "local_prevention",
    "city_id": CITY,
    "language": "hi",
    "quorum": None,
    "established_on": None,
    "mandate": "",
    "memberships": [
        {
            "membership_id": MEMBERSHIP,
            "person_id": PERSON,
            "name": "Meera",
            "role": "chair",
            "starts_on": "2026-01-05",
            "ends_on": None,
        },
        {"membership_id": None, "person_id": None, "name": "nobody"},
    ],
}


def test_the_committee_and_its_members_are_read() -> None:
    record = committee_record(STATE, None)
    assert record is not None
    committee = record.committee
    assert (committee.name, committee.kind, committee.language, committee.mandate) == (
        "Local prevention committee", CommitteeKind.LOCAL_PREVENTION, "hi", None,
    )  # fmt: skip
    assert [
        (m.membership_id, str(m.person_id), m.role, m.starts_on) for m in record.memberships
    ] == [(UUID(MEMBERSHIP), PERSON, MemberRole.CHAIR, date(2026, 1, 5))]


def test_a_committee_without_a_city_is_read_with_none_for_the_rules_to_report() -> None:
    assert committee_record({**STATE, "city_id": None}, None).committee.city_id is None
