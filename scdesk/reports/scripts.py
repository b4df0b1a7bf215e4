"""Which script each character belongs to, and a text split into runs of one script each.

Every run is set in its script's font. Characters that belong to no script of their own (spaces,
digits, punctuation, joiners, combining marks) join the run they sit in: the script before them,
or, at the start of a text, the first script after them. The layout then checks that the font of
the run has the character, and sets it in the first shipped font that has it where it does not
(fonts.fallback).
"""

from bisect import bisect_right
from dataclasses import dataclass

from scdesk.domain.languages import Script

#: Start, end (inclusive) and script of the blocks of the scripts we set; characters of the Arabic
#: and Indic blocks that every script of the block shares (the danda, Arabic punctuation) belong
#: to the block's script.
_BLOCKS: tuple[tuple[int, int, Script | None], ...] = (
    (0x0300, 0x036F, None),  # combining diacritical marks: inherited
    (0x0600, 0x06FF, Script.ARABIC),
    (0x0750, 0x077F, Script.ARABIC),
    (0x08A0, 0x08FF, Script.ARABIC),
    (0x0900, 0x097F, Script.DEVANAGARI),
    (0x0980, 0x09FF, Script.BENGALI),
    (0x0B80, 0x0BFF, Script.TAMIL),
    (0x0D80, 0x0DFF, Script.SINHALA),
    (0x1CD0, 0x1CFF, Script.DEVANAGARI),  # Vedic extensions
    (0x200B, 0x200F, None),  # zero-width space, joiners and direction marks
    (0x2060, 0x206F, None),  # word joiner and invisible operators
    (0xA8E0, 0xA8FF, Script.DEVANAGARI),
    (0xFB50, 0xFDFF, Script.ARABIC),
    (0xFE00, 0xFE0F, None),  # variation selectors
    (0xFE70, 0xFEFF, Script.ARABIC),
)
_STARTS = [block[0] for block in _BLOCKS]

#: Characters of the Devanagari block that Bengali text uses too (danda, double danda).
_SHARED_DANDA = {0x0964, 0x0965}


@dataclass(frozen=True, slots=True)
class ScriptRun:
    """A stretch of text in one script: text[start:end]."""

    start: int
    end: int
    script: Script


def script_of(char: str) -> Script | None:
    """The script a character belongs to; None for characters that take the script around them
    (spaces, digits, punctuation, marks, joiners). Letters of other scripts count as LATIN."""
    code = ord(char)
    if code < 0x0300:
        return Script.LATIN if char.isalpha() else None
    index = bisect_right(_STARTS, code) - 1
    if index >= 0:
        start, end, script = _BLOCKS[index]
        if start <= code <= end:
            return None if code in _SHARED_DANDA else script
    return Script.LATIN if char.isalpha() else None


def script_runs(text: str, default: Script = Script.LATIN) -> list[ScriptRun]:
    """The text as runs of one script each, in logical order, covering every character once.

    A character without a script of its own joins the run before it; those that open the text
    join the first run with a script, and a text with no letters at all is in `default`.
    """
    if text.isascii():  # English, numbers and dates: one run, without a look at each character
        latin = any(char.isalpha() for char in text)
        return [ScriptRun(0, len(text), Script.LATIN if latin else default)] if text else []
    runs: list[ScriptRun] = []
    current: Script | None = None
    start = 0
    for index, char in enumerate(text):
        script = script_of(char)
        if script is None or script is current:
            continue
        if current is None:
            current = script  # what came before takes the first script found
            continue
        runs.append(ScriptRun(start, index, current))
        start, current = index, script
    if text:
        runs.append(ScriptRun(start, len(text), current or default))
    return runs
