"""The plain main window opens on a store and shows where the records are."""

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from scdesk.store.store import Store
from scdesk.ui.main_window import MainWindow
from tests import factories


def test_the_main_window_shows_the_device_and_the_records(qtbot: QtBot, store: Store) -> None:
    factories.city(store)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    texts = [label.text() for label in window.findChildren(QLabel)]
    assert f"scdesk on {store.device().name}" in texts
    assert any(text.startswith("1 records in ") for text in texts)
