"""The start of the window: its frame on screen before the store, SQLAlchemy and the command line
are imported; then the records in it, the first-run setup instead of it, or why they cannot be
opened."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from scdesk.settings import Settings
from scdesk.store.store import STORE_FILE, Store
from scdesk.ui import app
from scdesk.ui.app import PROBE, run_gui
from scdesk.ui.context import AppContext
from scdesk.ui.main_window import MainWindow
from scdesk.ui.pages.meetings import MeetingsPage
from scdesk.ui.settings_store import SettingsStore
from tests import factories
from tests.ui.conftest import settle

ROOT = Path(__file__).resolve().parents[2]
#: What the frame must be on screen without: the store (and its models), SQLAlchemy, the CLI.
HEAVY = ("sqlalchemy", "scdesk.store", "scdesk.cli")


def _start(folder: Path) -> list[str]:
    """`scdesk --data-dir folder` started as a user starts it, with -X importtime: the modules it
    imports, a name a line, and the probe's words where the start reached them."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "scdesk", "--data-dir", str(folder)],
        cwd=ROOT,
        env=os.environ | {"QT_QPA_PLATFORM": "offscreen", PROBE: "1", "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,  # one pipe: the words stay in order with the imports
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout
    said = []
    for line in done.stdout.splitlines():
        if line.startswith("import time:"):
            name = line.rsplit("|", 1)[1].strip()
            if name != "imported package":  # the header line
                said.append(name)
        else:
            said.append(line.strip())
    return said


def _heavy(modules: list[str]) -> list[str]:
    return [m for m in modules if any(m == h or m.startswith(h + ".") for h in HEAVY)]


def test_the_frame_is_on_screen_before_the_store_sqlalchemy_or_the_command_line_are_imported(
    hub: Store, tmp_path: Path
) -> None:
    factories.meeting(hub, factories.city(hub, "Sylhet", "BD"), title="Liaison committee")
    SettingsStore(tmp_path).save(Settings(last_page="meetings"))
    said = _start(tmp_path)
    assert "shown" in said, said[-20:]
    assert "rows" in said, said[-20:]
    shown, rows = said.index("shown"), said.index("rows")
    assert shown < rows
    assert _heavy(said[:shown]) == []
    assert "sqlalchemy" in said[shown:rows]  # then the records are opened, and the page filled
    assert "scdesk.store.store" in said[shown:rows]


def test_a_fresh_data_folder_shows_the_frame_then_the_first_run_setup(tmp_path: Path) -> None:
    said = _start(tmp_path)
    assert "shown" in said, said[-20:]
    assert "first run" in said, said[-20:]
    assert said.index("shown") < said.index("first run")
    assert (tmp_path / STORE_FILE).is_file()


def test_a_records_file_that_cannot_be_opened_is_said_and_the_start_ends_with_1(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / STORE_FILE).write_bytes(b"this is not a database\n" * 400)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: told.append(text))
    assert run_gui(tmp_path) == 1
    assert len(told) == 1
    assert "scdesk.sqlite3" in told[0] or "records" in told[0]
    assert [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()] == []


def test_a_fault_while_the_records_open_leaves_the_window_for_the_command_to_report(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not a refusal but a bug: raised out of the event loop, so that scdesk.start logs it and
    names the log file (exit 2), as it did when the store opened before the window."""

    def broken(*_args: object) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr(app, "open_context", broken)
    with pytest.raises(RuntimeError, match="a bug"):
        run_gui(tmp_path)
    assert [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()] == []


def test_a_frame_closed_while_the_records_open_ends_the_start_without_opening_them(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[Path] = []
    monkeypatch.setattr(app, "open_context", lambda folder, *_args: opened.append(folder))
    begin = app.Start._begin

    def closed_first(start: app.Start) -> None:
        start.frame.close()  # the user closes the window as it appears
        begin(start)

    monkeypatch.setattr(app.Start, "_begin", closed_first)
    # Qt's own quit would mostly come first; without it the start alone must end the loop.
    quits = qapp.quitOnLastWindowClosed()
    qapp.setQuitOnLastWindowClosed(False)
    try:
        assert run_gui(tmp_path) == 0
    finally:
        qapp.setQuitOnLastWindowClosed(quits)
    assert opened == []
    assert not (tmp_path / STORE_FILE).exists()


def test_the_frame_names_the_pages_and_says_the_records_are_opening(
    qtbot: QtBot, context: AppContext
) -> None:
    frame = MainWindow(settings_store=context.settings_store)
    qtbot.addWidget(frame)
    frame.show()
    assert frame.navigation.count() == len(frame.page_names())
    assert frame.navigation.item(0).text() == "Dashboard"
    shown = frame.stack.currentWidget()
    assert isinstance(shown, QLabel)
    assert shown.text() == "Opening the records…"
    assert _enabled_items(frame) == {"&Quit"}  # the pages and settings wait for the records
    assert frame.pages == {}


def test_a_page_chosen_while_the_records_open_is_the_one_shown_once_they_are(
    qtbot: QtBot, hub: Store, context: AppContext
) -> None:
    factories.meeting(hub, factories.city(hub, "Sylhet", "BD"), title="Liaison committee")
    frame = MainWindow(settings_store=context.settings_store)
    qtbot.addWidget(frame)
    frame.show()
    frame.navigation.setCurrentRow(1)  # Meetings, clicked while the records open
    frame.open(context)
    settle(qtbot, context)
    page = frame.shown_page()
    assert isinstance(page, MeetingsPage)
    assert page.count == 1
    assert frame.opening is None
    assert all(_menu_items(frame).values())
    assert "Hub desktop" in frame.windowTitle()


def _enabled_items(frame: MainWindow) -> set[str]:
    return {text for text, enabled in _menu_items(frame).items() if enabled}


def _menu_items(frame: MainWindow) -> dict[str, bool]:
    """Whether each menu item can be chosen, from each action itself (a native menu bar does
    not follow its widget's enabled state)."""
    menus = frame.menuBar().findChildren(QMenu)
    return {a.text(): a.isEnabled() for m in menus for a in m.actions() if not a.isSeparator()}
