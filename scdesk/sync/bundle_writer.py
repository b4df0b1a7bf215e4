"""Writing a bundle: a zip of the manifest, its signature and the sealed payload, streamed.

Payload lines are compressed and sealed a chunk at a time as they come, so writing a bundle
needs memory for one chunk, not for the bundle. The file appears under its name only when
complete (written beside it, synced, then renamed), so a cut-off export leaves no half bundle.
"""

import hashlib
import time
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path

from scdesk.paths import written_whole
from scdesk.sync.compression import compressor, for_version
from scdesk.sync.keys import DeviceKeys
from scdesk.sync.manifest import Manifest, Seal
from scdesk.sync.sealing import CHUNK, Binding, new_seal, seal_chunk

MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
PAYLOAD = "payload.bin"
SIGNATURE_SIZE = 16 + 64


def signature_entry(keys: DeviceKeys, manifest: bytes) -> bytes:
    """The signer's device id (16 bytes), then its Ed25519 signature of the manifest (64): the
    reader knows whose key to check before it reads the manifest."""
    return keys.device_id.bytes + keys.signing.sign(manifest)


def write_bundle(
    path: Path,
    draft: Manifest,
    lines: Iterable[bytes],
    keys: DeviceKeys,
    receiver_key: bytes,
    complete: Callable[[Manifest], Manifest],
    on_line: Callable[[], None] | None = None,
) -> Manifest:
    """Write draft's bundle with lines as its payload; returns the manifest as signed: the
    payload's sizes and hashes filled in, then whatever complete() adds once every line is
    written (the devices the lines name, the counts)."""
    binding = Binding(draft.bundle_id, draft.sender.device_id, draft.receiver)
    cipher, ephemeral, nonce = new_seal(receiver_key, binding)
    plain_hash, sealed_hash = hashlib.sha256(), hashlib.sha256()
    plain_size = sealed_size = index = 0
    compression = for_version(draft.format_version)
    packer = compressor(compression)
    pending = bytearray()
    with (
        written_whole(path) as handle,
        zipfile.ZipFile(handle, "w", zipfile.ZIP_STORED, allowZip64=True) as archive,
    ):
        entry = zipfile.ZipInfo(PAYLOAD, date_time=time.localtime()[:6])
        with archive.open(entry, "w", force_zip64=True) as payload:

            def emit(data: bytes, last: bool) -> None:
                nonlocal sealed_size, index
                block = seal_chunk(cipher, nonce, binding, index, data, last)
                payload.write(block)
                sealed_hash.update(block)
                sealed_size += len(block)
                index += 1

            for line in lines:
                plain_hash.update(line)
                plain_size += len(line)
                pending += packer.compress(line)
                while len(pending) > CHUNK:
                    emit(bytes(pending[:CHUNK]), last=False)
                    del pending[:CHUNK]
                if on_line is not None:
                    on_line()
            pending += packer.flush()
            while len(pending) > CHUNK:
                emit(bytes(pending[:CHUNK]), last=False)
                del pending[:CHUNK]
            emit(bytes(pending), last=True)
        seal = Seal(
            size=sealed_size,
            sha256=sealed_hash.hexdigest(),
            plain_size=plain_size,
            plain_sha256=plain_hash.hexdigest(),
            chunk=CHUNK,
            ephemeral_key=ephemeral,
            nonce=nonce,
            compression=compression,
        )
        manifest = complete(replace(draft, payload=seal))
        signed = manifest.to_bytes()
        archive.writestr(MANIFEST, signed)
        archive.writestr(SIGNATURE, signature_entry(keys, signed))
    return manifest
