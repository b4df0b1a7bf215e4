"""Shaping a run of text with HarfBuzz into glyphs ReportLab can draw.

ReportLab 5.1 shapes with HarfBuzz too, but guesses each word's direction from its letters, so a
bracket or a number inside Urdu comes out mirrored wrongly or reversed. Here the caller says the
direction (from the bidi level), the script and the language, and gets back ReportLab's own
ShapedStr: glyphs without a character of their own (conjuncts, joined Arabic forms) are given
private code points in the font, as ReportLab does, and drawn with HarfBuzz's offsets and
advances. Results are cached: a report repeats the same words and numbers many times.
"""

import logging
import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import uharfbuzz as hb
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr

#: Kerning and the standard ligatures; the shaper adds what each script needs (init, medi,
#: fina, rlig, akhn, half, pres, abvs, ...).
_FEATURES = {"kern": True, "liga": True}
_lock = threading.Lock()
log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Glyphs:
    """A shaped run: what ReportLab draws, and its advance at 1 point (multiply by the size)."""

    drawn: Any  # a reportlab ShapedStr: glyph codes in visual order, with their positions
    advance: float
    #: The drawn codes differ from the text (joined forms, conjuncts, reversed order): the PDF
    #: then also carries the text itself, so that search and copy give the words, not the glyphs.
    substituted: bool
    #: Glyphs the font lacks (drawn as an empty box): none for the scripts scdesk ships fonts for.
    missing: int = 0


def shape(text: str, font: str, *, rtl: bool, script: str, language: str | None) -> Glyphs:
    """Glyphs of text in a registered TrueType font, laid out left to right on the page (an RTL
    run comes back reversed into visual order by HarfBuzz, with mirrored brackets)."""
    return _shape(text, font, rtl, script, language)


@lru_cache(maxsize=65536)
def _shape(text: str, font: str, rtl: bool, script: str, language: str | None) -> Glyphs:
    with _lock:
        ttf = pdfmetrics.getFont(font)
        hb_font = _hb_font(font)
        buffer = hb.Buffer()
        buffer.add_str(text)
        buffer.direction = "rtl" if rtl else "ltr"
        buffer.script = script
        if language:
            buffer.language = language
        buffer.cluster_level = hb.BufferClusterLevel.MONOTONE_CHARACTERS
        buffer.guess_segment_properties()
        hb.shape(hb_font, buffer, _FEATURES)
        face = ttf.face
        # Looked up once, not per glyph: a cold report shapes every word it prints. _pdfScale
        # is what ttf.pdfScale calls (font units to thousandths of an em).
        char_of, widths, scale = face.glyphToChar.get, face.charWidths, face._pdfScale
        codes: list[str] = []
        data: list[ShapeData] = []
        total = 0.0
        missing = 0
        for info, position in zip(buffer.glyph_infos, buffer.glyph_positions, strict=True):
            gid = info.codepoint
            missing += gid == 0
            found = char_of(gid)
            if found:
                code = found[0]
            else:
                # Its code's width in the PDF is the glyph's own advance, not this occurrence's:
                # else it would be whichever word met the glyph first in the process, and text
                # extraction (which reads the widths) would find other word breaks.
                own = scale(hb_font.get_glyph_h_advance(gid))
                code = ttf.hbAddPrivate(hb_font.glyph_to_string(gid), gid, own)
            advance = scale(position.x_advance)
            total += advance
            codes.append(chr(code))
            data.append(
                ShapeData(
                    info.cluster,
                    advance,
                    scale(position.y_advance),
                    scale(position.x_offset),
                    scale(position.y_offset),
                    widths[code],
                )
            )
        drawn = "".join(codes)
        if missing:
            log.warning("%d characters have no glyph in %s", missing, font)
        return Glyphs(ShapedStr(drawn, shapeData=data), total / 1000, drawn != text, missing)


_hb_fonts: dict[str, Any] = {}


def _hb_font(font: str) -> Any:
    """One HarfBuzz font per registered font; ReportLab's hbFont() also readies the private code
    points for glyphs that no character maps to."""
    found = _hb_fonts.get(font)
    if found is None:
        found = _hb_fonts[font] = pdfmetrics.getFont(font).hbFont()
    return found
