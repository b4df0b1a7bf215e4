"""A backup of this device's private keys, locked with a passphrase, for the day its data folder
is lost or restored from an old copy: with it the device keeps its identity, and the hub keeps
taking its bundles. Without it the keys are gone for good, since no store or bundle holds them.

The file is JSON: the key file's content sealed with AES-256-GCM under a key derived from the
passphrase with scrypt (a fresh salt and nonce each time).
"""

import base64
import json
import os
from pathlib import Path
from typing import Any
from uuid import UUID

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from scdesk.domain.errors import UserError
from scdesk.domain.outside import shown
from scdesk.domain.versions import DeviceId
from scdesk.i18n import translate
from scdesk.paths import not_a_file, written_whole
from scdesk.sync.keys import DeviceKeys, keys_from_json, keys_json

BACKUP_FORMAT = "scdesk-device-keys-backup"
KEY_BACKUP_SUFFIX = ".scdesk-keys"
BACKUP_VERSION = 1
#: scrypt's cost: about a tenth of a second here, for each passphrase an attacker tries.
_COST = {"n": 1 << 15, "r": 8, "p": 1}
_MAX_SIZE = 64 << 10


def write_key_backup(path: Path, keys: DeviceKeys, passphrase: str) -> None:
    salt, nonce = os.urandom(16), os.urandom(12)
    sealed = AESGCM(_derived(passphrase, salt, _COST)).encrypt(
        nonce, json.dumps(keys_json(keys)).encode(), BACKUP_FORMAT.encode()
    )
    body = {
        "format": BACKUP_FORMAT, "version": BACKUP_VERSION, "device_id": str(keys.device_id),
        "kdf": {"name": "scrypt", **_COST, "salt": _b64(salt)}, "nonce": _b64(nonce),
        "sealed": _b64(sealed),
    }  # fmt: skip
    with written_whole(path) as handle:
        handle.write(json.dumps(body, indent=2).encode() + b"\n")
    path.chmod(0o600)


def read_key_backup(path: Path, passphrase: str) -> DeviceKeys:
    """The keys in the backup; one sentence when the file is no such backup or the passphrase
    is not the one it was locked with."""
    unreadable = not_a_file(path)
    if unreadable is not None:
        raise UserError(unreadable)
    refused = translate("Sync", "{file} is not a backup of scdesk device keys, or it was damaged.")
    try:
        if path.stat().st_size > _MAX_SIZE:
            raise UserError(refused.format(file=shown(path.name)))
        body: Any = json.loads(path.read_bytes())
        if not isinstance(body, dict) or body.get("format") != BACKUP_FORMAT:
            raise UserError(refused.format(file=shown(path.name)))
        kdf = body["kdf"]
        cost = {"n": int(kdf["n"]), "r": int(kdf["r"]), "p": int(kdf["p"])}
        if cost["n"] > 1 << 20 or cost["r"] > 16 or cost["p"] > 4:  # no file may cost hours
            raise UserError(refused.format(file=shown(path.name)))
        key = _derived(passphrase, base64.b64decode(kdf["salt"]), cost)
        plain = AESGCM(key).decrypt(
            base64.b64decode(body["nonce"]), base64.b64decode(body["sealed"]),
            BACKUP_FORMAT.encode(),
        )  # fmt: skip
        return keys_from_json(json.loads(plain), DeviceId(UUID(str(body["device_id"]))))
    except InvalidTag:
        text = translate("Sync", "The passphrase does not open {file}: check it and try again.")
        raise UserError(text.format(file=shown(path.name))) from None
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise UserError(refused.format(file=shown(path.name))) from error


def _derived(passphrase: str, salt: bytes, cost: dict[str, int]) -> bytes:
    return Scrypt(salt=salt, length=32, **cost).derive(passphrase.encode())


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()
