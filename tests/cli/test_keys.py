"""A device's keys are never replaced silently: a data folder whose key file is gone or holds
other keys stops with the way out, and a passphrase-locked key backup brings the device back, its
bundles still taken by the hub. Replacing them is an explicit command whose next bundle names the
old and new fingerprints, and the hub takes the new keys only once its staff trust them."""

import json
from pathlib import Path
from uuid import UUID

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from scdesk.domain.people import CityId
from scdesk.domain.versions import DeviceId
from scdesk.services.places import find_city
from scdesk.store.store import STORE_FILE, Store
from scdesk.sync.keys import KEY_FILE, DeviceKeys, save_keys
from tests import factories
from tests.cli.running import scdesk
from tests.cli.test_sync_story import Device, new_hub
from tests.conftest import dump

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
    assert "scdesk device replace-keys" in said
    assert list(stick.glob("*.scdesk")) == []

    other_file = (officer.folder / KEY_FILE).read_bytes()
    assert "not here to confirm" in officer.run("device", "replace-keys", "--yes")
    (aside,) = officer.folder.glob("device-keys-replaced-*.json")
    assert aside.read_bytes() == other_file  # kept, never overwritten
    officer.run("export", "--to", str(stick))


def _hub_dump(hub: Device) -> list[str]:
    with Store.open(hub.folder / STORE_FILE) as store:
        return dump(store)


def _new_person_bundle(officer: Device, bundle: Path, name: str) -> None:
    """A person recorded on the laptop, and its bundle for the hub."""
    with Store.open(officer.folder / STORE_FILE) as store:
        factories.person(store, name=name, city_id=CityId(find_city(store, "Mardan")))
    officer.run("export", "--to", str(bundle))


def test_replaced_keys_are_refused_at_the_hub_until_its_staff_trust_them(
    laptop: tuple[Device, Device, Path],
) -> None:
    hub, officer, stick = laptop
    old = officer.fingerprint()
    said = officer.run("device", "replace-keys", "--yes")
    new = officer.fingerprint()
    assert new != old
    assert f"old fingerprint: {old}" in said
    assert f"new fingerprint: {new}" in said
    assert "the hub takes no bundle from this device until its staff trust the new key" in said
    bundle = stick / "new-keys.scdesk"
    _new_person_bundle(officer, bundle, "Gul Bano")

    before = _hub_dump(hub)
    refused = hub.run("import", str(bundle), expect=1)
    assert "Laptop (Ayesha) has new keys" in refused
    assert f"fingerprint {new}, replacing {old} and confirmed by the old key" in refused
    assert "scdesk trust FILE" in refused
    assert _hub_dump(hub) == before  # nothing merged, the old keys still trusted

    trusted = hub.run("trust", str(bundle), "--yes")
    assert f"trusted here with fingerprint {old}" in trusted
    assert "the old key confirmed the new one" in trusted
    assert f"fingerprint: {new}" in trusted
    assert "merged:" in hub.run("import", str(bundle))
    assert new in hub.run("devices")
    assert old not in hub.run("devices")

    hub.run("export", "--to", str(stick), "--for", "Laptop")
    (back,) = stick.glob("scdesk-Hub-to-Laptop-*.scdesk")
    assert "merged:" in officer.run("import", str(back))  # sealed to the new key


def test_keys_lost_with_no_backup_are_replaced_and_the_hub_trusts_them_from_the_card(
    laptop: tuple[Device, Device, Path],
) -> None:
    hub, officer, stick = laptop
    old = officer.fingerprint()
    (officer.folder / KEY_FILE).unlink()
    said = officer.run("export", "--to", str(stick), expect=1)
    assert "scdesk device replace-keys" in said
    said = officer.run("device", "replace-keys", "--yes")
    assert "The old keys were not here to confirm the new ones" in said
    new = officer.fingerprint()
    bundle = stick / "new-keys.scdesk"
    _new_person_bundle(officer, bundle, "Zarina Bibi")
    refused = hub.run("import", str(bundle), expect=1)
    assert f"fingerprint {new}, replacing {old} but not confirmed by the old key" in refused

    officer.run("device", "--card", str(stick / "laptop.scdesk-device"))
    trusted = hub.run("trust", str(stick / "laptop.scdesk-device"), "--yes")
    assert f"trusted here with fingerprint {old}" in trusted
    assert "the old key did NOT confirm the new one" in trusted
    assert f"fingerprint: {new}" in trusted
    assert "merged:" in hub.run("import", str(bundle))


def test_a_bundle_signed_with_new_keys_that_name_no_old_ones_is_refused_as_before(
    laptop: tuple[Device, Device, Path],
) -> None:
    hub, officer, stick = laptop
    officer.run("device", "replace-keys", "--yes")
    key_file = officer.folder / KEY_FILE
    keys = json.loads(key_file.read_text(encoding="utf-8"))
    del keys["replaces"]  # new keys made by hand: nothing says which keys they replace
    key_file.write_text(json.dumps(keys), encoding="utf-8")
    bundle = stick / "other-keys.scdesk"
    _new_person_bundle(officer, bundle, "Gul Bano")

    before = _hub_dump(hub)
    refused = hub.run("import", str(bundle), expect=1)
    assert "does not bear Laptop's signature" in refused
    assert "does not bear Laptop's signature" in hub.run("trust", str(bundle), "--yes", expect=1)
    assert _hub_dump(hub) == before


def test_replace_keys_without_yes_says_what_it_would_do_and_changes_nothing(
    laptop: tuple[Device, Device, Path],
) -> None:
    _hub, officer, _stick = laptop
    key_file = (officer.folder / KEY_FILE).read_bytes()
    before = officer.fingerprint()
    sentence = scdesk(officer.folder, "device", "replace-keys").refused("--yes")
    assert "the hub refuses its bundles until its staff trust the new fingerprint" in sentence
    assert (officer.folder / KEY_FILE).read_bytes() == key_file
    assert officer.fingerprint() == before
