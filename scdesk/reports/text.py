"""Setting a paragraph in any of scdesk's scripts: pieces, line breaks, visual order.

A paragraph is cut into pieces, each of one bidi level and one font (its script's, or for a
character that font lacks the first shipped font that has it), with the spaces as pieces of their
own; isolates and embeddings steer the levels and are not set. Each piece is shaped by
HarfBuzz. Lines are broken at spaces in logical (reading) order, so a wrapped Urdu line holds the
words that come next when reading; then each line's pieces are put in visual order by rule L2
and set from the left (LTR) or from the right (RTL). A word wider than the whole line is cut
between characters, never inside a cluster (a conjunct, a letter and its marks).
"""

import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache

from scdesk.domain.languages import Script, script_of_language
from scdesk.reports.direction import (
    CONTROLS,
    Direction,
    embedding_levels,
    first_strong,
    visual_order,
)
from scdesk.reports.fonts import Face, Weight, code_points, face, fallback, latin
from scdesk.reports.scripts import script_of, script_runs
from scdesk.reports.shaping import Glyphs, shape


class Align(StrEnum):
    """Alignment relative to the paragraph's direction: START is the left of English and the
    right of Urdu."""

    START = "start"
    END = "end"
    CENTER = "center"


@dataclass(frozen=True, slots=True)
class TextStyle:
    size: float = 10.0
    weight: Weight = Weight.REGULAR
    color: str = "#1a1a1a"
    align: Align = Align.START
    #: The report's language: it chooses language-specific glyph forms.
    language: str = "en"
    #: Urdu in Naskh instead of Nastaliq (lower lines, for dense tables).
    naskh: bool = False
    #: Line height as a multiple of the size; None takes the tallest script's own.
    leading: float | None = None
    #: Set every line at least as tall as this script's, with its baseline: in an Urdu report
    #: an English name then sits on the same baseline as the Urdu beside it.
    line_script: Script | None = None
    #: Set each paragraph from the side its own direction starts at (running text: a wrapped
    #: Urdu paragraph in an English report is set from the right); otherwise on the layout's
    #: side, as a table cell keeps its column's.
    own_side: bool = False


@dataclass(frozen=True, slots=True)
class Piece:
    """Characters start:end of a paragraph in one font at one bidi level: a space, or glyphs."""

    start: int
    end: int
    text: str
    font: str
    size: float
    level: int
    width: float
    glyphs: Glyphs | None  # None for spaces

    @property
    def is_space(self) -> bool:
        return self.glyphs is None


@dataclass(frozen=True, slots=True)
class Line:
    """One set line: its pieces from left to right, and their width."""

    pieces: tuple[Piece, ...]
    width: float
    #: The base direction of the paragraph the line belongs to.
    direction: Direction = Direction.LTR

    @property
    def logical_text(self) -> str:
        """The line's text in reading order (for tests and text checks)."""
        ordered = sorted(self.pieces, key=lambda p: p.start)
        return "".join(p.text for p in ordered)

    @property
    def visual_words(self) -> list[str]:
        """The line's words (pieces that are not spaces) as they stand from left to right."""
        return [p.text for p in self.pieces if not p.is_space]


@dataclass(frozen=True, slots=True)
class TextLayout:
    lines: tuple[Line, ...]
    direction: Direction
    #: The direction alignment follows: the report's, which may differ from the paragraph's
    #: own (an Urdu sentence in an English report is set right to left but starts at the left).
    side: Direction
    align: Align
    width: float
    line_height: float
    #: From the top of a line down to its baseline.
    baseline: float
    style: TextStyle = field(compare=False)

    @property
    def height(self) -> float:
        return len(self.lines) * self.line_height

    @property
    def natural_width(self) -> float:
        return max((line.width for line in self.lines), default=0.0)

    def left_of(self, line: Line) -> float:
        """Where a line starts, from the left edge of the width it was set in."""
        side = self.align
        if side is Align.CENTER:
            return (self.width - line.width) / 2
        reference = line.direction if self.style.own_side else self.side
        right = (side is Align.END) != (reference is Direction.RTL)
        return self.width - line.width if right else 0.0


def lay_out(
    text: str,
    style: TextStyle,
    width: float,
    direction: Direction | None = None,
    side: Direction | None = None,
) -> TextLayout:
    """Set text in lines no wider than width (points); a newline starts a new paragraph.

    direction is the base direction of every paragraph, where a field says what it is; None
    takes each paragraph's from its first strong letter outside isolates (rule P2), so an Urdu
    sentence with an English name reads from the right in any report, and a paragraph without
    letters (a number, a dash) takes side's, the report's (rule HL1). side is the
    direction alignment follows (the report's), by default the first paragraph's. Layouts are
    immutable and kept: a report's tables repeat the same words, numbers and headings many
    times.
    """
    return _lay_out(text, style, round(width, 2), direction, side)


@lru_cache(maxsize=8192)
def _lay_out(
    text: str, style: TextStyle, width: float, direction: Direction | None, side: Direction | None
) -> TextLayout:
    lines: list[Line] = []
    faces: list[Face] = []
    paragraphs = text.split("\n")
    directions = [_direction(p, direction, side) for p in paragraphs]
    base = directions[0]
    for paragraph, own in zip(paragraphs, directions, strict=True):
        cut = pieces(paragraph, style, own, faces)
        lines += [set_line(part, own) for part in break_lines(paragraph, cut, width, style, own)]
    if style.line_script is not None:
        faces.append(face(style.line_script, style.weight, naskh=style.naskh))
    # Of faces as tall, the one whose baseline sits lowest: ties broken the same way in every
    # process, not in the order a set gives them.
    tallest = max(faces or [latin()], key=lambda f: (f.line_height, f.above, f.name))
    height = (style.leading or tallest.line_height) * style.size
    return TextLayout(
        tuple(lines),
        base,
        base if side is None else side,
        style.align,
        width,
        height,
        height * tallest.above,
        style,
    )


def _direction(paragraph: str, given: Direction | None, side: Direction | None) -> Direction:
    if given is not None:
        return given
    found = first_strong(paragraph)
    if found is not None:
        return found
    return Direction.LTR if side is None else side


def pieces(
    text: str, style: TextStyle, direction: Direction, faces: list[Face] | None = None
) -> list[Piece]:
    """A paragraph's pieces in logical order; the faces used are added to faces."""
    cut = _cut(text, style, direction)
    if faces is not None:
        faces.extend(cut.faces)
    return list(cut.pieces)


@dataclass(frozen=True, slots=True)
class _Cut:
    pieces: tuple[Piece, ...]
    faces: frozenset[Face]


@lru_cache(maxsize=8192)
def _cut(text: str, style: TextStyle, direction: Direction) -> _Cut:
    """A paragraph's pieces, kept: a table measures each cell's words (flowables.text_widths)
    before it sets the cell in lines, and a cell is set again at each width it is offered."""
    chars = _char_faces(text, style)
    levels = embedding_levels(text, direction)
    return _Cut(
        tuple(_pieces(text, style, chars, levels, 0, len(text))), frozenset(f for f, _ in chars)
    )


def break_lines(
    text: str, cut: Sequence[Piece], width: float, style: TextStyle, direction: Direction
) -> list[list[Piece]]:
    """Greedy lines in logical order: as many whole words as fit; a word wider than the line is
    cut between clusters. Spaces at the ends of lines are dropped."""
    lines: list[list[Piece]] = []
    line: list[Piece] = []
    used = 0.0
    for spaces, word in _words(cut):
        word_width = sum(p.width for p in word)
        gap_width = sum(p.width for p in spaces) if line else 0.0
        if line and used + gap_width + word_width > width + _SLACK:
            lines.append(line)
            line, used, gap_width = [], 0.0, 0.0
        if not line and word_width > width + _SLACK:
            *full, line = _cut_word(text, word, width, style, direction)
            lines += full
            used = sum(p.width for p in line)
            continue
        line += (spaces if line else []) + word
        used += gap_width + word_width
    if line or not lines:
        lines.append(line)
    return lines


def set_line(logical: Sequence[Piece], direction: Direction = Direction.LTR) -> Line:
    """A line's pieces in visual order (rule L2 on the pieces' levels), of a paragraph in
    direction."""
    kept = list(logical)
    while kept and kept[-1].is_space:
        kept.pop()
    while kept and kept[0].is_space:
        kept.pop(0)
    order = visual_order([p.level for p in kept])
    visual = tuple(kept[i] for i in order)
    return Line(visual, sum(p.width for p in visual), direction)


# ---------------------------------------------------------------------- internals
#: Points a line may run over its width: rounding, not a visible overflow.
_SLACK = 0.01


def _char_faces(text: str, style: TextStyle) -> list[tuple[Face, Script]]:
    """The face and script of every character: its run's script, or where that script's font
    has no glyph for it, the first shipped font that has (the report language's first: the
    danda after an English word in Bengali minutes is Noto Sans Bengali's)."""
    found: list[tuple[Face, Script]] = []
    plain = latin(style.weight)
    language = script_of_language(style.language)
    first = () if language is None else (language,)
    for run in script_runs(text):
        own = face(run.script, style.weight, naskh=style.naskh)
        drawn, mine = code_points(own.name), (own, run.script)
        if run.script is Script.LATIN and drawn.issuperset(map(ord, text[run.start : run.end])):
            # Noto Sans draws every character, and is the face of the spaces too
            found.extend([mine] * (run.end - run.start))
            continue
        for index in range(run.start, run.end):
            char = text[index]
            if char == " ":
                found.append(_space_face(text, index, run.script, own, plain))
            elif ord(char) in drawn or _invisible(char):
                found.append(mine)
            else:
                other = fallback(char, first, style.weight, naskh=style.naskh)
                found.append(mine if other is None else _face_of(other, style))
    return found


def _face_of(script: Script, style: TextStyle) -> tuple[Face, Script]:
    return face(script, style.weight, naskh=style.naskh), script


def _space_face(
    text: str, index: int, script: Script, own: Face, fallback: Face
) -> tuple[Face, Script]:
    """Spaces are Noto Sans's quarter em, but between two Urdu words Nastaliq's own narrower
    space, which its word shapes are designed around (Noto Sans Sinhala's half-em space is
    set as Noto Sans's too)."""
    if script is Script.ARABIC:
        before, after = index - 1, index + 1
        while before >= 0 and text[before] == " ":
            before -= 1
        while after < len(text) and text[after] == " ":
            after += 1
        inside = before >= 0 and after < len(text)
        if inside and script_of(text[before]) is script_of(text[after]) is Script.ARABIC:
            return own, script
    return fallback, Script.LATIN


def _invisible(char: str) -> bool:
    return unicodedata.category(char) in ("Cf", "Mn", "Me")


def _pieces(
    text: str,
    style: TextStyle,
    chars: Sequence[tuple[Face, Script]],
    levels: Sequence[int],
    start: int,
    end: int,
) -> list[Piece]:
    found: list[Piece] = []
    # a piece is a stretch of characters of one face and one level, spaces apart
    keys = [
        (f, level, c == " ")
        for (f, _), level, c in zip(
            chars[start:end], levels[start:end], text[start:end], strict=True
        )
    ]
    language = script_of_language(style.language)
    index = start
    while index < end:
        if text[index] in CONTROLS:  # isolates and embeddings steer the levels, and are not set
            index += 1
            continue
        key = keys[index - start]
        stop = index + 1
        while stop < end and keys[stop - start] == key and text[stop] not in CONTROLS:
            stop += 1
        found.append(_piece(text, style, chars[index], levels[index], index, stop, language))
        index = stop
    return found


def _piece(
    text: str,
    style: TextStyle,
    char: tuple[Face, Script],
    level: int,
    start: int,
    end: int,
    language: Script | None,
) -> Piece:
    """text[start:end] shaped in char's face; language is the script of the style's language,
    whose own glyph forms a piece in that script takes."""
    own, script = char
    part = text[start:end]
    rtl = level % 2 == 1
    glyphs = shape(part if part[0] != " " else " ", own.name, rtl=rtl, script=script.tag,
                   language=style.language if language is script else None)  # fmt: skip
    if part[0] == " ":
        return Piece(start, end, part, own.name, style.size, level,
                     glyphs.advance * style.size * len(part), None)  # fmt: skip
    return Piece(start, end, part, own.name, style.size, level, glyphs.advance * style.size, glyphs)


def _words(cut: Sequence[Piece]) -> Iterator[tuple[list[Piece], list[Piece]]]:
    """(the spaces before a word, the word's pieces) in reading order."""
    spaces: list[Piece] = []
    word: list[Piece] = []
    for piece in cut:
        if piece.is_space:
            if word:
                yield spaces, word
                spaces, word = [], []
            spaces.append(piece)
        else:
            word.append(piece)
    if word:
        yield spaces, word


def _cut_word(
    text: str, word: Sequence[Piece], width: float, style: TextStyle, direction: Direction
) -> list[list[Piece]]:
    """A word wider than the line, in lines of as many clusters as fit (at least one each)."""
    start, end = word[0].start, word[-1].end
    chars = _char_faces(text, style)
    levels = embedding_levels(text, direction)
    parts: list[list[Piece]] = []
    while start < end:
        best = _next_boundary(text, start, end)  # one cluster, even when it does not fit
        stop = best + 1
        while stop <= end:
            if stop == end or _cluster_boundary(text, stop):
                trial = _pieces(text, style, chars, levels, start, stop)
                if sum(p.width for p in trial) > width + _SLACK:
                    break
                best = stop
            stop += 1
        parts.append(_pieces(text, style, chars, levels, start, best))
        start = best
    return parts


def _cluster_boundary(text: str, index: int) -> bool:
    """Whether a line may be cut before text[index]: not before a mark or a joiner, and not
    after a virama or a joiner (which bind the letters around them into one conjunct)."""
    after, before = text[index], text[index - 1]
    if unicodedata.category(after) in ("Mn", "Mc", "Me") or after in "\u200c\u200d":
        return False
    return before not in "\u200c\u200d" and unicodedata.combining(before) != 9


def _next_boundary(text: str, start: int, end: int) -> int:
    stop = start + 1
    while stop < end and not _cluster_boundary(text, stop):
        stop += 1
    return stop
