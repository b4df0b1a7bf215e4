"""Trusting a device: who made a bundle, when that device is not trusted here yet."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from scdesk.services import devices
from scdesk.store.store import Store
from scdesk.sync.bundle_reader import BundleRefusedError
from tests import factories
from tests.sync.conftest import Network, make_network, new_officer


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
    assert found.fingerprint == devices.keys_of(stranger).fingerprint


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
