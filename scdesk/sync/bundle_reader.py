"""Reading a bundle, distrustfully: the container, the signature and the hash first; only then
the payload, opened, decompressed and parsed a chunk at a time under size limits.

The signature entry names its signer, so a bundle from a trusted device has its signature
checked against the key this store holds before the manifest is parsed. A bundle from a device
not yet trusted is refused; its manifest is read only to show who sent it and the fingerprint of
its keys, after checking that the key it carries made the signature.

Every refusal is a BundleRefusedError carrying one sentence a field officer can act on, naming
the file and any device by names made safe to show (scdesk.domain.outside). Nothing in the file
is used as a path, nothing is decrypted before the signature and the payload's hash are checked,
and the limits on size and expansion are enforced while reading, not after.
"""

import hashlib
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any
from uuid import UUID

import orjson
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from scdesk.domain.errors import UserError
from scdesk.domain.outside import is_utf8, shown
from scdesk.domain.versions import DeviceId
from scdesk.i18n import translate
from scdesk.paths import cannot_read, not_a_file
from scdesk.sync.bundle_writer import MANIFEST, PAYLOAD, SIGNATURE, SIGNATURE_SIZE
from scdesk.sync.compression import DAMAGED, Expander
from scdesk.sync.keys import DeviceKeys, KeyReplacement, confirmed_by_old_key, fingerprint
from scdesk.sync.manifest import FORMAT, FORMAT_VERSION, Manifest, ManifestError, parse
from scdesk.sync.sealing import CHUNK, TAG, Binding, SealBrokenError, open_chunks, opener


@dataclass(frozen=True, slots=True)
class Limits:
    """How big a bundle may be, how far its payload may expand, how long a line may run."""

    bundle_bytes: int = 2 << 30
    plain_bytes: int = 8 << 30
    expansion: int = 50
    line_bytes: int = 4 << 20
    manifest_bytes: int = 1 << 20


#: Plain bytes decompressed at a time: memory for a piece, however well the payload compressed.
_PIECE = 1 << 18


class BundleRefusedError(UserError):
    """A bundle not applied, with the reason; the store was not touched."""


class UnknownDeviceError(BundleRefusedError):
    """A bundle from a device this store has not been told to trust: its name and fingerprint,
    for the user to compare with what the device itself shows before trusting it."""

    def __init__(self, manifest: Manifest, message: str | None = None) -> None:
        """message: the sentence, when a subclass says more than that the device is unknown."""
        self.manifest = manifest
        self.fingerprint = sender_fingerprint(manifest)
        if message is None:
            text = translate(
                "Sync",
                "This bundle comes from a device not yet trusted here: {name} ({user}), "
                "fingerprint {fingerprint}. Check the fingerprint with the device's owner, trust "
                "the device, then import again.",
            )
            sender = manifest.sender
            message = text.format(
                name=shown(sender.name), user=shown(sender.user_name), fingerprint=self.fingerprint
            )
        super().__init__(message)


def sender_fingerprint(manifest: Manifest) -> str:
    return fingerprint(manifest.sender.signing_key, manifest.sender.encryption_key)


class KeysReplacedError(UnknownDeviceError):
    """A bundle from a trusted device that made new keys: signed with the new key, it names the
    keys trusted here as replaced. Its user compares the new fingerprint before trusting it."""

    def __init__(self, manifest: Manifest, replaced: KeyReplacement, confirmed: bool) -> None:
        self.replaced = replaced
        self.confirmed = confirmed
        if confirmed:
            text = translate(
                "Sync",
                "{name} ({user}) has new keys, fingerprint {fingerprint}, replacing {old} and "
                "confirmed by the old key: check the new fingerprint with its owner and trust it "
                "(scdesk trust FILE), then import again.",
            )
        else:
            text = translate(
                "Sync",
                "{name} ({user}) has new keys, fingerprint {fingerprint}, replacing {old} but not "
                "confirmed by the old key, which was lost: check the new fingerprint with its "
                "owner and trust it (scdesk trust FILE), then import again.",
            )
        sender = manifest.sender
        message = text.format(
            name=shown(sender.name), user=shown(sender.user_name),
            fingerprint=sender_fingerprint(manifest), old=replaced.fingerprint,
        )  # fmt: skip
        super().__init__(manifest, message)


@dataclass(frozen=True, slots=True)
class Known:
    """What this store knows of a device: its name, its signing key once trusted, and whether
    it was revoked."""

    name: str
    signing_key: bytes | None
    revoked: bool


def open_bundle(
    path: Path,
    me: DeviceId,
    known: Callable[[DeviceId], Known | None],
    schemas: list[str],
    limits: Limits,
) -> Manifest:
    """The manifest of the bundle at path, once the container, signature, sender, receiver and
    versions are right. The payload is not read yet."""
    if not is_utf8(path.name):
        text = translate(
            "Sync",
            "The name of the file {file} holds characters scdesk cannot read: rename the file, "
            "then import it again.",
        )
        raise _refuse(text, path)
    manifest_bytes, signature_bytes = _container(path, limits)
    signer, signature = DeviceId(UUID(bytes=signature_bytes[:16])), signature_bytes[16:]
    device = known(signer)
    if device is not None and device.revoked:
        text = translate(
            "Sync", "{file} comes from {name}, a device revoked here: it is not imported."
        )
        raise BundleRefusedError(text.format(file=shown(path.name), name=shown(device.name)))
    if device is None or device.signing_key is None:
        raise _stranger(path, manifest_bytes, signer, signature, me)
    if not _verifies(device.signing_key, signature, manifest_bytes):
        raise _other_keys(path, manifest_bytes, signer, signature, me, device)
    manifest = _parse(path, manifest_bytes)
    sender = manifest.sender
    if sender.device_id != signer or sender.signing_key != device.signing_key:
        raise _refuse(_tampered(), path)
    _check_versions(path, manifest, schemas)
    _check_receiver(path, manifest, me)
    return manifest


def _stranger(
    path: Path, data: bytes, signer: DeviceId, signature: bytes, me: DeviceId
) -> BundleRefusedError:
    """Why a bundle signed by a device not trusted here is refused: for another device, damaged,
    or (for the user to check and trust) from this device, with this fingerprint."""
    manifest = _parse(path, data)
    sender = manifest.sender
    if sender.device_id != signer or not _verifies(sender.signing_key, signature, data):
        return _refuse(_tampered(), path)
    try:
        _check_receiver(path, manifest, me)
    except BundleRefusedError as error:
        return error
    return UnknownDeviceError(manifest)


def _other_keys(
    path: Path, data: bytes, signer: DeviceId, signature: bytes, me: DeviceId, device: Known
) -> BundleRefusedError:
    """Why a bundle of a trusted device that its key did not sign is refused: changed, or made
    by another device; or, when the new key signed it and it names the trusted key as the one
    it replaces, for the user to check the new fingerprint and trust it."""
    text = translate(
        "Sync",
        "{file} does not bear {name}'s signature: it was changed after it was made, or made "
        "by another device. Ask the sender for it again.",
    )
    changed = BundleRefusedError(text.format(file=shown(path.name), name=shown(device.name)))
    try:
        manifest = parse(data)
    except ManifestError:
        return changed
    sender = manifest.sender
    replaced = sender.replaces
    if (
        replaced is None
        or sender.device_id != signer
        or replaced.signing_key != device.signing_key
        or not _verifies(sender.signing_key, signature, data)
    ):
        return changed
    confirmed = confirmed_by_old_key(signer, sender.signing_key, sender.encryption_key, replaced)
    if confirmed is False:  # a signature said to be the old key's, which it is not
        return _refuse(_tampered(), path)
    try:
        _check_receiver(path, manifest, me)
    except BundleRefusedError as error:
        return error
    return KeysReplacedError(manifest, replaced, confirmed=bool(confirmed))


def _parse(path: Path, data: bytes) -> Manifest:
    try:
        manifest = parse(data)
    except ManifestError as error:
        raise _refuse(
            translate("Sync", "{file} is not an scdesk bundle, or it was damaged on the way."),
            path,
        ) from error
    if manifest.format != FORMAT:
        raise _refuse(translate("Sync", "{file} is not an scdesk bundle."), path)
    return manifest


def _check_versions(path: Path, manifest: Manifest, schemas: list[str]) -> None:
    if manifest.format_version > FORMAT_VERSION or manifest.schema not in schemas:
        text = translate(
            "Sync", "{file} was made by a newer version of scdesk: install it here, then import."
        )
        raise _refuse(text, path)


def _check_receiver(path: Path, manifest: Manifest, me: DeviceId) -> None:
    if manifest.receiver != me:
        text = translate(
            "Sync",
            "{file} was made for another device; ask the sender to export it for this one.",
        )
        raise _refuse(text, path)


def _verifies(key: bytes, signature: bytes, data: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(key).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


def check_payload(path: Path, manifest: Manifest, limits: Limits) -> None:
    """The payload is the one the signed manifest describes (its size and SHA-256)."""
    digest = hashlib.sha256()
    size = 0
    with _payload(path) as payload:
        for block in _blocks(payload, 1 << 20):
            size += len(block)
            if size > manifest.payload.size or size > limits.bundle_bytes:
                break
            digest.update(block)
    if size != manifest.payload.size or digest.hexdigest() != manifest.payload.sha256:
        raise _refuse(_tampered(), path)


def read_lines(
    path: Path, manifest: Manifest, keys: DeviceKeys, limits: Limits
) -> Iterator[dict[str, Any]]:
    """The payload's lines as JSON objects, opened, decompressed and parsed as they are read."""
    seal = manifest.payload
    if seal.chunk != CHUNK:
        raise _refuse(_tampered(), path)
    ceiling = min(seal.plain_size, limits.plain_bytes, max(seal.size, 1 << 16) * limits.expansion)
    if seal.plain_size > ceiling:
        raise _refuse(_too_big(), path)
    binding = Binding(manifest.bundle_id, manifest.sender.device_id, manifest.receiver)
    cipher = opener(keys.encryption, seal.ephemeral_key, binding)
    expander = Expander(seal.compression)
    plain = hashlib.sha256()
    size = 0
    rest = b""

    def most() -> int:
        return min(ceiling - size + 1, _PIECE)

    with _payload(path) as payload:
        chunks = open_chunks(
            cipher, seal.nonce, binding, lambda: payload.read(CHUNK + TAG), seal.size
        )
        try:
            for chunk in chunks:
                pieces = expander.pieces(chunk, most)
                del chunk  # held by the expander only while it needs it
                for data in pieces:
                    size += len(data)
                    if size > ceiling:
                        raise _refuse(_too_big(), path)
                    plain.update(data)
                    *complete, rest = (rest + data).split(b"\n")
                    if len(rest) > limits.line_bytes:
                        raise _refuse(_malformed(), path)
                    for line in complete:
                        yield _parse_line(line, path)
        except (SealBrokenError, *DAMAGED) as error:
            raise _refuse(_tampered(), path) from error
    if rest or not expander.eof or plain.hexdigest() != seal.plain_sha256:
        raise _refuse(_tampered(), path)


@contextmanager
def _payload(path: Path) -> Iterator[IO[bytes]]:
    """The payload as stored in the zip. The zip keeps a checksum of each file it holds, checked
    as the file is read to its end: a mismatch means the bundle was damaged on the way."""
    try:
        with zipfile.ZipFile(path) as archive, archive.open(PAYLOAD) as payload:
            yield payload
    except (zipfile.BadZipFile, EOFError) as error:
        raise _refuse(_tampered(), path) from error


def _container(path: Path, limits: Limits) -> tuple[bytes, bytes]:
    """The manifest and signature bytes, once the zip holds exactly the three expected files,
    none compressed, none too big."""
    unreadable = not_a_file(path)
    if unreadable is not None:
        raise BundleRefusedError(unreadable)
    try:
        if path.stat().st_size > limits.bundle_bytes:
            raise _refuse(_too_big(), path)
        with zipfile.ZipFile(path) as archive:
            entries = {info.filename: info for info in archive.infolist()}
            expected = {MANIFEST, SIGNATURE, PAYLOAD}
            if set(entries) != expected or len(archive.infolist()) != len(expected):
                text = translate(
                    "Sync",
                    "{file} holds unexpected files ({names}): it was not made by scdesk, or it "
                    "was tampered with.",
                )
                names = ", ".join(sorted(set(entries) - expected)) or "-"
                raise BundleRefusedError(
                    text.format(file=shown(path.name), names=shown(names[:200]))
                )
            if any(info.compress_type != zipfile.ZIP_STORED for info in entries.values()):
                raise _refuse(_tampered(), path)
            if entries[MANIFEST].file_size > limits.manifest_bytes:
                raise _refuse(_too_big(), path)
            if entries[SIGNATURE].file_size != SIGNATURE_SIZE:
                raise _refuse(_tampered(), path)
            if entries[PAYLOAD].file_size > limits.bundle_bytes:
                raise _refuse(_too_big(), path)
            return archive.read(MANIFEST), archive.read(SIGNATURE)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError) as error:
        raise _refuse(
            translate(
                "Sync",
                "{file} is not a whole scdesk bundle: it may have been cut short or damaged on "
                "the way. Ask the sender for it again.",
            ),
            path,
        ) from error
    except OSError as error:
        raise BundleRefusedError(cannot_read(path, error)) from error


def _parse_line(line: bytes, path: Path) -> dict[str, Any]:
    try:
        record = orjson.loads(line)
    except orjson.JSONDecodeError as error:
        raise _refuse(_malformed(), path) from error
    if not isinstance(record, dict):
        raise _refuse(_malformed(), path)
    return record


def _blocks(stream: IO[bytes], size: int) -> Iterator[bytes]:
    while block := stream.read(size):
        yield block


def _refuse(text: str, path: Path) -> BundleRefusedError:
    return BundleRefusedError(text.format(file=shown(path.name)))


def _tampered() -> str:
    return translate(
        "Sync",
        "{file} was changed after it was made (damaged on the way, or tampered with): ask the "
        "sender for it again.",
    )


def _too_big() -> str:
    return translate(
        "Sync", "{file} is larger than a bundle may be, or expands too far: it is not imported."
    )


def _malformed() -> str:
    return translate(
        "Sync", "{file} holds records scdesk cannot read: it was not made by this scdesk."
    )
