"""The window, every form and dialog fit a cheap laptop's 1024x600 screen in every language; the
window remembers its size and place; the dashboard's bars grow from the right in Urdu."""

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLabel,
    QProgressBar,
    QScrollArea,
    QWidget,
)
from pytestqt.qtbot import QtBot

from scdesk.domain.meetings import AttendanceInput
from scdesk.domain.people import Gender
from scdesk.services.report_requests import ReportRequest
from scdesk.services.reports import ReportKind
from scdesk.settings import PAGES
from scdesk.store.store import Store
from scdesk.ui.context import AppContext
from scdesk.ui.first_run import FirstRunDialog
from scdesk.ui.fonts import load_fonts
from scdesk.ui.form_opener import form_class
from scdesk.ui.language import Interface
from scdesk.ui.main_window import NAVIGATION_WIDTHS, MainWindow
from scdesk.ui.pages.dashboard import DashboardPage
from scdesk.ui.pages.list_page import STRETCH_CHARACTERS
from scdesk.ui.pages.meetings import MeetingsPage
from scdesk.ui.pages.report_options import wrapping_check
from scdesk.ui.pages.sync import SyncPage
from scdesk.ui.report_dialog import ReportDialog
from scdesk.ui.screen_fit import FRAME, fits, fitted
from scdesk.ui.settings_dialog import SettingsDialog
from tests import factories
from tests.ui.conftest import click, settle

#: A cheap laptop's screen, less a task bar at the bottom.
LAPTOP = QRect(0, 0, 1024, 600 - 32)
#: The room a window has there, inside its frame.
ROOM = LAPTOP.marginsRemoved(FRAME).size()
FORM_KINDS = (
    "meeting", "activity", "person", "committee", "organisation", "city", "grant", "advice",
    "risk_profile", "plan", "indicator", "raising",
)  # fmt: skip


def _within(widget: QWidget, room: QSize) -> bool:
    least = widget.minimumSizeHint().expandedTo(widget.minimumSize())
    return least.width() <= room.width() and least.height() <= room.height()


def test_a_window_larger_than_the_screen_is_cut_to_it_and_a_smaller_one_is_centred() -> None:
    large = fitted(QSize(1200, 760), LAPTOP)
    assert fits(large, LAPTOP)
    assert large.size() == ROOM  # the whole screen, less the frame
    small = fitted(QSize(600, 400), QRect(0, 0, 1366, 768))
    assert small.size() == QSize(600, 400)
    assert fits(small, QRect(0, 0, 1366, 768))
    assert small.center().x() in range(680, 687)
    assert not fits(QRect(500, 300, 600, 400), LAPTOP)  # off the bottom right


def test_the_main_window_opens_within_the_screen_and_gets_its_size_and_place_back(
    qtbot: QtBot, hub: Store, context: AppContext, qapp: QApplication
) -> None:
    available = qapp.primaryScreen().availableGeometry()
    window = MainWindow(context)
    qtbot.addWidget(window)
    assert fits(window.geometry(), available)
    kept = QRect(available.left() + 40, available.top() + 50, 640, 420)
    window.setGeometry(kept)
    window.show()
    qtbot.waitExposed(window)
    window.close()
    settle(qtbot, context)

    again = MainWindow(context)
    qtbot.addWidget(again)
    assert again.geometry() == kept

    again.setGeometry(QRect(available.topLeft(), available.size() * 2))  # a monitor now gone
    again.close()
    settle(qtbot, context)
    third = MainWindow(context)
    qtbot.addWidget(third)
    assert fits(third.geometry(), available)


@pytest.mark.parametrize("language", ["ta", "ur", "bn"])
def test_every_page_of_the_main_window_fits_a_laptop_screen(
    qtbot: QtBot, hub: Store, context: AppContext, interface: Interface, language: str
) -> None:
    load_fonts(QApplication.instance())  # type: ignore[arg-type]
    interface.use(language)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(ROOM)
    window.show()
    qtbot.waitExposed(window)
    assert _within(window, ROOM)
    for key in PAGES:
        window.show_page(key)
        settle(qtbot, context)
        QApplication.processEvents()
        holder = window.stack.currentWidget()
        assert isinstance(holder, QScrollArea)
        assert not holder.horizontalScrollBar().isVisible(), key
        if key != "sync":  # its explanations take more lines than a laptop has: it scrolls
            assert not holder.verticalScrollBar().isVisible(), key
    sync = window.show_page("sync")
    assert isinstance(sync, SyncPage)
    holder = window.stack.currentWidget()
    assert isinstance(holder, QScrollArea)
    viewport = holder.viewport()
    for button in (sync.export_button, sync.import_button):  # on screen before any scrolling
        assert viewport.rect().contains(button.mapTo(viewport, button.rect().bottomRight()))
    names = window.page_names().values()
    metrics = window.navigation.fontMetrics()
    longest = max(metrics.horizontalAdvance(name) for name in names)
    assert window.navigation.width() >= min(longest, NAVIGATION_WIDTHS[1] - 24)


@pytest.mark.parametrize("kind", FORM_KINDS)
def test_every_form_keeps_save_and_close_on_a_laptop_screen(
    qtbot: QtBot, hub: Store, context: AppContext, interface: Interface, kind: str
) -> None:
    load_fonts(QApplication.instance())  # type: ignore[arg-type]
    interface.use("ta")  # the longest words of the seven languages
    form = form_class(kind)(context, None)
    qtbot.addWidget(form)
    form.show()
    settle(qtbot, context)
    assert _within(form, ROOM)
    form.resize(ROOM)
    qtbot.wait(10)
    assert form.rect().contains(form.save_button.geometry())
    assert form.rect().contains(form.close_button.geometry())
    form.edits.dirty = False


def test_the_settings_and_first_run_dialogs_fit_a_laptop_screen(
    qtbot: QtBot, store: Store, context: AppContext, interface: Interface
) -> None:
    load_fonts(QApplication.instance())  # type: ignore[arg-type]
    interface.use("ta")
    first_run = FirstRunDialog(context)
    qtbot.addWidget(first_run)
    settle(qtbot, context)
    assert _within(first_run, ROOM)
    host = QWidget()
    qtbot.addWidget(host)
    settings = SettingsDialog(host)
    assert _within(settings, ROOM)
    preview = ReportDialog(context, ReportRequest(ReportKind.SIGN_IN), "Sign-in sheet", host)
    preview.show()
    assert _within(preview, ROOM)
    assert fits(preview.geometry(), QApplication.primaryScreen().availableGeometry())
    preview.close()


def test_the_dashboard_bars_grow_from_the_right_in_urdu(
    qtbot: QtBot, hub: Store, context: AppContext, interface: Interface
) -> None:
    city = factories.city(hub)
    women = [factories.person(hub, name=f"Woman {n}") for n in range(3)]
    man = factories.person(hub, name="Man", gender=Gender.MALE)
    held = factories.meeting(hub, city, starts_at=factories.at(2026, 6, 2))
    factories.attend(hub, held, [AttendanceInput(p) for p in (*women, man)], [], 4)
    interface.use("ur")
    window = MainWindow(context)
    qtbot.addWidget(window)
    page = window.show_page("dashboard")
    assert isinstance(page, DashboardPage)
    window.show()
    settle(qtbot, context)
    bars = [b for b in page.findChildren(QProgressBar) if b.value() > 0]
    full = next(b for b in bars if b.value() == b.maximum())
    part = next(b for b in bars if b.value() < b.maximum())  # one man of four people
    full_image, part_image = full.grab().toImage(), part.grab().toImage()

    def colour(image: QImage, x: int) -> int:
        return image.pixel(x, image.height() // 2)

    filled = colour(full_image, full_image.width() // 2)
    assert colour(part_image, part_image.width() - 6) == filled
    assert colour(part_image, 6) != filled


def test_a_lists_title_keeps_room_to_be_read_in_a_narrow_window_and_fills_a_wide_one(
    qtbot: QtBot, hub: Store, context: AppContext
) -> None:
    factories.meeting(hub, factories.city(hub))
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(ROOM)
    window.show()
    qtbot.waitExposed(window)
    page = window.show_page("meetings")
    assert isinstance(page, MeetingsPage)
    settle(qtbot, context)
    header = page.table.horizontalHeader()
    title = next(i for i, column in enumerate(page.model.columns) if not column.width)
    least = STRETCH_CHARACTERS * page.table.fontMetrics().averageCharWidth()
    assert header.sectionSize(title) >= least
    assert header.length() > page.table.viewport().width()  # the other columns scroll sideways
    window.resize(1800, 900)
    qtbot.waitUntil(lambda: header.length() == page.table.viewport().width())
    assert header.sectionSize(title) > least


def test_a_check_boxs_text_wraps_on_a_narrow_screen_and_a_click_on_it_ticks_the_box(
    qtbot: QtBot,
) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    box = QCheckBox(host)
    row = wrapping_check(box, "Leaving the hub: counts under 5 show as “<5”", host)
    caption = row.findChild(QLabel)
    assert isinstance(caption, QLabel)
    assert row.minimumSizeHint().width() < caption.fontMetrics().horizontalAdvance(caption.text())
    host.show()
    click(caption)
    assert box.isChecked()
    click(caption)
    assert not box.isChecked()
