"""An indicator and its targets: what it counts, the breakdowns a report must give, and the
target per period and city (or all cities) and, optionally, breakdown category, saved
together."""

from collections.abc import Callable
from dataclasses import dataclass
from uuid import UUID

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGridLayout, QGroupBox, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from scdesk.domain import limits
from scdesk.domain.changes import RecordKind
from scdesk.domain.figures import Dimension, FigureKey
from scdesk.domain.indicator_kinds import FIGURE_DIMENSIONS, FIGURE_RULES
from scdesk.domain.indicators import (
    FIXED_CATEGORIES,
    CountingRule,
    IndicatorLevel,
    IndicatorTargets,
    indicator_targets_problems,
)
from scdesk.domain.labels import choices, country_label, label
from scdesk.domain.places import CityName
from scdesk.domain.progress import Progress
from scdesk.domain.rules import Part, Problem, by_row
from scdesk.domain.support import GrantStatus
from scdesk.services.indicators import indicator_targets, save_indicator
from scdesk.services.saved import Saved
from scdesk.store.queries.choices import city_names, grant_currencies
from scdesk.ui.collation import city_choice_items
from scdesk.ui.form_records.indicators import category_key, indicator_record
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

    def offer(self, given: tuple[Dimension, ...]) -> None:
        """Only the breakdowns the figure gives can be checked; one checked already stays
        enabled, so it can be unchecked (its problem says why it is refused)."""
        for name, box in self.boxes.items():
            box.setEnabled(Dimension(name) in given or box.isChecked())

    def restore(self, state: object) -> None:
        checked = {s for s in state if isinstance(s, str)} if isinstance(state, list) else set()
        for name, box in self.boxes.items():
            box.restore(name in checked)


@dataclass(frozen=True, slots=True)
class IndicatorChoices:
    """What the form offers from the store: the cities, and the currencies grants are in."""

    cities: list[CityName]
    currencies: list[str]


class IndicatorForm(RecordForm[IndicatorChoices, IndicatorTargets, IndicatorTargets]):
    FORM = "indicator"
    WATCHED = frozenset({RecordKind.INDICATOR})

    def build(self) -> None:
        self.setWindowTitle(self.tr("Indicator[*]"))
        self._cities: list[tuple[str, str]] = []
        self._offered = IndicatorChoices([], [])
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
        self.figure.set_choices([(name, label(name)) for name in FIGURE_RULES])
        self.figure.edited.connect(self._follow_figure)
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
                RowColumn("category", self.tr("For"), self._category, 2),
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
        self.resize(860, 580)

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

    def _category(self, parent: QWidget) -> ChoiceField:
        """The whole count, or one category of a breakdown the figure gives (gender: female)."""
        field = ChoiceField(parent, self.tr("Whole count"))
        field.set_choices(self._categories())
        return field

    def _categories(self) -> list[tuple[str, str]]:
        offered: list[tuple[str, str]] = []
        for dimension in FIGURE_DIMENSIONS.get(self.figure.value() or "", ()):
            for key, name in self._category_names(dimension):
                #: {breakdown} is a breakdown such as "gender", {category} one of its
                #: categories such as "female".
                text = self.tr("{breakdown}: {category}")
                words = text.format(breakdown=label(dimension), category=name)
                offered.append((category_key(dimension, key) or "", words))
        return offered

    def _category_names(self, dimension: Dimension) -> list[tuple[str, str]]:
        cities = self._offered.cities
        if dimension is Dimension.CITY:
            return [(str(c.id), c.label) for c in cities]
        if dimension is Dimension.COUNTRY:
            return [(code, country_label(code)) for code in sorted({c.country for c in cities})]
        if dimension is Dimension.CURRENCY:
            return [(code, code) for code in self._offered.currencies]
        if dimension is Dimension.STATUS:
            return [(key, label(GrantStatus(key))) for key in FIXED_CATEGORIES[dimension]]
        return [(key, label(key)) for key in FIXED_CATEGORIES.get(dimension, ())]

    def _follow_figure(self) -> None:
        """A figure has one counting rule: choosing the figure sets it, and the targets offer
        the categories of the breakdowns it gives."""
        rule = FIGURE_RULES.get(self.figure.value() or "")
        if rule is not None:
            self.counting_rule.set_value(rule.value)
        self._offer_breakdowns()
        self.targets.restore(self.targets.state())
        self.revalidate()

    def _offer_breakdowns(self) -> None:
        self.breakdowns.offer(FIGURE_DIMENSIONS.get(self.figure.value() or "", ()))

    # ------------------------------------------------------------------ hooks
    def load_choices(self, session: Session) -> IndicatorChoices:
        return IndicatorChoices(city_names(session), grant_currencies(session))

    def populate_choices(self, offered: IndicatorChoices) -> None:
        self._offered = offered
        self._cities = city_choice_items(offered.cities)
        self.targets.restore(self.targets.state())  # the rows' lists offer them too

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
        self._offer_breakdowns()
        self.baseline.set_number(indicator.baseline)
        self.targets.restore(
            [
                {
                    "target_id": str(row.target_id) if row.target_id else None,
                    "period_start": row.target.period_start.isoformat(),
                    "period_end": row.target.period_end.isoformat(),
                    "city_id": str(row.target.city_id) if row.target.city_id else None,
                    "target": row.target.target,
                    "category": category_key(row.target.breakdown, row.target.category),
                }
                for row in detail.targets
            ]
        )

    def populate_new(self) -> None:
        self.level.set_value(IndicatorLevel.OUTPUT.value)
        self.counting_rule.set_value(CountingRule.DISTINCT_PEOPLE.value)
        self.figure.set_value(FigureKey.PEOPLE_ENGAGED.value)
        self._offer_breakdowns()

    def after_restore(self) -> None:
        self._offer_breakdowns()
        self.targets.restore(self.targets.state())

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
