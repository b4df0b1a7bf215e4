"""A report being written: its language and direction, its paper, its flowables, and the PDF.

Each report module fills a Report with titles, paragraphs, facts and tables, then calls pdf().
Every page gets a footer (the report's title, when it was printed, "Page 2 of 5"), pages after
the first a running head when the report has one, and draft minutes a watermark; an RTL report
mirrors its tables, head and footer. Headings stay with what follows them, a table never leaves
one row alone at the end or start of a page, and columns are wide enough for their longest word.
"""

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from functools import partial
from io import BytesIO
from typing import Any

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from scdesk import __version__
from scdesk.domain.languages import reads_right_to_left, script_of_language
from scdesk.i18n import translate
from scdesk.reports.direction import Direction, isolate
from scdesk.reports.flowables import TextBlock, draw_text, kept_with_next
from scdesk.reports.fonts import Weight, latin
from scdesk.reports.formats import long_date
from scdesk.reports.text import Align, TextStyle, lay_out

#: Binary streams as they are: ASCII85 would make every page and font subset a quarter larger
#: and slower to write, for PDF readers that have not needed it for decades.
rl_config.useA85 = 0

INK = "#1a1a1a"
ACCENT = "#1f3b57"
MUTED = "#5b6670"
RULE = colors.HexColor("#b8c4d0")
HEAD_FILL = colors.HexColor("#e6edf3")
ZEBRA = colors.HexColor("#f5f7f9")


class Paper(StrEnum):
    A4 = "a4"
    LETTER = "letter"


@dataclass(frozen=True, slots=True)
class PageSetup:
    paper: Paper = Paper.A4
    landscape: bool = False

    @property
    def size(self) -> tuple[float, float]:
        width, height = A4 if self.paper is Paper.A4 else LETTER
        return (height, width) if self.landscape else (width, height)


@dataclass(frozen=True, slots=True)
class Column:
    """A table column: its heading, its share of the table's width, its alignment."""

    title: str
    share: float = 1.0
    align: Align = Align.START


Cell = str | Any  # a string, or a ReportLab flowable
MARGIN = 16 * mm
#: What a subheading keeps below it for its table's heading and first rows.
ROOM = 30 * mm
#: The most rows a table has and still stands beside another (a row of two is kept on one page).
PAIRED_ROWS = 16
BOTTOM = 20 * mm


class Report:
    """The flowables of one report, in one language; pdf() lays them out on pages."""

    def __init__(self, language: str, setup: PageSetup, title: str, printed: date) -> None:
        self.language = language
        self.setup = setup
        self.title_text = title
        self.printed = printed
        self.direction = Direction.RTL if reads_right_to_left(language) else Direction.LTR
        self.width = setup.size[0] - 2 * MARGIN
        self.story: list[Flowable] = []
        #: What the top of every page after the first says (the meeting and its day).
        self.running_head: str | None = None

    # ------------------------------------------------------------------ styles
    def style(
        self,
        size: float = 10,
        weight: Weight = Weight.REGULAR,
        color: str = INK,
        align: Align = Align.START,
    ) -> TextStyle:
        rtl = self.direction is Direction.RTL
        return TextStyle(
            size,
            weight,
            color,
            align,
            self.language,
            naskh=not rtl,  # Urdu names in an English report: the lower Naskh
            line_script=script_of_language(self.language) if rtl else None,
        )

    def block(
        self,
        text: str,
        style: TextStyle,
        before: float = 0,
        after: float = 0,
        *,
        keep: bool = False,
        running: bool = False,
    ) -> TextBlock:
        """A paragraph in the direction of its first letter (an Urdu sentence in an English
        report reads right to left, a line of English in an Urdu report left to right, with its
        closing bracket where English puts it), or the report's when it has none (a number, a
        dash). Running text (headings, paragraphs) is set from the side its direction starts
        at; a table cell, or the report's title, on the report's side. With keep (headings and
        labels) it is never the last thing on a page."""
        block = TextBlock(
            text,
            replace(style, own_side=True) if running else style,
            None,
            side=self.direction,
            space_before=before,
            space_after=after,
        )
        block.keep_with_next = keep
        return block

    # ------------------------------------------------------------------ content
    def add(self, *flowables: Flowable) -> None:
        self.story.extend(flowables)

    def title(self, text: str, subtitle: str | None = None) -> None:
        """The report's title and subtitle, on the report's side whatever their script: the
        subtitle is often a meeting's title in another language than the report's."""
        self.add(self.block(text, self.style(17, Weight.BOLD, ACCENT), after=2))
        if subtitle:
            self.add(self.block(subtitle, self.style(11, color=MUTED), after=6))

    def heading(self, text: str, keep_with: Sequence[Flowable] = ()) -> None:
        """A section heading, kept with at least a few lines of what follows, or with all of
        keep_with (a row of tables) when that is given."""
        if keep_with:
            self.keep([self.heading_block(text), *keep_with])
            return
        self.add(CondPageBreak(40 * mm))
        self.add(self.heading_block(text, keep=True))

    def heading_block(self, text: str, *, keep: bool = False) -> TextBlock:
        """A section heading as a flowable, for placing elsewhere (at the top of a column); with
        keep, it goes to the next page with the first lines of what follows."""
        style = self.style(12.5, Weight.BOLD, ACCENT)
        return self.block(text, style, before=10, after=4, keep=keep, running=True)

    def subheading(self, text: str, *, room: float = 0) -> None:
        """A subheading; with room, it starts a new page unless that much of what follows
        (a table's first rows) fits below it."""
        if room:
            self.add(CondPageBreak(room))
        self.add(self.subheading_block(text, keep=True))

    def subheading_block(self, text: str, *, keep: bool = False) -> TextBlock:
        """A subheading as a flowable, for placing elsewhere (at the top of a column)."""
        style = self.style(10.5, Weight.BOLD)
        return self.block(text, style, before=6, after=2, keep=keep, running=True)

    def paragraph(self, text: str, *, after: float = 4, size: float = 10) -> None:
        self.add(self.block(text, self.style(size), after=after, running=True))

    def note(self, text: str, *, after: float = 4) -> None:
        self.add(self.block(text, self.style(8.5, color=MUTED), after=after, running=True))

    def space(self, height: float) -> None:
        self.add(Spacer(1, height))

    def facts(self, pairs: Sequence[tuple[str, str]], label_share: float = 0.28) -> None:
        """Label and value lines, such as Committee, Date, Venue."""
        label, value = self.style(9.5, Weight.BOLD, MUTED), self.style(10)
        rows = [[self.block(k, label), self.block(v, value)] for k, v in pairs]
        widths = [self.width * label_share, self.width * (1 - label_share)]
        table = Table(self._mirror(rows), colWidths=self._mirror([widths])[0], hAlign=self._side())
        table.setStyle(TableStyle([*_PADDING, ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        self.add(table, Spacer(1, 4))

    def table(
        self,
        columns: Sequence[Column],
        rows: Sequence[Sequence[Cell]],
        *,
        size: float = 9,
        zebra: bool = True,
        width: float | None = None,
    ) -> Table:
        """A table with a heading row repeated on every page; strings become text blocks in the
        column's alignment, flowables are placed as they are. Columns share the width as their
        shares say, but each is at least as wide as its longest word (its longest cell, when
        every cell is text and fits on one line that way); the heading and the first two rows,
        and the last two rows, are never parted by a page break."""
        table = self.grid(columns, rows, size=size, zebra=zebra, width=width)
        self.add(table, Spacer(1, 6))
        return table

    def grid(
        self,
        columns: Sequence[Column],
        rows: Sequence[Sequence[Cell]],
        *,
        size: float = 9,
        zebra: bool = True,
        width: float | None = None,
    ) -> Table:
        """The table that table() adds, for placing elsewhere (beside another one)."""
        head_style = self.style(size, Weight.BOLD)
        head = [self.block(c.title, _aligned(head_style, c.align)) for c in columns]
        body = [
            [
                self.block(cell, _aligned(self.style(size), column.align))
                if isinstance(cell, str)
                else cell
                for cell, column in zip(row, columns, strict=True)
            ]
            for row in rows
        ]
        measured = [[_widths(cell) for cell in row] for row in [head, *body]]
        needs = [max(row[i][0] for row in measured) + _CELL_SIDES for i in range(len(columns))]
        whole = [max(row[i][1] for row in measured) + _CELL_SIDES for i in range(len(columns))]
        total = width or self.width
        # every cell on one line when the table is wide enough for that: no heading wraps
        # beside a column with room to spare (a flowable's width is not known: tick boxes keep
        # their share)
        texts = all(isinstance(cell, TextBlock) for row in body for cell in row)
        least = whole if texts and sum(whole) <= total else needs
        widths = fitted_widths([c.share for c in columns], least, total)
        table = Table(
            self._mirror([head, *body]),
            colWidths=self._mirror([widths])[0],
            repeatRows=1,
            hAlign=self._side(),
        )
        commands: list[tuple[Any, ...]] = [
            *_PADDING,
            *_no_lone_rows(len(body)),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
            ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
            ("BOX", (0, 0), (-1, -1), 0.6, RULE),
        ]
        if zebra:
            commands.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]))
        table.setStyle(TableStyle(commands))
        return table

    def side_by_side(
        self, blocks: Sequence[Sequence[Flowable]], gap: float = 8 * mm
    ) -> list[Table]:
        """Blocks two to a row, each half the width, a table per row (kept on one page); the
        first of each pair stands on the report's starting side."""
        half = (self.width - gap) / 2
        pairs = [list(blocks[i : i + 2]) for i in range(0, len(blocks), 2)]
        tables = []
        for pair in pairs:
            cells = [list(b) for b in pair] + [[]] * (2 - len(pair))
            first, second = self._mirror([cells])[0]
            table = Table([[first, "", second]], colWidths=[half, gap, half], hAlign=self._side())
            table.setStyle(
                TableStyle(
                    [
                        CELL_FONT,
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                        ("TOPPADDING", (0, 0), (-1, -1), 0),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                    ]
                )
            )
            # the room below a row as space after it, which a page break takes away
            table.spaceAfter = 6
            tables.append(table)
        return tables

    def keep(self, flowables: Sequence[Flowable]) -> None:
        self.add(KeepTogether(list(flowables)))

    # ------------------------------------------------------------------ output
    def pdf(self, watermark: str | None = None) -> bytes:
        """The PDF: fonts embedded as subsets, A4 or Letter, a footer on every page."""
        out = BytesIO()
        width, height = self.setup.size
        document = BaseDocTemplate(
            out,
            pagesize=(width, height),
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=BOTTOM,
            title=self.title_text,
            author="scdesk",
            creator=f"scdesk {__version__}",
            lang=self.language,
            initialFontName=latin().name,
            initialFontSize=10,
            direction="R2L" if self.direction is Direction.RTL else None,
            pageCompression=1,
            invariant=1,
        )
        # no padding inside the margins: tables as wide as the report line up with its footer
        frame = Frame(MARGIN, BOTTOM, width - 2 * MARGIN, height - MARGIN - BOTTOM, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)  # fmt: skip
        on_page_end = partial(_watermark, self, watermark) if watermark else _nothing
        document.addPageTemplates([PageTemplate("page", [frame], onPageEnd=on_page_end)])
        story = kept_with_next(self.story)
        document.build(story, canvasmaker=partial(_PagedCanvas, report=self))
        return out.getvalue()

    # ------------------------------------------------------------------ mirroring
    def _mirror(self, rows: list[list[Any]]) -> list[list[Any]]:
        """Columns run from the right in an RTL report."""
        if self.direction is Direction.RTL:
            return [list(reversed(row)) for row in rows]
        return rows

    def _side(self) -> str:
        return "RIGHT" if self.direction is Direction.RTL else "LEFT"


#: Empty cells are drawn as strings in the cell's font: Noto Sans, so no Helvetica is referred to.
CELL_FONT = ("FONTNAME", (0, 0), (-1, -1), "NotoSans-Regular")
_PADDING = [
    CELL_FONT,
    ("LEFTPADDING", (0, 0), (-1, -1), 4),
    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ("TOPPADDING", (0, 0), (-1, -1), 2.5),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
]


#: A cell's left and right padding, and a point to spare.
_CELL_SIDES = 4 + 4 + 1


def _aligned(style: TextStyle, align: Align) -> TextStyle:
    return replace(style, align=align)


def _widths(cell: Cell) -> tuple[float, float]:
    """A cell's widest word and its width on one line (nothing known of a flowable's)."""
    return cell.widths() if isinstance(cell, TextBlock) else (0.0, 0.0)


def fitted_widths(shares: Sequence[float], needs: Sequence[float], total: float) -> list[float]:
    """Column widths in proportion to their shares, each at least what it needs (its longest
    word), the other columns sharing what is left; when even the needs do not fit, in
    proportion to the needs."""
    if sum(needs) >= total:
        return [total * need / sum(needs) for need in needs]
    fixed: dict[int, float] = {}
    while True:
        rest = [i for i in range(len(shares)) if i not in fixed]
        free, share = total - sum(fixed.values()), sum(shares[i] for i in rest)
        widths = {i: free * shares[i] / share for i in rest}
        short = {i: needs[i] for i in rest if widths[i] < needs[i]}
        if not short:
            return [fixed.get(i, widths.get(i, 0.0)) for i in range(len(shares))]
        fixed |= short


def _no_lone_rows(body: int) -> list[tuple[Any, ...]]:
    """A page break never leaves the heading with one row, nor one row alone on a new page."""
    if body < 1:
        return []
    if body < 4:
        return [("NOSPLIT", (0, 0), (-1, -1))]
    return [("NOSPLIT", (0, 0), (-1, 2)), ("NOSPLIT", (0, -2), (-1, -1))]


def _nothing(canvas: Canvas, document: BaseDocTemplate) -> None:
    del canvas, document


def _watermark(report: Report, text: str, canvas: Canvas, document: BaseDocTemplate) -> None:
    """A large pale word across the page, over the content (which shows through it)."""
    del document
    width, height = report.setup.size
    style = report.style(96, Weight.BOLD, "#c0392b26", Align.CENTER)
    layout = lay_out(text, style, height, report.direction)  # one line, centred on the page
    canvas.saveState()
    canvas.translate(width / 2, height / 2)
    canvas.rotate(35)
    draw_text(canvas, layout, -height / 2, layout.height / 2)
    canvas.restoreState()


class _PagedCanvas(Canvas):  # type: ignore[misc]  # ReportLab is untyped
    """Holds the pages until the end, so each footer can say "Page 2 of 5"."""

    def __init__(self, *args: Any, report: Report, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._report = report
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            _footer(self, self._report, number, total)
            if number > 1 and self._report.running_head:
                _running_head(self, self._report, self._report.running_head)
            Canvas.showPage(self)
        Canvas.save(self)


def _footer(canvas: Canvas, report: Report, number: int, total: int) -> None:
    """The report's title and the day it was printed at the start of the line (the left in
    English, the right in Urdu), the page number at its end."""
    width = report.setup.size[0]
    #: Translators: {page} is this page's number, {pages} how many the report has.
    pages = translate("Reports", "Page {page} of {pages}").format(page=number, pages=total)
    #: Translators: {date} is the day the report was printed, in words.
    printed = translate("Reports", "Printed from scdesk on {date}").format(
        date=long_date(report.printed)
    )
    y = BOTTOM - 4.5 * mm
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.4)
    canvas.line(MARGIN, y + 1 * mm, width - MARGIN, y + 1 * mm)
    style = report.style(7.5, color=MUTED)
    start = lay_out(
        f"{isolate(report.title_text)} · {printed}", style, report.width * 0.8, report.direction
    )
    start = replace(start, lines=start.lines[:1])
    end = lay_out(pages, replace(style, align=Align.END), report.width, report.direction)
    left = MARGIN + (report.width * 0.2 if report.direction is Direction.RTL else 0)
    draw_text(canvas, start, left, y)
    draw_text(canvas, end, MARGIN, y)
    canvas.restoreState()


def _running_head(canvas: Canvas, report: Report, text: str) -> None:
    """One line at the top of the page, from its start (the left in English, the right in
    Urdu), over a thin rule: which meeting these pages are the minutes of."""
    width, height = report.setup.size
    style = report.style(8, color=MUTED)
    head = lay_out(text, style, report.width, report.direction)
    head = replace(head, lines=head.lines[:1])
    rule = height - MARGIN + 2 * mm
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.4)
    canvas.line(MARGIN, rule, width - MARGIN, rule)
    draw_text(canvas, head, MARGIN, rule + 1 * mm + head.height)
    canvas.restoreState()
