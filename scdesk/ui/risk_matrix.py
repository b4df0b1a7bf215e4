"""A small likelihood by impact matrix of a risk profile's threats and risk factors: how many
sit in each cell, the cells shaded from low to high."""

from collections.abc import Iterable

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from scdesk.domain.labels import label
from scdesk.domain.plans import Level, RiskFactorInput, risk_matrix

_LEVELS = (Level.LOW, Level.MEDIUM, Level.HIGH)
#: Shades by the sum of the two levels' ranks (0 to 4), from green to red.
_SHADES = ("#d8efd3", "#eef3c6", "#fde7b0", "#f9c59a", "#f2a08f")
_CELL = 44


class RiskMatrix(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cells: dict[tuple[Level, Level], int] = {}
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Likelihood and impact matrix"))
        self._describe()

    def show_factors(self, factors: Iterable[RiskFactorInput]) -> None:
        self._cells = risk_matrix(factors)
        self._describe()
        self.update()

    def count(self, likelihood: Level, impact: Level) -> int:
        """The number drawn in a cell."""
        return self._cells.get((likelihood, impact), 0)

    def _describe(self) -> None:
        """What the matrix shows, in words, for a screen reader and as a tooltip."""
        parts = [
            self.tr("likelihood {likelihood}, impact {impact}: {count}").format(
                likelihood=label(likelihood), impact=label(impact), count=count
            )
            for (likelihood, impact), count in sorted(
                self._cells.items(), key=lambda item: (_rank(item[0][1]), _rank(item[0][0]))
            )
        ]
        text = "; ".join(parts) or self.tr("No threat or risk factor is rated yet.")
        self.setAccessibleDescription(text)
        self.setToolTip(text)

    def _margin(self) -> int:
        metrics = self.fontMetrics()
        return max(metrics.horizontalAdvance(label(level)) for level in _LEVELS) + 8

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(self._margin() + 3 * _CELL + line + 4, 3 * _CELL + 2 * line + 8)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        line = self.fontMetrics().height()
        left = self._margin() + line + 4
        top = 0
        text = self.palette().color(QPalette.ColorRole.WindowText)
        # Impact rises up the side, likelihood along the bottom.
        for row, impact in enumerate(reversed(_LEVELS)):
            y = top + row * _CELL
            painter.setPen(text)
            painter.drawText(
                QRectF(line + 2, y, left - line - 6, _CELL),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                label(impact),
            )
            for column, likelihood in enumerate(_LEVELS):
                x = left + column * _CELL
                cell = QRectF(x, y, _CELL, _CELL)
                painter.fillRect(cell, QColor(_SHADES[_rank(impact) + _rank(likelihood)]))
                painter.setPen(QColor("#6b6b6b"))
                painter.drawRect(cell)
                count = self.count(likelihood, impact)
                if count:
                    font = painter.font()
                    font.setBold(True)
                    painter.setFont(font)
                    painter.setPen(QColor("#1a1a1a"))
                    painter.drawText(cell, int(Qt.AlignmentFlag.AlignCenter), str(count))
                    font.setBold(False)
                    painter.setFont(font)
        bottom = top + 3 * _CELL
        painter.setPen(text)
        for column, likelihood in enumerate(_LEVELS):
            painter.drawText(
                QRectF(left + column * _CELL - 8, bottom + 2, _CELL + 16, line),
                int(Qt.AlignmentFlag.AlignCenter),
                label(likelihood),
            )
        painter.drawText(
            QRectF(left, bottom + line + 4, 3 * _CELL, line),
            int(Qt.AlignmentFlag.AlignCenter),
            self.tr("Likelihood"),
        )
        painter.save()
        painter.translate(0, top + 3 * _CELL)
        painter.rotate(-90)
        painter.drawText(
            QRectF(0, 0, 3 * _CELL, line), int(Qt.AlignmentFlag.AlignCenter), self.tr("Impact")
        )
        painter.restore()
        painter.end()


def _rank(level: Level) -> int:
    return _LEVELS.index(level)
