"""The first-run setup may add the officer's own city on a fresh data folder, all or nothing."""

from uuid import uuid4

from scdesk.domain.devices import DeviceRole, DeviceSetup
from scdesk.domain.places import CityInput
from scdesk.domain.rules import Location, Part
from scdesk.domain.versions import DeviceId
from scdesk.services.devices import devices, ensure_device_keys
from scdesk.services.first_run import first_run_problems, set_up_device
from scdesk.store.store import Store
from scdesk.sync.keys import KEY_FILE, load_or_create
from tests.conftest import NOW, refused


def test_an_officer_sets_up_with_a_new_city_written_by_them(store: Store) -> None:
    setup = DeviceSetup("Trinco laptop", DeviceRole.OFFICER, "Kavitha", None, "ta")
    identity = set_up_device(store, setup, new_city=CityInput("Trincomalee", "LK", "திருகோணமலை"))
    assert identity.configured
    assert identity.city_id is not None
    with store.read() as session:
        from scdesk.store.models import AuditEntry, City

        city = session.get(City, identity.city_id)
        actors = {a.actor for a in session.query(AuditEntry)}
    assert city is not None
    assert city.name_local == "திருகோணமலை"
    assert actors == {"Kavitha"}
    mine = [d for d in devices(store) if d.this_device]
    assert mine[0].fingerprint == ensure_device_keys(store).fingerprint
    assert (store.folder / KEY_FILE).stat().st_mode & 0o077 == 0  # private to this user


def test_a_new_city_without_a_name_is_reported_against_its_field(store: Store) -> None:
    setup = DeviceSetup("Laptop", DeviceRole.OFFICER, "Kavitha")
    problems = first_run_problems(setup, CityInput(" ", "LK"), NOW.date())
    assert [(p.field, p.location) for p in problems] == [("name", Location(Part.NEW_CITY))]
    refused(
        store,
        lambda: set_up_device(store, setup, new_city=CityInput(" ", "LK")),
        "City name is required.",
    )


def test_a_setup_that_fails_at_the_device_keys_leaves_no_city_behind(store: Store) -> None:
    """A folder copied from another laptop keeps that laptop's key file."""
    load_or_create(store.folder, DeviceId(uuid4()))
    setup = DeviceSetup("Trinco laptop", DeviceRole.OFFICER, "Kavitha", None, "ta")
    refused(
        store,
        lambda: set_up_device(store, setup, new_city=CityInput("Trincomalee", "LK")),
        "The key file in this folder belongs to another device's records",
    )
    assert not store.device().configured


def test_a_hub_sets_up_on_a_fresh_folder_without_a_city(store: Store) -> None:
    """A hub serves every city: it is not asked for one, and nothing is added."""
    setup = DeviceSetup("Hub desktop", DeviceRole.HUB, "Amina")
    assert first_run_problems(setup, None, NOW.date()) == []
    officer = DeviceSetup("Laptop", DeviceRole.OFFICER, "Kavitha")
    assert [p.field for p in first_run_problems(officer, None, NOW.date())] == ["city_id"]
    identity = set_up_device(store, setup)
    assert (identity.configured, identity.role, identity.city_id) == (True, DeviceRole.HUB, None)
    with store.read() as session:
        from scdesk.store.models import City

        assert session.query(City).count() == 0
