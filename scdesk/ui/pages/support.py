"""Support given: technical support grants with their totals by city, status and currency,
expert advice, and the hub's expert pool; filtered by city, grant status and period. Read off the
GUI thread; a row opens its form (an expert's, their person form)."""

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from uuid import UUID

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from scdesk.domain.changes import RecordKind
from scdesk.domain.errors import UserError
from scdesk.domain.labels import label
from scdesk.domain.progress import Progress
from scdesk.domain.support import GrantStatus
from scdesk.services.support import SupportOverview, support_overview
from scdesk.store.queries.support_lists import SupportFilter
from scdesk.ui.context import AppContext
from scdesk.ui.flow_layout import FlowLayout
from scdesk.ui.pages.expert_picker import ExpertPicker
from scdesk.ui.pages.filters import ChoiceFilter, CityFilter, PeriodFilter
from scdesk.ui.pages.reading_page import ReadingPage, page_title


def money(amount: Decimal) -> str:
    return f"{amount:,.2f}"


class SupportPage(ReadingPage):
    WATCHED = frozenset({
        RecordKind.GRANT, RecordKind.EXPERT_ADVICE, RecordKind.CITY, RecordKind.PERSON,
        RecordKind.ORGANISATION,
    })  # fmt: skip
    #: A form to open: its kind ("grant", "advice", "person") and the record's id, or None for
    #: a new one.
    open_requested = Signal(str, object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.overview: SupportOverview | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        title = page_title(self.tr("Support given"), self)
        top.addWidget(title, 1)
        self.new_grant = QPushButton(self.tr("New &grant"), self)
        self.new_grant.clicked.connect(lambda: self.open_requested.emit("grant", None))
        self.new_advice = QPushButton(self.tr("New expert &advice"), self)
        self.new_advice.clicked.connect(lambda: self.open_requested.emit("advice", None))
        self.add_expert = QPushButton(self.tr("Add to the expert &pool…"), self)
        self.add_expert.clicked.connect(self.pick_expert)
        top.addWidget(self.new_grant)
        top.addWidget(self.new_advice)
        top.addWidget(self.add_expert)
        layout.addLayout(top)

        filters = FlowLayout()  # wraps on a narrow screen
        self.city = CityFilter(context, self)
        self.city.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.status = ChoiceFilter(
            list(GrantStatus), self.tr("All grant statuses"), self.tr("Grant status"), self
        )
        self.period = PeriodFilter(self)
        filters.addWidget(self.city)
        filters.addWidget(self.status)
        filters.addWidget(self.period)
        layout.addLayout(filters)
        self.city.edited.connect(self.refresh)
        self.status.edited.connect(self.refresh)
        self.period.edited.connect(self.refresh)
        self.summary = QLabel(self)
        self.summary.setAccessibleName(self.tr("What the lists hold"))
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        self.tabs = QTabWidget(self)
        split = QSplitter(Qt.Orientation.Vertical, self.tabs)
        split.setChildrenCollapsible(False)
        self.grants = self._table(
            [self.tr("City"), self.tr("Purpose"), self.tr("Amount"), self.tr("Currency"),
             self.tr("Status"), self.tr("From"), self.tr("To"), self.tr("Organisation")],
            self.tr("Grants"),
        )  # fmt: skip
        self.grants.doubleClicked.connect(lambda index: self._open("grant", index.row()))
        self.totals = self._table(
            [self.tr("City"), self.tr("Status"), self.tr("Currency"), self.tr("Grants"),
             self.tr("Total amount")],
            self.tr("Totals by city, status and currency"),
        )  # fmt: skip
        self.totals.horizontalHeader().setStretchLastSection(False)
        holder = QWidget(split)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(
            QLabel(self.tr("Totals by city, status and currency (never converted)"), holder)
        )
        column.addWidget(self.totals)
        split.addWidget(self.grants)
        split.addWidget(holder)
        self.tabs.addTab(split, self.tr("Grants"))
        self.advice = self._table(
            [self.tr("City"), self.tr("Expert"), self.tr("Topic"), self.tr("From"),
             self.tr("To")],
            self.tr("Expert advice"),
        )  # fmt: skip
        self.advice.doubleClicked.connect(lambda index: self._open("advice", index.row()))
        self.tabs.addTab(self.advice, self.tr("Expert advice"))
        self.experts = self._table(
            [self.tr("Expert"), self.tr("Title and organisation"), self.tr("Fields of expertise"),
             self.tr("Advice given"), self.tr("Latest")],
            self.tr("Expert pool"),
        )  # fmt: skip
        self.experts.doubleClicked.connect(lambda index: self._open("person", index.row()))
        self.tabs.addTab(self.experts, self.tr("Expert pool"))
        layout.addWidget(self.tabs, 1)

    def _table(self, headings: Sequence[str], name: str) -> QTableWidget:
        table = QTableWidget(0, len(headings), self)
        table.setAccessibleName(name)
        table.setHorizontalHeaderLabels(list(headings))
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        return table

    # ------------------------------------------------------------------ reading
    def filters(self) -> SupportFilter:
        status = self.status.value()
        start, end = self.period.period()
        return SupportFilter(
            self.city.city_id(), GrantStatus(status) if status else None, start, end
        )

    def refresh(self) -> None:
        """Read the lists again for the filters, off the GUI thread."""
        store, wanted = self.context.store, self.filters()

        def work(_progress: Progress) -> SupportOverview:
            return support_overview(store, wanted)

        label = self.tr("Reading the support given…")
        self.read(work, self.show_overview, label, self._on_refused)

    def _on_refused(self, error: UserError) -> bool:
        self.summary.setText(str(error))
        return True

    def show_overview(self, overview: SupportOverview) -> None:
        self.overview = overview
        self.summary.setText(
            self.tr("{grants} · {advice} · {experts} in the expert pool").format(
                grants=self.tr("%n grant(s)", "", len(overview.grants)),
                advice=self.tr("%n piece(s) of expert advice", "", len(overview.advice)),
                experts=self.tr("%n expert(s)", "", sum(1 for e in overview.experts if e.in_pool)),
            )
        )
        self._fill(
            self.grants,
            [
                [
                    g.city,
                    g.purpose,
                    money(g.amount),
                    g.currency,
                    label(g.status),
                    _day(g.starts_on),
                    _day(g.ends_on),
                    g.organisation or "",
                ]
                for g in overview.grants
            ],
            numbers=(2,),
        )
        self._fill(
            self.totals,
            [
                [t.city, label(t.status), t.currency, str(t.grants), money(t.amount)]
                for t in overview.totals
            ],
            numbers=(3, 4),
        )
        self._fill(
            self.advice,
            [
                [a.city, a.expert, a.topic, _day(a.starts_on), _day(a.ends_on)]
                for a in overview.advice
            ],
        )
        self._fill(
            self.experts,
            [
                [
                    e.name,
                    ", ".join(filter(None, (e.title, e.organisation))),
                    ", ".join(e.fields) or self.tr("not in the pool"),
                    str(e.pieces),
                    _day(e.last_on),
                ]
                for e in overview.experts
            ],
            numbers=(3,),
        )

    def _fill(
        self, table: QTableWidget, rows: list[list[str]], numbers: tuple[int, ...] = ()
    ) -> None:
        table.setRowCount(len(rows))
        for row, cells in enumerate(rows):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column in numbers:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(row, column, item)
        table.resizeColumnsToContents()
        for column in range(table.columnCount() - 1):
            table.setColumnWidth(column, min(table.columnWidth(column), 240))

    # ------------------------------------------------------------------ opening
    def _open(self, kind: str, row: int) -> None:
        if self.overview is None:
            return
        overview = self.overview
        ids: list[UUID] = {
            "grant": lambda: [r.id for r in overview.grants],
            "advice": lambda: [r.id for r in overview.advice],
            "person": lambda: [r.id for r in overview.experts],
        }[kind]()
        if 0 <= row < len(ids):
            self.open_requested.emit(kind, ids[row])

    def pick_expert(self) -> None:
        """Choose a person for the expert pool; their person form opens to record their fields
        of expertise (a new person's, with the name typed)."""
        picker = ExpertPicker(self.context, self)
        picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        picker.picked.connect(lambda person: self.open_requested.emit("person", person.id))
        picker.new_person_asked.connect(self._new_expert)
        picker.open()

    def _new_expert(self, typed: str) -> None:
        from scdesk.ui.forms.person_form import PersonForm

        form = PersonForm(self.context, None, self.window())
        form.ready.connect(lambda: form.name.set_value(typed.strip()))
        form.show()
        form.start()

    def new_record(self) -> None:
        """Ctrl+N: a grant on the Grants tab, expert advice on the others."""
        self.open_requested.emit("grant" if self.tabs.currentIndex() == 0 else "advice", None)


def _day(day: date | None) -> str:
    return day.isoformat() if day is not None else ""
