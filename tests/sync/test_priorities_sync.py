"""A priority the hub added reaches its officers by sync; an officer raises it in a consultation's
finding, which comes back to the hub naming it. An officer cannot add one of its own."""

from sqlalchemy import select

from scdesk.domain.meetings import MeetingKind, MeetingRecord
from scdesk.domain.plans import FindingCategory, FindingEntry, FindingInput, PriorityArea
from scdesk.domain.priorities import HubPriorityInput, HubPriorityRecord
from scdesk.services import meetings, priorities
from scdesk.services.sync import Outcome
from scdesk.store.models import ConsultationFinding, HubPriority
from tests import factories
from tests.conftest import dump, refused
from tests.sync.conftest import Network


def test_an_officer_receives_the_hubs_priority_and_raises_it_in_a_finding(
    network: Network,
) -> None:
    officer = network.officers[0]
    added = HubPriorityInput("Inter-faith dialogue", "Leaders of different faiths meeting")
    priority_id = priorities.save_priority(network.hub, HubPriorityRecord(None, added)).id
    results = network.deliver(officer, network.send(network.hub, officer))
    assert results[0].outcome is Outcome.MERGED
    [received] = priorities.priorities(officer)
    assert (received.id, received.name, received.retired) == (
        priority_id,
        "Inter-faith dialogue",
        False,
    )

    details = factories.meeting_input(network.city, kind=MeetingKind.CONSULTATION)
    raised = FindingInput(
        FindingCategory.PRIORITY, "Elders asked for a monthly meeting", PriorityArea.OTHER,
        priority_id,
    )  # fmt: skip
    meetings.save_meeting(officer, MeetingRecord(None, details), (FindingEntry(None, raised),))
    network.deliver(network.hub, network.send(officer, network.hub))
    with network.hub.read() as session:
        kept = session.scalars(select(ConsultationFinding)).one()
    assert (kept.text, kept.priority_area, kept.priority_id) == (
        "Elders asked for a monthly meeting",
        PriorityArea.OTHER,
        priority_id,
    )

    renamed = HubPriorityRecord(priority_id, HubPriorityInput("Faith leaders' dialogue"))
    refused(
        officer,
        lambda: priorities.save_priority(officer, renamed),
        "Only the hub adds or changes priorities",
    )


def test_a_priority_an_officers_device_wrote_itself_is_refused_by_the_hub(
    network: Network,
) -> None:
    """A device whose software skipped the service's rule still cannot add a priority for the
    whole network: the hub refuses the bundle and keeps its store as it was."""
    officer = network.officers[0]
    with officer.write() as tx:
        tx.create(HubPriority, {"name": "Our own priority", "description": None, "retired": False})
    bundle = network.send(officer, network.hub)
    before = dump(network.hub)
    (result,) = network.deliver(network.hub, bundle)
    assert result.outcome is Outcome.REFUSED, result.message
    assert "adds or changes a priority, which only the hub does" in result.message
    assert dump(network.hub) == before
