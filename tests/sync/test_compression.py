"""Expanding a bundle's payload a piece at a time: whole, bounded, and nothing after its end."""

import lzma
import os

import pytest

from scdesk.sync.compression import DAMAGED, XZ, Expander, compressor


def _xz(data: bytes) -> bytes:
    packer = compressor(XZ)
    return packer.compress(data) + packer.flush()


def _expand(chunks: list[bytes], most: int = 1 << 18) -> bytes:
    expander = Expander(XZ)
    out = b"".join(piece for chunk in chunks for piece in expander.pieces(chunk, lambda: most))
    assert expander.eof
    return out


def test_a_payload_fed_in_sealed_chunks_expands_whole_in_bounded_pieces() -> None:
    data = os.urandom(300_000) + b"line\n" * 400_000  # some that does not compress, much that does
    packed = _xz(data)
    chunks = [packed[i : i + (1 << 20)] for i in range(0, len(packed), 1 << 20)]
    expander = Expander(XZ)
    pieces = [p for chunk in chunks for p in expander.pieces(chunk, lambda: 50_000)]
    assert b"".join(pieces) == data
    assert max(len(p) for p in pieces) <= 50_000


@pytest.mark.parametrize("apart", [False, True])
def test_bytes_after_the_end_of_the_stream_are_damage(apart: bool) -> None:
    packed = _xz(b"line\n" * 100_000)
    chunks = [packed, b"more"] if apart else [packed + b"more" * 40_000]
    with pytest.raises(DAMAGED) as raised:
        _expand(chunks)
    assert isinstance(raised.value, lzma.LZMAError)


def test_a_few_bytes_after_the_end_leave_the_stream_not_whole() -> None:
    expander = Expander(XZ)
    for _ in expander.pieces(_xz(b"line\n" * 1_000) + b"x", lambda: 1 << 18):
        pass
    assert not expander.eof
