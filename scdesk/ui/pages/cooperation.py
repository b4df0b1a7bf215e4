"""National-local cooperation: what was raised for each city with which national body, and what
came of it, filtered by city, national body, status and period, with a search. Read off the GUI
thread; a row opens its form."""

from datetime import date

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from scdesk.domain.changes import RecordKind
from scdesk.domain.cooperation import RaisingStatus
from scdesk.domain.errors import UserError
from scdesk.domain.labels import label, record_kinds
from scdesk.domain.progress import Progress
from scdesk.services.cooperation import bodies, raisings
from scdesk.store.queries.raisings import RaisingFilter, RaisingRow
from scdesk.ui.context import AppContext
from scdesk.ui.flow_layout import FlowLayout
from scdesk.ui.forms.fields import ChoiceField
from scdesk.ui.pages.filters import ChoiceFilter, CityFilter, PeriodFilter
from scdesk.ui.pages.reading_page import ReadingPage, page_title
from scdesk.ui.text_direction import isolate


class CooperationPage(ReadingPage):
    WATCHED = frozenset({
        RecordKind.RAISING, RecordKind.CITY, RecordKind.FINDING, RecordKind.PLAN,
        RecordKind.MEETING, RecordKind.GRANT, RecordKind.EXPERT_ADVICE,
    })  # fmt: skip
    #: A form to open: its kind ("raising") and the record's id, or None for a new one.
    open_requested = Signal(str, object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.rows: list[RaisingRow] = []
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        title = page_title(self.tr("National-local cooperation"), self)
        top.addWidget(title, 1)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search body, what was raised, outcome…"))
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(240)
        top.addWidget(self.search)
        self.new_raising = QPushButton(self.tr("&New raising"), self)
        self.new_raising.clicked.connect(self.new_record)
        top.addWidget(self.new_raising)
        layout.addLayout(top)

        filters = FlowLayout()  # wraps on a narrow screen
        self.city = CityFilter(context, self)
        self.city.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.body = ChoiceField(self, self.tr("All national bodies"))
        self.body.setAccessibleName(self.tr("National body"))
        self.body.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.body.setMaximumWidth(280)
        self.status = ChoiceFilter(
            list(RaisingStatus), self.tr("All statuses"), self.tr("Status"), self
        )
        self.period = PeriodFilter(self)
        for widget in (self.city, self.body, self.status, self.period):
            filters.addWidget(widget)
        layout.addLayout(filters)
        self.summary = QLabel(self)
        self.summary.setAccessibleName(self.tr("What the list holds"))
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        headings = [self.tr("City"), self.tr("National body"), self.tr("Raised on"),
                    self.tr("What was raised"), self.tr("Status"), self.tr("Outcome"),
                    self.tr("Came from")]  # fmt: skip
        self.table = QTableWidget(0, len(headings), self)
        self.table.setAccessibleName(self.tr("Raised with national bodies"))
        self.table.setHorizontalHeaderLabels(headings)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda index: self._open(index.row()))
        layout.addWidget(self.table, 1)

        #: Typing in the search waits for a pause before reading again.
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(250)
        self._typing.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self._typing.start())
        for changed in (self.city.edited, self.body.edited, self.status.edited,
                        self.period.edited):  # fmt: skip
            changed.connect(self.refresh)

    # ------------------------------------------------------------------ reading
    def filters(self) -> RaisingFilter:
        status = self.status.value()
        start, end = self.period.period()
        return RaisingFilter(
            self.city.city_id(),
            self.body.value(),
            RaisingStatus(status) if status else None,
            start,
            end,
            self.search.text(),
        )

    def refresh(self) -> None:
        """Read the list (and the national bodies to filter by) again, off the GUI thread."""
        store, wanted = self.context.store, self.filters()

        def work(_progress: Progress) -> tuple[list[RaisingRow], list[str]]:
            return raisings(store, wanted), bodies(store)

        self.read(work, self.show_rows, self.tr("Reading what was raised…"), self._on_refused)

    def _on_refused(self, error: UserError) -> bool:
        self.summary.setText(str(error))
        return True

    def show_rows(self, found: tuple[list[RaisingRow], list[str]]) -> None:
        rows, known = found
        self.rows = rows
        self.body.set_choices([(body, body) for body in known])
        self.summary.setText(self.tr("%n raising(s) with national bodies", "", len(rows)))
        kinds = record_kinds()
        self.table.setRowCount(len(rows))
        for number, row in enumerate(rows):
            source = row.source
            came_from = (
                f"{kinds.get(source.table, source.table)}: {isolate(source.name)}" if source else ""
            )
            cells = [row.city, row.national_body, _day(row.raised_on), row.subject,
                     label(row.status), row.outcome or "", came_from]  # fmt: skip
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(number, column, item)
        self.table.resizeColumnsToContents()
        for column in range(self.table.columnCount() - 1):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 150))

    # ------------------------------------------------------------------ opening
    def _open(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.open_requested.emit("raising", self.rows[row].id)

    def new_record(self) -> None:
        """Ctrl+N and New raising."""
        self.open_requested.emit("raising", None)


def _day(day: date) -> str:
    return day.isoformat()
