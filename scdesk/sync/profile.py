"""The hub profile: the hub's public keys and reference data, for an officer's device to import.

An officer cannot receive encrypted bundles from a hub that does not know its key yet, so the
profile is signed but not encrypted: it holds only reference data (the hub's keys, cities,
organisations, committees, indicators, and the mayors the cities name). It is a zip of
profile.json and its signature, like a bundle.
"""

import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import orjson
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from scdesk.domain.outside import shown
from scdesk.domain.versions import DeviceId
from scdesk.i18n import translate
from scdesk.paths import not_a_file, written_whole
from scdesk.sync.bundle_reader import BundleRefusedError
from scdesk.sync.codec import decode_time
from scdesk.sync.keys import DeviceKeys, fingerprint
from scdesk.sync.manifest import (
    PROFILE_FORMAT,
    ManifestError,
    Party,
    device_ids,
    party_from,
    party_json,
)

PROFILE = "profile.json"
PROFILE_SIGNATURE = "profile.sig"
MAX_PROFILE = 16 << 20
FORMAT_VERSION = 1


@dataclass(frozen=True, slots=True)
class Profile:
    hub: Party
    schema: str
    created_at: datetime
    devices: tuple[DeviceId, ...]
    lines: tuple[dict[str, Any], ...]

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.hub.signing_key, self.hub.encryption_key)


def write_profile(
    path: Path,
    hub: Party,
    schema: str,
    created_at: datetime,
    devices: tuple[DeviceId, ...],
    lines: Iterable[bytes],
    keys: DeviceKeys,
) -> None:
    body = orjson.dumps({
        "format": PROFILE_FORMAT, "format_version": FORMAT_VERSION, "schema": schema,
        "created_at": created_at.isoformat(),
        "hub": party_json(hub),
        "devices": [str(d) for d in devices],
        "records": [orjson.loads(line) for line in lines],
    })  # fmt: skip
    with written_whole(path) as handle, zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as zip_:
        zip_.writestr(PROFILE, body)
        zip_.writestr(PROFILE_SIGNATURE, keys.signing.sign(body))


def newer_version_sentence() -> str:
    """{file} (a profile or a device card) was written by a newer scdesk than this one."""
    return translate("Sync", "{file} was made by a newer version of scdesk: install it here first.")


def read_profile(path: Path, schemas: list[str]) -> Profile:
    """The profile at path, its signature checked against the hub key it carries."""
    refused = translate("Sync", "{file} is not an scdesk hub profile, or it was damaged.")
    unreadable = not_a_file(path)
    if unreadable is not None:
        raise BundleRefusedError(unreadable)
    try:
        with zipfile.ZipFile(path) as archive:
            names = {info.filename: info for info in archive.infolist()}
            if set(names) != {PROFILE, PROFILE_SIGNATURE} or names[PROFILE].file_size > MAX_PROFILE:
                raise BundleRefusedError(refused.format(file=shown(path.name)))
            body = archive.read(PROFILE)
            signature = archive.read(PROFILE_SIGNATURE)
        data = orjson.loads(body)
        if not isinstance(data, dict) or data.get("format") != PROFILE_FORMAT:
            raise BundleRefusedError(refused.format(file=shown(path.name)))
        party = party_from(data["hub"])
        Ed25519PublicKey.from_public_bytes(party.signing_key).verify(signature, body)
        if data.get("format_version") != FORMAT_VERSION or data.get("schema") not in schemas:
            raise BundleRefusedError(newer_version_sentence().format(file=shown(path.name)))
        devices = device_ids(data["devices"])
        records = data["records"]
        if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
            raise BundleRefusedError(refused.format(file=shown(path.name)))
        created = decode_time("created_at", data["created_at"])
        return Profile(party, data["schema"], created, devices, tuple(records))
    except (zipfile.BadZipFile, OSError, KeyError, TypeError, ValueError, ManifestError,
            InvalidSignature, orjson.JSONDecodeError) as error:  # fmt: skip
        raise BundleRefusedError(refused.format(file=shown(path.name))) from error
