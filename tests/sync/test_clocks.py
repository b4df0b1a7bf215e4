"""Clocks that cannot be pushed: a stamp far in the future is merged, but this device keeps
writing near its own time, and the device with the wrong date is named."""

from datetime import datetime, timedelta
from pathlib import Path
from uuid import UUID

import pytest
from sqlalchemy import select

from scdesk.cli import main
from scdesk.services import devices, sync
from scdesk.store.models import Person, ThisDevice
from scdesk.store.store import Store
from tests import factories
from tests.conftest import NOW, TestClock
from tests.sync.conftest import Network, make_network
from tests.sync.crafting import craft, person_line

YEAR_2100 = datetime(2100, 1, 1, tzinfo=NOW.tzinfo)
LARGEST = (1 << 62) - 1


def _stamp_of(moment: datetime) -> int:
    return int(moment.timestamp() * 1000) << 16


def _written_at(stamp: int) -> datetime:
    return datetime.fromtimestamp((stamp >> 16) / 1000, tz=NOW.tzinfo)


def _far_ahead(network: Network, folder: Path, stamp: int) -> tuple[sync.Imported, UUID]:
    """The hub merges a person from Laptop 1 stamped at stamp; the result and the person's id."""
    officer = network.officers[0]
    me = officer.device().device_id
    line = person_line(me, 1, name="Stamped far ahead")
    line["h"] = stamp
    bundle = craft(officer, network.hub, folder / "ahead.scdesk", [line])
    [result] = network.deliver(network.hub, bundle)
    return result, UUID(hex=str(line["i"]))


def _created_hlc(store: Store, person_id: object) -> int:
    with store.read() as session:
        stamp = session.scalar(select(Person.created_hlc).where(Person.id == person_id))
    assert stamp is not None
    return stamp


def _next_write_at(store: Store) -> datetime:
    """When the store's next write says it was made, by its clock stamp."""
    return _written_at(_created_hlc(store, factories.person(store, name="Written after")))


def _name(store: Store, person_id: object) -> str:
    with store.read() as session:
        person = session.get(Person, person_id)
        assert person is not None
        return person.name


@pytest.mark.parametrize("stamp", [_stamp_of(YEAR_2100), LARGEST], ids=["2100", "largest"])
def test_a_far_stamp_is_merged_and_the_hub_still_writes_at_its_own_time(
    network: Network, tmp_path: Path, stamp: int
) -> None:
    result, person = _far_ahead(network, tmp_path, stamp)
    assert result.outcome is sync.Outcome.MERGED
    assert "Laptop 1's clock is" in result.message
    assert "ask its user to set the date" in result.message
    assert _created_hlc(network.hub, person) == stamp
    written = _next_write_at(network.hub)
    assert NOW <= written <= NOW + timedelta(days=1, seconds=1)
    with network.hub.read() as session:
        clock = session.scalars(select(ThisDevice.hlc)).one()
    assert clock < _stamp_of(NOW + timedelta(days=2))
    [laptop] = [d for d in devices.devices(network.hub) if d.name == "Laptop 1"]
    assert laptop.clock_warning is not None
    assert "Laptop 1" in laptop.clock_warning
    [other] = [d for d in devices.devices(network.hub) if d.name == "Laptop 2"]
    assert other.clock_warning is None


def test_the_devices_command_marks_a_device_whose_clock_is_ahead(
    tmp_path: Path, template_store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    network = make_network(tmp_path / "net", template_store)
    try:
        _far_ahead(network, tmp_path, _stamp_of(YEAR_2100))
        capsys.readouterr()
        assert main(["--data-dir", str(network.hub.folder), "devices"]) == 0
        out = capsys.readouterr().out
    finally:
        network.close()
    days = (YEAR_2100 - NOW).days
    assert f"Laptop 1's clock is {days} days ahead: ask its user to set the date." in out
    assert "Laptop 2's clock" not in out


def test_a_laptop_a_year_ahead_syncs_and_an_edit_made_after_seeing_it_wins(
    network: Network,
) -> None:
    laptop, other = network.officers
    assert isinstance(laptop.clock, TestClock)
    laptop.clock.at = NOW + timedelta(days=365)
    person = factories.person(laptop, name="Written a year ahead", city_id=network.city)
    [result] = network.deliver(network.hub, network.send(laptop, network.hub))
    assert result.outcome is sync.Outcome.MERGED
    assert "Laptop 1's clock is 365 days ahead" in result.message

    factories.change_person(network.hub, person, name="Corrected at the hub")
    # The hub's edit is stamped a year before the laptop's write, yet it saw that write.
    assert _written_at(_created_hlc(network.hub, person)) > _next_write_at(network.hub)
    for officer in (laptop, other):
        network.deliver(officer, network.send(network.hub, officer))
    network.deliver(network.hub, network.send(laptop, network.hub))
    for store in (network.hub, laptop, other):
        assert _name(store, person) == "Corrected at the hub"

    factories.person(laptop, name="Written later on the laptop")
    [again] = network.deliver(network.hub, network.send(laptop, network.hub))
    assert again.outcome is sync.Outcome.MERGED
    assert NOW <= _next_write_at(network.hub) <= NOW + timedelta(days=1, seconds=1)
