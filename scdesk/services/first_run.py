"""Setting up this device, as the first-run dialog and `scdesk setup` do it: on a fresh data
folder there are no cities yet, so an officer takes the hub's profile and its cities, or adds
their own city while setting up the device."""

from dataclasses import replace
from datetime import date
from uuid import UUID

from scdesk.domain.devices import (
    DeviceSetup,
    hub_profile_problems,
    resetup_problems,
    setup_problems,
)
from scdesk.domain.errors import UserError
from scdesk.domain.people import CityId
from scdesk.domain.places import CityInput, CityRecord, city_problems
from scdesk.domain.rules import Part, Problem, located, require
from scdesk.i18n import translate
from scdesk.services.devices import (
    device_keys_of,
    import_hub_profile,
    profile_cities,
    write_device_setup,
)
from scdesk.services.places import save_city_in
from scdesk.store.store import DeviceIdentity, Store
from scdesk.sync.profile import Profile

#: Stands for the city the setup is about to add, where a rule asks for a city.
_NEW_CITY = CityId(UUID(int=0))


def first_run_problems(
    setup: DeviceSetup, new_city: CityInput | None, today: date
) -> list[Problem]:
    """The setup's rules, a city being added counting as the officer's city; the new city's
    problems are located in the part NEW_CITY."""
    problems = setup_problems(setup if new_city is None else replace(setup, city_id=_NEW_CITY))
    if new_city is not None:
        problems += located(city_problems(new_city, today), Part.NEW_CITY)
    return problems


def set_up_device(
    store: Store,
    setup: DeviceSetup,
    *,
    new_city: CityInput | None = None,
    profile: Profile | None = None,
    change_role: bool = False,
) -> DeviceIdentity:
    """Name this device, say who uses it and for which city, and make its keys: the one path
    of the first-run dialog and of `scdesk setup`. The key file is written first, then the
    city (when a new one is given) is added and the device named in one transaction, so that a
    failed setup leaves the store as it was; the user typed in the setup is the author of all
    of it. An officer who has the hub's profile (whose fingerprint they compared) takes it
    first: its cities are the ones to choose from, so the hub never gets a second copy of its
    own city. A device set up already keeps its role and city unless change_role says the user
    was told what changing them means."""
    require(first_run_problems(setup, new_city, store.now().date()))
    me = store.device()
    if not change_role:
        require(resetup_problems(me.configured, me.role, me.city_id, setup))  # before the profile
    if profile is not None:
        require(hub_profile_problems(setup.role, "", None, profile.hub.device_id))
        hub_cities = {city.id for city in profile_cities(profile)}
        if setup.city_id is not None and setup.city_id not in hub_cities:
            raise UserError(translate("Sync", "The city is not one of the hub's cities."))
        import_hub_profile(store, profile)
    keys = device_keys_of(store)
    with store.write(actor=setup.user_name.strip()) as tx:
        if new_city is not None:
            setup = replace(setup, city_id=save_city_in(tx, CityRecord(None, new_city)))
        write_device_setup(tx, setup, keys, change_role=change_role)
    return store.device()
