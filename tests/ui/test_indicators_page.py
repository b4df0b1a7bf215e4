"""The Indicators page: an indicator defined with its targets through its form shows each target
with the actual value beside it, counted by the key figures, and the page follows an attendance
added elsewhere; an indicator the rules refuse says why under the field, and nothing is saved."""

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from scdesk.domain.meetings import AttendanceInput, MeetingId
from scdesk.domain.people import Gender, PersonId
from scdesk.domain.progress import Progress
from scdesk.services import meetings
from scdesk.services.saved import Saved
from scdesk.store.models import Indicator, IndicatorTarget
from scdesk.store.queries.meeting_detail import stored_meeting_record
from scdesk.store.store import Store
from scdesk.ui.context import AppContext
from scdesk.ui.forms.indicator_form import IndicatorForm
from scdesk.ui.main_window import MainWindow
from scdesk.ui.pages.indicators import IndicatorsPage
from tests import factories
from tests.ui.conftest import choose, click, keys, settle, type_text


def _page(qtbot: QtBot, context: AppContext) -> tuple[MainWindow, IndicatorsPage]:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("indicators")
    assert isinstance(page, IndicatorsPage)
    settle(qtbot, context)
    return window, page


def _new_form(qtbot: QtBot, window: MainWindow, page: IndicatorsPage) -> IndicatorForm:
    click(page.new_button)
    qtbot.waitUntil(lambda: bool(window.findChildren(IndicatorForm)))
    form = window.findChildren(IndicatorForm)[-1]
    qtbot.waitUntil(lambda: form.save_button.isEnabled())
    return form


def _add_target(form: IndicatorForm, start: date, end: date, target: int, city: str | None) -> None:
    click(form.targets.add_button)  # type: ignore[arg-type]
    row = form.targets.row_count() - 1
    form.targets.cell(row, "period_start").setDate(QDate(start.year, start.month, start.day))
    form.targets.cell(row, "period_end").setDate(QDate(end.year, end.month, end.day))
    if city is not None:
        choose(form.targets.cell(row, "city_id"), city)
    form.targets.cell(row, "target").setValue(target)


def _rows(table: QTableWidget) -> list[list[str]]:
    return [
        [table.item(row, column).text() for column in range(table.columnCount())]  # type: ignore[union-attr]
        for row in range(table.rowCount())
    ]


def _count(store: Store, model: type[Indicator] | type[IndicatorTarget]) -> int:
    with store.read() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_an_indicator_defined_with_targets_shows_its_actual_value_follow_an_attendance(
    qtbot: QtBot, hub: Store, context: AppContext
) -> None:
    mardan = factories.city(hub, "Mardan", "PK")
    ayesha = factories.person(hub, name="Ayesha", birth_year=1985)
    ravi = factories.person(hub, name="Ravi", gender=Gender.MALE, birth_year=2004)
    workshop = factories.meeting(hub, mardan, starts_at=factories.at(2026, 3, 2))
    factories.attend(hub, workshop, [AttendanceInput(ayesha)])
    window, page = _page(qtbot, context)
    assert page.indicators.rowCount() == 0

    form = _new_form(qtbot, window, page)
    keys(form.code, "OP1.1")
    type_text(form.name, "People engaged in prevention")
    gender = form.breakdowns.boxes["gender"]
    QTest.mouseClick(gender, Qt.MouseButton.LeftButton, pos=QPoint(8, gender.height() // 2))
    _add_target(form, date(2026, 1, 1), date(2026, 6, 30), 40, None)
    _add_target(form, date(2026, 1, 1), date(2026, 6, 30), 25, str(mardan))
    with qtbot.waitSignal(form.saved):
        click(form.save_button)
    settle(qtbot, context)

    assert (_count(hub, Indicator), _count(hub, IndicatorTarget)) == (1, 2)
    qtbot.waitUntil(lambda: page.indicators.rowCount() == 1)
    assert _rows(page.indicators)[0][0] == "OP1.1"
    assert _rows(page.targets) == [
        ["2026-01-01", "2026-06-30", "All cities", "40", "1"],
        ["2026-01-01", "2026-06-30", "Mardan", "25", "1"],
    ]
    assert _rows(page.by_breakdown)[:2] == [["gender", "female", "—", "1"], ["", "male", "—", "0"]]

    def add_ravi(_progress: Progress) -> Saved[MeetingId]:
        """Ravi's attendance, saved as the meeting's own form would from another window."""
        with hub.read() as session:
            record = stored_meeting_record(session, workshop)
        assert record is not None
        attendees = (AttendanceInput(PersonId(ayesha)), AttendanceInput(PersonId(ravi)))
        return meetings.save_meeting(hub, replace(record, attendees=attendees))

    context.ops.run(window, add_ravi, lambda _saved: None, label="Saving", writes=True)
    qtbot.waitUntil(lambda: page.targets.item(0, 4).text() == "2")  # type: ignore[union-attr]
    assert _rows(page.targets) == [
        ["2026-01-01", "2026-06-30", "All cities", "40", "2"],
        ["2026-01-01", "2026-06-30", "Mardan", "25", "2"],
    ]
    assert _rows(page.by_breakdown)[:2] == [["gender", "female", "—", "1"], ["", "male", "—", "1"]]


def test_a_refused_indicator_says_why_under_the_field_and_nothing_is_saved(
    qtbot: QtBot, hub: Store, context: AppContext
) -> None:
    window, page = _page(qtbot, context)
    form = _new_form(qtbot, window, page)
    keys(form.code, "OP 1")
    type_text(form.name, "Cities reached")
    _add_target(form, date(2026, 6, 30), date(2026, 1, 1), 3, None)
    click(form.save_button)
    settle(qtbot, context)

    assert form.problems.label("code").isVisible()
    assert form.problems.label("code").text() == "OP 1 is not an indicator code such as OP1.2."
    assert form.targets.row_problem(0).text() == (
        "The end date (2026-01-01) is before the start date (2026-06-30)."
    )
    assert _count(hub, Indicator) == 0

    form.code.selectAll()
    keys(form.code, "OP1.2")
    assert not form.problems.label("code").isVisible()


def test_a_target_removed_on_the_form_leaves_the_page(
    qtbot: QtBot, hub: Store, context: AppContext
) -> None:
    mardan = factories.city(hub, "Mardan", "PK")
    window, page = _page(qtbot, context)
    form = _new_form(qtbot, window, page)
    keys(form.code, "OP1.2")
    type_text(form.name, "Events held")
    choose(form.figure, "events_held")
    _add_target(form, date(2026, 1, 1), date(2026, 6, 30), 4, None)
    _add_target(form, date(2026, 1, 1), date(2026, 6, 30), 2, str(mardan))
    with qtbot.waitSignal(form.saved):
        click(form.save_button)
    form.close()
    qtbot.waitUntil(lambda: page.targets.rowCount() == 2)

    click(page.edit_button)
    qtbot.waitUntil(lambda: bool(window.findChildren(IndicatorForm)))
    edited = window.findChildren(IndicatorForm)[-1]
    qtbot.waitUntil(lambda: edited.save_button.isEnabled() and edited.targets.row_count() == 2)
    assert edited.code.value() == "OP1.2"
    click(edited.targets.row_buttons(0)[0])  # the network's target
    with qtbot.waitSignal(edited.saved):
        click(edited.save_button)
    settle(qtbot, context)

    assert _count_live_targets(hub) == 1
    qtbot.waitUntil(lambda: page.targets.rowCount() == 1)
    assert _rows(page.targets) == [["2026-01-01", "2026-06-30", "Mardan", "2", "0"]]


def _count_live_targets(store: Store) -> int:
    with store.read() as session:
        query = select(func.count()).where(IndicatorTarget.deleted.is_(False))
        return session.scalar(query) or 0


def test_choosing_a_figure_sets_its_counting_rule_and_offers_its_breakdowns(
    qtbot: QtBot, hub: Store, context: AppContext
) -> None:
    window, page = _page(qtbot, context)
    form = _new_form(qtbot, window, page)
    assert form.breakdowns.boxes["gender"].isEnabled()
    assert not form.breakdowns.boxes["status"].isEnabled()  # people have no grant status
    choose(form.figure, "member_cities")
    assert form.counting_rule.value() == "cities"
    assert not form.problems.label("counting_rule").isVisible()
    offered = [name for name, box in form.breakdowns.boxes.items() if box.isEnabled()]
    assert offered == ["country"]  # the one breakdown member cities give

    choose(form.counting_rule, "events")
    assert form.problems.label("counting_rule").isVisible()
    assert form.problems.label("counting_rule").text() == (
        "Member cities counts member cities, each counted once, not events held: choose that "
        "counting rule."
    )
    choose(form.figure, "events_held")
    assert form.counting_rule.value() == "events"
    assert not form.problems.label("counting_rule").isVisible()


def test_a_target_for_women_shows_beside_the_women_counted_and_an_undeclared_one_is_previewed(
    qtbot: QtBot, hub: Store, context: AppContext
) -> None:
    mardan = factories.city(hub, "Mardan", "PK")
    ayesha = factories.person(hub, name="Ayesha", birth_year=1985)
    workshop = factories.meeting(hub, mardan, starts_at=factories.at(2026, 3, 2))
    factories.attend(hub, workshop, [AttendanceInput(ayesha)])
    window, page = _page(qtbot, context)
    form = _new_form(qtbot, window, page)
    keys(form.code, "OP1.4")
    type_text(form.name, "Women engaged")
    _add_target(form, date(2026, 1, 1), date(2026, 6, 30), 40, None)
    choose(form.targets.cell(0, "category"), "gender=female")
    click(form.save_button)
    settle(qtbot, context)
    assert form.targets.row_problem(0).text() == (
        "The indicator does not declare the breakdown gender: declare it or choose another."
    )
    assert _count(hub, Indicator) == 0

    gender = form.breakdowns.boxes["gender"]
    QTest.mouseClick(gender, Qt.MouseButton.LeftButton, pos=QPoint(8, gender.height() // 2))
    assert form.targets.row_problem(0).text() == ""
    with qtbot.waitSignal(form.saved):
        click(form.save_button)
    settle(qtbot, context)

    qtbot.waitUntil(lambda: page.indicators.rowCount() == 1)
    assert _rows(page.targets) == [["2026-01-01", "2026-06-30", "All cities", "—", "1"]]
    assert _rows(page.by_breakdown)[:2] == [["gender", "female", "40", "1"], ["", "male", "—", "0"]]
