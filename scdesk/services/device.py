"""This device: the first-run setup that names it and gives it a role."""

from sqlalchemy import update

from scdesk.domain.devices import DeviceSetup, setup_problems
from scdesk.domain.rules import require
from scdesk.store.models import City, Device, ThisDevice
from scdesk.store.store import DeviceIdentity, Store


def set_up_device(store: Store, setup: DeviceSetup) -> DeviceIdentity:
    """Name this device, say who uses it and for which city; later starts skip the setup."""
    require(setup_problems(setup))
    with store.write(actor=setup.user_name) as tx:
        if setup.city_id is not None:
            tx.check(City, setup.city_id)
        values = {
            "name": setup.name.strip(),
            "role": setup.role,
            "user_name": setup.user_name.strip(),
            "city_id": setup.city_id,
            "language": setup.language,
            "configured": True,
        }
        tx.execute(update(ThisDevice).values(**values))
        tx.execute(
            update(Device)
            .where(Device.id == tx.device_id)
            .values(name=values["name"], role=setup.role)
        )
    return store.device()
