"""Text that came from outside scdesk (a file's name, a device's name in a bundle or a profile),
made safe to put in a message, a printed summary line or a log.

Such text is chosen by whoever made the file. A newline in a file's name could fake a second
line of an import's summary ("merged: ..."), a terminal escape could rewrite the screen, and a
right-to-left override could make "gpj.scdesk" read as "kdsecs.jpg". A name that is not valid
UTF-8 on the disk reaches Python as lone surrogates, which cannot be printed or logged at all.
"""

import re

#: Control characters (Unicode's Cc), the line and paragraph separators, the bidi embeddings and
#: overrides (U+202A to U+202E) and isolates (U+2066 to U+2069), and lone surrogates. The joiners
#: (ZWJ, ZWNJ) and the direction marks (LRM, RLM, ALM) are kept: Indic and Urdu names use them.
_HIDDEN = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
#: Python reads a byte of a file name that is not UTF-8 as one of these (surrogateescape).
_ESCAPED_BYTES = range(0xDC80, 0xDD00)
_SURROGATE = re.compile("[\ud800-\udfff]")


def shown(text: str) -> str:
    """text with every character that could hide or fake part of a message written as an
    escape (a newline as \\x0a, a byte that is not UTF-8 as \\xff, an override as \\u202e);
    everything else, in any script, as it is."""
    return _HIDDEN.sub(_escape, text)


def is_utf8(text: str) -> bool:
    """Whether text can be written as UTF-8: a file's name on Linux may be bytes that are not,
    which Python holds as lone surrogates."""
    return _SURROGATE.search(text) is None


def _escape(found: re.Match[str]) -> str:
    code = ord(found.group())
    if code in _ESCAPED_BYTES:
        return f"\\x{code - 0xDC00:02x}"
    if code <= 0xFF:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}"
