"""Lists over SQL: they page as they scroll, filter and search in every script, sort, and pass
Qt's model checks; on the demo's few thousand records."""

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from scdesk.domain.devices import DeviceRole, DeviceSetup
from scdesk.domain.meetings import MeetingKind
from scdesk.services.first_run import set_up_device
from scdesk.settings import PAGES
from scdesk.store.models import City, Meeting, Person
from scdesk.ui.main_window import MainWindow
from scdesk.ui.pages.list_page import ListPage
from scdesk.ui.pages.meetings import MeetingsPage
from tests.demo_stores import make_demo_template, open_demo_copy
from tests.ui.conftest import choose, dispose, make_context, settle, type_text


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_demo_template(tmp_path_factory.mktemp("demo"))


@pytest.fixture
def demo_window(
    qtbot: QtBot, demo_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[MainWindow]:
    for store in open_demo_copy(demo_template, tmp_path, monkeypatch):
        set_up_device(store, DeviceSetup("Hub", DeviceRole.HUB, "Hub staff"))
        context = make_context(store)
        window = MainWindow(context)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        yield window
        dispose(context)


def _meetings(qtbot: QtBot, window: MainWindow) -> MeetingsPage:
    page = window.show_page("meetings")
    assert isinstance(page, MeetingsPage)
    settle(qtbot, window.context)
    return page


def test_the_people_list_holds_one_page_and_fetches_the_next_as_it_scrolls(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    page = demo_window.show_page("people")
    assert isinstance(page, ListPage)
    settle(qtbot, demo_window.context)
    with demo_window.store.read() as session:
        total = session.execute(
            select(func.count()).select_from(Person).where(Person.deleted.is_(False))
        ).scalar_one()
    assert total > 2 * page.model.PAGE
    assert page.model.rowCount() == page.model.PAGE
    assert page.count == total
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2 * page.model.PAGE)
    keys = [row.sort_key for row in page.model.rows()]
    assert keys == sorted(keys)
    assert len({row.id for row in page.model.rows()}) == len(keys)


def test_filtering_a_large_list_by_city_kind_and_status_shows_exactly_those_meetings(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    page = _meetings(qtbot, demo_window)
    with demo_window.store.read() as session:
        city_id, city_name = session.execute(
            select(City.id, City.name).where(City.name == "Trincomalee")
        ).one()
        expected = session.execute(
            select(func.count())
            .select_from(Meeting)
            .where(Meeting.city_id == city_id, Meeting.kind == MeetingKind.COMMITTEE_MEETING)
        ).scalar_one()
    choose(page.city_filter, str(city_id))
    choose(page.kind_filter, MeetingKind.COMMITTEE_MEETING.value)
    qtbot.waitUntil(lambda: page.count == expected)
    rows = page.model.rows()
    assert len(rows) == expected
    assert {(r.city, r.kind) for r in rows} == {(city_name, MeetingKind.COMMITTEE_MEETING)}
    assert page.count_label.text() == f"{expected} meeting(s)"


def test_searching_the_meetings_in_tamil_finds_the_tamil_minutes(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    page = _meetings(qtbot, demo_window)
    type_text(page.search, "கூட்டம்")
    qtbot.waitUntil(lambda: page.model.wanted.search == "கூட்டம்" and page.model.rowCount() > 0)
    settle(qtbot, demo_window.context)
    assert all("கூட்டம்" in row.title for row in page.model.rows())


def test_sorting_by_a_column_asks_the_database_for_that_order(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    page = _meetings(qtbot, demo_window)
    column = [c.sort for c in page.model.columns].index("title")
    header = page.table.horizontalHeader()
    QTest.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        QPoint(header.sectionViewportPosition(column) + 5, 5),
    )
    qtbot.waitUntil(lambda: page.model.wanted.order.column == "title")
    settle(qtbot, demo_window.context)
    titles = [row.sort_key for row in page.model.rows()]
    assert titles == sorted(titles, key=lambda key: (_nocase(key[0]), key[1]))


@pytest.mark.parametrize(
    "key",
    [
        k
        for k in PAGES
        if k
        not in (
            "dashboard",
            "sync",
            "reports",
            "duplicates",
            "support",
            "plans",
            "indicators",
            "cooperation",
        )
    ],
)
def test_every_list_model_passes_qts_model_checks(
    qtbot: QtBot, demo_window: MainWindow, qtmodeltester: ModelTester, key: str
) -> None:
    page = demo_window.show_page(key)
    assert isinstance(page, ListPage)
    settle(qtbot, demo_window.context)
    check: Any = qtmodeltester.check  # pytest-qt's checker is untyped
    check(page.model, force_py=True)


def _nocase(text: str) -> str:
    """SQLite's NOCASE collation: ASCII letters folded, everything else compared as is."""
    return "".join(c.lower() if c.isascii() else c for c in text)
