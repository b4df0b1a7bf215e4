"""The dashboard: the key figures for a period and a country or city, with their breakdowns."""

import dataclasses

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from scdesk.domain.changes import Changes
from scdesk.domain.devices import DeviceRole
from scdesk.domain.errors import UserError
from scdesk.domain.figures import Dimension, Figure, FigureKey, KeyFigures
from scdesk.domain.labels import country_label, label
from scdesk.domain.periods import Period, period_bounds
from scdesk.services.figures import FigureQuery, compute_figures
from scdesk.ui.context import AppContext
from scdesk.ui.pages.filters import CityFilter, CountryFilter, PeriodFilter
from scdesk.ui.pages.reading_page import ReadingPage, page_title

#: The breakdowns shown for each figure, in order.
_PEOPLE = (Dimension.GENDER, Dimension.AGE_BAND, Dimension.GROUP, Dimension.CITY)
_BREAKDOWNS = {
    FigureKey.PEOPLE_ENGAGED: _PEOPLE,
    FigureKey.MAYORS_ENGAGED: _PEOPLE,
    FigureKey.YOUTH_REACHED: _PEOPLE,
    FigureKey.EVENTS_HELD: (Dimension.KIND, Dimension.COUNTRY, Dimension.CITY),
    FigureKey.MEMBER_CITIES: (Dimension.COUNTRY,),
}


class FigureCard(QFrame):
    """One figure's total, large; clicking it shows its breakdowns."""

    chosen = Signal(object)

    def __init__(self, key: FigureKey, parent: QWidget) -> None:
        super().__init__(parent)
        self.key = key
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QVBoxLayout(self)
        self.number = QLabel("…", self)
        font = self.number.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.number.setFont(font)
        self.caption = QLabel(label(key), self)
        self.caption.setWordWrap(True)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)
        self.setAccessibleName(label(key))

    def show_total(self, total: int | None) -> None:
        text = "<5" if total is None else f"{total:,}"
        self.number.setText(text)
        self.setAccessibleDescription(text)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.chosen.emit(self.key)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.chosen.emit(self.key)
        else:
            super().keyPressEvent(event)


class DashboardPage(ReadingPage):
    #: A page the dashboard links to was chosen (its key in PAGES).
    open_page = Signal(str)
    #: The figures asked for last are shown.
    loaded = Signal()

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        links: dict[str, str] | None = None,
    ) -> None:
        """links: the programme's pages to link to, key to name, in order."""
        super().__init__(context, parent)
        self.figures: KeyFigures | None = None
        self._generation = 0
        self._shown = FigureKey.PEOPLE_ENGAGED
        layout = QVBoxLayout(self)
        title = page_title(self.tr("Dashboard"), self)
        layout.addWidget(title)

        bar = QHBoxLayout()
        self.period = QComboBox(self)
        self.period.setAccessibleName(self.tr("Period"))
        for period in Period:
            self.period.addItem(label(period), period.value)
        self.period.setCurrentIndex(
            max(0, self.period.findData(context.settings.dashboard_period.value))
        )
        self.dates = PeriodFilter(self)
        self.dates.setVisible(False)
        self.country = CountryFilter(self)
        device = context.store.device()
        #: An officer sees their own city's figures first; the hub sees every city's.
        self._city = device.city_id if device.role is DeviceRole.OFFICER else None
        self.city = CityFilter(context, self, initial=self._city)
        self.period.activated.connect(lambda _i: self._on_period_chosen())
        self.dates.edited.connect(self.refresh)
        self.country.edited.connect(self.refresh)
        self.city.edited.connect(self._on_city_chosen)
        bar.addWidget(QLabel(self.tr("Period"), self))
        bar.addWidget(self.period)
        bar.addWidget(self.dates)
        bar.addWidget(self.country)
        bar.addWidget(self.city)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.scope = QLabel(self)
        layout.addWidget(self.scope)
        self.duplicates = QLabel(self)
        self.duplicates.setAccessibleName(self.tr("Duplicates not settled"))
        self.duplicates.setWordWrap(True)
        self.duplicates.setStyleSheet("color: #8a4b00; font-weight: bold")
        self.duplicates.hide()
        layout.addWidget(self.duplicates)
        self.reviews = QLabel(self)
        self.reviews.setAccessibleName(self.tr("Records under review"))
        self.reviews.setWordWrap(True)
        self.reviews.setStyleSheet("color: #8a4b00; font-weight: bold")
        self.reviews.hide()
        layout.addWidget(self.reviews)
        self.links: dict[str, QPushButton] = {}
        if links:
            row = QHBoxLayout()
            row.addWidget(QLabel(self.tr("The programme's work:"), self))
            for key, name in links.items():
                button = QPushButton(name, self)
                button.setFlat(True)
                button.setStyleSheet(
                    "QPushButton { color: palette(link); text-decoration: underline; border: 0 }"
                )
                button.setCursor(Qt.CursorShape.PointingHandCursor)
                button.setAccessibleName(self.tr("Open the {page} page").format(page=name))
                button.clicked.connect(lambda _checked=False, k=key: self.open_page.emit(k))
                row.addWidget(button)
                self.links[key] = button
            row.addStretch(1)
            layout.addLayout(row)

        cards = QHBoxLayout()
        self.cards = {key: FigureCard(key, self) for key in FigureKey}
        for card in self.cards.values():
            card.chosen.connect(self._choose)
            cards.addWidget(card)
        layout.addLayout(cards)

        self.breakdown_title = QLabel(self)
        layout.addWidget(self.breakdown_title)
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        holder = QWidget(area)
        self.grid = QGridLayout(holder)
        area.setWidget(holder)
        layout.addWidget(area, 1)
        self.tables: list[QTableWidget] = []

    # ------------------------------------------------------------------ loading
    def query(self) -> FigureQuery:
        today = self.context.store.now().date()
        period = self._period()
        custom = self.dates.period() if period is Period.CUSTOM else (None, None)
        start, end = period_bounds(period, today, custom)
        return FigureQuery(start, end, self.country.value(), self._city)

    def watches(self, changes: Changes, initiator: object) -> bool:
        return changes.figures

    def _on_period_chosen(self) -> None:
        chosen = self._period()
        self.dates.setVisible(chosen is Period.CUSTOM)
        if chosen is not Period.CUSTOM:  # remembered for the next start
            settings = self.context.settings
            self.context.settings = dataclasses.replace(settings, dashboard_period=chosen)
        self.refresh()

    def _period(self) -> Period:
        return Period(self.period.currentData())

    def _on_city_chosen(self) -> None:
        self._city = self.city.city_id()
        self.refresh()

    def refresh(self) -> None:
        query = self.query()
        self._generation += 1
        generation = self._generation
        store = self.context.store
        for card in self.cards.values():
            card.number.setText("…")
        self.read(
            lambda progress: compute_figures(store, query, progress),
            lambda figures: self._show(generation, figures),
            self.tr("Counting the key figures…"),
            lambda refusal: self._refused(generation, refusal),
        )

    def _refused(self, generation: int, refusal: UserError) -> bool:
        """Figures that cannot be counted as asked (a city outside the country chosen): the
        sentence in place of the scope, the cards empty, no box to close on every change."""
        if generation == self._generation:
            self.figures = None
            self.scope.setText(str(refusal))
            self.duplicates.hide()
            self.reviews.hide()
            self.breakdown_title.clear()
            for card in self.cards.values():
                card.number.setText("—")
            for table in self.tables:
                table.deleteLater()
            self.tables = []
        return True

    def _show(self, generation: int, figures: KeyFigures) -> None:
        if generation != self._generation:
            return
        self.figures = figures
        start = figures.period_from.isoformat() if figures.period_from else self.tr("the start")
        end = figures.period_to.isoformat() if figures.period_to else self.tr("today")
        place = self.tr("all cities")
        if figures.city is not None and figures.city in figures.cities:
            place = figures.cities[figures.city].name
        elif figures.country:
            place = country_label(figures.country)
        self.scope.setText(
            self.tr("From {start} to {end}, {place}").format(start=start, end=end, place=place)
        )
        unsettled = figures.unsettled_duplicates
        self.duplicates.setText(
            self.tr(
                "%n pair(s) of probable duplicates counted here are not settled yet: some "
                "figures may count a person, event or city twice. The Duplicates page lists them.",
                "",
                unsettled,
            )
        )
        self.duplicates.setVisible(unsettled > 0)
        self.reviews.setText(
            self.tr(
                "%n record(s) counted here break a rule after edits on two devices and wait for "
                "review; they are counted as they stand. The Sync page's conflicts list them.",
                "",
                figures.under_review,
            )
        )
        self.reviews.setVisible(figures.under_review > 0)
        for key, card in self.cards.items():
            card.show_total(figures.figures[key].total)
        self._show_breakdowns()
        self.loaded.emit()

    def _choose(self, key: FigureKey) -> None:
        self._shown = key
        self._show_breakdowns()

    def _show_breakdowns(self) -> None:
        if self.figures is None:
            return
        figure = self.figures.figures[self._shown]
        self.breakdown_title.setText(
            self.tr("{figure}, by group of people").format(figure=label(self._shown))
        )
        for table in self.tables:
            table.deleteLater()
        self.tables = []
        for index, dimension in enumerate(_BREAKDOWNS[self._shown]):
            table = self._table(figure, dimension)
            self.grid.addWidget(table, index // 2, index % 2)
            self.tables.append(table)

    def _table(self, figure: Figure, dimension: Dimension) -> QTableWidget:
        cells = {k: v for k, v in figure.breakdowns.get(dimension, {}).items() if v != 0}
        if dimension in (Dimension.CITY, Dimension.COUNTRY):  # no natural order: largest first
            cells = dict(sorted(cells.items(), key=lambda cell: -(cell[1] or 0)))
        table = QTableWidget(len(cells), 3, self)
        table.setAccessibleName(self.tr("By {dimension}").format(dimension=label(dimension)))
        table.setHorizontalHeaderLabels(
            [self.tr("By {dimension}").format(dimension=label(dimension)), self.tr("Count"), ""]
        )
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        largest = max([v for v in cells.values() if v is not None] or [1])
        for row, (key, value) in enumerate(cells.items()):
            table.setItem(row, 0, QTableWidgetItem(self._category(dimension, key)))
            count = QTableWidgetItem("<5" if value is None else f"{value:,}")
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, 1, count)
            bar = QProgressBar(table)
            bar.setRange(0, largest)
            bar.setValue(value or 0)
            bar.setTextVisible(False)
            bar.setAccessibleName(self._category(dimension, key))
            table.setCellWidget(row, 2, bar)
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def _category(self, dimension: Dimension, key: str) -> str:
        if dimension is Dimension.COUNTRY:
            return country_label(key)
        if dimension is Dimension.CITY:
            known = self.city.findData(key)  # the city filter's label has the local name too
            if known >= 0:
                return self.city.itemText(known)
            if self.figures is not None:
                for ref in self.figures.cities.values():
                    if str(ref.id) == key:
                        return ref.name
        return label(key)
