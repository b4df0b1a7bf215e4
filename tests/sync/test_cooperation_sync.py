"""A raising with a national body recorded on an officer's laptop reaches the hub, and the hub
sends it on to the other officers of its city."""

from datetime import date

from sqlalchemy import select

from scdesk.domain.cooperation import RaisingInput, RaisingRecord, RaisingStatus
from scdesk.services import cooperation
from scdesk.services.sync import Outcome
from scdesk.store.models import NationalRaising
from tests.sync.conftest import Network


def test_a_raising_made_on_an_officers_laptop_reaches_the_hub_and_the_other_officer(
    network: Network,
) -> None:
    first, second = network.officers
    raising = RaisingInput(
        network.city, "Ministry of Interior", date(2026, 11, 2), "A national helpline",
        RaisingStatus.ANSWERED, "A pilot next year",
    )  # fmt: skip
    raising_id = cooperation.save_raising(first, RaisingRecord(None, raising)).id

    results = network.deliver(network.hub, network.send(first, network.hub))
    assert results[0].outcome is Outcome.MERGED
    network.deliver(second, network.send(network.hub, second))
    for store in (network.hub, second):
        with store.read() as session:
            kept = session.scalars(select(NationalRaising)).one()
            assert (kept.id, kept.city_id, kept.national_body, kept.status, kept.outcome) == (
                raising_id, network.city, "Ministry of Interior", RaisingStatus.ANSWERED,
                "A pilot next year",
            )  # fmt: skip
