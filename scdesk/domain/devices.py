"""This device and the others it exchanges bundles with."""

from dataclasses import dataclass
from enum import StrEnum

from scdesk.domain import limits
from scdesk.domain.people import CityId
from scdesk.domain.rules import Problem, language_code, required_text
from scdesk.domain.versions import DeviceId
from scdesk.i18n import translate

__all__ = ["DeviceId", "DeviceRole", "DeviceSetup", "DeviceState", "setup_problems"]


class DeviceRole(StrEnum):
    OFFICER = "officer"
    HUB = "hub"


class DeviceState(StrEnum):
    """Where a device stands with this one: its bundles are merged only once it is trusted."""

    THIS_DEVICE = "this_device"
    TRUSTED = "trusted"
    NOT_TRUSTED = "not_trusted"
    REVOKED = "revoked"


@dataclass(frozen=True, slots=True)
class DeviceSetup:
    """What the first-run setup asks: the device's name and role, its city and records' language."""

    name: str
    role: DeviceRole
    user_name: str
    city_id: CityId | None = None
    language: str = "en"


def setup_problems(setup: DeviceSetup) -> list[Problem]:
    problems = required_text(
        "name", setup.name, translate("Devices", "Device name"), limits.DEVICE_NAME
    )
    problems += required_text(
        "user_name", setup.user_name, translate("Devices", "Your name"), limits.NAME
    )
    problems += language_code("language", setup.language)
    if setup.role is DeviceRole.OFFICER and setup.city_id is None:
        text = translate("Devices", "Choose the city this officer works in.")
        problems.append(Problem("city_id", text))
    return problems


#: The shortest passphrase a key backup takes: the backup travels on sticks and in mail.
SHORTEST_PASSPHRASE = 10


def passphrase_problems(passphrase: str) -> list[Problem]:
    if len(passphrase) < SHORTEST_PASSPHRASE:
        text = translate(
            "Devices", "The passphrase needs {count} characters or more: a few words will do."
        )
        return [Problem("passphrase", text.format(count=SHORTEST_PASSPHRASE))]
    return []
