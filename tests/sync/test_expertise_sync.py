"""A person's fields of expertise travel like their other fields: put in the pool on an
officer's laptop, they are in the hub's pool after the bundle; edited on two devices at once
alongside another field, both edits are kept; a whole person from an earlier scdesk, which knew
no such field, comes in outside the pool."""

from pathlib import Path

from sqlalchemy import select

from scdesk.services.sync import Outcome
from scdesk.store.models import Person
from scdesk.store.queries.support_lists import expert_pool
from scdesk.store.store import Store
from tests import factories
from tests.sync.conftest import Network
from tests.sync.crafting import craft, person_line


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


def test_a_whole_person_from_an_earlier_scdesk_comes_in_outside_the_pool(
    network: Network, tmp_path: Path
) -> None:
    """A bundle of schema 0010 knows no fields of expertise: its whole person lacks them."""
    officer = network.officers[0]
    line = person_line(officer.device().device_id, 1, name="Zainab Bibi")
    assert "expertise" not in line["f"]  # type: ignore[operator]
    earlier = craft(officer, network.hub, tmp_path / "earlier.scdesk", [line], schema="0010")

    (result,) = network.deliver(network.hub, earlier)

    assert result.outcome is Outcome.MERGED, result.message
    with network.hub.read() as session:
        assert session.scalars(
            select(Person.expertise).where(Person.name == "Zainab Bibi")
        ).all() == [None]
    assert _pool(network.hub) == []
