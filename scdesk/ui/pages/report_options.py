"""What the Reports page asks before a report is made, one panel per subject: the period and
place of the key figures, a committee, a city, a meeting or an activity, the sheets."""

import dataclasses
from collections.abc import Callable
from typing import TypeVar
from uuid import UUID

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from scdesk.domain.changes import RecordKind
from scdesk.domain.counts import BLANK_ROWS, MOST_BLANK_ROWS
from scdesk.domain.devices import DeviceRole
from scdesk.domain.labels import choices
from scdesk.domain.periods import Period, period_bounds
from scdesk.services.figures import FigureQuery
from scdesk.services.report_requests import (
    Offer,
    ReportRequest,
    Subject,
    fits,
)
from scdesk.services.reports import ReportKind
from scdesk.store.queries.choices import Choice, city_choices, committee_choices
from scdesk.store.queries.report_choices import EventChoice, activity_choices, meeting_choices
from scdesk.ui.collation import city_choice_items
from scdesk.ui.context import AppContext
from scdesk.ui.forms.fields import ChoiceField, LongTextField
from scdesk.ui.pages.filters import CityFilter, CountryFilter, PeriodFilter

T = TypeVar("T")


class Options(QWidget):
    """A panel: fills its part of a request; reloads its choices when their records change."""

    #: Changes to these kinds of records reload the panel's choices.
    WATCHED: frozenset[RecordKind] = frozenset()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        device = context.store.device()
        #: An officer reports on their own city first; the hub on every city.
        self.home_city = device.city_id if device.role is DeviceRole.OFFICER else None

    def fill(self, request: ReportRequest) -> ReportRequest:
        raise NotImplementedError

    def show_offer(self, offer: Offer) -> None:
        """The panel is shown for this report."""

    def reload(self) -> None:
        """Read the choices again."""

    def read(self, query: Callable[[Session], T], done: Callable[[T], None]) -> None:
        store = self.context.store

        def work(_progress: object) -> T:
            with store.read() as session:
                return query(session)

        self.context.ops.run(
            self, work, done, label=self.tr("Reading the choices…"), writes=False, quiet=True
        )

    def row(self, label: str, widget: QWidget) -> None:
        if isinstance(widget, QComboBox):  # a long title is cut short, not widening the page
            widget.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            widget.setMinimumContentsLength(16)
        caption = QLabel(label, self)
        caption.setBuddy(widget)
        widget.setAccessibleName(label.replace("&", ""))
        self.form.addRow(caption, widget)


class _CheckCaption(QLabel):
    """A check box's text that wraps on a narrow screen (a QCheckBox's own never does); a click
    on it ticks the box as a click on the box's own text would."""

    def __init__(self, text: str, box: QCheckBox, parent: QWidget) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self._box = box

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._box.isEnabled() and event.button() == Qt.MouseButton.LeftButton:
            self._box.click()
        super().mouseReleaseEvent(event)


def wrapping_check(box: QCheckBox, text: str, parent: QWidget) -> QWidget:
    """The box with its text beside it, wrapping when the options are narrow."""
    row = QWidget(parent)
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
    layout.addWidget(_CheckCaption(text, box, row), 1)
    return row


def _uuid(value: str | None) -> UUID | None:
    return UUID(value) if value else None


class FiguresOptions(Options):
    """The key figures: a period, a country or a city, and the words that go with them."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.period = ChoiceField(self)
        self.period.set_choices(choices(Period))
        self.period.set_value(Period.LAST_QUARTER.value)
        self.row(self.tr("P&eriod"), self.period)
        self.dates = PeriodFilter(self)
        self.form.addRow(self.dates)
        self.form.setRowVisible(self.dates, False)
        self.period.edited.connect(self._on_period_edited)
        self.country = CountryFilter(self)
        self.row(self.tr("Co&untry"), self.country)
        self.city = CityFilter(context, self, initial=self.home_city)
        self.row(self.tr("Cit&y"), self.city)
        self.outward = QCheckBox(self)
        self.outward.setAccessibleName(self.tr("Suppress counts under 5"))
        self.outward.setChecked(True)
        outward = self.tr("Leaving the hub: counts under 5 show as “<5”")
        self.form.addRow(wrapping_check(self.outward, outward, self))
        self.highlights = LongTextField(self)
        self.highlights.setPlaceholderText(self.tr("One a line; the report adds its own too"))
        self.highlights.setMaximumHeight(80)
        self.row(self.tr("&Highlights"), self.highlights)
        self.acknowledgement = LongTextField(self)
        self.acknowledgement.setPlaceholderText(
            self.tr("A sentence thanking the funders, printed at the end")
        )
        self.acknowledgement.setMaximumHeight(80)
        self.row(self.tr("Ac&knowledgement"), self.acknowledgement)
        self._figures = True

    def show_offer(self, offer: Offer) -> None:
        """The indicators follow their targets, set per city or for all cities: no country, and
        no words of the key figures' own."""
        figures = offer.kind is ReportKind.KEY_FIGURES
        for row in (self.country, self.highlights, self.acknowledgement):
            self.form.setRowVisible(row, figures)
        self._figures = figures

    def _on_period_edited(self) -> None:
        self.form.setRowVisible(self.dates, self._period() is Period.CUSTOM)

    def _period(self) -> Period:
        return Period(self.period.value() or Period.LAST_QUARTER)

    def fill(self, request: ReportRequest) -> ReportRequest:
        today = self.context.store.now().date()
        start, end = period_bounds(self._period(), today, self.dates.period())
        country = self.country.value() if self._figures else None
        query = FigureQuery(start, end, country, self.city.city_id(), self.outward.isChecked())
        highlights = tuple(
            line.strip() for line in self.highlights.toPlainText().splitlines() if line.strip()
        )
        return dataclasses.replace(
            request,
            figures=query,
            highlights=highlights,
            acknowledgement=self.acknowledgement.value(),
        )


class CommitteeOptions(Options):
    """The action tracker: one committee's open actions, or every committee's."""

    WATCHED = frozenset({RecordKind.COMMITTEE, RecordKind.CITY})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.committee = ChoiceField(self, self.tr("All committees"))
        self.committee.set_choices([])
        self.row(self.tr("C&ommittee"), self.committee)
        self.reload()

    def reload(self) -> None:
        self.read(lambda session: committee_choices(session, None), self._fill)

    def _fill(self, committees: list[Choice]) -> None:
        self.committee.set_choices([(str(c.id), c.label) for c in committees])

    def fill(self, request: ReportRequest) -> ReportRequest:
        return dataclasses.replace(request, committee_id=_uuid(self.committee.value()))


class CityOptions(Options):
    """A city's risk profile and prevention plan."""

    WATCHED = frozenset({RecordKind.CITY})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.city = ChoiceField(self, self.tr("—"))
        self.city.set_choices([])
        self.row(self.tr("Cit&y"), self.city)
        self.reload()

    def reload(self) -> None:
        self.read(city_choices, self._fill)

    def _fill(self, cities: list[Choice]) -> None:
        first = self.city.value() is None and self.city.count() <= 1
        self.city.set_choices(city_choice_items(cities))
        if first and self.home_city is not None:
            self.city.set_value(str(self.home_city))

    def fill(self, request: ReportRequest) -> ReportRequest:
        return dataclasses.replace(request, city_id=_uuid(self.city.value()))


class EventOptions(Options):
    """A meeting or a youth activity of a city, among those the chosen report fits."""

    def __init__(self, context: AppContext, subject: Subject, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.subject = subject
        self.WATCHED = frozenset(
            {RecordKind.MEETING if subject is Subject.MEETING else RecordKind.ACTIVITY}
        )
        self.offer = Offer(ReportKind.SIGN_IN, subject)
        self._events: list[EventChoice] = []
        #: The city chosen (the filter fills in the background, starting at this one).
        self._city = self.home_city
        self.city = CityFilter(context, self, initial=self.home_city)
        self.row(self.tr("Cit&y"), self.city)
        self.record = ChoiceField(self, self.tr("—"))
        self.record.set_choices([])
        if subject is Subject.MEETING:
            self.row(self.tr("&Meeting"), self.record)
        else:
            self.row(self.tr("&Youth activity"), self.record)
        self.blank_rows = QSpinBox(self)
        self.blank_rows.setRange(0, MOST_BLANK_ROWS)  # the service's bound, previewed
        self.blank_rows.setValue(BLANK_ROWS)
        self.row(self.tr("&Blank rows"), self.blank_rows)
        self.outward = QCheckBox(self)
        self.outward.setAccessibleName(self.tr("Suppress counts under 5"))
        outward = self.tr("Leaving the hub: counts under 5 show as “<5”")
        self.outward_row = wrapping_check(self.outward, outward, self)
        self.form.addRow(self.outward_row)
        self.city.edited.connect(self._on_city_edited)
        self.reload()

    def _on_city_edited(self) -> None:
        self._city = self.city.city_id()
        self.reload()

    def reload(self) -> None:
        city = self._city
        query = meeting_choices if self.subject is Subject.MEETING else activity_choices
        self.read(lambda session: query(session, city), self._fill)

    def _fill(self, events: list[EventChoice]) -> None:
        self._events = events
        self._offer_events()

    def show_offer(self, offer: Offer) -> None:
        self.offer = offer
        self.form.setRowVisible(self.blank_rows, offer.kind is ReportKind.SIGN_IN)
        self.form.setRowVisible(self.outward_row, offer.kind is ReportKind.ACTIVITY)
        self._offer_events()

    def _offer_events(self) -> None:
        shown = [e for e in self._events if fits(self.offer, e.status)]
        self.record.set_choices([(str(e.id), f"{e.day.isoformat()} · {e.title}") for e in shown])
        if self.record.value() is None and shown:
            self.record.set_value(str(shown[0].id))

    def fill(self, request: ReportRequest) -> ReportRequest:
        chosen = _uuid(self.record.value())
        if self.subject is Subject.MEETING:
            request = dataclasses.replace(request, meeting_id=chosen)
        else:
            request = dataclasses.replace(request, activity_id=chosen)
        return dataclasses.replace(
            request, blank_rows=self.blank_rows.value(), outward=self.outward.isChecked()
        )


class SheetsOptions(Options):
    """Every sheet, for analysts: de-identified unless the user asks for personal data and
    confirms it."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        column = QVBoxLayout()
        explanation = QLabel(
            self.tr(
                "De-identified: people appear by stable codes, without names or contact "
                "details; people who withdrew consent, or did not consent to the use of their "
                "data, are left out."
            ),
            self,
        )
        explanation.setWordWrap(True)
        column.addWidget(explanation)
        self.personal = QCheckBox(self.tr("&Include personal data"), self)
        self.personal.setAccessibleName(self.tr("Include personal data"))
        self.personal.setToolTip(self.tr("Names, birth years and contact details"))
        self.personal.clicked.connect(self._on_personal_clicked)
        column.addWidget(self.personal)
        self.form.addRow(column)

    def _on_personal_clicked(self, checked: bool) -> None:
        """Personal data leaves the device only when the user asks and then confirms."""
        if not checked:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Include personal data?"),
            self.tr(
                "The tables will hold the names, birth years and contact details of the people "
                "recorded. Keep the file safe, share it only with those who need it, and delete "
                "it when you are done.\n\nInclude personal data?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            self.personal.setChecked(False)

    def fill(self, request: ReportRequest) -> ReportRequest:
        return dataclasses.replace(request, personal=self.personal.isChecked())
