"""This device and the others it exchanges bundles with."""

from dataclasses import dataclass
from enum import StrEnum
from uuid import UUID

from scdesk.domain import limits
from scdesk.domain.outside import shown
from scdesk.domain.people import CityId
from scdesk.domain.rules import Problem, language_code, required_text
from scdesk.domain.versions import DeviceId
from scdesk.i18n import translate

__all__ = [
    "DeviceId",
    "DeviceRole",
    "DeviceSetup",
    "DeviceState",
    "hub_profile_problems",
    "resetup_problems",
    "setup_problems",
]


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


def device_label(device_id: UUID, name: str | None) -> str:
    """A device as people read it: its name, or, for one whose name has not reached this
    store (an officer's device whose writes came through the hub), a short form of its id."""
    if name and name.strip():
        return shown(name)
    text = translate("Devices", "an unknown device ({id})")
    return text.format(id=str(device_id)[:8])


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


def resetup_problems(
    configured: bool, role: DeviceRole, city_id: UUID | None, setup: DeviceSetup
) -> list[Problem]:
    """A device that is set up keeps its role, and an officer its city, through a new setup:
    they decide which records its bundles carry and which the hub sends it, so changing them
    is a separate step that warns first. Its name, its user's name and the language of its
    records may change: other devices learn them from its next bundle and nothing else
    depends on them. Its id never changes."""
    if not configured:
        return []
    if setup.role is not role or (role is DeviceRole.OFFICER and setup.city_id != city_id):
        text = translate(
            "Devices",
            "This device is set up already: its role and city change only with scdesk setup "
            "--change-role, which says first what that changes.",
        )
        return [Problem("role", text)]
    return []


def hub_profile_problems(
    role: DeviceRole, hub_name: str, hub_id: DeviceId | None, profile_hub: DeviceId
) -> list[Problem]:
    """A hub takes no other hub's profile, and an officer's device has one hub at a time:
    hub_name and hub_id are the hub this device trusts already, if any; a revoked hub no
    longer counts, so an officer moves to a new hub by revoking the old one first."""
    if role is DeviceRole.HUB:
        text = translate("Devices", "A hub does not take another hub's profile.")
        return [Problem("profile", text)]
    if hub_id is not None and hub_id != profile_hub:
        text = translate(
            "Devices",
            "This device already has a hub, {name}: revoke it first to take another hub's profile.",
        )
        return [Problem("profile", text.format(name=shown(hub_name)))]
    return []
