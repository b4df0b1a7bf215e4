"""The main window: every page reachable, by click or shortcut; the sync status in the status
bar; the page shown last comes back next time."""

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from scdesk.settings import PAGES
from scdesk.store.store import Store
from scdesk.ui.context import AppContext
from scdesk.ui.main_window import MainWindow
from scdesk.ui.pages.list_page import ListPage
from tests import factories
from tests.ui.conftest import press, settle


def test_every_page_opens_from_the_navigation(
    qtbot: QtBot, main_window: MainWindow, context: AppContext
) -> None:
    for row, key in enumerate(PAGES):
        main_window.navigation.setCurrentRow(row)
        assert main_window.shown_page() is main_window.pages[key]
    settle(qtbot, context)
    assert set(main_window.pages) == set(PAGES)


def test_ctrl_and_a_number_switches_pages(qtbot: QtBot, main_window: MainWindow) -> None:
    press(main_window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert main_window.shown_page() is main_window.pages["meetings"]
    press(main_window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert main_window.shown_page() is main_window.pages["people"]


def test_ctrl_f_puts_the_cursor_in_the_pages_search(qtbot: QtBot, main_window: MainWindow) -> None:
    page = main_window.show_page("people")
    assert isinstance(page, ListPage)
    press(main_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(page.search.hasFocus)


def test_the_status_bar_counts_the_saves_no_other_device_has_yet(
    qtbot: QtBot, store: Store, main_window: MainWindow, context: AppContext
) -> None:
    settle(qtbot, context)
    assert main_window.sync_label.text() == "0 unsynced change(s) · never exported"
    factories.city(store)
    factories.city(store, "Peshawar")
    main_window.refresh_status()
    qtbot.waitUntil(lambda: main_window.sync_label.text().startswith("2 unsynced"))


def test_the_last_page_shown_opens_first_next_time(
    qtbot: QtBot, main_window: MainWindow, context: AppContext
) -> None:
    main_window.show_page("cities")
    main_window.close()
    stored = context.settings_store.load()
    assert stored.last_page == "cities"
    context.settings = stored
    again = MainWindow(context)
    qtbot.addWidget(again)
    assert again.shown_page() is again.pages["cities"]
