"""This device's private keys, kept in a file of the data folder and never in the store.

A store file, its backups and everything exported from it hold only public keys; the private
signing (Ed25519) and encryption (X25519) keys stay in DATA/device-keys.json, readable by the
user alone. A fingerprint of the public keys lets two people compare them by eye.
"""

import base64
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from uuid import UUID

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
class DeviceKeys:
    device_id: DeviceId
    signing: Ed25519PrivateKey
    encryption: X25519PrivateKey

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
                "with: put the right one back (scdesk device restore-keys FILE).",
            )
            raise UserError(text.format(folder=shown(str(folder))))
        return keys
    if published is not None:
        text = translate(
            "Sync",
            "This device's key file ({name}) is missing from {folder}: restore it from your "
            "key backup (scdesk device restore-keys FILE); new keys would make the hub refuse "
            "this device's bundles.",
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
    return DeviceKeys(device_id, signing, encryption)


def keys_json(keys: DeviceKeys) -> dict[str, str]:
    return {
        "device_id": str(keys.device_id),
        "signing": _private(keys.signing),
        "encryption": _private(keys.encryption),
    }


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
