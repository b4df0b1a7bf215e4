"""Right-to-left text: the Unicode bidi algorithm's levels, and a line's pieces in visual order.

python-bidi's Rust engine (the unicode-bidi crate, which follows UAX #9 with its isolates)
resolves each character's embedding level (even: left to right, odd: right to left); line
breaking happens on the logical text, and only then is each line reordered (rule L2), so that
Urdu reads from the right while numbers and English words inside it keep their own left-to-right
order, and a wrapped line holds the words that come next in reading order.

A paragraph's base direction is that of its first strong letter (rules P2 and P3), skipping
what stands between an isolate and its closing mark: a sentence that starts with an isolated
English name still reads as the Urdu around it.
"""

import re
import unicodedata
from collections.abc import Sequence
from enum import IntEnum

from bidi.bidi import get_display_inner


class Direction(IntEnum):
    """A paragraph's base direction, as its bidi level."""

    LTR = 0
    RTL = 1


#: First strong isolate and pop directional isolate (UAX #9's FSI and PDI).
FIRST_STRONG_ISOLATE = "\u2068"
POP_ISOLATE = "\u2069"
#: The explicit formatting characters: they steer the levels and take no room on the line.
CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def base_direction(text: str) -> Direction:
    """The direction of the first strong letter outside isolates (rules P2 and P3); left to
    right when there is none."""
    found = first_strong(text)
    return Direction.LTR if found is None else found


def first_strong(text: str) -> Direction | None:
    """The direction of the first strong letter (L, R or AL) outside isolates (rule P2); None
    when there is none, so that the caller can choose (a number in an Urdu report reads as
    Urdu does: rule HL1)."""
    depth = 0
    for char in text:
        if char in "\u2066\u2067\u2068":
            depth += 1
        elif char == POP_ISOLATE:
            depth = max(depth - 1, 0)
        elif depth == 0:
            kind = unicodedata.bidirectional(char)
            if kind == "L":
                return Direction.LTR
            if kind in ("R", "AL"):
                return Direction.RTL
    return None


def isolate(value: str) -> str:
    """A value to insert into a sentence, isolated (FSI ... PDI): it takes its own direction
    from its first letter and neither moves the words around it nor decides the sentence's."""
    return f"{FIRST_STRONG_ISOLATE}{value}{POP_ISOLATE}"


#: Characters that can make a stretch of a left-to-right paragraph run right to left: the
#: Hebrew and Arabic blocks and their presentation forms, the right-to-left mark, and the
#: explicit formatting characters (a left-to-right embedding raises levels too).
_RIGHT_TO_LEFT = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\u200f\u202a-\u202e\u2066-\u2069"
    "\U00010800-\U00010fff\U0001e800-\U0001efff]"
)
#: The bidi classes that all resolve to the paragraph's level 1 in a right-to-left paragraph
#: that has nothing else: letters written from the right, and the spaces, punctuation and marks
#: between them (no numbers, no letters written from the left, no explicit formatting).
_PLAIN_RTL = frozenset({"R", "AL", "WS", "ON", "CS", "NSM"})
#: Where the debug description lists the levels (found with str.find: a lazy pattern across
#: the whole description took as long as the engine).
_LEVELS_START, _LEVELS_END = "levels: [", "\n    ],"
_LEVEL = re.compile(r"Level\(\s*(\d+),\s*\)")


def embedding_levels(text: str, base: Direction) -> list[int]:
    """The resolved embedding level of every character of one paragraph (no line breaks),
    before the line rules: the characters rule X9 takes out (joiners, explicit marks) have the
    level of the character before them, so a zero-width non-joiner stays inside its word."""
    if not text:
        return []
    if base is Direction.LTR and not _RIGHT_TO_LEFT.search(text):
        return [0] * len(text)  # nothing to resolve: English, Hindi, Tamil, Sinhala, Bengali
    if base is Direction.RTL and all(unicodedata.bidirectional(c) in _PLAIN_RTL for c in text):
        return [1] * len(text)  # nothing to resolve either: Urdu words without numbers
    # The engine reports its levels only in its debug description, one per byte of UTF-8.
    described = get_display_inner(text, ("L", "R")[int(base)], True)
    start = described.find(_LEVELS_START)
    end = described.find(_LEVELS_END, start)
    if start < 0 or end < 0:
        raise ValueError("python-bidi described its levels in an unexpected way")
    per_byte = _LEVEL.findall(described, start, end)
    encoded = text.encode("utf-8")
    if len(encoded) != len(per_byte):
        raise ValueError("python-bidi gave levels for another text than the one asked about")
    # a character's level is its first byte's: continuation bytes (0b10xxxxxx) are left out
    return [
        int(level) for level, byte in zip(per_byte, encoded, strict=True) if byte & 0xC0 != 0x80
    ]


#: Rule L1's whitespace: separators, spaces and the isolates and marks (BN) that stand with them.
_L1_SPACE = frozenset("\t\u000b\u000c\u001f\u0020\u1680\u2028\u205f\u3000") | CONTROLS
_SEGMENT = frozenset("\t\u000b\u001f")


def line_levels(text: str, levels: Sequence[int], base: Direction) -> list[int]:
    """One line's levels after rule L1: segment separators, and whitespace (isolates among it)
    before them or at the end of the line, go back to the paragraph's level. The layout drops
    the spaces at the ends of its lines, so it needs this only where a tab would be set."""
    result = list(levels)
    trailing = True
    for index in range(len(text) - 1, -1, -1):
        char = text[index]
        if char in _SEGMENT:
            result[index] = int(base)
            trailing = True
        elif trailing and _is_space(char):
            result[index] = int(base)
        else:
            trailing = False
    return result


def _is_space(char: str) -> bool:
    return char in _L1_SPACE or "\u2000" <= char <= "\u200a" or _boundary_neutral(char)


def _boundary_neutral(char: str) -> bool:
    """Characters rule X9 removes (BN): they keep the level of the whitespace they stand in."""
    return unicodedata.bidirectional(char) == "BN"


def visual_order(levels: Sequence[int]) -> list[int]:
    """The indices of a line's items (characters or pieces, each at one level), left to right.

    Rule L2: from the highest level down to the lowest odd one, reverse every maximal stretch of
    items at that level or higher.
    """
    order = list(range(len(levels)))
    if not levels:
        return order
    highest = max(levels)
    lowest_odd = min((lvl for lvl in levels if lvl % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):
        index = 0
        while index < len(order):
            if levels[order[index]] >= level:
                end = index
                while end < len(order) and levels[order[end]] >= level:
                    end += 1
                order[index:end] = reversed(order[index:end])
                index = end
            else:
                index += 1
    return order
