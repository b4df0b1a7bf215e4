"""The dashboard shows the key figures for a period and place, with their breakdowns."""

from datetime import date

import pytest
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot

from scdesk.domain.figures import FigureKey
from scdesk.domain.meetings import AttendanceInput, HeadcountInput
from scdesk.domain.people import AgeBand, CityId, Gender
from scdesk.domain.periods import Period
from scdesk.domain.places import CityInput, CityRecord
from scdesk.domain.progress import Progress
from scdesk.services import places
from scdesk.services.figures import FigureQuery, compute_figures
from scdesk.services.saved import Saved
from scdesk.settings import PAGES
from scdesk.store.store import Store
from scdesk.ui import ops
from scdesk.ui.context import AppContext
from scdesk.ui.main_window import PROGRAMME_PAGES, MainWindow
from scdesk.ui.pages.dashboard import DashboardPage
from tests import factories
from tests.ui.conftest import choose, click, settle


def _table(page: DashboardPage, name: str) -> dict[str, str]:
    table = next(t for t in page.tables if t.accessibleName() == name)
    assert isinstance(table, QTableWidget)
    return {
        table.item(row, 0).text(): table.item(row, 1).text()  # type: ignore[union-attr]
        for row in range(table.rowCount())
    }


def test_the_dashboard_shows_the_figures_and_their_breakdowns_for_the_last_twelve_months(
    qtbot: QtBot, hub: Store, context: AppContext
) -> None:
    store = hub
    city = factories.city(store, "Colombo", "LK", name_local="කොළඹ")
    women = [factories.person(store, name=f"Woman {n}") for n in range(3)]
    man = factories.person(store, name="Man", gender=Gender.MALE)
    held = factories.meeting(store, city, starts_at=factories.at(2026, 6, 2))
    factories.attend(
        store,
        held,
        [AttendanceInput(p) for p in (*women, man)],
        [HeadcountInput(Gender.FEMALE, 6, AgeBand.FROM_18)],
        10,
    )
    factories.meeting(store, city, starts_at=factories.at(2025, 6, 2), title="Too early")
    main_window = MainWindow(context)
    qtbot.addWidget(main_window)
    page = _dashboard(qtbot, main_window, context)
    expected = compute_figures(store, FigureQuery(date(2025, 11, 25), date(2026, 11, 25)))
    assert page.cards[FigureKey.PEOPLE_ENGAGED].number.text() == "10"
    assert expected.figures[FigureKey.PEOPLE_ENGAGED].total == 10
    assert page.cards[FigureKey.EVENTS_HELD].number.text() == "1"
    assert page.scope.text() == "From 2025-11-25 to 2026-11-25, all cities"
    assert _table(page, "By gender") == {"female": "9", "male": "1"}
    assert _table(page, "By age band")["18 to 24"] == "6"

    page.period.setCurrentIndex(page.period.findData(Period.ALL.value))
    page.period.activated.emit(page.period.currentIndex())
    qtbot.waitUntil(lambda: page.cards[FigureKey.EVENTS_HELD].number.text() == "2")
    page._choose(FigureKey.EVENTS_HELD)
    assert _table(page, "By country") == {"Sri Lanka": "2"}


def _dashboard(qtbot: QtBot, window: MainWindow, context: AppContext) -> DashboardPage:
    """The window's dashboard, shown with its figures counted."""
    page = window.show_page("dashboard")
    assert isinstance(page, DashboardPage)
    settle(qtbot, context)
    return page


def _add_city(store: Store, window: MainWindow, context: AppContext) -> None:
    """Lucknow saved as the window saves a record: through the op helper, which says what
    changed."""

    def add(_progress: Progress) -> Saved[CityId]:
        return places.save_city(store, CityRecord(None, CityInput("Lucknow", "IN", "लखनऊ")))

    context.ops.run(window, add, lambda _saved: None, label="Saving", writes=True)


def test_a_saved_change_brings_the_figures_up_to_date(
    qtbot: QtBot, hub: Store, main_window: MainWindow, context: AppContext
) -> None:
    page = _dashboard(qtbot, main_window, context)
    assert page.cards[FigureKey.MEMBER_CITIES].number.text() == "0"

    _add_city(hub, main_window, context)
    qtbot.waitUntil(lambda: page.cards[FigureKey.MEMBER_CITIES].number.text() == "1")


def test_a_change_made_while_the_dashboard_is_hidden_is_counted_when_it_shows_again(
    qtbot: QtBot, hub: Store, main_window: MainWindow, context: AppContext
) -> None:
    page = _dashboard(qtbot, main_window, context)
    main_window.show_page("meetings")
    settle(qtbot, context)
    counted: list[bool] = []
    page.loaded.connect(lambda: counted.append(True))

    _add_city(hub, main_window, context)
    settle(qtbot, context)
    assert not counted  # hidden: not counted again yet
    assert page.cards[FigureKey.MEMBER_CITIES].number.text() == "0"

    main_window.show_page("dashboard")
    qtbot.waitUntil(lambda: page.cards[FigureKey.MEMBER_CITIES].number.text() == "1")
    assert counted == [True]


def test_a_city_outside_the_country_chosen_is_said_in_place_of_the_figures(
    qtbot: QtBot, hub: Store, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    jaffna = factories.city(hub, "Jaffna", "LK")
    boxes: list[str] = []
    monkeypatch.setattr(ops, "show_refusal", lambda _parent, error: boxes.append(str(error)))
    page = DashboardPage(context)  # its cities read with Jaffna among them
    qtbot.addWidget(page)
    page.show()
    settle(qtbot, context)
    choose(page.city, str(jaffna))
    settle(qtbot, context)
    choose(page.country, "PK")
    qtbot.waitUntil(lambda: "is in Sri Lanka, not in Pakistan" in page.scope.text())
    assert {card.number.text() for card in page.cards.values()} == {"—"}
    assert not page.tables
    assert not boxes  # said on the page, not in a box to close on every change

    choose(page.country, "LK")
    qtbot.waitUntil(lambda: page.scope.text().endswith("Jaffna"))
    assert page.cards[FigureKey.MEMBER_CITIES].number.text() == "1"


def test_the_dashboard_opens_on_the_period_chosen_last(
    qtbot: QtBot, hub: Store, main_window: MainWindow, context: AppContext
) -> None:
    page = main_window.show_page("dashboard")
    assert isinstance(page, DashboardPage)
    choose(page.period, Period.THIS_YEAR.value)
    settle(qtbot, context)

    reopened = DashboardPage(context)
    qtbot.addWidget(reopened)
    assert reopened.period.currentText() == "This year"
    assert reopened.query().period_from == date(2026, 1, 1)
    settle(qtbot, context)


def test_the_dashboard_links_to_each_page_of_the_programmes_work(
    qtbot: QtBot, hub: Store, main_window: MainWindow, context: AppContext
) -> None:
    page = main_window.show_page("dashboard")
    assert isinstance(page, DashboardPage)
    names = main_window.page_names()
    assert {key: button.text() for key, button in page.links.items()} == {
        key: names[key] for key in PROGRAMME_PAGES if key in PAGES
    }
    assert "support" in page.links
    assert "findings" in page.links
    for key, button in page.links.items():
        click(button)
        assert main_window.current_page() is main_window.page(key)
        main_window.show_page("dashboard")
    settle(qtbot, context)
