"""A bundle's manifest: who sent it to whom, what it covers, and how its payload is sealed.

The manifest is plain JSON inside the bundle and is signed as bytes; docs/bundle-format.md
describes every field. Reading one checks every field's type, so a malformed manifest is a
refusal, never a crash.
"""

import base64
import binascii
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeGuard
from uuid import UUID

import orjson

from scdesk.domain.devices import DeviceRole
from scdesk.domain.versions import DeviceId
from scdesk.sync.codec import decode_time
from scdesk.sync.compression import KNOWN, XZ
from scdesk.sync.keys import KeyReplacement, replacement_json

FORMAT = "scdesk-bundle"
#: 2: the payload is compressed with xz (1: zlib, still read).
FORMAT_VERSION = 2
#: Bundles written with profile=True carry the hub's public keys and reference data to officers.
PROFILE_FORMAT = "scdesk-hub-profile"


class ManifestError(ValueError):
    """The manifest is not what this version of the format says; the message says where."""


@dataclass(frozen=True, slots=True)
class Party:
    device_id: DeviceId
    name: str
    role: DeviceRole
    user_name: str
    city_id: UUID | None
    signing_key: bytes
    encryption_key: bytes
    #: The keys this device signed with before these, until the devices it syncs with trust these.
    replaces: KeyReplacement | None = None


@dataclass(frozen=True, slots=True)
class Range:
    """The writes of one origin device that a bundle covers: counters above `after`, up to and
    including `through`."""

    after: int
    through: int


@dataclass(frozen=True, slots=True)
class Seal:
    """How the payload is sealed: its size and hash as stored, and the encryption parameters."""

    size: int
    sha256: str
    plain_size: int
    plain_sha256: str
    chunk: int
    ephemeral_key: bytes
    nonce: bytes
    compression: str = XZ


@dataclass(frozen=True, slots=True)
class Manifest:
    format: str
    format_version: int
    schema: str
    app: str
    bundle_id: UUID
    created_at: datetime
    sender: Party
    receiver: DeviceId
    devices: tuple[DeviceId, ...]  # payload lines name devices by their index here
    covers: dict[DeviceId, Range]
    seen: dict[DeviceId, int]  # what the sender has of each origin device, every counter up to
    records: int
    fields: int
    payload: Seal

    def to_bytes(self) -> bytes:
        return orjson.dumps(
            {
                "format": self.format,
                "format_version": self.format_version,
                "schema": self.schema,
                "app": self.app,
                "bundle_id": str(self.bundle_id),
                "created_at": self.created_at.isoformat(),
                "sender": party_json(self.sender),
                "receiver": {"device_id": str(self.receiver)},
                "devices": [str(d) for d in self.devices],
                "covers": {
                    str(d): {"after": r.after, "through": r.through} for d, r in self.covers.items()
                },
                "seen": {str(d): c for d, c in self.seen.items()},
                "counts": {"records": self.records, "fields": self.fields},
                "payload": {
                    "bytes": self.payload.size,
                    "sha256": self.payload.sha256,
                    "plain_bytes": self.payload.plain_size,
                    "plain_sha256": self.payload.plain_sha256,
                    "compression": self.payload.compression,
                    "cipher": "X25519-HKDF-SHA256-AES-256-GCM",
                    "chunk": self.payload.chunk,
                    "ephemeral_key": _b64(self.payload.ephemeral_key),
                    "nonce": _b64(self.payload.nonce),
                },
            },
            option=orjson.OPT_INDENT_2,
        )


def parse(data: bytes) -> Manifest:
    """The manifest in data, every field checked; ManifestError says what is wrong."""
    try:
        raw = orjson.loads(data)
    except orjson.JSONDecodeError as error:
        raise ManifestError("the manifest is not JSON") from error
    top = _object(raw, "manifest")
    sender = _object(top.get("sender"), "sender")
    payload = _object(top.get("payload"), "payload")
    compression = _text(payload, "compression")
    if compression not in KNOWN or _text(payload, "cipher") != "X25519-HKDF-SHA256-AES-256-GCM":
        raise ManifestError("the payload is sealed in a way this version does not know")
    counts = _object(top.get("counts"), "counts")
    covers = {
        _device(key): Range(_int(value, "after"), _int(value, "through"))
        for key, value in _object(top.get("covers"), "covers").items()
        if isinstance(value, dict) or _fail("covers")
    }
    seen = {
        _device(key): value
        for key, value in _object(top.get("seen"), "seen").items()
        if _counter(value) or _fail("seen")
    }
    devices = device_ids(top.get("devices"))
    try:
        return Manifest(
            format=_text(top, "format"),
            format_version=_int(top, "format_version"),
            schema=_text(top, "schema"),
            app=_text(top, "app"),
            bundle_id=UUID(_text(top, "bundle_id")),
            created_at=decode_time("created_at", _text(top, "created_at")),
            sender=party_from(sender),
            receiver=_device(_text(_object(top.get("receiver"), "receiver"), "device_id")),
            devices=devices,
            covers=covers,
            seen=seen,
            records=_int(counts, "records"),
            fields=_int(counts, "fields"),
            payload=Seal(
                size=_int(payload, "bytes"),
                sha256=_text(payload, "sha256"),
                plain_size=_int(payload, "plain_bytes"),
                plain_sha256=_text(payload, "plain_sha256"),
                chunk=_int(payload, "chunk"),
                ephemeral_key=_key(payload, "ephemeral_key"),
                nonce=_bytes(payload, "nonce", 12),
                compression=compression,
            ),
        )
    except (ValueError, TypeError, AttributeError) as error:
        raise ManifestError(f"a field of the manifest is malformed: {error}") from error


def party_json(party: Party) -> dict[str, Any]:
    data: dict[str, Any] = {
        "device_id": str(party.device_id),
        "name": party.name,
        "role": party.role.value,
        "user_name": party.user_name,
        "city_id": str(party.city_id) if party.city_id else None,
        "signing_key": _b64(party.signing_key),
        "encryption_key": _b64(party.encryption_key),
    }
    if party.replaces is not None:  # absent otherwise: bundles stay as they were before
        data["replaces"] = replacement_json(party.replaces)
    return data


def party_from(data: dict[str, Any]) -> Party:
    """A device as a manifest or profile describes it; ManifestError when malformed."""
    try:
        return Party(
            device_id=_device(_text(data, "device_id")),
            name=_text(data, "name"),
            role=DeviceRole(_text(data, "role")),
            user_name=_text(data, "user_name"),
            city_id=UUID(data["city_id"]) if data.get("city_id") else None,
            signing_key=_key(data, "signing_key"),
            encryption_key=_key(data, "encryption_key"),
            replaces=_replacement(data),
        )
    except (ValueError, TypeError) as error:
        raise ManifestError(f"the device is malformed: {error}") from error


def _replacement(party: dict[str, Any]) -> KeyReplacement | None:
    """The keys a device says its keys replace: each checked, its fingerprint the one of its
    keys, never the device's keys themselves."""
    if party.get("replaces") is None:
        return None
    data = _object(party["replaces"], "replaces")
    signature = data.get("signature")
    replaced = KeyReplacement(
        signing_key=_key(data, "signing_key"),
        encryption_key=_key(data, "encryption_key"),
        signature=None if signature is None else _bytes(data, "signature", 64),
    )
    if _text(data, "fingerprint") != replaced.fingerprint:
        raise ManifestError("replaces.fingerprint is not the one of its keys")
    if replaced.signing_key == _key(party, "signing_key"):
        raise ManifestError("replaces names the device's own keys")
    return replaced


def device_ids(values: object) -> tuple[DeviceId, ...]:
    if not isinstance(values, list) or len(values) > 100_000:
        raise ManifestError("devices is not a list")
    return tuple(_device(value) for value in values)


def _object(value: Any, name: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ManifestError(f"{name} is missing or not an object")
    return value


def _text(data: dict[str, Any], name: str) -> str:
    value = data.get(name)
    if not isinstance(value, str) or len(value) > 1000 or "\x00" in value:  # NUL: see codec
        raise ManifestError(f"{name} is missing or not text")
    return value


def _int(data: Any, name: str) -> int:
    value = data.get(name) if isinstance(data, dict) else None
    if not _counter(value):
        raise ManifestError(f"{name} is missing or not a whole number")
    return value


def _counter(value: object) -> TypeGuard[int]:
    """A whole number from 0 up to what a 64-bit column holds, where counters are kept."""
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 1 << 63


def _device(text: object) -> DeviceId:
    if not isinstance(text, str):
        raise ManifestError("a device id is not text")
    try:
        return DeviceId(UUID(text))
    except ValueError as error:
        raise ManifestError(f"{text!r} is not a device id") from error


def _key(data: dict[str, Any], name: str) -> bytes:
    return _bytes(data, name, 32)


def _bytes(data: dict[str, Any], name: str, size: int) -> bytes:
    try:
        value = base64.b64decode(_text(data, name), validate=True)
    except binascii.Error as error:
        raise ManifestError(f"{name} is not base64") from error
    if len(value) != size:
        raise ManifestError(f"{name} is not {size} bytes")
    return value


def _fail(name: str) -> bool:
    raise ManifestError(f"{name} is malformed")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()
