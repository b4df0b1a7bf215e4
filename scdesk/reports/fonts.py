"""The reports' fonts: a Noto family per script, registered with ReportLab once, embedded as
subsets of the glyphs a document uses (ReportLab subsets every TrueType font it embeds)."""

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from scdesk.domain.languages import Script
from scdesk.resources import resource_path


class Weight(StrEnum):
    REGULAR = "Regular"
    BOLD = "Bold"
    ITALIC = "Italic"


@dataclass(frozen=True, slots=True)
class Face:
    """One font file: its ReportLab name and how a line of it is set."""

    name: str
    #: Line height as a multiple of the size: Nastaliq's words climb and descend far.
    line_height: float
    #: Where the baseline sits in a line: the share of the line height above it.
    above: float


#: Family per script, and its line height (size multiples).
_FAMILIES: dict[Script, tuple[str, float]] = {
    Script.LATIN: ("NotoSans", 1.35),
    Script.ARABIC: ("NotoNastaliqUrdu", 2.2),
    Script.DEVANAGARI: ("NotoSansDevanagari", 1.55),
    Script.BENGALI: ("NotoSansBengali", 1.55),
    Script.TAMIL: ("NotoSansTamil", 1.5),
    Script.SINHALA: ("NotoSansSinhala", 1.55),
}
#: Noto Naskh Arabic: Urdu in the simpler Naskh style, for dense tables.
NASKH = ("NotoNaskhArabic", 1.75)

_lock = threading.Lock()


def face(script: Script, weight: Weight = Weight.REGULAR, *, naskh: bool = False) -> Face:
    """The registered face for a script; only the Latin family has an italic."""
    family, height = NASKH if naskh and script is Script.ARABIC else _FAMILIES[script]
    if weight is Weight.ITALIC and script is not Script.LATIN:
        weight = Weight.REGULAR
    return _registered(family, weight, height)


@cache
def _registered(family: str, weight: Weight, height: float) -> Face:
    name = f"{family}-{weight.value}"
    with _lock:
        # Not getFont: a name it does not know makes ReportLab look for a Type 1 font of that
        # name, parsing every AFM file on the machine (about 100 ms) before it gives up.
        if name not in pdfmetrics.getRegisteredFontNames():
            path = resource_path(f"fonts/{name}.ttf")
            font = TTFont(name, str(path), shapable=True)
            pdfmetrics.registerFont(font)
        # Read before anything is shaped in it: shaping adds private codes to the font's map,
        # from any report's thread.
        code_points(name)
    ttf = pdfmetrics.getFont(name)
    ascent, descent = ttf.face.ascent, -ttf.face.descent
    return Face(name, height, ascent / (ascent + descent))


def fallback(char: str, first: Sequence[Script], weight: Weight, *, naskh: bool) -> Script | None:
    """The script whose font draws a character its own run's font lacks (the danda after an
    English word, a currency sign): the scripts in first, then Latin, then every other shipped
    family in turn; None when no shipped font has it."""
    for script in (*first, Script.LATIN, *_FAMILIES):
        if has_glyph(face(script, weight, naskh=naskh).name, char):
            return script
    return None


def has_glyph(face_name: str, char: str) -> bool:
    """Whether a registered font draws the character (its cmap maps it)."""
    return ord(char) in code_points(face_name)


@cache
def code_points(face_name: str) -> frozenset[int]:
    """The characters a registered font draws, as code points (its cmap's)."""
    return frozenset(pdfmetrics.getFont(face_name).face.charToGlyph)


def latin(weight: Weight = Weight.REGULAR) -> Face:
    return face(Script.LATIN, weight)
