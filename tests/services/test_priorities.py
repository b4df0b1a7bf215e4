"""The priorities the hub adds beside the fixed ones: only the hub adds them, a finding names one
with the area Other, the Findings list filters by it, and a retired one stays on old findings but
is refused for new ones."""

from dataclasses import replace

from scdesk.domain.devices import DeviceRole, DeviceSetup
from scdesk.domain.meetings import MeetingId, MeetingInput, MeetingKind, MeetingRecord
from scdesk.domain.plans import (
    FindingCategory,
    FindingEntry,
    FindingInput,
    PriorityArea,
)
from scdesk.domain.priorities import HubPriorityId, HubPriorityInput, HubPriorityRecord
from scdesk.services import meetings, priorities
from scdesk.services.first_run import set_up_device
from scdesk.store.queries.findings import FindingFilter, consultation_findings, finding_page
from scdesk.store.store import Store
from tests import factories
from tests.conftest import refused

HATE_SPEECH = HubPriorityInput("Social media hate speech", "Hateful posts and groups online")


def _hub(store: Store) -> None:
    set_up_device(store, DeviceSetup("Hub desktop", DeviceRole.HUB, "Hub staff"))


def _add(store: Store, priority: HubPriorityInput = HATE_SPEECH) -> HubPriorityId:
    return priorities.save_priority(store, HubPriorityRecord(None, priority)).id


def _details(store: Store) -> MeetingInput:
    return factories.meeting_input(factories.city(store), kind=MeetingKind.CONSULTATION)


def _consultation(store: Store, *findings: FindingInput) -> MeetingId:
    entries = tuple(FindingEntry(None, f) for f in findings)
    return meetings.save_meeting(store, MeetingRecord(None, _details(store)), entries).id


def _raised(
    priority_id: HubPriorityId, note: str = "Rumours spread in online groups"
) -> FindingInput:
    return FindingInput(FindingCategory.PRIORITY, note, PriorityArea.OTHER, priority_id)


def test_the_hub_adds_a_priority_and_changes_it(store: Store) -> None:
    _hub(store)
    priority_id = _add(store)
    renamed = replace(HATE_SPEECH, name="Hate speech on social media")
    priorities.save_priority(store, HubPriorityRecord(priority_id, renamed))
    [row] = priorities.priorities(store)
    assert (row.id, row.name, row.description, row.retired) == (
        priority_id,
        "Hate speech on social media",
        "Hateful posts and groups online",
        False,
    )


def test_an_officers_device_is_refused_and_the_store_is_unchanged(store: Store) -> None:
    city_id = factories.city(store)
    set_up_device(store, DeviceSetup("Mardan laptop", DeviceRole.OFFICER, "Officer", city_id))
    refused(store, lambda: _add(store), "Only the hub adds or changes priorities")


def test_a_priority_needs_a_name(store: Store) -> None:
    _hub(store)
    refused(store, lambda: _add(store, HubPriorityInput("  ")), "Name is required")


def test_a_finding_with_a_hub_priority_is_listed_under_that_priority(store: Store) -> None:
    _hub(store)
    hate = _add(store)
    faith = _add(store, HubPriorityInput("Inter-faith dialogue"))
    fixed = FindingInput(
        FindingCategory.PRIORITY, "A committee", PriorityArea.PREVENTION_MECHANISMS
    )
    _consultation(store, _raised(hate), _raised(faith, "Elders meet monthly"), fixed)
    with store.read() as session:
        rows = finding_page(session, FindingFilter(priority_id=hate), None, 50)
        others = finding_page(session, FindingFilter(priority_area=PriorityArea.OTHER), None, 50)
    assert [(r.text, r.priority) for r in rows] == [
        ("Rumours spread in online groups", "Social media hate speech")
    ]
    assert sorted(r.priority or "" for r in others) == [
        "Inter-faith dialogue",
        "Social media hate speech",
    ]


def test_a_hub_priority_goes_with_the_area_other(store: Store) -> None:
    _hub(store)
    hate = _add(store)
    wrong = replace(_raised(hate), priority_area=PriorityArea.YOUTH_PARTICIPATION)
    record = MeetingRecord(None, _details(store))
    refused(
        store,
        lambda: meetings.save_meeting(store, record, (FindingEntry(None, wrong),)),
        "choose the priority area Other",
    )


def test_a_retired_priority_stays_on_old_findings_but_is_refused_for_new_ones(
    store: Store,
) -> None:
    _hub(store)
    hate = _add(store)
    details = _details(store)
    first = (FindingEntry(None, _raised(hate)),)
    meeting_id = meetings.save_meeting(store, MeetingRecord(None, details), first).id
    priorities.save_priority(store, HubPriorityRecord(hate, replace(HATE_SPEECH, retired=True)))
    with store.read() as session:
        [old] = consultation_findings(session, meeting_id)
        [row] = finding_page(session, FindingFilter(priority_id=hate), None, 50)
    assert (old.priority_id, row.priority) == (hate, "Social media hate speech")

    # The old finding is saved again, reworded, and keeps its retired priority.
    record = MeetingRecord(meeting_id, details)
    kept = FindingEntry(old.id, _raised(hate, "Rumours spread fast online"))
    meetings.save_meeting(store, record, (kept,))
    with store.read() as session:
        [again] = consultation_findings(session, meeting_id)
    assert (again.text, again.priority_id) == ("Rumours spread fast online", hate)

    added = (kept, FindingEntry(None, _raised(hate, "A new note")))
    refused(
        store,
        lambda: meetings.save_meeting(store, record, added),
        "The hub has retired this priority",
    )
