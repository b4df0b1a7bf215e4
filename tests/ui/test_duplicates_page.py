"""The duplicates page: a person recorded twice (in Urdu and in Latin script) is shown as a pair
with its reasons and side by side; one click merges them and the dashboard counts one person;
another pair is dismissed and not shown again."""

from pytestqt.qtbot import QtBot

from scdesk.domain.figures import FigureKey
from scdesk.domain.meetings import AttendanceInput
from scdesk.domain.periods import Period
from scdesk.store.store import Store
from scdesk.ui.context import AppContext
from scdesk.ui.main_window import MainWindow
from scdesk.ui.pages.dashboard import DashboardPage
from scdesk.ui.pages.duplicates import DuplicatesPage
from scdesk.ui.text_direction import isolate
from tests import factories
from tests.ui.conftest import settle


def test_a_pair_merged_from_the_page_counts_once_on_the_dashboard(
    qtbot: QtBot, hub: Store, context: AppContext
) -> None:
    store = hub
    city = factories.city(store, "Mardan", name_local="مردان")
    latin = factories.person(store, name="Zainab Bibi", city_id=city, birth_year=1999)
    urdu = factories.person(store, name="زینب بی بی", city_id=city, birth_year=1999,
                            phone="+923001234567")  # fmt: skip
    workshop = factories.meeting(store, city)
    factories.attend(store, workshop, [AttendanceInput(latin), AttendanceInput(urdu)])
    context.settings = context.settings.__class__(dashboard_period=Period.ALL)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    dashboard = window.show_page("dashboard")
    assert isinstance(dashboard, DashboardPage)
    settle(qtbot, context)
    assert dashboard.cards[FigureKey.PEOPLE_ENGAGED].number.text() == "2"
    assert dashboard.duplicates.isVisible()
    assert dashboard.duplicates.text().startswith("1 pair")

    page = window.show_page("duplicates")
    assert isinstance(page, DuplicatesPage)
    settle(qtbot, context)
    assert [(p.first_name, p.second_name) for p in page.pairs] in (
        [("Zainab Bibi", "زینب بی بی")], [("زینب بی بی", "Zainab Bibi")],
    )  # fmt: skip
    assert "same city" in page.table.item(0, 4).text()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: page.sides.rowCount() > 0)
    phone = next(f for f in page.fields if f.field == "phone")
    assert phone.differs

    keep_latin = page.pairs[0].first_id == latin
    (page.keep_first if keep_latin else page.keep_second).click()
    settle(qtbot, context)
    assert f"{isolate('Zainab Bibi')} kept" in page.message.text()
    assert page.pairs == []
    window.show_page("dashboard")
    qtbot.waitUntil(lambda: dashboard.cards[FigureKey.PEOPLE_ENGAGED].number.text() == "1")
    assert not dashboard.duplicates.isVisible()


def test_a_dismissed_pair_is_not_shown_again(qtbot: QtBot, hub: Store, context: AppContext) -> None:
    city = factories.city(hub, "Mardan")
    factories.person(hub, name="Ayesha Khan", city_id=city, birth_year=1990)
    factories.person(hub, name="Ayesha Khan", city_id=city, birth_year=1990)
    window = MainWindow(context)
    qtbot.addWidget(window)
    page = window.show_page("duplicates")
    assert isinstance(page, DuplicatesPage)
    settle(qtbot, context)
    assert len(page.pairs) == 1
    page.different.click()
    settle(qtbot, context)
    assert "not suggested again" in page.message.text()
    assert page.pairs == []
