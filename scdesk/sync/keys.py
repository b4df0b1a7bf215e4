"""This device's private keys, kept in a file of the data folder and never in the store.

A store file, its backups and everything exported from it hold only public keys; the private
signing (Ed25519) and encryption (X25519) keys stay in DATA/device-keys.json, readable by the
user alone. A fingerprint of the public keys lets two people compare them by eye.
"""

import base64
import hashlib
import json
import os
from dataclasses import dataclass, replace
from pathlib import Path
from uuid import UUID

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

from scdesk.domain.errors import UserError
from scdesk.domain.outside import shown
from scdesk.domain.versions import DeviceId
from scdesk.i18n import translate

KEY_FILE = "device-keys.json"


@dataclass(frozen=True, slots=True)
class KeyReplacement:
    """The public keys a device signed with before it made new ones, and the old signing key's
    signature of the new keys: None when the old private key was lost with its folder."""

    signing_key: bytes
    encryption_key: bytes
    signature: bytes | None

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.signing_key, self.encryption_key)


@dataclass(frozen=True, slots=True)
class DeviceKeys:
    device_id: DeviceId
    signing: Ed25519PrivateKey
    encryption: X25519PrivateKey
    #: The keys these replaced, told to other devices in every bundle until they trust these.
    replaces: KeyReplacement | None = None

    @property
    def signing_public(self) -> bytes:
        return raw_public(self.signing.public_key())

    @property
    def encryption_public(self) -> bytes:
        return raw_public(self.encryption.public_key())

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.signing_public, self.encryption_public)


def raw_public(key: Ed25519PublicKey | X25519PublicKey) -> bytes:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def fingerprint(signing_public: bytes, encryption_public: bytes) -> str:
    """Six groups of four hex digits of the keys' SHA-256, to read aloud or compare by eye."""
    digest = hashlib.sha256(b"scdesk-device-keys" + signing_public + encryption_public).hexdigest()
    return "-".join(digest[i : i + 4] for i in range(0, 24, 4)).upper()


def replacement_statement(device_id: DeviceId, signing_key: bytes, encryption_key: bytes) -> bytes:
    """What a device's old signing key signs when it makes new keys: the device and its new
    public keys, so that the signature vouches for nothing else."""
    return b"scdesk-key-replacement" + device_id.bytes + signing_key + encryption_key


def new_keys_replacing(
    device_id: DeviceId, published: tuple[bytes, bytes], old: DeviceKeys | None
) -> DeviceKeys:
    """New keys for the device, naming the published ones they replace; old, when its private
    keys are still here, signs the new public keys."""
    new = DeviceKeys(device_id, Ed25519PrivateKey.generate(), X25519PrivateKey.generate())
    statement = replacement_statement(device_id, new.signing_public, new.encryption_public)
    signature = old.signing.sign(statement) if old is not None else None
    return replace(new, replaces=KeyReplacement(published[0], published[1], signature))


def confirmed_by_old_key(
    device_id: DeviceId, signing_key: bytes, encryption_key: bytes, replaced: KeyReplacement
) -> bool | None:
    """Whether the replaced signing key signed these new keys: True, False for a signature that
    does not verify (forged or damaged), None when there is none (the old key was lost)."""
    if replaced.signature is None:
        return None
    statement = replacement_statement(device_id, signing_key, encryption_key)
    try:
        Ed25519PublicKey.from_public_bytes(replaced.signing_key).verify(
            replaced.signature, statement
        )
    except (InvalidSignature, ValueError):
        return False
    return True


def load_or_create(
    folder: Path, device_id: DeviceId, published: tuple[bytes, bytes] | None = None
) -> DeviceKeys:
    """The device's keys, made on first use. published: the public keys the store says this
    device signs with, once it has made them. Keys are never made again silently: a key file
    gone (a restore from an old backup, a copied folder) or holding other keys would make the
    hub refuse every bundle of this device as tampered, so both stop with the way out. A key
    file of another device is refused, so that a store copied into someone else's folder does
    not sign with their keys."""
    path = folder / KEY_FILE
    if path.exists():
        keys = _load(path, device_id)
        if published is not None and (keys.signing_public, keys.encryption_public) != published:
            text = translate(
                "Sync",
                "The key file in {folder} is not the one this device's records were signed "
                "with: put the right one back (scdesk device restore-keys FILE), or make new "
                "keys the hub must trust (scdesk device replace-keys).",
            )
            raise UserError(text.format(folder=shown(str(folder))))
        return keys
    if published is not None:
        text = translate(
            "Sync",
            "This device's key file ({name}) is missing from {folder}: restore it from your "
            "key backup (scdesk device restore-keys FILE), or, with no backup, make new keys "
            "the hub must trust before it takes this device's bundles (scdesk device "
            "replace-keys).",
        )
        raise UserError(text.format(name=KEY_FILE, folder=shown(str(folder))))
    keys = DeviceKeys(device_id, Ed25519PrivateKey.generate(), X25519PrivateKey.generate())
    save_keys(folder, keys)
    return keys


def _load(path: Path, device_id: DeviceId) -> DeviceKeys:
    damaged = translate(
        "Sync", "This device's key file ({path}) is damaged: restore it from a copy of the folder."
    )
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise UserError(damaged.format(path=path)) from error
    return keys_from_json(data, device_id, damaged.format(path=path))


def keys_from_json(data: object, device_id: DeviceId, damaged: str | None = None) -> DeviceKeys:
    """The keys a key file (or a key backup) holds, once they are this device's."""
    try:
        if not isinstance(data, dict):
            raise TypeError("not an object")
        stored = UUID(data["device_id"])
        signing = Ed25519PrivateKey.from_private_bytes(base64.b64decode(data["signing"]))
        encryption = X25519PrivateKey.from_private_bytes(base64.b64decode(data["encryption"]))
        replaces = _replacement_from(data.get("replaces"))
    except (ValueError, KeyError, TypeError) as error:
        text = damaged or translate("Sync", "The keys given are damaged.")
        raise UserError(text) from error
    if stored != device_id:
        text = translate(
            "Sync",
            "The key file in this folder belongs to another device's records: keep each "
            "device's folder whole, or move this key file away to make new keys.",
        )
        raise UserError(text)
    return DeviceKeys(device_id, signing, encryption, replaces)


def keys_json(keys: DeviceKeys) -> dict[str, object]:
    data: dict[str, object] = {
        "device_id": str(keys.device_id),
        "signing": _private(keys.signing),
        "encryption": _private(keys.encryption),
    }
    if keys.replaces is not None:
        data["replaces"] = replacement_json(keys.replaces)
    return data


def replacement_json(replaced: KeyReplacement) -> dict[str, str | None]:
    """As the key file, a bundle's sender and a device card hold it (docs/bundle-format.md)."""
    signature = replaced.signature
    return {
        "fingerprint": replaced.fingerprint,
        "signing_key": base64.b64encode(replaced.signing_key).decode(),
        "encryption_key": base64.b64encode(replaced.encryption_key).decode(),
        "signature": base64.b64encode(signature).decode() if signature is not None else None,
    }


def _replacement_from(data: object) -> KeyReplacement | None:
    """The replaced keys a key file names, as this module wrote them; ValueError otherwise."""
    if data is None:
        return None
    if not isinstance(data, dict):
        raise TypeError("replaces is not an object")
    signature = data["signature"]
    return KeyReplacement(
        base64.b64decode(data["signing_key"], validate=True),
        base64.b64decode(data["encryption_key"], validate=True),
        base64.b64decode(signature, validate=True) if signature is not None else None,
    )


def save_keys(folder: Path, keys: DeviceKeys) -> None:
    """Write the key file, readable by the user alone, whole or not at all."""
    path = folder / KEY_FILE
    data = keys_json(keys)
    partial = path.with_suffix(".partial")
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        json.dump(data, handle)
        handle.flush()
        os.fsync(handle.fileno())
    partial.replace(path)


def _private(key: Ed25519PrivateKey | X25519PrivateKey) -> str:
    raw = key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    return base64.b64encode(raw).decode()
