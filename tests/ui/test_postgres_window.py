"""The hub's window on a PostgreSQL database (scdesk --db URL): the title names the database, the
lists show and search its records, and an address that leads nowhere is one sentence."""

import logging
from collections.abc import Iterator
from pathlib import Path
from uuid import uuid4

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from scdesk import cli
from scdesk.domain.devices import DeviceRole, DeviceSetup
from scdesk.services.first_run import set_up_device
from scdesk.settings import PAGES
from scdesk.ui import app
from scdesk.ui.app import Launcher, open_context
from scdesk.ui.context import AppContext
from scdesk.ui.main_window import MainWindow
from scdesk.ui.pages.meetings import MeetingsPage
from scdesk.ui.screen_fit import Scroller
from scdesk.ui.text_direction import isolate
from tests import factories
from tests.postgres import Server
from tests.ui.conftest import dispose, settle, type_text

URDU = "سالانہ بجٹ اجلاس"
OTHERS = ("Liaison committee meeting", "समिति की बैठक", "வரவு செலவு கூட்டம்")


@pytest.fixture
def hub_context(
    qtbot: QtBot, postgres: Server, postgres_template: str, tmp_path: Path
) -> Iterator[AppContext]:
    name = f"scdesk_{uuid4().hex[:16]}"
    url = postgres.create_database(name, template=postgres_template)
    context = open_context(tmp_path, url)
    assert context is not None
    set_up_device(context.store, DeviceSetup("Hub desktop", DeviceRole.HUB, "Hub staff"))
    city = factories.city(context.store, "Lahore")
    for title in (URDU, *OTHERS):
        factories.meeting(context.store, city, title=title)
    yield context
    dispose(context)
    context.store.close()


def test_the_window_on_a_postgresql_hub_lists_and_searches_its_meetings_in_urdu(
    qtbot: QtBot, hub_context: AppContext
) -> None:
    window = Launcher(hub_context).start()
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    server = hub_context.store.server
    assert server is not None
    assert window.windowTitle() == f"scdesk — {isolate('Hub desktop')} — {isolate(server)}"
    page = window.show_page("meetings")
    assert isinstance(page, MeetingsPage)
    qtbot.waitUntil(lambda: page.count_label.text() == "4 meeting(s)")
    assert {row.title for row in page.model.rows()} == {URDU, *OTHERS}

    type_text(page.search, "بجٹ")
    qtbot.waitUntil(lambda: page.count_label.text() == "1 meeting(s)")
    settle(qtbot, hub_context)
    assert page.model.wanted.search == "بجٹ"
    assert [row.title for row in page.model.rows()] == [URDU]


@pytest.mark.parametrize(
    ("address", "sentence"),
    [
        ("mysql://hub@server/records", "is not a PostgreSQL address"),
        ("postgresql://hub@/records?host=/nowhere", "cannot be reached or refused the login"),
    ],
)
def test_an_address_that_leads_to_no_database_is_one_sentence_and_no_window(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, address: str, sentence: str
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: told.append(text))
    assert open_context(tmp_path, address) is None
    assert len(told) == 1
    assert sentence in told[0]
    assert told[0].count(". ") == 0
    assert told[0].endswith(".")


def test_every_page_reads_its_records_from_postgresql(
    qtbot: QtBot, hub_context: AppContext, caplog: pytest.LogCaptureFixture
) -> None:
    window = MainWindow(hub_context)
    qtbot.addWidget(window)
    for row, key in enumerate(PAGES):
        window.navigation.setCurrentRow(row)
        settle(qtbot, hub_context)
        shown = window.stack.currentWidget()
        assert isinstance(shown, Scroller)
        assert shown.page() is window.pages[key]
    failed = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert failed == []


def test_scdesk_db_or_scdesk_db_set_opens_the_window_on_that_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str | None] = []

    def run_gui(folder: Path, language: str | None = None, database: str | None = None) -> int:
        opened.append(database)
        return 0

    monkeypatch.setattr(app, "run_gui", run_gui)
    monkeypatch.delenv("SCDESK_DB", raising=False)
    given = "postgresql://hub@server/records"
    assert cli.main(["--data-dir", str(tmp_path), "--db", given]) == 0
    monkeypatch.setenv("SCDESK_DB", "postgresql://hub@other/records")
    assert cli.main(["--data-dir", str(tmp_path)]) == 0
    assert opened == [given, "postgresql://hub@other/records"]


def test_scdesk_db_with_a_server_not_there_says_so_and_exits_1(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: told.append(text))
    address = "postgresql://hub@/records?host=/nowhere"
    assert cli.main(["--data-dir", str(tmp_path), "--db", address]) == 1
    assert len(told) == 1
    assert "cannot be reached" in told[0]
