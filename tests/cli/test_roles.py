"""A device that is set up keeps its role and city through a new setup; changing them is an
explicit step that warns first. A hub takes no hub's profile, and an officer one hub at a time."""

from pathlib import Path

import pytest

from scdesk.store.store import STORE_FILE, Store
from tests.cli.test_sync_story import Device, new_hub
from tests.conftest import dump

HUB = ("--name", "Hub", "--user", "Hub staff")


@pytest.fixture
def hub(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Device:
    return new_hub(tmp_path, capsys)


def _officer(tmp_path: Path, capsys: pytest.CaptureFixture[str], profile: Path) -> Device:
    officer = Device(tmp_path / "officer", capsys)
    me = ("--name", "Mardan laptop", "--role", "officer", "--user", "Ayesha")
    officer.run("setup", *me, "--profile", str(profile), "--city", "Mardan", "--yes")
    return officer


def _unchanged(device: Device, *args: str) -> str:
    """The refusal a command gives, after checking it left the store as it was."""
    with Store.open(device.folder / STORE_FILE) as store:
        before = dump(store)
    said = device.run(*args, expect=1)
    with Store.open(device.folder / STORE_FILE) as store:
        assert dump(store) == before
    assert "{" not in said
    return said


def test_setup_again_may_rename_the_hub_but_not_change_its_role(hub: Device) -> None:
    said = _unchanged(hub, "setup", *HUB, "--role", "officer", "--city", "Mardan")
    assert "This device is set up already: its role and city change only with" in said
    assert "--change-role" in said

    hub.run("setup", "--name", "Hub Peshawar", "--role", "hub", "--user", "Hub staff")
    shown = hub.run("device")
    assert "name:        Hub Peshawar" in shown
    assert "role:        hub" in shown


def test_an_officer_stays_an_officer_through_a_new_setup(
    hub: Device, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    profile = tmp_path / "hub.scdesk-profile"
    hub.run("profile", "export", str(profile))
    officer = _officer(tmp_path, capsys, profile)
    again = ("--name", "Laptop", "--role", "hub", "--user", "Ayesha")
    assert "This device is set up already" in _unchanged(officer, "setup", *again)


def test_change_role_warns_then_changes_the_role(hub: Device) -> None:
    said = hub.run("setup", *HUB, "--role", "officer", "--city", "Mardan", "--change-role")
    assert "Warning: a device's role and city decide what its bundles carry." in said
    assert "Hub is set up as officer" in said
    assert "role:        officer" in hub.run("device")


def test_a_hub_refuses_another_hubs_profile(
    hub: Device, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = Device(tmp_path / "other", capsys)
    other.run("setup", "--name", "Other hub", "--role", "hub", "--user", "Staff")
    profile = tmp_path / "other.scdesk-profile"
    other.run("profile", "export", str(profile))
    said = _unchanged(hub, "profile", "import", str(profile), "--yes")
    assert "scdesk: A hub does not take another hub's profile." in said


def test_an_officer_takes_one_hubs_profile_only(
    hub: Device, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    profile = tmp_path / "hub.scdesk-profile"
    hub.run("profile", "export", str(profile))
    officer = _officer(tmp_path, capsys, profile)
    assert "is this device's hub" in officer.run("profile", "import", str(profile), "--yes")

    other = new_hub(tmp_path / "elsewhere", capsys)
    second = tmp_path / "second.scdesk-profile"
    other.run("profile", "export", str(second))
    said = _unchanged(officer, "profile", "import", str(second), "--yes")
    assert "This device already has a hub, Hub: revoke it first" in said


def test_a_device_nobody_has_is_named_in_the_refusal(hub: Device) -> None:
    said = _unchanged(hub, "revoke", "Swat laptop")
    assert "scdesk: No single device matches Swat laptop: scdesk devices lists them." in said
