"""Hostile and broken files are refused with one sentence, and the store is left as it was."""

import base64
import zipfile
from pathlib import Path
from typing import Any

import orjson
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from scdesk.domain.errors import UserError
from scdesk.services import devices, sync
from scdesk.services.sync import Outcome
from scdesk.store.store import Store
from scdesk.sync.bundle_reader import Limits
from scdesk.sync.bundle_writer import signature_entry
from scdesk.sync.keys import DeviceKeys, KeyReplacement, new_keys_replacing
from scdesk.sync.manifest import FORMAT_VERSION, ManifestError, parse
from tests import factories
from tests.conftest import dump
from tests.sync.conftest import Network
from tests.sync.crafting import craft, person_line, rewrite


def refused(store: Store, path: Path, message: str, limits: Limits | None = None) -> None:
    before = dump(store)
    (result,) = sync.import_bundles(store, [path], limits=limits)
    assert result.outcome is Outcome.REFUSED
    assert message in result.message, result.message
    assert result.message.count("\n") == 0
    assert dump(store) == before


@pytest.fixture
def bundle(network: Network) -> Path:
    factories.person(network.officers[0], name="Gul Bano")
    return network.send(network.officers[0], network.hub)


def test_a_truncated_bundle_is_refused(network: Network, bundle: Path, tmp_path: Path) -> None:
    cut = tmp_path / "cut.scdesk"
    cut.write_bytes(bundle.read_bytes()[: bundle.stat().st_size // 2])
    refused(network.hub, cut, "not a whole scdesk bundle")


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ("payload.bin", "was changed after it was made"),  # its hash is in the manifest
        ("manifest.json", "does not bear Laptop 1's signature"),  # checked before it is read
        ("manifest.sig", "does not bear Laptop 1's signature"),
    ],
)
def test_a_bit_flipped_bundle_is_refused(
    network: Network, bundle: Path, tmp_path: Path, entry: str, message: str
) -> None:
    with zipfile.ZipFile(bundle) as archive:
        data = bytearray(archive.read(entry))
    data[-len(data) // 3] ^= 0x04  # in the signature itself, after the signer's id
    flipped = rewrite(bundle, tmp_path / "flipped.scdesk", {entry: bytes(data)})
    refused(network.hub, flipped, message)


def test_a_bundle_resigned_by_another_key_is_refused(network: Network, tmp_path: Path) -> None:
    officer = network.officers[0]
    me = officer.device().device_id
    forger = DeviceKeys(me, Ed25519PrivateKey.generate(), X25519PrivateKey.generate())
    forged = craft(officer, network.hub, tmp_path / "forged.scdesk", [person_line(me, 99)],
                   keys=forger)  # fmt: skip
    refused(network.hub, forged, "does not bear Laptop 1's signature")


def _old_keys(store: Store) -> tuple[bytes, bytes]:
    keys = devices.ensure_device_keys(store)
    return keys.signing_public, keys.encryption_public


def test_new_keys_said_to_be_confirmed_by_a_key_that_did_not_sign_them_are_refused(
    network: Network, tmp_path: Path
) -> None:
    officer = network.officers[0]
    me = officer.device().device_id
    other = DeviceKeys(me, Ed25519PrivateKey.generate(), X25519PrivateKey.generate())
    forger = new_keys_replacing(me, _old_keys(officer), other)  # signed, but not by the old key
    forged = craft(officer, network.hub, tmp_path / "forged.scdesk", [person_line(me, 99)],
                   keys=forger)  # fmt: skip
    refused(network.hub, forged, "was changed after it was made")
    with pytest.raises(UserError, match="known here with other keys"):
        devices.trust_device(network.hub, devices.this_party(officer, forger))


def test_new_keys_naming_keys_not_trusted_here_are_refused_as_another_devices(
    network: Network, tmp_path: Path
) -> None:
    officer = network.officers[0]
    me = officer.device().device_id
    elsewhere = DeviceKeys(me, Ed25519PrivateKey.generate(), X25519PrivateKey.generate())
    forger = new_keys_replacing(
        me, (elsewhere.signing_public, elsewhere.encryption_public), elsewhere
    )
    forged = craft(officer, network.hub, tmp_path / "forged.scdesk", [person_line(me, 99)],
                   keys=forger)  # fmt: skip
    refused(network.hub, forged, "does not bear Laptop 1's signature")


def test_a_replacement_whose_fingerprint_is_not_its_keys_is_a_malformed_manifest(
    network: Network, bundle: Path
) -> None:
    officer = network.officers[0]
    with zipfile.ZipFile(bundle) as archive:
        manifest: dict[str, Any] = orjson.loads(archive.read("manifest.json"))
    replaced = KeyReplacement(*_old_keys(officer), signature=None)
    manifest["sender"]["replaces"] = {
        "fingerprint": "0000-0000-0000-0000-0000-0000", "signature": None,
        "signing_key": base64.b64encode(replaced.signing_key).decode(),
        "encryption_key": base64.b64encode(replaced.encryption_key).decode(),
    }  # fmt: skip
    with pytest.raises(ManifestError, match="device is malformed"):
        parse(orjson.dumps(manifest))
    manifest["sender"]["replaces"]["fingerprint"] = replaced.fingerprint
    manifest["sender"]["signing_key"] = manifest["sender"]["replaces"]["signing_key"]
    with pytest.raises(ManifestError, match="device is malformed"):  # its own keys replaced
        parse(orjson.dumps(manifest))


def test_a_bundle_from_an_unknown_device_is_refused_with_its_fingerprint(
    network: Network, tmp_path: Path, template_store: Path
) -> None:
    from tests.sync.conftest import _store

    stranger = _store(tmp_path / "stranger", template_store)
    bundle = craft(stranger, network.hub, tmp_path / "stranger.scdesk",
                   [person_line(stranger.device().device_id, 1)])  # fmt: skip
    fingerprint = devices.ensure_device_keys(stranger).fingerprint
    refused(network.hub, bundle, f"not yet trusted here: vm (root), fingerprint {fingerprint}")
    stranger.close()


def test_a_bundle_from_a_revoked_device_is_refused(network: Network, bundle: Path) -> None:
    devices.revoke_device(network.hub, network.officers[0].device().device_id)
    refused(network.hub, bundle, "a device revoked here")


def test_a_bundle_for_another_device_is_refused(network: Network, bundle: Path) -> None:
    refused(network.officers[1], bundle, "made for another device")


def test_a_replayed_bundle_changes_nothing(network: Network, bundle: Path) -> None:
    network.deliver(network.hub, bundle)
    before = dump(network.hub)
    (result,) = network.deliver(network.hub, bundle)
    assert result.outcome is Outcome.ALREADY
    assert dump(network.hub) == before


@pytest.mark.parametrize(
    ("field", "value"), [("schema", "9999"), ("format_version", FORMAT_VERSION + 1)]
)
def test_a_bundle_from_a_newer_scdesk_is_refused(
    network: Network, tmp_path: Path, field: str, value: Any
) -> None:
    officer = network.officers[0]
    line = person_line(officer.device().device_id, 1)
    newer = craft(officer, network.hub, tmp_path / "newer.scdesk", [line], **{field: value})
    refused(network.hub, newer, "made by a newer version of scdesk")


def test_an_oversized_bundle_is_refused(network: Network, bundle: Path) -> None:
    refused(network.hub, bundle, "larger than a bundle may be", Limits(bundle_bytes=1000))


def test_a_decompression_bomb_is_refused_while_reading(network: Network, tmp_path: Path) -> None:
    officer = network.officers[0]
    me = officer.device().device_id
    bomb = craft(officer, network.hub, tmp_path / "bomb.scdesk",
                 [person_line(me, 1, community="x" * 90_000) for _ in range(400)])  # fmt: skip
    refused(network.hub, bomb, "expands too far")


def test_a_bomb_that_lies_about_its_size_is_stopped_while_reading(
    network: Network, tmp_path: Path
) -> None:
    officer = network.officers[0]
    me = officer.device().device_id
    lines = [person_line(me, 1, community="x" * 90_000) for _ in range(400)]
    honest = craft(officer, network.hub, tmp_path / "bomb.scdesk", lines)
    with zipfile.ZipFile(honest) as archive:
        manifest = orjson.loads(archive.read("manifest.json"))
    # a sender's manifest claiming a small payload, signed with the sender's real key
    from scdesk.services.devices import ensure_device_keys

    manifest["payload"]["plain_bytes"] = 1000
    body = orjson.dumps(manifest)
    signature = signature_entry(ensure_device_keys(officer), body)
    liar = rewrite(honest, tmp_path / "liar.scdesk",
                   {"manifest.json": body, "manifest.sig": signature})  # fmt: skip
    refused(network.hub, liar, "expands too far")


@pytest.mark.parametrize("name", ["../manifest.json", "extra/notes.txt", "/etc/passwd"])
def test_a_bundle_with_other_files_or_paths_is_refused(
    network: Network, bundle: Path, tmp_path: Path, name: str
) -> None:
    evil = rewrite(bundle, tmp_path / "evil.scdesk", {name: b"hello"})
    refused(network.hub, evil, "holds unexpected files")


def test_a_malformed_record_is_refused(network: Network, tmp_path: Path) -> None:
    officer = network.officers[0]
    broken = craft(officer, network.hub, tmp_path / "broken.scdesk", [{"t": "person"}])
    refused(network.hub, broken, "holds a record scdesk cannot take")


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"name": 123}, "name has a value of the wrong kind"),
        ({"gender": "robot"}, "gender has a value of the wrong kind"),
        ({"gender": ["female"]}, "gender has a value of the wrong kind"),
        ({"consent_on": "yesterday"}, "consent_on has a value of the wrong kind"),
        ({"name": None}, "name may not be empty"),
    ],
)
def test_an_invalid_record_is_refused(
    network: Network, tmp_path: Path, fields: dict[str, object], message: str
) -> None:
    officer = network.officers[0]
    line = person_line(officer.device().device_id, 1, **fields)
    invalid = craft(officer, network.hub, tmp_path / "invalid.scdesk", [line])
    refused(network.hub, invalid, message)


def test_a_record_of_an_unknown_kind_is_refused(network: Network, tmp_path: Path) -> None:
    officer = network.officers[0]
    line = person_line(officer.device().device_id, 1) | {"t": "sqlite_master"}
    unknown = craft(officer, network.hub, tmp_path / "unknown.scdesk", [line])
    refused(network.hub, unknown, "'sqlite_master' is not a kind of record")


def test_a_record_breaking_a_domain_rule_is_refused(network: Network, tmp_path: Path) -> None:
    officer = network.officers[0]
    minor = person_line(officer.device().device_id, 1, birth_year=None, age_band="15-17",
                        phone="+92 300 1234567", consent_by="guardian")  # fmt: skip
    bad = craft(officer, network.hub, tmp_path / "minor.scdesk", [minor])
    refused(network.hub, bad, "A person under 18 is recorded without a phone number")


def test_a_file_that_is_not_a_bundle_is_refused(network: Network, tmp_path: Path) -> None:
    text = tmp_path / "notes.scdesk"
    text.write_text("Minutes of the meeting, typed in a hurry.")
    refused(network.hub, text, "not a whole scdesk bundle")
