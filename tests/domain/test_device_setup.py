"""What a new setup of a device that is set up may change: its names and language, not its
role nor an officer's city."""

from uuid import uuid4

from scdesk.domain.devices import DeviceRole, DeviceSetup, resetup_problems
from scdesk.domain.people import CityId

MARDAN, SWAT = CityId(uuid4()), CityId(uuid4())


def _officer(city: CityId) -> DeviceSetup:
    return DeviceSetup("Laptop", DeviceRole.OFFICER, "Ayesha", city, "ur")


def test_a_device_not_yet_set_up_takes_any_role() -> None:
    assert resetup_problems(False, DeviceRole.OFFICER, None, _officer(SWAT)) == []


def test_a_set_up_officer_may_be_renamed_but_keeps_its_city_and_role() -> None:
    renamed = DeviceSetup("Mardan laptop", DeviceRole.OFFICER, "Bilal", MARDAN, "ps")
    assert resetup_problems(True, DeviceRole.OFFICER, MARDAN, renamed) == []
    moved = resetup_problems(True, DeviceRole.OFFICER, MARDAN, _officer(SWAT))
    assert [problem.field for problem in moved] == ["role"]
    hub = DeviceSetup("Laptop", DeviceRole.HUB, "Ayesha")
    assert [p.field for p in resetup_problems(True, DeviceRole.OFFICER, MARDAN, hub)] == ["role"]
