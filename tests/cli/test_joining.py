"""A new officer joins as the README tells it: the hub hands out its profile, the officer sets up
from it and picks the hub's own city (so the hub never gets a second Mardan), the officer's
device card lets the hub trust the laptop and send it the first bundle before the laptop has
sent anything, and from then on bundles flow both ways."""

import json
from pathlib import Path

import pytest

from scdesk import cli
from scdesk.store.store import STORE_FILE, Store
from tests.cli.test_sync_story import Device, new_hub
from tests.conftest import dump


@pytest.fixture
def hub(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Device:
    return new_hub(tmp_path, capsys)


def test_a_new_officer_joins_from_the_profile_and_a_device_card(
    hub: Device, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    stick = tmp_path / "usb-stick"
    stick.mkdir()
    profile = stick / "hub.scdesk-profile"
    hub.run("profile", "export", str(profile))

    officer = Device(tmp_path / "officer", capsys)
    me = ("--name", "Mardan laptop", "--role", "officer", "--user", "Ayesha")
    joined = officer.run("setup", *me, "--profile", str(profile), "--city", "مردان", "--yes")
    assert hub.fingerprint().split("-")[0] in joined  # the hub's fingerprint, to compare
    said = officer.run("device", "--card", str(stick))
    card = Path(said.split("card:")[1].strip())
    assert card.parent == stick

    trusted = hub.run("trust", str(card), "--yes")
    assert officer.fingerprint() in trusted
    assert "Mardan laptop is trusted" in trusted
    hub.run("export", "--to", str(stick / "first.scdesk"), "--for", "Mardan laptop")
    assert "merged" in officer.run("import", str(stick / "first.scdesk"))

    officer.run("export", "--to", str(stick / "back.scdesk"))
    assert "merged" in hub.run("import", str(stick / "back.scdesk"))
    assert hub.figures()["member_cities"]["total"] == 1  # one Mardan, not the officer's own
    assert officer.figures()["member_cities"]["total"] == 1


def test_a_city_not_among_the_hubs_is_refused_before_anything_is_written(
    hub: Device, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    profile = tmp_path / "hub.scdesk-profile"
    hub.run("profile", "export", str(profile))
    folder = tmp_path / "officer"
    officer = Device(folder, capsys)
    officer.run("check")
    with Store.open(folder / STORE_FILE) as store:
        before = dump(store)
    me = ("--name", "Laptop", "--role", "officer", "--user", "Bilal", "--profile", str(profile))
    said = officer.run("setup", *me, "--city", "Mardaan", "--yes", expect=1)
    assert "No city called Mardaan is recorded here." in said
    with Store.open(folder / STORE_FILE) as store:
        assert dump(store) == before


def test_a_hub_trusts_its_own_card_never(hub: Device, tmp_path: Path) -> None:
    hub.run("device", "--card", str(tmp_path / "hub.scdesk-device"))
    said = hub.run("trust", str(tmp_path / "hub.scdesk-device"), "--yes", expect=1)
    assert "this device's own card" in said


def test_a_damaged_card_is_refused_in_a_sentence(hub: Device, tmp_path: Path) -> None:
    card = tmp_path / "laptop.scdesk-device"
    card.write_text(json.dumps({"format": "scdesk-device-card", "format_version": 1,
                                "device": {"name": "x"}}))  # fmt: skip
    said = hub.run("trust", str(card), "--yes", expect=1)
    assert "laptop.scdesk-device is not an scdesk device card, or it was damaged." in said
    assert cli.main(["--data-dir", str(hub.folder), "devices"]) == 0
