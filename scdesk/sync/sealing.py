"""Sealing a payload for one receiver, and opening it: X25519, HKDF-SHA256 and AES-256-GCM.

The payload is cut into chunks, each sealed on its own with a nonce and associated data naming
its place and whether it is the last, so a reader opens it a chunk at a time, memory stays flat,
and a cut, reordered or swapped chunk fails to open. The key is agreed between a fresh
ephemeral key of the sender and the receiver's encryption key, and bound to the bundle, sender
and receiver, so a payload cannot be moved into another bundle.
"""

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from uuid import UUID

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from scdesk.sync.keys import raw_public

CHUNK = 1 << 20  # plaintext bytes per sealed chunk
TAG = 16
_INFO = b"scdesk-bundle-v1"


class SealBrokenError(ValueError):
    """A chunk failed to open: the payload was changed, cut, or sealed for someone else."""


@dataclass(frozen=True, slots=True)
class Binding:
    """What the key and every chunk are bound to."""

    bundle_id: UUID
    sender: UUID
    receiver: UUID


def new_seal(receiver_key: bytes, binding: Binding) -> tuple[AESGCM, bytes, bytes]:
    """A fresh cipher for a payload to receiver_key: (cipher, ephemeral public key, nonce)."""
    ephemeral = X25519PrivateKey.generate()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(receiver_key))
    ephemeral_public = raw_public(ephemeral.public_key())
    return AESGCM(_derive(shared, binding, ephemeral_public)), ephemeral_public, os.urandom(12)


def opener(private: X25519PrivateKey, ephemeral_public: bytes, binding: Binding) -> AESGCM:
    shared = private.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
    return AESGCM(_derive(shared, binding, ephemeral_public))


def seal_chunk(
    cipher: AESGCM, nonce: bytes, binding: Binding, index: int, data: bytes, last: bool
) -> bytes:
    return cipher.encrypt(_nonce(nonce, index), data, _aad(binding, index, last))


def open_chunks(
    cipher: AESGCM, nonce: bytes, binding: Binding, read: Callable[[], bytes], total: int
) -> Iterator[bytes]:
    """Open the chunks read() gives (each CHUNK + TAG bytes but the last, then b""), `total`
    sealed bytes in all; a chunk that fails to open, or a payload that ends early, is
    SealBrokenError. A sealed chunk is let go of once opened, and an opened one before the next
    is read: one chunk's worth is held at a time, not three."""
    done = 0
    index = 0
    while block := read():
        done += len(block)
        last = done >= total
        try:
            plain = cipher.decrypt(_nonce(nonce, index), block, _aad(binding, index, last))
        except InvalidTag as error:
            raise SealBrokenError(f"chunk {index} does not open") from error
        del block
        yield plain
        del plain
        if last:
            return
        index += 1
    raise SealBrokenError("the payload ends before its last chunk")


def _derive(shared: bytes, binding: Binding, ephemeral_public: bytes) -> bytes:
    info = _INFO + binding.sender.bytes + binding.receiver.bytes + ephemeral_public
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=binding.bundle_id.bytes, info=info)
    return hkdf.derive(shared)


def _nonce(base: bytes, index: int) -> bytes:
    counter = index.to_bytes(12, "big")
    return bytes(a ^ b for a, b in zip(base, counter, strict=True))


def _aad(binding: Binding, index: int, last: bool) -> bytes:
    return binding.bundle_id.bytes + index.to_bytes(8, "big") + (b"\x01" if last else b"\x00")
