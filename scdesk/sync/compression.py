"""How a bundle's payload lines are compressed before sealing, and expanded a piece at a time.

Version 2 of the format writes xz (LZMA2, the standard library's lzma): on payload lines it
comes to about half of what zlib gives, and expands as fast. Version 1 bundles, zlib, are still
read. Expanding is bounded per call, so a reader's memory stays flat whatever the ratio.
"""

import lzma
import zlib
from collections.abc import Callable, Iterator
from typing import Protocol

ZLIB = "zlib"
XZ = "xz"
KNOWN = frozenset({ZLIB, XZ})
#: Errors of a damaged compressed stream, of either kind.
DAMAGED = (zlib.error, lzma.LZMAError)

#: xz's preset 6 (about 94 MiB to compress), with a smaller dictionary than its 8 MiB.
_XZ_PRESET = 6
#: The window the reader keeps, in memory while it expands: a payload longer than it fills it
#: whole, so the memory of an import stops growing with the bundle there. 2 MiB rather than
#: preset 6's 8 MiB: a payload of 21 MB came out 9% larger, one of 2 MB the same.
_XZ_DICTIONARY = 2 << 20
#: Matches up to 128 bytes long sought rather than preset 6's 64: payload lines repeat long runs
#: (field names, ids, device vectors). On the demo's lines it came to 8% smaller for twice the
#: time to compress (0.45 s against 0.24 s for 2 MB); expanding is as fast, the window the same.
_XZ_NICE_LENGTH = 128
#: Compressed bytes given to the decompressor at a time: what it cannot expand yet within a
#: piece it keeps a copy of, and a sealed chunk is 1 MiB.
_XZ_INPUT = 1 << 16


class Compressor(Protocol):
    def compress(self, data: bytes, /) -> bytes: ...

    def flush(self) -> bytes: ...


def for_version(format_version: int) -> str:
    """The compression a bundle of format_version is written with."""
    return ZLIB if format_version < 2 else XZ


def compressor(compression: str) -> Compressor:
    if compression == ZLIB:
        return zlib.compressobj(6)
    filters = [
        {
            "id": lzma.FILTER_LZMA2,
            "preset": _XZ_PRESET,
            "dict_size": _XZ_DICTIONARY,
            "nice_len": _XZ_NICE_LENGTH,
        }
    ]
    return lzma.LZMACompressor(lzma.FORMAT_XZ, filters=filters)


class Expander:
    """Expands a compressed stream fed in chunks, never more than most() bytes per piece."""

    def __init__(self, compression: str) -> None:
        self._zlib = zlib.decompressobj() if compression == ZLIB else None
        self._xz = lzma.LZMADecompressor(lzma.FORMAT_XZ) if compression == XZ else None

    def pieces(self, chunk: bytes, most: Callable[[], int]) -> Iterator[bytes]:
        """The expansion of chunk, a bounded piece at a time; most() is asked before each."""
        if self._zlib is not None:
            yield self._zlib.decompress(chunk, most())
            while self._zlib.unconsumed_tail:
                yield self._zlib.decompress(self._zlib.unconsumed_tail, most())
        elif self._xz is not None:
            view = memoryview(chunk)
            for start in range(0, len(view), _XZ_INPUT):
                if self._xz.eof:
                    raise lzma.LZMAError("data after the end of the stream")
                yield self._xz.decompress(view[start : start + _XZ_INPUT], most())
                while not self._xz.needs_input and not self._xz.eof:
                    yield self._xz.decompress(b"", most())

    @property
    def eof(self) -> bool:
        """Whether the stream ended, whole (an xz stream with nothing after it)."""
        if self._zlib is not None:
            return self._zlib.eof
        return self._xz is not None and self._xz.eof and not self._xz.unused_data
