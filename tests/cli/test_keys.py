"""A device's keys are never replaced silently: a data folder whose key file is gone or holds
other keys stops with the way out, and a passphrase-locked key backup brings the device back, its
bundles still taken by the hub."""

import json
from pathlib import Path
from uuid import UUID

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from scdesk.domain.versions import DeviceId
from scdesk.sync.keys import KEY_FILE, DeviceKeys, save_keys
from tests.cli.test_sync_story import Device, new_hub

PASSPHRASE = "mardan ki subah"  # noqa: S105 - a test passphrase


@pytest.fixture
def laptop(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Device, Device, Path]:
    """A hub, and an officer's laptop it trusts from the laptop's device card."""
    hub = new_hub(tmp_path, capsys)
    stick = tmp_path / "usb-stick"
    stick.mkdir()
    hub.run("profile", "export", str(stick / "hub.scdesk-profile"))
    officer = Device(tmp_path / "laptop", capsys)
    me = ("--name", "Laptop", "--role", "officer", "--user", "Ayesha")
    profile = ("--profile", str(stick / "hub.scdesk-profile"))
    officer.run("setup", *me, *profile, "--city", "Mardan", "--yes")
    officer.run("device", "--card", str(stick / "laptop.scdesk-device"))
    hub.run("trust", str(stick / "laptop.scdesk-device"), "--yes")
    (tmp_path / "passphrase.txt").write_text(PASSPHRASE + "\n", encoding="utf-8")
    return hub, officer, stick


def test_a_lost_key_file_stops_the_device_with_the_way_out(
    laptop: tuple[Device, Device, Path],
) -> None:
    _hub, officer, stick = laptop
    (officer.folder / KEY_FILE).unlink()
    said = officer.run("export", "--to", str(stick), expect=1)
    assert "key file (device-keys.json) is missing" in said
    assert "scdesk device restore-keys FILE" in said
    assert not (officer.folder / KEY_FILE).exists()  # no new keys made behind the user's back
    assert list(stick.glob("*.scdesk")) == []


def test_a_key_backup_brings_the_device_back_and_the_hub_still_takes_its_bundles(
    laptop: tuple[Device, Device, Path], tmp_path: Path
) -> None:
    hub, officer, stick = laptop
    before = officer.fingerprint()
    passphrase = ("--passphrase-file", str(tmp_path / "passphrase.txt"))
    said = officer.run("device", "backup-keys", str(stick), *passphrase)
    (backup,) = stick.glob("*.scdesk-keys")
    assert str(backup) in said
    assert PASSPHRASE not in backup.read_text(encoding="utf-8")

    (officer.folder / KEY_FILE).unlink()
    assert "restored" in officer.run("device", "restore-keys", str(backup), *passphrase)
    assert officer.fingerprint() == before
    officer.run("export", "--to", str(stick / "after.scdesk"))
    assert "merged:" in hub.run("import", str(stick / "after.scdesk"))


def test_a_wrong_passphrase_or_another_devices_keys_are_refused(
    laptop: tuple[Device, Device, Path], tmp_path: Path
) -> None:
    hub, officer, stick = laptop
    passphrase = ("--passphrase-file", str(tmp_path / "passphrase.txt"))
    officer.run("device", "backup-keys", str(stick / "laptop.scdesk-keys"), *passphrase)
    hub.run("device", "backup-keys", str(stick / "hub.scdesk-keys"), *passphrase)
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase at all\n", encoding="utf-8")
    said = officer.run("device", "restore-keys", str(stick / "laptop.scdesk-keys"),
                       "--passphrase-file", str(wrong), expect=1)  # fmt: skip
    assert "The passphrase does not open laptop.scdesk-keys" in said
    said = officer.run("device", "restore-keys", str(stick / "hub.scdesk-keys"), *passphrase,
                       expect=1)  # fmt: skip
    assert "belongs to another device" in said
    short = tmp_path / "short.txt"
    short.write_text("mardan\n", encoding="utf-8")
    said = officer.run("device", "backup-keys", str(stick / "x.scdesk-keys"),
                       "--passphrase-file", str(short), expect=1)  # fmt: skip
    assert "10 characters or more" in said
    assert not (stick / "x.scdesk-keys").exists()


def test_a_key_file_of_other_keys_is_refused(laptop: tuple[Device, Device, Path]) -> None:
    """New keys for the same device (a folder set up again and the old store copied back)."""
    _hub, officer, stick = laptop
    device_id = DeviceId(UUID(json.loads((officer.folder / KEY_FILE).read_text())["device_id"]))
    other = DeviceKeys(device_id, Ed25519PrivateKey.generate(), X25519PrivateKey.generate())
    save_keys(officer.folder, other)
    said = officer.run("export", "--to", str(stick), expect=1)
    assert "is not the one this device's records were signed with" in said
    assert list(stick.glob("*.scdesk")) == []
