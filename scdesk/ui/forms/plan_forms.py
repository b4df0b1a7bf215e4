"""A version of a city's risk profile and of its prevention plan: a draft is edited here and
saved whole; an adopted or superseded version opens read-only. Each lists the consultations it
came from, and a double-click opens one."""

from collections.abc import Callable
from dataclasses import dataclass
from uuid import UUID

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from scdesk.domain import limits
from scdesk.domain.changes import RecordKind
from scdesk.domain.labels import label
from scdesk.domain.plans import (
    FactorKind,
    Level,
    PlanActionStatus,
    PlanHeader,
    PlanStatus,
    PreventionPlanRecord,
    RiskProfileRecord,
    prevention_plan_record_problems,
    risk_profile_record_problems,
)
from scdesk.domain.progress import Progress
from scdesk.domain.rules import Part, Problem, by_row
from scdesk.i18n import translate
from scdesk.services.plans import PlanKind, save_prevention_plan, save_risk_profile
from scdesk.services.saved import Saved
from scdesk.store.models import City, PreventionPlan, RiskProfile
from scdesk.store.queries.choices import organisation_choices, people_named
from scdesk.store.queries.plan_lists import ConsultationLine, city_consultations
from scdesk.store.queries.plan_records import prevention_plan_record, risk_profile_record
from scdesk.ui.form_records.plans import (
    ORGANISATION,
    PERSON,
    objective_keys,
    plan_record,
    plan_state,
    profile_record,
    profile_state,
)
from scdesk.ui.form_records.values import FormValues
from scdesk.ui.forms.fields import ChoiceField, DateField, LongTextField, TextField, choice_cell
from scdesk.ui.forms.record_form import RecordForm
from scdesk.ui.forms.row_editor import RowColumn, RowEditor
from scdesk.ui.risk_matrix import RiskMatrix
from scdesk.ui.text_direction import is_right_to_left, isolate, set_text_direction

_MEETING = Qt.ItemDataRole.UserRole


class SourcesField(QWidget):
    """The city's consultations, those a version came from ticked; a double-click opens one."""

    edited = Signal()
    open_meeting = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._setting = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget(self)
        layout.addWidget(self.list)
        self.list.itemChanged.connect(self._on_changed)
        self.list.itemDoubleClicked.connect(
            lambda item: self.open_meeting.emit(UUID(str(item.data(_MEETING))))
        )

    def set_consultations(self, consultations: list[ConsultationLine]) -> None:
        ticked = set(self.state())
        self._setting = True
        try:
            self.list.clear()
            for line in consultations:
                item = QListWidgetItem(f"{line.day.isoformat()} · {line.title}", self.list)
                item.setData(_MEETING, str(line.id))
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(
                    Qt.CheckState.Checked if str(line.id) in ticked else Qt.CheckState.Unchecked
                )
        finally:
            self._setting = False

    def items(self) -> list[QListWidgetItem]:
        found = (self.list.item(row) for row in range(self.list.count()))
        return [item for item in found if item is not None]

    def _on_changed(self, _item: QListWidgetItem) -> None:
        if not self._setting:
            self.edited.emit()

    def state(self) -> list[str]:
        return sorted(
            str(item.data(_MEETING))
            for item in self.items()
            if item.checkState() is Qt.CheckState.Checked
        )

    def restore(self, state: object) -> None:
        wanted = {s for s in state if isinstance(s, str)} if isinstance(state, list) else set()
        self._setting = True
        try:
            for item in self.items():
                checked = str(item.data(_MEETING)) in wanted
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        finally:
            self._setting = False

    def set_ticking(self, allowed: bool) -> None:
        """A locked version's consultations still open, but are not ticked or unticked."""
        self._setting = True  # changing an item's flags is no edit
        try:
            for item in self.items():
                flags = item.flags()
                if allowed:
                    flags |= Qt.ItemFlag.ItemIsUserCheckable
                else:
                    flags &= ~Qt.ItemFlag.ItemIsUserCheckable
                item.setFlags(flags)
        finally:
            self._setting = False


@dataclass(frozen=True, slots=True)
class VersionDetail:
    """What a version's form shows besides the record: where it stands, and what it can link."""

    city: str
    version: int
    consultations: list[ConsultationLine]


@dataclass(frozen=True, slots=True)
class ProfileDetail(VersionDetail):
    record: RiskProfileRecord


@dataclass(frozen=True, slots=True)
class PlanDetail(VersionDetail):
    record: PreventionPlanRecord
    #: Who can own an action: (value, name) with the value's PERSON or ORGANISATION prefix.
    owners: list[tuple[str, str]]


class _Header:
    def __init__(self, form: "RiskProfileForm | PreventionPlanForm", page: QWidget) -> None:
        layout = QFormLayout(page)
        self.where = QLabel(page)
        self.where.setWordWrap(True)
        layout.addRow(self.where)
        self.title = form.add_field(
            layout,
            "title",
            QCoreApplication.translate("PlanHeader", "&Title"),
            TextField(page, limits.TITLE),
        )
        self.summary = form.add_field(
            layout,
            "summary",
            QCoreApplication.translate("PlanHeader", "S&ummary"),
            LongTextField(page),
        )
        self.summary.setMinimumHeight(60)
        self.review_on = form.add_field(
            layout,
            "review_on",
            QCoreApplication.translate("PlanHeader", "&Review on"),
            DateField(page),
            ("adopted_on", "status"),
        )
        self.layout = layout

    def show_where(self, detail: VersionDetail, header: PlanHeader, kind: str) -> None:
        status = label(header.status)
        self.where.setText(f"<b>{isolate(detail.city)}</b> · {kind} {detail.version} · {status}")
        # A version written in Urdu lays its summary out from the right, as its title is.
        written = header.summary or header.title
        set_text_direction([self.summary], "ur" if is_right_to_left(written) else "en")


class RiskProfileForm(RecordForm[None, ProfileDetail, RiskProfileRecord]):
    FORM = PlanKind.RISK_PROFILE.value
    WATCHED = frozenset({RecordKind.RISK_PROFILE})
    #: A form to open: its kind and the record's id (a consultation it came from).
    open_requested = Signal(str, object)

    def build(self) -> None:
        self.setWindowTitle(self.tr("Risk profile[*]"))
        self.detail: ProfileDetail | None = None
        self.tabs = QTabWidget(self.body)
        QVBoxLayout(self.body).addWidget(self.tabs)
        first = QWidget(self.tabs)
        row = QHBoxLayout(first)
        fields = QWidget(first)
        self.header = _Header(self, fields)
        row.addWidget(fields, 1)
        self.matrix = RiskMatrix(first)
        row.addWidget(self.matrix, 0, Qt.AlignmentFlag.AlignTop)
        self.tabs.addTab(first, self.tr("&Profile"))
        self.factors = RowEditor(
            [
                RowColumn(
                    "kind", self.tr("Kind"), choice_cell(FactorKind, None, FactorKind.THREAT)
                ),
                RowColumn(
                    "description",
                    self.tr("Threat or factor"),
                    lambda p: TextField(p, limits.PASSAGE),
                    3,
                ),
                RowColumn(
                    "affected_communities",
                    self.tr("Communities affected"),
                    lambda p: TextField(p, limits.PARAGRAPH),
                    2,
                ),
                RowColumn("likelihood", self.tr("Likelihood"), choice_cell(Level, "—")),
                RowColumn("impact", self.tr("Impact"), choice_cell(Level, "—")),
            ],
            self.tabs,
            add_label=self.tr("Add a &threat or factor"),
            hidden=("factor_id",),
        )
        self.register("factors", self.factors)
        self.factors.edited.connect(self._show_matrix)
        self.tabs.addTab(self.factors, self.tr("&Factors"))
        self.sources = SourcesField(self.tabs)
        self.sources.setAccessibleName(self.tr("Consultations it came from"))
        self.sources.open_meeting.connect(lambda m: self.open_requested.emit("meeting", m))
        self.register("sources", self.sources)
        self.tabs.addTab(_sources_page(self, self.sources), self.tr("&Consultations"))
        self.resize(980, 540)

    def load_choices(self, session: Session) -> None:
        return None

    def load_detail(self, session: Session, record_id: UUID) -> ProfileDetail | None:
        record = risk_profile_record(session, record_id)
        if record is None:
            return None
        city = session.get(City, record.header.city_id)
        stored = session.get(RiskProfile, record_id)
        return ProfileDetail(
            city.name if city else "",
            stored.version if stored else 0,
            city_consultations(session, record.header.city_id),
            record,
        )

    def populate(self, detail: ProfileDetail) -> None:
        self.detail = detail
        self.header.show_where(detail, detail.record.header, self.tr("risk profile"))
        self.sources.set_consultations(detail.consultations)
        for name, value in profile_state(detail.record).items():
            self.fields[name].restore(value)
        self._show_matrix()

    def after_restore(self) -> None:
        self._show_matrix()

    def _show_matrix(self) -> None:
        if self.detail is not None:
            record = profile_record(self.state(), self.detail.record)
            self.matrix.show_factors(entry.factor for entry in record.factors)

    def locked(self, detail: ProfileDetail) -> str | None:
        return _locked(detail.record.header.status)

    def show_locked(self, locked: bool) -> None:
        _show_locked(self.tabs, self.sources, locked)

    def check(self) -> tuple[RiskProfileRecord | None, list[Problem]]:
        if self.detail is None:
            return None, []
        record = profile_record(self.state(), self.detail.record)
        return record, risk_profile_record_problems(record)

    def show_nested_problems(self, problems: list[Problem], show_all: bool) -> list[Problem]:
        self.factors.show_row_problems(by_row(problems, Part.FACTORS))
        return [p for p in problems if not p.within(Part.FACTORS)]

    def save_work(self, record: RiskProfileRecord) -> Callable[[Progress], Saved[UUID]]:
        store = self.context.store

        def work(_progress: Progress) -> Saved[UUID]:
            saved = save_risk_profile(store, record)
            return Saved(saved.id, saved.changes)

        return work

    def draft_title(self) -> str:
        return self.header.title.value().strip() or self.tr("Risk profile")


class PreventionPlanForm(RecordForm[None, PlanDetail, PreventionPlanRecord]):
    FORM = PlanKind.PLAN.value
    WATCHED = frozenset({RecordKind.PLAN})
    open_requested = Signal(str, object)

    def build(self) -> None:
        self.setWindowTitle(self.tr("Prevention plan[*]"))
        self.detail: PlanDetail | None = None
        self._owners: list[tuple[str, str]] = []
        self.tabs = QTabWidget(self.body)
        QVBoxLayout(self.body).addWidget(self.tabs)
        first = QWidget(self.tabs)
        self.header = _Header(self, first)
        self.tabs.addTab(first, self.tr("&Plan"))
        self.objectives = RowEditor(
            [RowColumn("text", self.tr("Objective"), lambda p: TextField(p, limits.ITEM), 1)],
            self.tabs,
            add_label=self.tr("Add an &objective"),
            hidden=("objective_id",),
        )
        self.register("objectives", self.objectives)
        self.objectives.edited.connect(self._offer_objectives)
        self.tabs.addTab(self.objectives, self.tr("O&bjectives"))
        self.plan_actions = RowEditor(
            [
                RowColumn("text", self.tr("Action"), lambda p: TextField(p, limits.ITEM), 3),
                RowColumn("objective", self.tr("Objective"), self._objective_cell, 1),
                RowColumn("owner", self.tr("Owner"), self._owner_cell, 1),
                RowColumn("starts_on", self.tr("Starts"), DateField),
                RowColumn("due_on", self.tr("Due"), DateField),
                RowColumn(
                    "status",
                    self.tr("Status"),
                    choice_cell(PlanActionStatus, None, PlanActionStatus.PLANNED),
                ),
            ],
            self.tabs,
            add_label=self.tr("Add an &action"),
            hidden=("action_id",),
        )
        self.register("actions", self.plan_actions)
        self.tabs.addTab(self.plan_actions, self.tr("&Actions"))
        self.sources = SourcesField(self.tabs)
        self.sources.setAccessibleName(self.tr("Consultations it came from"))
        self.sources.open_meeting.connect(lambda m: self.open_requested.emit("meeting", m))
        self.register("sources", self.sources)
        self.tabs.addTab(_sources_page(self, self.sources), self.tr("&Consultations"))
        self.resize(1000, 540)

    def _objective_cell(self, parent: QWidget) -> ChoiceField:
        field = _narrow(ChoiceField(parent, self.tr("—")))
        field.set_choices(self._objective_choices())
        return field

    def _owner_cell(self, parent: QWidget) -> ChoiceField:
        field = _narrow(ChoiceField(parent, self.tr("—")))
        field.set_choices(self._owners)
        return field

    def _objective_choices(self) -> list[tuple[str, str]]:
        values = FormValues(self.state()) if "objectives" in self.fields else None
        if values is None:
            return []
        texts = [row.text("text").strip() for row in values.rows("objectives")]
        return [
            (key, f"{number}. {text}" if text else str(number))
            for number, (key, text) in enumerate(
                zip(objective_keys(values), texts, strict=True), start=1
            )
        ]

    def _offer_objectives(self) -> None:
        offered = self._objective_choices()
        for row in range(self.plan_actions.row_count()):
            self.plan_actions.cell(row, "objective").set_choices(offered)

    def load_choices(self, session: Session) -> None:
        return None

    def load_detail(self, session: Session, record_id: UUID) -> PlanDetail | None:
        record = prevention_plan_record(session, record_id)
        if record is None:
            return None
        city_id = record.header.city_id
        city = session.get(City, city_id)
        stored = session.get(PreventionPlan, record_id)
        named = people_named(
            session, [a.action.owner_id for a in record.actions if a.action.owner_id is not None]
        )
        owners = [(PERSON + str(p.id), p.name) for p in named.values()]
        owners += [
            (ORGANISATION + str(c.id), c.label) for c in organisation_choices(session, city_id)
        ]
        return PlanDetail(
            city.name if city else "",
            stored.version if stored else 0,
            city_consultations(session, city_id),
            record,
            owners,
        )

    def populate(self, detail: PlanDetail) -> None:
        self.detail = detail
        self._owners = detail.owners
        self.header.show_where(detail, detail.record.header, self.tr("prevention plan"))
        self.sources.set_consultations(detail.consultations)
        state = plan_state(detail.record)
        self.objectives.restore(state.pop("objectives"))
        for name, value in state.items():
            self.fields[name].restore(value)
        self.after_restore()

    def after_restore(self) -> None:
        """Actions name objectives by key: offer the objectives before the actions' values."""
        kept = self.plan_actions.state()
        self._offer_objectives()
        self.plan_actions.restore(kept)

    def locked(self, detail: PlanDetail) -> str | None:
        return _locked(detail.record.header.status)

    def show_locked(self, locked: bool) -> None:
        _show_locked(self.tabs, self.sources, locked)

    def check(self) -> tuple[PreventionPlanRecord | None, list[Problem]]:
        if self.detail is None:
            return None, []
        record = plan_record(self.state(), self.detail.record)
        return record, prevention_plan_record_problems(record)

    def show_nested_problems(self, problems: list[Problem], show_all: bool) -> list[Problem]:
        self.objectives.show_row_problems(by_row(problems, Part.OBJECTIVES))
        self.plan_actions.show_row_problems(by_row(problems, Part.PLAN_ACTIONS))
        return [
            p for p in problems if not p.within(Part.OBJECTIVES) and not p.within(Part.PLAN_ACTIONS)
        ]

    def save_work(self, record: PreventionPlanRecord) -> Callable[[Progress], Saved[UUID]]:
        store = self.context.store

        def work(_progress: Progress) -> Saved[UUID]:
            saved = save_prevention_plan(store, record)
            return Saved(saved.id, saved.changes)

        return work

    def draft_title(self) -> str:
        return self.header.title.value().strip() or self.tr("Prevention plan")


def _narrow(field: ChoiceField) -> ChoiceField:
    """A choice of long texts (objectives, owners) sized by the row, not by its longest text,
    which its tooltip shows."""
    field.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    field.setMinimumContentsLength(12)
    field.currentTextChanged.connect(field.setToolTip)
    return field


def _sources_page(parent: QWidget, sources: SourcesField) -> QWidget:
    page = QGroupBox(
        QCoreApplication.translate(
            "PlanForms", "The consultations it came from (double-click one to open it)"
        )
    )
    column = QVBoxLayout(page)
    column.addWidget(sources)
    return page


def _locked(status: PlanStatus) -> str | None:
    if status is PlanStatus.DRAFT:
        return None
    return translate(
        "Plans",
        "This version is adopted or superseded: it is kept as it was; start a new version on "
        "the Plans page to change it.",
    )


def _show_locked(tabs: QTabWidget, sources: SourcesField, locked: bool) -> None:
    """A published version is read, not edited; its consultations still open."""
    for index in range(tabs.count()):
        page = tabs.widget(index)
        if page is not None:
            page.setEnabled(not locked)
    sources.setEnabled(True)
    parent = sources.parentWidget()
    if parent is not None:
        parent.setEnabled(True)
    sources.set_ticking(not locked)
