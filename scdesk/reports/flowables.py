"""Flowables that set text through scdesk's own layout (text.py), and the drawing of it.

Every piece of text in a report, table cells and page footers included, goes through draw_text,
so each script gets its font and shaping and Urdu reads from the right wherever it appears.
"""

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Flowable
from reportlab.platypus.doctemplate import ActionFlowable, NullActionFlowable

from scdesk.reports.direction import Direction, base_direction
from scdesk.reports.text import Line, Piece, TextLayout, TextStyle, lay_out, pieces


def draw_text(canvas: Canvas, layout: TextLayout, x: float, top: float) -> None:
    """Draw a laid-out text with its first line's top at (x, top), x being its left edge."""
    color = layout.style.color
    canvas.setFillColor(HexColor(color, hasAlpha=len(color) == 9))  # "#rrggbbaa" is see-through
    for number, line in enumerate(layout.lines):
        baseline = top - number * layout.line_height - layout.baseline
        draw_line(canvas, line, x + layout.left_of(line), baseline)


def draw_line(canvas: Canvas, line: Line, x: float, baseline: float) -> None:
    """Draw a line from the left, one string per stretch in one font (its spaces included, at
    the width the layout gave them). Where the glyphs differ from the characters (joined
    Arabic, conjuncts, right-to-left order) the text is attached as ActualText, so that a PDF
    reader's search and copy give the words as written."""
    for run in _runs(line):
        if run.actual is not None:
            hexed = run.actual.encode("utf-16-be").hex()
            canvas.addLiteral(f"/Span <</ActualText <FEFF{hexed}>>> BDC")
        canvas.setFont(run.font, run.size)
        # A word with its own text opens with a zero-width space on the baseline: extractors
        # place the word by its first glyph, and Nastaliq's last letter can sit above the line.
        drawn = run.drawn if run.actual is None else _space(run.font, 0) + run.drawn
        canvas.drawString(x + run.x, baseline, drawn)
        if run.actual is not None:
            canvas.addLiteral("EMC")


@dataclass(slots=True)
class _Run:
    font: str
    size: float
    x: float
    drawn: Any  # a ReportLab ShapedStr
    text: list[str]
    substituted: bool

    @property
    def actual(self) -> str | None:
        return "".join(self.text) if self.substituted else None


def _runs(line: Line) -> list[_Run]:
    """The line's pieces joined into stretches of one font; a space joins the stretch before it
    as that font's space glyph moved to the layout's width for it. A piece whose glyphs differ
    from its characters (an Urdu word, a conjunct) is a stretch of its own, spaces outside it,
    so that a reader finds each such word where it stands."""
    runs: list[_Run] = []
    x = 0.0
    for piece in line.pieces:
        glyphs = piece.glyphs
        current = runs[-1] if runs else None
        if glyphs is None:
            if current is None:
                pass
            elif current.substituted:
                space = _space(current.font, piece.width / current.size)
                runs.append(_Run(current.font, current.size, x, space, [piece.text], False))
            else:
                current.drawn = current.drawn + _space(current.font, piece.width / current.size)
                current.text.append(" " * len(piece.text))
        elif (
            current is not None
            and (current.font, current.size) == (piece.font, piece.size)
            and not current.substituted
            and not glyphs.substituted
        ):
            current.drawn = current.drawn + glyphs.drawn
            current.text.append(_visual(piece))
        else:
            runs.append(
                _Run(piece.font, piece.size, x, glyphs.drawn, [_visual(piece)], glyphs.substituted)
            )
        x += piece.width
    return runs


def _visual(piece: Piece) -> str:
    """The piece's characters in the order its glyphs stand on the page: text extractors
    (poppler's pdftotext among them) place ActualText where the glyphs are and put right-to-left
    stretches back into reading order themselves."""
    return piece.text[::-1] if piece.level % 2 else piece.text


def _space(font: str, width: float) -> Any:
    """The font's space glyph, advancing width (in ems)."""
    ttf = pdfmetrics.getFont(font)
    advance = width * 1000
    data = [ShapeData(0, advance, 0, 0, 0, ttf.face.charWidths.get(32, advance))]
    return ShapedStr(" ", shapeData=data)


def longest_word(text: str, style: TextStyle) -> float:
    """The width of text's widest word in style: anything narrower cuts it mid-word."""
    return text_widths(text, style)[0]


def text_widths(text: str, style: TextStyle) -> tuple[float, float]:
    """The widths of text's widest word and of its widest paragraph set on one line: anything
    narrower than the first cuts a word, than the second wraps."""
    widest, longest = 0.0, 0.0
    for paragraph in text.split("\n"):
        word, line = 0.0, 0.0
        for piece in pieces(paragraph, style, base_direction(paragraph)):
            word = 0.0 if piece.is_space else word + piece.width
            line += piece.width
            widest = max(widest, word)
        longest = max(longest, line)
    return widest, longest


class TextBlock(Flowable):  # type: ignore[misc]  # ReportLab is untyped
    """A paragraph set by text.lay_out: any script, any direction, wrapped to the frame or the
    table cell it is placed in."""

    def __init__(
        self,
        text: str,
        style: TextStyle,
        direction: Direction | None = None,
        *,
        side: Direction | None = None,
        space_before: float = 0.0,
        space_after: float = 0.0,
    ) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self.direction = direction
        self.side = side
        self.spaceBefore = space_before
        self.spaceAfter = space_after
        #: A heading or label: never the last thing on a page (see KeepWithNext).
        self.keep_with_next = False
        self._layouts: dict[float, TextLayout] = {}
        self._layout: TextLayout | None = None

    def layout_for(self, width: float) -> TextLayout:
        key = round(width, 2)
        found = self._layouts.get(key)
        if found is None:
            found = lay_out(self.text, self.style, width, self.direction, self.side)
            self._layouts[key] = found
        return found

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self._layout = self.layout_for(availWidth)
        self.width, self.height = availWidth, self._layout.height
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        layout = self.layout_for(availWidth)
        fit = int(availHeight // layout.line_height)
        if fit < 1 or fit >= len(layout.lines):
            return []
        head = _Lines(layout, layout.lines[:fit], self.spaceBefore, 0.0)
        tail = _Lines(layout, layout.lines[fit:], 0.0, self.spaceAfter)
        return [head, tail]

    def draw(self) -> None:
        if self._layout is not None:
            draw_text(self.canv, self._layout, 0, self.height)

    def minWidth(self) -> float:  # noqa: N802 - ReportLab's name
        return self.layout_for(1e6).natural_width

    def widths(self) -> tuple[float, float]:
        """The widths of the widest word and of the widest paragraph on one line."""
        return text_widths(self.text, self.style)


class _Lines(Flowable):  # type: ignore[misc]
    """Some lines of a TextBlock split across a page break."""

    def __init__(
        self, layout: TextLayout, lines: Sequence[Line], before: float, after: float
    ) -> None:
        super().__init__()
        self.layout = layout
        self.lines = tuple(lines)
        self.spaceBefore, self.spaceAfter = before, after

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width, self.height = self.layout.width, len(self.lines) * self.layout.line_height
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        fit = int(availHeight // self.layout.line_height)
        if fit < 1 or fit >= len(self.lines):
            return []
        return [
            _Lines(self.layout, self.lines[:fit], self.spaceBefore, 0.0),
            _Lines(self.layout, self.lines[fit:], 0.0, self.spaceAfter),
        ]

    def draw(self) -> None:
        draw_text(self.canv, replace(self.layout, lines=self.lines), 0, self.height)


class KeepWithNext(Flowable):  # type: ignore[misc]
    """A heading or label and what follows it: they go to the next page together unless the
    heading and the first part of what follows (some lines, a table's first rows) fit here."""

    def __init__(self, first: Flowable, following: Flowable) -> None:
        super().__init__()
        self.first, self.following = first, following
        self.spaceBefore = first.getSpaceBefore()
        self.spaceAfter = following.getSpaceAfter()
        self.hAlign = "LEFT"
        self._gap = first.getSpaceAfter() + following.getSpaceBefore()
        self._sizes: tuple[float, float, float] = (0.0, 0.0, 0.0)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        first_width, first_height = self.first.wrapOn(self.canv, availWidth, availHeight)
        rest = availHeight - first_height - self._gap
        next_width, next_height = self.following.wrapOn(self.canv, availWidth, rest)
        self._sizes = (first_width, first_height, next_width)
        self.width, self.height = availWidth, first_height + self._gap + next_height
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        first_height = self.first.wrapOn(self.canv, availWidth, availHeight)[1]
        rest = availHeight - first_height - self._gap
        # A KeepTogether that follows asks its frame whether it stands at the top of a page.
        self.following._frame = getattr(self, "_frame", None)
        parts = self.following.splitOn(self.canv, availWidth, rest) if rest > 0 else []
        while parts and isinstance(parts[0], NullActionFlowable):
            parts = parts[1:]
        if not parts or isinstance(parts[0], ActionFlowable):
            return []  # nothing of what follows fits here: both go to the next page
        return [self.first, *parts]

    def draw(self) -> None:
        first_width, first_height, next_width = self._sizes
        self.first.drawOn(self.canv, 0, self.height - first_height, _sW=self.width - first_width)
        self.following.drawOn(self.canv, 0, 0, _sW=self.width - next_width)


def kept_with_next(story: Sequence[Flowable]) -> list[Flowable]:
    """The story with every heading or label joined to what follows it (a page break that
    only kept room below the heading is no longer needed and is dropped)."""
    out: list[Flowable] = []
    for flowable in reversed(story):
        if getattr(flowable, "keep_with_next", False):
            while len(out) > 1 and isinstance(out[-1], CondPageBreak):
                out.pop()
            if out and not isinstance(out[-1], ActionFlowable):
                flowable = KeepWithNext(flowable, out.pop())
        out.append(flowable)
    return out[::-1]


class TickBoxes(Flowable):  # type: ignore[misc]
    """Empty boxes to tick on paper, each with its label, in rows of at most `across` (fewer when
    a label's longest word would not fit beside its box); they run from the right in an RTL
    report, and a row is as tall as its longest label needs."""

    def __init__(
        self, labels: Sequence[str], style: TextStyle, direction: Direction, across: int
    ) -> None:
        super().__init__()
        self.labels = list(labels)
        self.style = style
        self.direction = direction
        self.most = max(1, across)
        self.across = self.most
        self._box = style.size * 0.95
        self._widest = max((longest_word(t, style) for t in self.labels), default=0.0)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.across = self.most
        while self.across > 1 and availWidth / self.across - self._box - 3 < self._widest:
            self.across -= 1
        self._cell = availWidth / self.across
        room = max(self._cell - self._box - 3, 1)
        self._layouts = [lay_out(t, self.style, room, self.direction) for t in self.labels]
        self._rows = [
            max(max(lay.height for lay in self._layouts[i : i + self.across]), self._box) + 3
            for i in range(0, len(self._layouts), self.across)
        ]
        self.width, self.height = availWidth, sum(self._rows)
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        box = self._box
        rtl = self.direction is Direction.RTL
        top = self.height
        for row, height in enumerate(self._rows):
            for column, label in enumerate(
                self._layouts[row * self.across : (row + 1) * self.across]
            ):
                left = (self.across - 1 - column if rtl else column) * self._cell
                canvas.setStrokeColor(HexColor("#4a5560"))
                canvas.setLineWidth(0.6)
                first = top - 1.5 - label.line_height / 2  # the middle of the label's first line
                canvas.rect(left + self._cell - box if rtl else left, first - box / 2, box, box)
                draw_text(canvas, label, left if rtl else left + box + 3, top - 1.5)
            top -= height


class Headlines(Flowable):  # type: ignore[misc]
    """Key figures in a row, each a large number over its name, as an impact sheet shows them;
    the row runs from the right in an RTL report."""

    def __init__(
        self,
        items: Sequence[tuple[str, str]],
        number: TextStyle,
        name: TextStyle,
        direction: Direction,
        rule: str,
    ) -> None:
        super().__init__()
        self.items = list(items)
        self.number = number
        self.name = name
        self.direction = direction
        self.rule = rule
        self.spaceBefore, self.spaceAfter = 4, 10

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self._cell = availWidth / max(1, len(self.items))
        room = self._cell - 10
        self._numbers = [lay_out(n, self.number, room, self.direction) for n, _ in self.items]
        self._names = [lay_out(t, self.name, room, self.direction) for _, t in self.items]
        self._number_height = max((lay.height for lay in self._numbers), default=0.0)
        names = max((lay.height for lay in self._names), default=0.0)
        self.width, self.height = availWidth, 6 + self._number_height + 3 + names
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        rtl = self.direction is Direction.RTL
        last = len(self.items) - 1
        for index, (number, name) in enumerate(zip(self._numbers, self._names, strict=True)):
            left = (last - index if rtl else index) * self._cell + 5
            canvas.setStrokeColor(HexColor(self.rule))
            canvas.setLineWidth(2)
            canvas.line(left, self.height - 1, left + self._cell - 10, self.height - 1)
            draw_text(canvas, number, left, self.height - 6)
            draw_text(canvas, name, left, self.height - 6 - self._number_height - 3)
