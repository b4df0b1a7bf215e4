"""Devices for sync tests: a hub and officers, each in its own folder, trusting each other."""

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from uuid import uuid4

import pytest
from sqlalchemy import select, update

from scdesk.domain.devices import DeviceRole, DeviceSetup
from scdesk.domain.people import CityId
from scdesk.services import devices, sync
from scdesk.services.first_run import set_up_device
from scdesk.store import migrate
from scdesk.store.base import table_of
from scdesk.store.models import Device, SyncField, ThisDevice
from scdesk.store.postgres import PostgresDatabase
from scdesk.store.shapes import synced_models
from scdesk.store.sqlite_file import SqliteFile
from scdesk.store.store import STORE_FILE, Store
from scdesk.sync.bundle_reader import Limits, UnknownDeviceError, open_bundle
from scdesk.sync.profile import Profile
from tests import factories
from tests.conftest import TestClock, postgres_store
from tests.postgres import copy_database


@dataclass
class Network:
    hub: Store
    officers: list[Store]
    city: CityId
    folder: Path

    def send(self, sender: Store, receiver: Store) -> Path:
        """A bundle from sender to receiver, in the network's mailbox folder."""
        return sync.export_bundle(sender, self.folder, receiver.device().device_id).path

    def deliver(self, receiver: Store, *paths: Path) -> list[sync.Imported]:
        return sync.import_bundles(receiver, list(paths))

    def close(self) -> None:
        for store in (self.hub, *self.officers):
            store.close()


def _store(folder: Path, template: Path) -> Store:
    folder.mkdir(parents=True)
    shutil.copy(template, folder / STORE_FILE)
    store = Store.open(folder / STORE_FILE, clock=TestClock())
    _new_identity(store)
    return store


def _new_identity(store: Store) -> None:
    """Each device its own id: the template store's copies would otherwise share one."""
    old = store.device().device_id
    new = uuid4()
    with store.engine.begin() as connection:
        connection.execute(update(ThisDevice).values(device_id=new))
        connection.execute(update(Device).where(Device.id == old).values(id=new))


def trust_sender(receiver: Store, bundle: Path) -> None:
    try:
        open_bundle(bundle, receiver.device().device_id, devices.known_device(receiver),
                    migrate.revisions(), Limits())  # fmt: skip
    except UnknownDeviceError as unknown:
        devices.trust_device(receiver, unknown.manifest.sender)


def make_network(folder: Path, template: Path, hub: Store | None = None) -> Network:
    """A hub and two officers of Mardan, in folder; the hub may be given (on PostgreSQL)."""
    hub = hub or _store(folder / "hub", template)
    set_up_device(hub, DeviceSetup("Hub", DeviceRole.HUB, "Hub staff"))
    city = factories.city(hub, "Mardan")
    mailbox = folder / "mailbox"
    mailbox.mkdir()
    profile = devices.read_hub_profile(devices.write_hub_profile(hub, mailbox))
    officers = []
    for number in (1, 2):
        officer = new_officer(folder / f"officer{number}", template, profile, number, city)
        devices.trust_device(hub, devices.this_party(officer, devices.ensure_device_keys(officer)))
        officers.append(officer)
    return Network(hub, officers, city, mailbox)


def new_officer(folder: Path, template: Path, profile: Profile, number: int, city: CityId) -> Store:
    """An officer's laptop that knows its hub from the profile; the hub does not know it yet."""
    officer = _store(folder, template)
    devices.import_hub_profile(officer, profile)
    set_up_device(
        officer, DeviceSetup(f"Laptop {number}", DeviceRole.OFFICER, f"Officer {number}", city)
    )
    return officer


@pytest.fixture(params=["sqlite", "postgresql"])
def network(
    request: pytest.FixtureRequest, tmp_path: Path, template_store: Path
) -> Iterator[Network]:
    """Officers on SQLite; the hub on SQLite, then on PostgreSQL."""
    made = make_network(tmp_path, template_store, hub_store(request, tmp_path / "hub"))
    yield made
    made.close()


def hub_store(request: pytest.FixtureRequest, folder: Path) -> Store | None:
    """A hub on PostgreSQL when the test's parameter says so (None: make_network's SQLite)."""
    if getattr(request, "param", "sqlite") != "postgresql":
        return None
    folder.mkdir(parents=True)
    server = request.getfixturevalue("postgres")
    hub = postgres_store(server, request.getfixturevalue("postgres_template"), folder)
    _new_identity(hub)
    return hub


def clone(store: Store, folder: Path) -> Store:
    """The same device in a second folder (its store and keys), to try another order of imports."""
    folder.mkdir(parents=True)
    store.engine.dispose()
    shutil.copy(store.folder / "device-keys.json", folder / "device-keys.json")
    if isinstance(store.backend, PostgresDatabase):
        url = copy_database(store.backend.url, f"scdesk_{uuid4().hex[:16]}")
        return Store.connect(url.render_as_string(hide_password=False), folder, clock=store.clock)
    shutil.copy(store.path, folder / STORE_FILE)
    return Store.open(folder / STORE_FILE, clock=store.clock)


def same_store(store: Store, folder: Path) -> Store:
    """The same store opened again with another data folder, as a second window or, for a hub
    on PostgreSQL, a second computer would: the same records, none of the first one's locks."""
    folder.mkdir(parents=True)
    shutil.copy(store.folder / "device-keys.json", folder / "device-keys.json")
    if isinstance(store.backend, PostgresDatabase):
        url = store.backend.url.render_as_string(hide_password=False)
        return Store.connect(url, folder, clock=store.clock)
    return Store.open_on(SqliteFile(store.path), folder, clock=store.clock)


def synced_state(store: Store) -> dict[str, list[tuple[object, ...]]]:
    """Every synced record (tombstones included) with its version data, and every field version:
    two devices that converged have equal states."""
    state: dict[str, list[tuple[object, ...]]] = {}
    with store.read() as session:
        for model in synced_models():
            table = table_of(model)
            rows = session.execute(select(table).order_by(table.c.id)).all()
            state[table.name] = [tuple(row) for row in rows]
        fields = table_of(SyncField)
        order = (fields.c.tbl, fields.c.row_id, fields.c.field)
        state["sync_field"] = [tuple(r) for r in session.execute(select(fields).order_by(*order))]
    return state
