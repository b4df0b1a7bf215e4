"""The Plans page: a city's risk profile and prevention plan built from a consultation through
their forms, adopted, and a second version started, changed and adopted, while the first stays
readable as it was; a rule broken in a form is shown under its row before anything is saved."""

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from scdesk.domain.meetings import MeetingKind
from scdesk.domain.plans import (
    FactorKind,
    Level,
    PlanHeader,
    PlanStatus,
    PreventionPlanRecord,
)
from scdesk.services.plans import PlanKind, adopt, save_prevention_plan
from scdesk.store.models import (
    PlanAction,
    PlanObjective,
    PlanSource,
    PreventionPlan,
    RiskFactor,
    RiskProfile,
)
from scdesk.store.store import Store
from scdesk.ui.context import AppContext
from scdesk.ui.forms.meeting_form import MeetingForm
from scdesk.ui.forms.plan_forms import PreventionPlanForm, RiskProfileForm
from scdesk.ui.forms.record_form import SomeRecordForm
from scdesk.ui.forms.row_editor import RowEditor
from scdesk.ui.main_window import MainWindow
from scdesk.ui.pages.plans import AdoptDialog, PlansPage, VersionBox
from tests import factories
from tests.ui.conftest import choose, click, keys, settle, type_text


def _page(qtbot: QtBot, context: AppContext) -> tuple[MainWindow, PlansPage]:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("plans")
    assert isinstance(page, PlansPage)
    settle(qtbot, context)
    return window, page


def _opened(qtbot: QtBot, window: MainWindow, kind: type[SomeRecordForm]) -> SomeRecordForm:
    """The form of its kind on screen (each is closed before the next opens), once read."""
    qtbot.waitUntil(lambda: any(f.isVisible() for f in window.findChildren(kind)))
    form = next(f for f in window.findChildren(kind) if f.isVisible())
    qtbot.waitUntil(lambda: form.stage.shown)
    return form


def _save(qtbot: QtBot, context: AppContext, form: SomeRecordForm) -> None:
    with qtbot.waitSignal(form.saved):
        click(form.save_button)
    settle(qtbot, context)


def _choose_version(box: VersionBox, number: int) -> None:
    index = next(i for i, v in enumerate(box.versions) if v.version == number)
    box.chooser.setCurrentIndex(index)


def test_a_plan_built_from_a_consultation_keeps_its_first_version_readable(
    qtbot: QtBot, hub: Store, context: AppContext
) -> None:
    mardan = factories.city(hub, "Mardan")
    consultation = factories.meeting(
        hub, mardan, kind=MeetingKind.CONSULTATION, title="Consultation with the mayor"
    )
    window, page = _page(qtbot, context)
    assert [c.city for c in page.cities] == ["Mardan"]
    assert page.profile.start_button.isVisible()
    assert not page.profile.adopt_button.isEnabled()

    # The risk profile: one threat rated high on both, from the consultation.
    click(page.profile.start_button)
    profile = _opened(qtbot, window, RiskProfileForm)
    assert isinstance(profile, RiskProfileForm)
    assert profile.header.title.value() == "Risk profile of Mardan"
    profile.tabs.setCurrentWidget(profile.factors)
    click(_add(profile.factors))
    assert profile.save_button.isEnabled()
    click(profile.save_button)  # a threat with no words is refused under its row
    assert _row_problem(profile.factors, 0) != ""
    assert profile.isWindowModified()  # what was typed is kept, unsaved
    with hub.read() as session:
        assert session.scalars(select(RiskFactor)).all() == []
    type_text(profile.factors.cell(0, "description"), "Hate speech before elections")
    keys(profile.factors.cell(0, "affected_communities"), "Sheikh Maltoon")
    choose(profile.factors.cell(0, "likelihood"), Level.HIGH.value)
    choose(profile.factors.cell(0, "impact"), Level.HIGH.value)
    assert _row_problem(profile.factors, 0) == ""
    assert profile.matrix.count(Level.HIGH, Level.HIGH) == 1
    profile.sources.items()[0].setCheckState(_checked())
    _save(qtbot, context, profile)
    assert not profile.isWindowModified()
    with hub.read() as session:
        stored = session.scalars(select(RiskProfile)).one()
        factors = [(f.kind, f.likelihood, f.impact) for f in session.scalars(select(RiskFactor))]
    assert (stored.title, stored.status, stored.version) == (
        "Risk profile of Mardan", PlanStatus.DRAFT, 1
    )  # fmt: skip
    assert factors == [(FactorKind.THREAT, Level.HIGH, Level.HIGH)]
    profile.close()

    # The plan: an objective and an action serving it, from the same consultation.
    click(page.plan.start_button)
    plan = _opened(qtbot, window, PreventionPlanForm)
    assert isinstance(plan, PreventionPlanForm)
    click(_add(plan.objectives))
    keys(plan.objectives.cell(0, "text"), "Calm tensions before elections")
    click(_add(plan.plan_actions))
    keys(plan.plan_actions.cell(0, "text"), "Train ten mediators")
    action_objective = plan.plan_actions.cell(0, "objective")
    choose(action_objective, action_objective.itemData(1))
    plan.plan_actions.cell(0, "starts_on").setDate(QDate(2026, 5, 1))
    plan.plan_actions.cell(0, "due_on").setDate(QDate(2026, 4, 1))
    plan.plan_actions.edited.emit()
    assert _row_problem(plan.plan_actions, 0) != ""  # due before it starts
    plan.plan_actions.cell(0, "due_on").setDate(QDate(2026, 9, 1))
    plan.plan_actions.edited.emit()
    assert _row_problem(plan.plan_actions, 0) == ""
    plan.sources.items()[0].setCheckState(_checked())
    _save(qtbot, context, plan)
    plan.close()
    assert not plan.isVisible()  # saved, so nothing is left to decide

    # Both adopted from the page.
    qtbot.waitUntil(lambda: page.profile.adopt_button.isEnabled())
    today = hub.now().date()
    _adopt(qtbot, context, page, page.profile, today.replace(day=1))
    _adopt(qtbot, context, page, page.plan)
    qtbot.waitUntil(lambda: page.plan.new_button.isEnabled())
    chosen = page.profile.chosen()
    assert chosen is not None
    assert (chosen.status, chosen.adopted_on) == (PlanStatus.ADOPTED, today.replace(day=1))

    # A second version of the plan, its action changed, adopted in turn.
    click(page.plan.new_button)
    second = _opened(qtbot, window, PreventionPlanForm)
    assert isinstance(second, PreventionPlanForm)
    assert second.header.where.text().endswith(f"prevention plan 2 · {PlanStatus.DRAFT}")
    field = second.plan_actions.cell(0, "text")
    field.selectAll()
    keys(field, "Train twenty mediators")
    _save(qtbot, context, second)
    second.close()
    qtbot.waitUntil(lambda: page.plan.adopt_button.isEnabled())
    _adopt(qtbot, context, page, page.plan)

    with hub.read() as session:
        versions = {p.version: (p.status, p.id) for p in session.scalars(select(PreventionPlan))}
        texts = {a.plan_id: a.text for a in session.scalars(select(PlanAction))}
        sourced = {s.plan_id: s.meeting_id for s in session.scalars(select(PlanSource))}
        served = {
            (a.plan_id, o.text)
            for a, o in session.execute(
                select(PlanAction, PlanObjective).join(
                    PlanObjective, PlanAction.objective_id == PlanObjective.id
                )
            )
        }
    assert [versions[n][0] for n in (1, 2)] == [PlanStatus.SUPERSEDED, PlanStatus.ADOPTED]
    assert texts == {
        versions[1][1]: "Train ten mediators",
        versions[2][1]: "Train twenty mediators",
    }
    assert sourced == {versions[1][1]: consultation, versions[2][1]: consultation}
    assert served == {(versions[n][1], "Calm tensions before elections") for n in (1, 2)}

    # The first version opens read-only, with its own values.
    qtbot.waitUntil(lambda: len(page.plan.versions) == 2)
    _choose_version(page.plan, 1)
    assert not page.plan.adopt_button.isEnabled()
    click(page.plan.open_button)
    first = _opened(qtbot, window, PreventionPlanForm)
    assert isinstance(first, PreventionPlanForm)
    qtbot.waitUntil(lambda: first.banner.isVisible())
    assert not first.save_button.isEnabled()
    assert not first.plan_actions.isEnabled()
    assert first.plan_actions.cell(0, "text").text() == "Train ten mediators"
    objective = first.plan_actions.cell(0, "objective").currentText()
    assert objective == "1. Calm tensions before elections"
    assert first.header.where.text().endswith(f"prevention plan 1 · {PlanStatus.SUPERSEDED}")


def _adopt(
    qtbot: QtBot, context: AppContext, page: PlansPage, box: VersionBox, on: date | None = None
) -> None:
    """Adopt the version chosen in box from its Adopt button, on a day (today unless given)."""
    click(box.adopt_button)
    dialog = page.findChildren(AdoptDialog)[-1]
    if on is not None:
        dialog.day.set_value(on)
        dialog.day.edited.emit()
    dialog.accept()
    dialog.deleteLater()
    settle(qtbot, context)


def test_a_version_is_never_adopted_on_a_day_to_come(
    qtbot: QtBot, hub: Store, context: AppContext
) -> None:
    mardan = factories.city(hub, "Mardan")
    save_prevention_plan(hub, PreventionPlanRecord(None, PlanHeader(mardan, "Plan of Mardan")))
    _window, page = _page(qtbot, context)
    click(page.plan.adopt_button)
    dialog = page.findChildren(AdoptDialog)[-1]
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled()
    dialog.day.set_value(hub.now().date() + timedelta(days=3))
    dialog.day.edited.emit()
    assert not ok.isEnabled()
    assert dialog.problem.text() == "The date it was adopted is in the future."
    dialog.reject()


def _add(editor: RowEditor) -> QPushButton:
    assert editor.add_button is not None
    return editor.add_button


def _row_problem(editor: RowEditor, row: int) -> str:
    return editor.row_problem(row).text()


def _checked() -> Qt.CheckState:
    return Qt.CheckState.Checked


def test_a_consultation_and_the_versions_it_fed_open_each_other(
    qtbot: QtBot, hub: Store, context: AppContext
) -> None:
    mardan = factories.city(hub, "Mardan")
    consultation = factories.meeting(
        hub, mardan, kind=MeetingKind.CONSULTATION, title="Consultation with the mayor"
    )
    header = PlanHeader(mardan, "Prevention plan of Mardan")
    plan_id = save_prevention_plan(
        hub, PreventionPlanRecord(None, header, None, (consultation,))
    ).id
    window, page = _page(qtbot, context)
    click(page.plan.open_button)
    plan = _opened(qtbot, window, PreventionPlanForm)
    assert isinstance(plan, PreventionPlanForm)
    plan.tabs.setCurrentIndex(plan.tabs.count() - 1)
    item = plan.sources.items()[0]
    assert item.checkState() is Qt.CheckState.Checked
    assert item.text().endswith("Consultation with the mayor")
    plan.sources.list.itemDoubleClicked.emit(item)
    meeting = _opened(qtbot, window, MeetingForm)
    assert isinstance(meeting, MeetingForm)
    assert meeting.record_id == consultation
    assert "Prevention plan 1" in meeting.plans_from.text()
    plan.close()
    qtbot.waitUntil(lambda: not plan.isVisible())
    meeting.plans_from.linkActivated.emit(f"plan:{plan_id}")
    reopened = _opened(qtbot, window, PreventionPlanForm)
    assert reopened.record_id == plan_id


def test_adopting_a_version_adopted_meanwhile_says_why_and_changes_nothing(
    qtbot: QtBot, hub: Store, context: AppContext
) -> None:
    mardan = factories.city(hub, "Mardan")
    header = PlanHeader(mardan, "Prevention plan of Mardan")
    plan_id = save_prevention_plan(hub, PreventionPlanRecord(None, header)).id
    _window, page = _page(qtbot, context)
    assert page.plan.adopt_button.isEnabled()
    adopted_on = hub.now().date()
    adopt(hub, PlanKind.PLAN, plan_id, adopted_on)  # on another window, unseen by this page
    _adopt(qtbot, context, page, page.plan)
    assert "start a new version" in page.problem.text()
    assert page.problem.isVisible()
    with hub.read() as session:
        stored = session.get(PreventionPlan, plan_id)
        assert stored is not None
        assert (stored.status, stored.adopted_on) == (PlanStatus.ADOPTED, adopted_on)
