"""Each city's risk profile and prevention plan: the cities with their versions; for the city
chosen, a version of each (its current one first, older ones read-only), the profile's
likelihood and impact matrix, and the buttons that open, adopt and start versions."""

from collections.abc import Callable
from datetime import date
from uuid import UUID

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from scdesk.domain.changes import Changes, RecordKind
from scdesk.domain.errors import UserError
from scdesk.domain.labels import label
from scdesk.domain.people import CityId
from scdesk.domain.plans import (
    PlanHeader,
    PlanStatus,
    PreventionPlanRecord,
    RiskProfileId,
    RiskProfileRecord,
    adoption_problems,
)
from scdesk.domain.progress import Progress
from scdesk.services.plans import (
    PlanKind,
    adopt,
    new_version,
    plans_by_city,
    profile_matrix,
    save_prevention_plan,
    save_risk_profile,
)
from scdesk.services.saved import Saved
from scdesk.store.queries.plan_lists import CityPlans, VersionLine, current_version
from scdesk.ui.context import AppContext
from scdesk.ui.forms.fields import DateField, ProblemLabel
from scdesk.ui.pages.reading_page import ReadingPage, page_title
from scdesk.ui.risk_matrix import RiskMatrix
from scdesk.ui.text_direction import BidiDelegate, isolate


class AdoptDialog(QDialog):
    """The day a draft version was adopted, checked as adopt() checks it."""

    def __init__(self, version: VersionLine, today: date, parent: QWidget) -> None:
        super().__init__(parent)
        self.version, self.today = version, today
        self.setWindowTitle(self.tr("Adopt version {number}").format(number=version.version))
        form = QFormLayout(self)
        self.day = DateField(self, optional=False)
        self.day.set_value(today)
        caption = QLabel(self.tr("&Adopted on"), self)
        caption.setBuddy(self.day)
        self.day.setAccessibleName(self.tr("Adopted on"))
        form.addRow(caption, self.day)
        self.problem = ProblemLabel(self)
        form.addRow(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.day.edited.connect(self.preview)
        self.preview()

    def preview(self) -> None:
        on = self.day.value() or self.today
        problems = adoption_problems(on, self.version.review_on, self.today)
        self.problem.show_problem(" ".join(p.message for p in problems) or None)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problems)


class VersionBox(QGroupBox):
    """One of a city's two documents: a version chooser and what can be done with it."""

    def __init__(self, kind: PlanKind, title: str, parent: QWidget) -> None:
        super().__init__(title, parent)
        self.kind = kind
        self.versions: tuple[VersionLine, ...] = ()
        self.layout_ = QVBoxLayout(self)
        row = QHBoxLayout()
        self.chooser = QComboBox(self)
        self.chooser.setAccessibleName(self.tr("Version"))
        self.chooser.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        caption = QLabel(self.tr("&Version"), self)
        caption.setBuddy(self.chooser)
        row.addWidget(caption)
        row.addWidget(self.chooser, 1)
        self.layout_.addLayout(row)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.layout_.addWidget(self.note)
        buttons = QHBoxLayout()
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.adopt_button = QPushButton(self.tr("A&dopt"), self)
        self.adopt_button.setToolTip(
            self.tr(
                "Publish this draft: the version adopted before it "
                "is kept, superseded, and stays readable."
            )
        )
        self.new_button = QPushButton(self.tr("&New version"), self)
        self.new_button.setToolTip(self.tr("Start a draft copy of this version to edit."))
        self.start_button = QPushButton(self.tr("&Start one"), self)
        for button in (self.open_button, self.adopt_button, self.new_button, self.start_button):
            button.setAccessibleName(f"{title}: {button.text().replace('&', '')}")
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.layout_.addLayout(buttons)

    def show_versions(self, versions: tuple[VersionLine, ...], keep: UUID | None) -> None:
        """The city's versions, newest first; the one kept chosen again, else the current."""
        self.versions = versions
        current = current_version(versions)
        wanted = keep if any(v.id == keep for v in versions) else (current.id if current else None)
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for version in versions:
            text = self.tr("Version {number} · {status} · {title}").format(
                number=version.version, status=label(version.status), title=isolate(version.title)
            )
            self.chooser.addItem(text, str(version.id))
        if wanted is not None:
            self.chooser.setCurrentIndex(self.chooser.findData(str(wanted)))
        self.chooser.blockSignals(False)
        self.update_buttons()

    def chosen(self) -> VersionLine | None:
        data = self.chooser.currentData()
        return next((v for v in self.versions if str(v.id) == data), None)

    def update_buttons(self) -> None:
        chosen = self.chosen()
        has_draft = any(v.status is PlanStatus.DRAFT for v in self.versions)
        self.chooser.setEnabled(bool(self.versions))
        self.open_button.setEnabled(chosen is not None)
        self.adopt_button.setEnabled(chosen is not None and chosen.status is PlanStatus.DRAFT)
        self.new_button.setEnabled(chosen is not None and not has_draft)
        self.start_button.setVisible(not self.versions)
        if chosen is None:
            self.note.setText(self.tr("None yet: start one for this city."))
        elif chosen.status is PlanStatus.DRAFT:
            self.note.setText(self.tr("A draft: open it to edit, adopt it to publish it."))
        elif chosen.status is PlanStatus.ADOPTED:
            self.note.setText(
                self.tr(
                    "Adopted on {day}: it opens read-only; start a new version to change it."
                ).format(day=chosen.adopted_on.isoformat() if chosen.adopted_on else "")
            )
        else:
            self.note.setText(
                self.tr("Superseded by a later version: kept as it was, it opens read-only.")
            )


class PlansPage(ReadingPage):
    WATCHED = frozenset({RecordKind.RISK_PROFILE, RecordKind.PLAN, RecordKind.CITY})
    #: A form to open: "risk_profile" or "plan" (or "meeting") and the record's id.
    open_requested = Signal(str, object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.cities: list[CityPlans] = []
        self._wanted: dict[PlanKind, UUID | None] = {
            PlanKind.RISK_PROFILE: None,
            PlanKind.PLAN: None,
        }
        layout = QVBoxLayout(self)
        title = page_title(self.tr("Risk profiles and prevention plans"), self)
        layout.addWidget(title)
        self.problem = ProblemLabel(self)
        layout.addWidget(self.problem)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.setChildrenCollapsible(False)
        self.table = QTableWidget(0, 3, split)
        self.table.setAccessibleName(self.tr("Cities and their versions"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("City"), self.tr("Risk profile"), self.tr("Prevention plan")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.currentCellChanged.connect(lambda *_: self.show_city())
        split.addWidget(self.table)

        detail = QWidget()
        column = QVBoxLayout(detail)
        column.setContentsMargins(0, 0, 0, 0)
        self.city_title = QLabel(detail)
        self.city_title.setWordWrap(True)
        column.addWidget(self.city_title)
        self.profile = VersionBox(PlanKind.RISK_PROFILE, self.tr("Risk profile"), detail)
        matrix_row = QHBoxLayout()
        self.matrix = RiskMatrix(self.profile)
        matrix_row.addWidget(self.matrix)
        self.factors = QTableWidget(0, 4, self.profile)
        self.factors.setAccessibleName(self.tr("Threats and factors of the version chosen"))
        self.factors.setHorizontalHeaderLabels(
            [self.tr("Kind"), self.tr("Threat or factor"), self.tr("Likelihood"), self.tr("Impact")]
        )
        self.factors.verticalHeader().hide()
        self.factors.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.factors.setItemDelegate(BidiDelegate(self.factors))
        header = self.factors.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.factors.setFixedHeight(self.matrix.sizeHint().height())
        matrix_row.addWidget(self.factors, 1)
        self.profile.layout_.insertLayout(2, matrix_row)
        column.addWidget(self.profile)
        self.plan = VersionBox(PlanKind.PLAN, self.tr("Prevention plan"), detail)
        column.addWidget(self.plan)
        column.addStretch(1)
        scroll = QScrollArea(split)  # the two versions scroll on a laptop's short screen
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(detail)
        split.addWidget(scroll)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setSizes([280, 720])
        layout.addWidget(split, 1)
        for box in (self.profile, self.plan):
            box.chooser.currentIndexChanged.connect(lambda _i, box=box: self._on_chosen(box))
            box.open_button.clicked.connect(lambda _c=False, box=box: self.open_chosen(box))
            box.adopt_button.clicked.connect(lambda _c=False, box=box: self.adopt_chosen(box))
            box.new_button.clicked.connect(lambda _c=False, box=box: self.new_from_chosen(box))
            box.start_button.clicked.connect(lambda _c=False, box=box: self.start(box))

    # ------------------------------------------------------------------ reading
    def refresh(self) -> None:
        store = self.context.store

        def work(_progress: Progress) -> list[CityPlans]:
            return plans_by_city(store)

        self.read(work, self.show_cities, self.tr("Reading the plans…"))

    def show_cities(self, cities: list[CityPlans]) -> None:
        chosen = self.chosen_city()
        keep = chosen.city_id if chosen is not None else None
        self.cities = cities
        self.table.blockSignals(True)
        self.table.setRowCount(len(cities))
        for row, city in enumerate(cities):
            cells = (city.city, self._summary(city.profiles), self._summary(city.plans))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        for column in range(2):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 180))
        rows = [row for row, city in enumerate(cities) if city.city_id == keep]
        if not rows:  # the first city with a version, else the first
            rows = [row for row, city in enumerate(cities) if city.profiles or city.plans] or [0]
        self.table.setCurrentCell(rows[0] if cities else -1, 0)
        self.table.blockSignals(False)
        self.show_city()

    def _summary(self, versions: tuple[VersionLine, ...]) -> str:
        current = current_version(versions)
        if current is None:
            return self.tr("none")
        return self.tr("v{number} {status}").format(
            number=current.version, status=label(current.status)
        )

    def chosen_city(self) -> CityPlans | None:
        row = self.table.currentRow()
        return self.cities[row] if 0 <= row < len(self.cities) else None

    def show_city(self) -> None:
        city = self.chosen_city()
        self.city_title.setText(f"<b>{city.city}</b>" if city else self.tr("No city yet."))
        self.profile.show_versions(
            city.profiles if city else (), self._wanted[PlanKind.RISK_PROFILE]
        )
        self.plan.show_versions(city.plans if city else (), self._wanted[PlanKind.PLAN])
        self.profile.setEnabled(city is not None)
        self.plan.setEnabled(city is not None)
        self._read_matrix()

    def _on_chosen(self, box: VersionBox) -> None:
        chosen = box.chosen()
        self._wanted[box.kind] = chosen.id if chosen else None
        box.update_buttons()
        if box is self.profile:
            self._read_matrix()

    def _read_matrix(self) -> None:
        chosen = self.profile.chosen()
        if chosen is None:
            self.show_profile(None)
            return
        store, profile_id = self.context.store, chosen.id

        def work(_progress: Progress) -> RiskProfileRecord | None:
            return profile_matrix(store, profile_id)

        self.context.ops.run(
            self, work, self.show_profile, label=self.tr("Reading the risk profile…"),
            writes=False, quiet=True,
        )  # fmt: skip

    def show_profile(self, record: RiskProfileRecord | None) -> None:
        chosen = self.profile.chosen()
        if record is not None and (chosen is None or record.profile_id != chosen.id):
            return  # an older read, overtaken by another choice
        factors = [entry.factor for entry in record.factors] if record else []
        self.matrix.show_factors(factors)
        self.factors.setRowCount(len(factors))
        for row, factor in enumerate(factors):
            cells = (
                label(factor.kind),
                factor.description,
                label(factor.likelihood) if factor.likelihood else "",
                label(factor.impact) if factor.impact else "",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.factors.setItem(row, column, item)

    # ------------------------------------------------------------------ acting
    def open_chosen(self, box: VersionBox) -> None:
        chosen = box.chosen()
        if chosen is not None:
            self.open_requested.emit(box.kind.value, chosen.id)

    def adopt_chosen(self, box: VersionBox) -> QDialog | None:
        """Ask the day the draft was adopted (today unless said), then adopt it."""
        chosen = box.chosen()
        if chosen is None:
            return None
        store, kind, document = self.context.store, box.kind, chosen.id
        dialog = AdoptDialog(chosen, store.now().date(), self)

        def adopt_on() -> None:
            on = dialog.day.value() or store.now().date()

            def work(_progress: Progress) -> Saved[UUID]:
                return adopt(store, kind, document, on)

            self._write(box, work, self.tr("Adopting…"), open_after=False)

        dialog.accepted.connect(adopt_on)
        dialog.open()
        return dialog

    def new_from_chosen(self, box: VersionBox) -> None:
        chosen = box.chosen()
        if chosen is None:
            return
        store, kind, document = self.context.store, box.kind, chosen.id
        self._write(
            box, lambda _p: new_version(store, kind, document), self.tr("Starting a new version…")
        )

    def start(self, box: VersionBox) -> None:
        city = self.chosen_city()
        if city is None:
            return
        store = self.context.store
        if box.kind is PlanKind.RISK_PROFILE:
            header = PlanHeader(
                CityId(city.city_id), self.tr("Risk profile of {city}").format(city=city.city)
            )

            def work(_progress: Progress) -> Saved[UUID]:
                saved = save_risk_profile(store, RiskProfileRecord(None, header))
                return Saved(saved.id, saved.changes)

        else:
            header = PlanHeader(
                CityId(city.city_id), self.tr("Prevention plan of {city}").format(city=city.city)
            )
            profile = current_version(city.profiles)
            record = PreventionPlanRecord(
                None, header, RiskProfileId(profile.id) if profile else None
            )

            def work(_progress: Progress) -> Saved[UUID]:
                saved = save_prevention_plan(store, record)
                return Saved(saved.id, saved.changes)

        self._write(box, work, self.tr("Starting…"))

    def _write(
        self,
        box: VersionBox,
        work: Callable[[Progress], Saved[UUID]],
        text: str,
        *,
        open_after: bool = True,
    ) -> None:
        self.problem.show_problem(None)

        def done(saved: Saved[UUID]) -> None:
            self._wanted[box.kind] = saved.id
            self.refresh()
            if open_after:
                self.open_requested.emit(box.kind.value, saved.id)

        self.context.ops.run(self, work, done, label=text, writes=True, on_failure=self._on_refused)

    def _on_refused(self, error: UserError) -> bool:
        """A refusal (a version adopted or changed on another device meanwhile) in one
        sentence above the lists; the next action clears it."""
        self.problem.show_problem(str(error))
        return True

    # ------------------------------------------------------------------ changes
    def watches(self, changes: Changes, initiator: object) -> bool:
        """Its own writes show what they wrote themselves (see _write)."""
        return initiator is not self and changes.affects(*self.WATCHED)
