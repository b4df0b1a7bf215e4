"""This device's setup (its name, user, role and city), and trusting a device: who made a
bundle, when that device is not trusted here yet."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from scdesk.domain.devices import DeviceRole, DeviceSetup
from scdesk.services import devices
from scdesk.services.first_run import set_up_device
from scdesk.store.models import AuditEntry, Device
from scdesk.store.store import Store
from scdesk.sync.bundle_reader import BundleRefusedError
from tests import factories
from tests.conftest import refused
from tests.sync.conftest import Network, make_network, new_officer


def test_setting_up_an_officers_device_records_who_and_where(store: Store) -> None:
    city_id = factories.city(store, "Trincomalee", "LK")
    setup = DeviceSetup("Trinco laptop", DeviceRole.OFFICER, "Kavitha", city_id, "ta")
    identity = set_up_device(store, setup)
    assert identity.configured
    assert (identity.name, identity.user_name, identity.city_id, identity.language) == (
        "Trinco laptop", "Kavitha", city_id, "ta",
    )  # fmt: skip
    with store.read() as session:
        device = session.scalars(select(Device).where(Device.id == identity.device_id)).one()
    assert (device.name, device.role) == ("Trinco laptop", DeviceRole.OFFICER)


def test_setting_up_a_device_makes_the_keys_whose_fingerprint_others_see(store: Store) -> None:
    set_up_device(store, DeviceSetup("Hub desktop", DeviceRole.HUB, "Hub staff"))
    (mine,) = [d for d in devices.devices(store) if d.this_device]
    assert mine.fingerprint is not None
    assert mine.fingerprint == devices.ensure_device_keys(store).fingerprint


def test_an_officer_without_a_city_or_a_name_is_refused(store: Store) -> None:
    no_city = DeviceSetup("Laptop", DeviceRole.OFFICER, "Kavitha")
    refused(store, lambda: set_up_device(store, no_city), "Choose the city")
    no_name = DeviceSetup("Laptop", DeviceRole.HUB, " ")
    refused(store, lambda: set_up_device(store, no_name), "Your name is required")


def test_the_user_becomes_the_author_of_later_changes(store: Store) -> None:
    set_up_device(store, DeviceSetup("Hub desktop", DeviceRole.HUB, "Hub staff member"))
    factories.city(store, "Colombo", "LK")
    with store.read() as session:
        actors = set(session.scalars(select(AuditEntry.actor)))
    assert actors == {"Hub staff member"}


@pytest.fixture
def network(tmp_path: Path, template_store: Path) -> Iterator[Network]:
    made = make_network(tmp_path, template_store)
    yield made
    made.close()


@pytest.fixture
def stranger(network: Network, tmp_path: Path, template_store: Path) -> Iterator[Store]:
    """A third officer's laptop: it knows the hub, the hub does not know it."""
    (profile,) = network.folder.glob("*.scdesk-profile")
    officer = new_officer(
        tmp_path / "officer3", template_store, devices.read_hub_profile(profile), 3, network.city
    )
    yield officer
    officer.close()


def test_the_sender_of_a_bundle_from_an_untrusted_device_shows_the_fingerprint_it_shows_itself(
    network: Network, stranger: Store
) -> None:
    factories.person(stranger, name="Gul Bano")
    found = devices.bundle_sender(network.hub, network.send(stranger, network.hub))
    assert found is not None
    assert (found.party.name, found.party.user_name) == ("Laptop 3", "Officer 3")
    assert found.fingerprint == devices.ensure_device_keys(stranger).fingerprint


def test_a_bundle_from_a_trusted_device_has_no_sender_to_trust(network: Network) -> None:
    bundle = network.send(network.officers[0], network.hub)
    assert devices.bundle_sender(network.hub, bundle) is None


def test_a_damaged_file_is_refused_rather_than_offered_for_trust(
    network: Network, tmp_path: Path
) -> None:
    garbage = tmp_path / "garbage.scdesk"
    garbage.write_bytes(b"PK\x03\x04 not really a bundle")
    with pytest.raises(BundleRefusedError, match="not a whole scdesk bundle"):
        devices.bundle_sender(network.hub, garbage)


def test_strangers_names_each_untrusted_device_once_and_skips_other_files(
    network: Network, stranger: Store, tmp_path: Path
) -> None:
    factories.person(stranger, name="Gul Bano")
    first = network.send(stranger, network.hub)
    factories.person(stranger, name="Zarina Bibi")
    second = network.send(stranger, network.hub)
    trusted = network.send(network.officers[0], network.hub)
    garbage = tmp_path / "garbage.scdesk"
    garbage.write_bytes(b"nothing")

    found = devices.strangers(network.hub, [garbage, first, trusted, second])

    assert [s.party.name for s in found] == ["Laptop 3"]
