"""The interface's language: chosen at the first run or in Settings, taken at once, right to left
in Urdu, and overridden for one start by --lang or SCDESK_LANG."""

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from scdesk.store.store import Store
from scdesk.ui.app import Launcher
from scdesk.ui.context import AppContext
from scdesk.ui.first_run import FirstRunDialog
from scdesk.ui.language import ENVIRONMENT, Interface, interface_language
from scdesk.ui.main_window import MainWindow
from scdesk.ui.settings_dialog import SettingsDialog
from tests.ui.conftest import settle
from tests.ui.test_text_direction import x_of


def test_a_start_takes_lang_then_the_environment_then_the_setting(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(ENVIRONMENT, "ta")
    assert interface_language("ur", "hi") == "ur"
    assert interface_language(None, "hi") == "ta"
    monkeypatch.delenv(ENVIRONMENT)
    assert interface_language(None, "hi") == "hi"
    assert interface_language(None, "xx") in ("en", "ur", "hi", "ne", "ta", "si", "bn")


def test_urdu_translates_the_window_and_lays_it_out_from_the_right(
    interface: Interface, qapp: QApplication
) -> None:
    interface.use("ur")
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QLocale().language() == QLocale.Language.Urdu
    assert QCoreApplication.translate("Labels", "female") == "خاتون"
    interface.use("en")
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert QCoreApplication.translate("Labels", "female") == "female"


def test_an_urdu_sentence_that_starts_with_a_latin_word_still_reads_from_the_right(
    interface: Interface,
) -> None:
    interface.use("ur")
    welcome = QCoreApplication.translate("FirstRunDialog", "Welcome to scdesk")
    assert welcome.endswith("scdesk میں خوش آمدید")
    # scdesk, the sentence's first word, comes first from the right: right of the next word.
    assert x_of(welcome, welcome.index("scdesk")) > x_of(welcome, welcome.index("میں"))
    assert QCoreApplication.translate("Labels", "female") == "خاتون"  # no mark where none is due
    interface.use("hi")
    assert QCoreApplication.translate("FirstRunDialog", "Welcome to scdesk").startswith("scdesk")


def test_urdu_translates_what_a_page_inherits_from_the_page_it_is_made_from(
    interface: Interface, qtbot: QtBot
) -> None:
    """A widget's tr() looks in its own class's context first: a text the meetings list
    inherits ("Move to trash", written in ListPage) must still be found in ListPage's, not
    taken as empty where the subclass's context has none (the buttons and choices stood blank)."""
    list_page = type("ListPage", (QWidget,), {})  # the context the text stands in
    meetings_page = type("MeetingsPage", (list_page,), {})
    interface.use("ur")
    try:
        page = meetings_page()
        qtbot.addWidget(page)
        assert page.tr("Move to &trash") == "ردی کی ٹوکری میں ڈالیں (&t)"
        assert page.tr("a text no catalogue has") == "a text no catalogue has"
    finally:
        interface.use("en")


def test_settings_puts_the_open_window_in_the_language_chosen_at_once(
    qtbot: QtBot, hub: Store, context: AppContext, interface: Interface, qapp: QApplication
) -> None:
    launcher = Launcher(context, interface)
    window = launcher.start()
    assert isinstance(window, MainWindow)  # replaced (and deleted) below
    dialog = window.open_settings()
    assert isinstance(dialog, SettingsDialog)
    dialog.language.setCurrentIndex(dialog.language.findData("ur"))
    dialog.accept()
    new = launcher.window
    assert isinstance(new, MainWindow)
    assert new is not window
    qtbot.addWidget(new)
    settle(qtbot, context)
    assert new.isVisible()
    assert new.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert context.settings_store.load().ui_language == "ur"


def test_the_first_run_asks_the_interface_language_and_shows_itself_again_in_it(
    qtbot: QtBot, context: AppContext, interface: Interface
) -> None:
    launcher = Launcher(context, interface)
    dialog = launcher.start()
    assert isinstance(dialog, FirstRunDialog)  # replaced (and deleted) below
    dialog.interface.setCurrentIndex(dialog.interface.findData("ur"))
    dialog.interface.activated.emit(dialog.interface.currentIndex())
    again = launcher.window
    assert isinstance(again, FirstRunDialog)
    assert again is not dialog
    qtbot.addWidget(again)
    assert again.isVisible()
    assert again.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert again.interface.value() == "ur"
    assert context.settings_store.load().ui_language == "ur"
