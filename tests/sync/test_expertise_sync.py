"""A person's fields of expertise travel like their other fields: put in the pool on an
officer's laptop, they are in the hub's pool after the bundle; edited on two devices at once
alongside another field, both edits are kept."""

from scdesk.services.sync import Outcome
from scdesk.store.queries.support_lists import expert_pool
from scdesk.store.store import Store
from tests import factories
from tests.sync.conftest import Network


def _pool(store: Store) -> list[tuple[str, tuple[str, ...], str | None]]:
    with store.read() as session:
        return [(e.name, e.fields, e.title) for e in expert_pool(session)]


def test_a_person_put_in_the_pool_on_a_laptop_is_in_the_hubs_pool(network: Network) -> None:
    officer = network.officers[0]
    meena = factories.person(officer, name="Meena Iyer", city_id=network.city)
    factories.change_person(officer, meena, expertise="Youth work, municipal planning")

    results = network.deliver(network.hub, network.send(officer, network.hub))

    assert results[0].outcome is Outcome.MERGED
    assert _pool(network.hub) == [("Meena Iyer", ("Youth work", "municipal planning"), None)]


def test_expertise_and_title_edited_apart_on_two_devices_are_both_kept(
    network: Network,
) -> None:
    officer = network.officers[0]
    meena = factories.person(officer, name="Meena Iyer", city_id=network.city)
    network.deliver(network.hub, network.send(officer, network.hub))
    factories.change_person(network.hub, meena, expertise="Counter-narratives")
    factories.change_person(officer, meena, title="Prevention adviser")

    network.deliver(network.hub, network.send(officer, network.hub))
    network.deliver(officer, network.send(network.hub, officer))

    expected = [("Meena Iyer", ("Counter-narratives",), "Prevention adviser")]
    assert _pool(network.hub) == expected
    assert _pool(officer) == expected
