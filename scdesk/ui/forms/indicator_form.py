"""An indicator and its targets: what it counts, the breakdowns a report must give, and the
target per period and city (or all cities), saved together."""

from collections.abc import Callable
from uuid import UUID

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGridLayout, QGroupBox, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from scdesk.domain import limits
from scdesk.domain.changes import RecordKind
from scdesk.domain.figures import Dimension, FigureKey
from scdesk.domain.indicators import (
    CountingRule,
    IndicatorLevel,
    IndicatorTargets,
    indicator_targets_problems,
)
from scdesk.domain.labels import choices, label
from scdesk.domain.progress import Progress
from scdesk.domain.rules import Part, Problem, by_row
from scdesk.services.indicators import indicator_targets, save_indicator
from scdesk.services.saved import Saved
from scdesk.store.queries.choices import Choice, city_choices
from scdesk.ui.collation import city_choice_items
from scdesk.ui.form_records.indicators import indicator_record
from scdesk.ui.forms.fields import (
    CheckField,
    ChoiceField,
    DateField,
    NumberField,
    ProblemLabel,
    TextField,
)
from scdesk.ui.forms.record_form import RecordForm
from scdesk.ui.forms.row_editor import RowColumn, RowEditor


class BreakdownsField(QWidget):
    """The breakdowns a report must show, one check box each; its state is the names checked."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, CheckField] = {}
        for number, dimension in enumerate(Dimension):
            box = CheckField(label(dimension), self)
            box.edited.connect(self.edited)
            grid.addWidget(box, number // 4, number % 4)
            self.boxes[dimension.value] = box

    def state(self) -> list[str]:
        return [name for name, box in self.boxes.items() if box.isChecked()]

    def restore(self, state: object) -> None:
        checked = {s for s in state if isinstance(s, str)} if isinstance(state, list) else set()
        for name, box in self.boxes.items():
            box.restore(name in checked)


class IndicatorForm(RecordForm[list[Choice], IndicatorTargets, IndicatorTargets]):
    FORM = "indicator"
    WATCHED = frozenset({RecordKind.INDICATOR})

    def build(self) -> None:
        self.setWindowTitle(self.tr("Indicator[*]"))
        self._cities: list[tuple[str, str]] = []
        column = QVBoxLayout(self.body)
        details = QGroupBox(self.tr("Indicator"), self.body)
        form = QFormLayout(details)
        self.code = self.add_field(form, "code", self.tr("C&ode"), TextField(details, 32))
        self.code.setPlaceholderText(self.tr("OP1.2"))
        self.name = self.add_field(
            form, "name", self.tr("&Name"), TextField(details, limits.HEADING)
        )
        self.level = self.add_field(form, "level", self.tr("&Level"), ChoiceField(details))
        self.level.set_choices(choices(IndicatorLevel))
        self.counting_rule = self.add_field(
            form, "counting_rule", self.tr("Counting &rule"), ChoiceField(details)
        )
        self.counting_rule.set_choices(choices(CountingRule))
        self.figure = self.add_field(
            form, "figure", self.tr("&Key figure it follows"), ChoiceField(details)
        )
        self.figure.set_choices(choices(FigureKey))
        self.breakdowns = self.add_field(
            form, "breakdowns", self.tr("&Breakdowns"), BreakdownsField(details)
        )
        self.baseline = self.add_field(
            form, "baseline", self.tr("Base&line"), NumberField(details, self.tr("none"), 10**9)
        )
        column.addWidget(details)

        targets = QGroupBox(self.tr("Targets"), self.body)
        rows = QVBoxLayout(targets)
        self.targets = RowEditor(
            [
                RowColumn("period_start", self.tr("From"), self._day),
                RowColumn("period_end", self.tr("To"), self._day),
                RowColumn("city_id", self.tr("City"), self._city, 2),
                RowColumn("target", self.tr("Target"), self._number, 1),
            ],
            targets,
            add_label=self.tr("&Add a target"),
            hidden=("target_id",),
        )
        self.register("targets", self.targets)
        rows.addWidget(self.targets, 1)
        self.targets_problem = ProblemLabel(targets)
        self.problems.add_label("targets", self.targets_problem, "targets")
        rows.addWidget(self.targets_problem)
        column.addWidget(targets, 1)
        self.resize(760, 580)

    def _day(self, parent: QWidget) -> DateField:
        field = DateField(parent, optional=False)
        field.set_value(self.context.store.now().date())
        return field

    def _city(self, parent: QWidget) -> ChoiceField:
        field = ChoiceField(parent, self.tr("All cities"))
        field.set_choices(self._cities)
        return field

    def _number(self, parent: QWidget) -> NumberField:
        return NumberField(parent, maximum=10**9)

    # ------------------------------------------------------------------ hooks
    def load_choices(self, session: Session) -> list[Choice]:
        return city_choices(session)

    def populate_choices(self, cities: list[Choice]) -> None:
        self._cities = city_choice_items(cities)
        self.targets.restore(self.targets.state())  # the rows' city lists offer them too

    def load_detail(self, session: Session, record_id: UUID) -> IndicatorTargets | None:
        return indicator_targets(session, record_id)

    def populate(self, detail: IndicatorTargets) -> None:
        indicator = detail.indicator
        self.code.set_value(indicator.code)
        self.name.set_value(indicator.name)
        self.level.set_value(indicator.level.value)
        self.counting_rule.set_value(indicator.counting_rule.value)
        self.figure.set_value(indicator.figure)
        self.breakdowns.restore([b for b in indicator.breakdowns.split(",") if b])
        self.baseline.set_number(indicator.baseline)
        self.targets.restore(
            [
                {
                    "target_id": str(row.target_id) if row.target_id else None,
                    "period_start": row.target.period_start.isoformat(),
                    "period_end": row.target.period_end.isoformat(),
                    "city_id": str(row.target.city_id) if row.target.city_id else None,
                    "target": row.target.target,
                }
                for row in detail.targets
            ]
        )

    def populate_new(self) -> None:
        self.level.set_value(IndicatorLevel.OUTPUT.value)
        self.counting_rule.set_value(CountingRule.DISTINCT_PEOPLE.value)
        self.figure.set_value(FigureKey.PEOPLE_ENGAGED.value)

    def check(self) -> tuple[IndicatorTargets, list[Problem]]:
        record = indicator_record(self.state(), self.record_id, self.context.store.now().date())
        return record, indicator_targets_problems(record)

    def show_nested_problems(self, problems: list[Problem], show_all: bool) -> list[Problem]:
        self.targets.show_row_problems(by_row(problems, Part.TARGETS))
        return [p for p in problems if not p.within(Part.TARGETS)]

    def save_work(self, record: IndicatorTargets) -> Callable[[Progress], Saved[UUID]]:
        store = self.context.store
        return lambda _progress: save_indicator(store, record)

    def draft_title(self) -> str:
        return self.code.value().strip() or self.tr("New indicator")
