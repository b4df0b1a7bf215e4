"""GUI fixtures: the context every page and form is handed, the main window, and typing."""

from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTranslator
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QWidget
from pytestqt.qtbot import QtBot

from scdesk.domain.devices import DeviceRole, DeviceSetup
from scdesk.services.first_run import set_up_device
from scdesk.settings import Settings
from scdesk.store.store import Store
from scdesk.ui.context import AppContext
from scdesk.ui.draft_keeper import DraftKeeper
from scdesk.ui.language import Interface
from scdesk.ui.main_window import MainWindow
from scdesk.ui.ops import Ops
from scdesk.ui.settings_store import SettingsStore


def make_context(store: Store) -> AppContext:
    data = store.folder
    return AppContext(
        store=store,
        ops=Ops(data / "logs" / "scdesk.log"),
        settings=Settings(),
        settings_store=SettingsStore(data),
        drafts=DraftKeeper(data, store.now),
    )


def dispose(context: AppContext) -> None:
    """End a context on the GUI thread: Python's collector may otherwise free the op helper
    (a QObject with timers and thread pools) on whatever thread it runs next."""
    context.ops.wait_idle()
    context.drafts.close()
    QApplication.processEvents()
    shiboken6.delete(context.ops)


@pytest.fixture(autouse=True)
def _no_translator_left(qapp: QApplication) -> Iterator[None]:
    """A test that starts the window as the program does installs its translators (English's
    gives the plural forms); the next test reads the sources' own text."""
    yield
    untranslated(qapp)


@pytest.fixture
def context(qtbot: QtBot, store: Store) -> Iterator[AppContext]:
    made = make_context(store)
    yield made
    dispose(made)


@pytest.fixture
def interface(qapp: QApplication) -> Iterator[Interface]:
    """The interface's language, put back as the other tests have it after the test: left to
    right, with no translation (English's plural forms would say "1 record", not "1 record(s)")."""
    made = Interface(qapp)
    yield made
    made.use("en")
    for translator in qapp.findChildren(QTranslator):
        QCoreApplication.removeTranslator(translator)
        translator.deleteLater()


@pytest.fixture
def hub(store: Store) -> Store:
    """The store of a device set up as the hub (no city of its own)."""
    set_up_device(store, DeviceSetup("Hub desktop", DeviceRole.HUB, "Hub staff"))
    return store


@pytest.fixture
def main_window(qtbot: QtBot, context: AppContext) -> Iterator[MainWindow]:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    context.ops.wait_idle()


def untranslated(app: QApplication) -> None:
    """Remove every translation a test installed (even English's, which gives the plural forms):
    the other tests read the sources' own text."""
    for translator in app.findChildren(QTranslator):
        QCoreApplication.removeTranslator(translator)
        translator.deleteLater()


def type_text(widget: QWidget, text: str) -> None:
    """Type text as a keyboard would; keyClicks aborts on non-ASCII characters."""
    widget.setFocus()
    event = QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, text)
    QApplication.sendEvent(widget, event)


def choose(field: QComboBox, value: str) -> None:
    """Pick a choice as the user does: the combo box's activated signal follows."""
    field.setCurrentIndex(field.findData(value))
    field.activated.emit(field.currentIndex())


def click(widget: QWidget) -> None:
    """A left click, through Qt's own test functions (typed, unlike qtbot's wrappers)."""
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def press(
    widget: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    QTest.keyClick(widget, key, modifier)


def keys(widget: QWidget, text: str) -> None:
    """Type ASCII text key by key (type_text for any script)."""
    QTest.keyClicks(widget, text)


def settle(qtbot: QtBot, context: AppContext) -> None:
    """Wait until every background call has delivered its result."""
    qtbot.waitUntil(lambda: context.ops.pending == 0, timeout=10_000)
