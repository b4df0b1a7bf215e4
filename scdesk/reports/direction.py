"""Right-to-left text: the Unicode bidi algorithm's levels, and a line's pieces in visual order.

python-bidi resolves each character's embedding level (even: left to right, odd: right to left);
line breaking happens on the logical text, and only then is each line reordered (rule L2 of
UAX #9), so that Urdu reads from the right while numbers and English words inside it keep their
own left-to-right order, and a wrapped line holds the words that come next in reading order.
"""

import re
import unicodedata
from collections.abc import Sequence
from enum import IntEnum

from bidi import algorithm


class Direction(IntEnum):
    """A paragraph's base direction, as its bidi level."""

    LTR = 0
    RTL = 1


def base_direction(text: str) -> Direction:
    """The direction of the first strong letter (rules P2 and P3); left to right when none."""
    return Direction(algorithm.get_base_level(text))


#: Characters that can make a stretch of a left-to-right paragraph run right to left: the
#: Hebrew and Arabic blocks and their presentation forms, and the explicit marks.
_RIGHT_TO_LEFT = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\u200f\u202b\u202e\u2067]")


def paragraph_direction(text: str, side: Direction) -> Direction:
    """A paragraph's direction in a report of direction side: the report's own, unless the
    paragraph has no letter of that direction and some of the other (a line of English in an
    Urdu report, an Urdu name in an English one)."""
    kinds = {unicodedata.bidirectional(char) for char in text}
    rtl = bool(kinds & {"R", "AL"})
    ltr = "L" in kinds
    if side is Direction.RTL:
        return Direction.LTR if ltr and not rtl else Direction.RTL
    return Direction.RTL if rtl and not ltr else Direction.LTR


def embedding_levels(text: str, base: Direction) -> list[int]:
    """The resolved embedding level of every character of one paragraph (no line breaks)."""
    if not text:
        return []
    if base is Direction.LTR and not _RIGHT_TO_LEFT.search(text):
        return [0] * len(text)  # nothing to resolve: English, Hindi, Tamil, Sinhala, Bengali
    storage = algorithm.get_empty_storage()
    storage["base_level"] = int(base)
    storage["base_dir"] = ("L", "R")[int(base)]
    algorithm.get_embedding_levels(text, storage)
    every = list(storage["chars"])
    if len(every) != len(text):
        raise ValueError("python-bidi split the text differently from Python's characters")
    algorithm.explicit_embed_and_overrides(storage)
    algorithm.resolve_weak_types(storage, False)
    algorithm.resolve_neutral_types(storage, False)
    algorithm.resolve_implicit_levels(storage, False)
    # Rule X9 took out the joiners and embedding marks (a zero-width non-joiner inside an Urdu
    # word); each takes the level of the character before it, so it stays inside its word.
    kept = {id(c) for c in storage["chars"]}
    levels: list[int] = []
    for char in every:
        if id(char) in kept:
            levels.append(int(char["level"]))
        else:
            levels.append(levels[-1] if levels else -1)
    first = next((lvl for lvl in levels if lvl >= 0), int(base))
    return [first if lvl < 0 else lvl for lvl in levels]


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
