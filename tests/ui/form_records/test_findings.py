"""The findings tab's state read as the findings save_meeting takes, and made from stored ones:
a priority chooser holds a fixed area or the id of a priority the hub added. No Qt."""

from uuid import UUID

from scdesk.domain.plans import FindingCategory, FindingId, PriorityArea
from scdesk.store.queries.findings import FindingView
from scdesk.ui.form_records.findings import findings_record, findings_state

HUB = UUID("00000000-0000-4000-8000-000000000007")
STORED = FindingId(UUID("00000000-0000-4000-8000-000000000008"))


def test_a_chosen_hub_priority_is_read_with_the_area_other_and_a_fixed_one_without_an_id() -> None:
    state = {
        "priority": [
            {"finding_id": None, "text": " Hate speech online ", "priority_area": str(HUB)},
            {"finding_id": None, "text": "A committee", "priority_area": "prevention_mechanisms"},
        ]
    }
    first, second = (entry.finding for entry in findings_record(state))
    assert (first.text, first.priority_area, first.priority_id) == (
        "Hate speech online",
        PriorityArea.OTHER,
        HUB,
    )
    assert (second.priority_area, second.priority_id) == (PriorityArea.PREVENTION_MECHANISMS, None)


def test_a_stored_finding_with_a_hub_priority_comes_back_the_same() -> None:
    view = FindingView(STORED, FindingCategory.PRIORITY, PriorityArea.OTHER, "Online hate", HUB)
    state = findings_state([view])
    assert state["priority"] == [
        {"finding_id": str(STORED), "text": "Online hate", "priority_area": str(HUB)}
    ]
    [entry] = findings_record(state)
    assert (entry.finding_id, entry.finding.priority_id) == (STORED, HUB)
