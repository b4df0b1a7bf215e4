"""The first-run setup names this device, its user, role and city."""

from sqlalchemy import select

from scdesk.domain.devices import DeviceRole, DeviceSetup
from scdesk.services.device import set_up_device
from scdesk.store.models import AuditEntry, Device
from scdesk.store.store import Store
from tests import factories
from tests.conftest import refused


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
