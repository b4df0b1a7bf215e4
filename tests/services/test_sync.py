"""Importing from the Sync page: trust the devices the user confirmed, then import every file."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from scdesk.domain.changes import RecordKind
from scdesk.domain.devices import DeviceState
from scdesk.domain.progress import CancelledError, Progress
from scdesk.services import devices, sync
from scdesk.services.sync import Outcome
from scdesk.store.models import Person
from scdesk.store.store import Store
from tests import factories
from tests.conftest import dump
from tests.sync.conftest import Network, make_network, new_officer


@pytest.fixture
def network(tmp_path: Path, template_store: Path) -> Iterator[Network]:
    made = make_network(tmp_path, template_store)
    yield made
    made.close()


@pytest.fixture
def stranger(network: Network, tmp_path: Path, template_store: Path) -> Iterator[Store]:
    (profile,) = network.folder.glob("*.scdesk-profile")
    officer = new_officer(
        tmp_path / "officer3", template_store, devices.read_hub_profile(profile), 3, network.city
    )
    yield officer
    officer.close()


def _names(store: Store) -> list[str]:
    with store.read() as session:
        return sorted(session.scalars(select(Person.name)))


def test_a_confirmed_device_is_trusted_and_its_bundle_merged_with_what_it_changed(
    network: Network, stranger: Store
) -> None:
    factories.person(stranger, name="Gul Bano")
    bundle = network.send(stranger, network.hub)
    (found,) = devices.strangers(network.hub, [bundle])

    run = sync.trust_and_import(network.hub, [found.party], [bundle])

    assert run.trusted == ("Laptop 3",)
    (result,) = run.results
    assert (result.outcome, result.counts.new) == (Outcome.MERGED, 1)
    assert run.changes.affects(RecordKind.PERSON)
    assert run.changes.sync
    assert _names(network.hub) == ["Gul Bano"]
    assert devices.bundle_sender(network.hub, bundle) is None


def test_a_bundle_from_a_device_not_confirmed_is_refused_and_changes_nothing(
    network: Network, stranger: Store
) -> None:
    factories.person(stranger, name="Gul Bano")
    bundle = network.send(stranger, network.hub)
    fingerprint = devices.ensure_device_keys(stranger).fingerprint
    before = dump(network.hub)

    run = sync.trust_and_import(network.hub, [], [bundle])

    (result,) = run.results
    assert result.outcome is Outcome.REFUSED
    assert f"Laptop 3 (Officer 3), fingerprint {fingerprint}" in result.message
    assert not run.changes
    assert dump(network.hub) == before


def test_an_export_says_it_changed_what_the_status_bar_reads(network: Network) -> None:
    exported = sync.export_bundle(network.officers[0], network.folder)
    assert exported.changes.sync
    assert exported.path.name.startswith("scdesk-Laptop-1-to-Hub-")


def test_an_officer_exports_for_its_hub_and_a_hub_for_every_device_it_still_trusts(
    network: Network,
) -> None:
    officer, hub = network.officers[0], network.hub
    seen_by_officer = sync.sync_overview(officer)
    assert [d.name for d in seen_by_officer.receivers] == ["Hub"]
    assert seen_by_officer.fingerprint == devices.ensure_device_keys(officer).fingerprint

    devices.revoke_device(hub, officer.device().device_id)

    seen_by_hub = sync.sync_overview(hub)
    assert [d.name for d in seen_by_hub.receivers] == ["Laptop 2"]
    states = {d.name: d.state for d in seen_by_hub.devices}
    assert states == {
        "Hub": DeviceState.THIS_DEVICE,
        "Laptop 1": DeviceState.REVOKED,
        "Laptop 2": DeviceState.TRUSTED,
    }


def test_an_export_cancelled_leaves_no_file_and_no_export_logged(network: Network) -> None:
    officer = network.officers[0]
    factories.person(officer, name="Gul Bano", city_id=network.city)
    cancelled = Progress()
    cancelled.cancel.set()
    before = dump(officer)
    with pytest.raises(CancelledError):
        sync.export_bundle(officer, network.folder, progress=cancelled)
    assert list(network.folder.glob("scdesk-Laptop-1-*")) == []
    assert dump(officer) == before


def test_a_cancelled_import_keeps_the_files_merged_before_and_says_which_were_not(
    network: Network,
) -> None:
    first, second = network.officers
    factories.person(first, name="Gul Bano", city_id=network.city)
    factories.person(second, name="Zarina Bibi", city_id=network.city)
    bundles = [network.send(first, network.hub), network.send(second, network.hub)]
    progress = Progress()
    progress.report = lambda done, total: progress.cancel.set()  # Cancel after the first file

    results = sync.import_bundles(network.hub, bundles, progress)

    assert [r.outcome for r in results] == [Outcome.MERGED, Outcome.CANCELLED]
    assert results[1].message == f"{bundles[1].name}: not imported, the import was cancelled."
    assert _names(network.hub) == ["Gul Bano"]
    assert sync.import_bundles(network.hub, bundles[1:])[0].outcome is Outcome.MERGED
