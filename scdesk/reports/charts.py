"""Horizontal bar charts drawn with the reports' own text setting, so that category names in any
script are shaped, and an RTL report's bars grow from the right.

ReportLab's charts draw their labels with plain strings, which breaks Indic conjuncts and Urdu;
a bar chart is simple enough to draw here. A suppressed count (None) gets no bar, only its mark
("<5", or "hidden" for a count hidden to protect a smaller one), so no bar implies a size that is
not shown.
"""

from collections.abc import Sequence
from dataclasses import dataclass, replace

from reportlab.lib.colors import HexColor
from reportlab.platypus import Flowable

from scdesk.reports.direction import Direction
from scdesk.reports.flowables import draw_text
from scdesk.reports.formats import count
from scdesk.reports.text import Align, TextLayout, TextStyle, lay_out

PALETTE = ("#2e6f9e", "#e08a3c", "#5e9c4a", "#8e5ea2", "#c0504d", "#7f8c8d", "#3aa6a0")


@dataclass(frozen=True, slots=True)
class Series:
    name: str
    color: str


class BarChart(Flowable):  # type: ignore[misc]  # ReportLab is untyped
    """One bar per category; with several series, the bar is stacked in the series' colours
    and a legend names them."""

    def __init__(
        self,
        categories: Sequence[str],
        values: Sequence[Sequence[int | None]],
        series: Sequence[Series],
        style: TextStyle,
        direction: Direction,
        marks: Sequence[str | None] = (),
    ) -> None:
        """marks: what to print beside each category instead of its count (None: the count)."""
        super().__init__()
        self.categories = list(categories)
        self.marks = list(marks) or [None] * len(self.categories)
        self.values = [list(v) for v in values]
        self.series = list(series)
        self.style = style
        self.direction = direction
        self.spaceBefore, self.spaceAfter = 2, 8

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        self._label_width = availWidth * 0.3
        self._labels = [
            lay_out(c, replace(self.style, align=Align.END), self._label_width - 6, self.direction)
            for c in self.categories
        ]
        self._numbers = [
            self._number(row, mark) for row, mark in zip(self.values, self.marks, strict=True)
        ]
        self._rows = [
            max(label.height, number.height, self.style.size * 1.6)
            for label, number in zip(self._labels, self._numbers, strict=True)
        ]
        self._legend = self._legend_layouts() if len(self.series) > 1 else []
        legend = max((lay.height for lay in self._legend), default=0.0)
        self._legend_height = legend + 4 if legend else 0.0
        self.height = sum(self._rows) + self._legend_height
        return self.width, self.height

    def _number(self, values: Sequence[int | None], mark: str | None) -> TextLayout:
        """What stands at the end of a bar, on one line: its mark, else its count ("<5" when
        nothing of it is known). In its own direction: "<5" set right to left is mirrored."""
        total = sum(v or 0 for v in values)
        shown = count(None) if any(v is None for v in values) and not total else count(total)
        style = replace(self.style, align=Align.START)
        number = lay_out(mark or shown, style, self.width / 3, None, self.direction)
        return replace(number, width=number.natural_width)

    def _legend_layouts(self) -> list[TextLayout]:
        return [lay_out(s.name, self.style, self.width, self.direction) for s in self.series]

    def draw(self) -> None:
        canvas = self.canv
        rtl = self.direction is Direction.RTL
        top = self.height
        if self._legend:
            self._draw_legend(top)
            top -= self._legend_height
        totals = [sum(v or 0 for v in row) for row in self.values]
        biggest = max(totals, default=0) or 1
        room = max((n.width for n in self._numbers), default=0.0) + 6
        bar_space = self.width - self._label_width - room
        for label, row, values, number in zip(
            self._labels, self._rows, self.values, self._numbers, strict=True
        ):
            label_left = self.width - self._label_width + 6 if rtl else 0
            draw_text(canvas, label, label_left, top - (row - label.height) / 2)
            bar_height = min(row * 0.62, self.style.size * 1.2)
            y = top - (row + bar_height) / 2
            x = self._label_width
            for value, series in zip(values, self.series, strict=True):
                if not value:
                    continue
                length = bar_space * value / biggest
                canvas.setFillColor(HexColor(series.color))
                canvas.rect(self.width - x - length if rtl else x, y, length, bar_height, 0, 1)
                x += length
            number_left = self.width - x - number.width - 3 if rtl else x + 3
            draw_text(canvas, number, number_left, top - (row - number.height) / 2)
            top -= row

    def _draw_legend(self, top: float) -> None:
        canvas = self.canv
        rtl = self.direction is Direction.RTL
        x = 0.0
        box = self.style.size * 0.8
        for series, layout in zip(self.series, self._legend, strict=True):
            width = layout.natural_width
            canvas.setFillColor(HexColor(series.color))
            left = self.width - x - box if rtl else x
            canvas.rect(left, top - (layout.line_height + box) / 2, box, box, 0, 1)
            text_left = self.width - x - box - 3 - width if rtl else x + box + 3
            draw_text(canvas, replace(layout, width=width), text_left, top)
            x += box + width + 14
