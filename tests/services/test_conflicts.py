"""Conflicts for review name their record and show both values as a person reads them."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from scdesk.services import conflicts
from tests import factories
from tests.sync.conftest import Network, make_network


@pytest.fixture
def network(tmp_path: Path, template_store: Path) -> Iterator[Network]:
    made = make_network(tmp_path, template_store)
    yield made
    made.close()


def test_a_conflict_names_its_record_and_shows_both_values_without_quotes(
    network: Network,
) -> None:
    officer, hub = network.officers[0], network.hub
    factories.change_city(officer, network.city, name="Mardan city")
    factories.change_city(hub, network.city, name="Mardan district")
    network.deliver(hub, network.send(officer, hub))

    (found,) = conflicts.list_conflicts(hub)

    assert (found.table, found.field) == ("city", "name")
    assert found.record == found.kept.shown
    assert {found.kept.shown, found.lost.shown} == {"Mardan city", "Mardan district"}
    assert {found.kept.device, found.lost.device} == {"Laptop 1", "Hub"}


def test_a_device_whose_name_never_arrived_is_named_as_unknown_with_a_short_id(
    network: Network,
) -> None:
    """Officer 2's change reaches officer 1 through the hub; officer 1 never received officer
    2's name, and reads the conflict's side as from an unknown device."""
    hub, (first, second) = network.hub, network.officers
    factories.change_city(first, network.city, name="Mardan city")
    factories.change_city(second, network.city, name="Mardan district")
    network.deliver(hub, network.send(second, hub))
    network.deliver(first, network.send(hub, first))

    (found,) = conflicts.list_conflicts(first)

    unknown = f"an unknown device ({str(second.device().device_id)[:8]})"
    assert {found.kept.device, found.lost.device} == {"Laptop 1", unknown}
