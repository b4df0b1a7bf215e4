"""Every page and form in every language: no visible text is left in English (the product name
and the records' own text aside), and in Urdu the window is laid out from the right."""

import re
import sqlite3
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from uuid import UUID, uuid4

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QTabBar,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from scdesk import i18n
from scdesk.domain.devices import DeviceRole, DeviceSetup
from scdesk.domain.plans import PlanStatus
from scdesk.resources import resource_path
from scdesk.services.first_run import set_up_device
from scdesk.settings import PAGES
from scdesk.store.queries.plan_lists import VersionLine
from scdesk.store.store import STORE_FILE
from scdesk.ui.confirmation import fingerprint_question
from scdesk.ui.first_run import FirstRunDialog
from scdesk.ui.language import Interface
from scdesk.ui.main_window import MainWindow
from scdesk.ui.pages.plans import AdoptDialog
from tests.conftest import NOW
from tests.demo_stores import make_demo_template, open_demo_copy
from tests.ui.conftest import dispose, make_context, settle, untranslated

LANGUAGES = ("ur", "hi", "ne", "ta", "si", "bn")
#: The kinds of form the main window opens (scdesk/ui/form_opener.py).
FORMS = (
    "meeting",
    "activity",
    "person",
    "committee",
    "organisation",
    "city",
    "grant",
    "advice",
    "risk_profile",
    "plan",
    "indicator",
    "raising",
)
#: What stays as it is in every language: the product's name, file formats, keys, currency
#: codes, codes of outcomes (OP1.2), ids, command lines, the name English has in its own script
#: among the language choices.
KEPT = re.compile(
    r"scdesk|\b(PDF|CSV|XLSX|JSON|zip|Ctrl|Alt|Shift|Delete|Del|Esc|Enter|English)\b"
    r"|\b[A-Z]{3}\b|US Letter"  # currency codes (PKR, LKR, USD), a paper's name
    r"|`[^`]*`|\b[A-Z]{1,4}\d+(\.\d+)*\b|\b[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}\b"
)
#: The rows of each list read: enough to meet each kind of cell.
ROWS = 30
#: Rich text's markup, which nobody reads.
TAG = re.compile(r"<[^>]*>")
WORD = re.compile(r"[A-Za-z]{3,}")


def _english_words() -> set[str]:
    """The words of scdesk's English messages: a word of these left in a translated window is
    a message that did not go through the translations."""
    words: set[str] = set()
    for path in resource_path("translations").glob("scdesk_*.ts"):
        for source in ET.parse(path).getroot().iter("source"):  # noqa: S314 - our own files
            words.update(word.lower() for word in WORD.findall(source.text or ""))
    return words


def _record_texts(store_file: Path) -> dict[str, list[str]]:
    """Every word of the records' own text, with the texts it is in: a name or title shown in a
    translated window is the record's, not the interface's."""
    texts: dict[str, list[str]] = {}
    with closing(sqlite3.connect(store_file)) as db:
        tables = [row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            columns = [row[1] for row in db.execute(f"PRAGMA table_info('{table}')")]
            for column in columns:
                # the store's own table and column names
                query = f'SELECT DISTINCT "{column}" FROM "{table}"'  # noqa: S608
                for (value,) in db.execute(query):
                    if not isinstance(value, str):
                        continue
                    for word in set(WORD.findall(value)):
                        texts.setdefault(word.lower(), []).append(value)
    return texts


def _shown_texts(widget: QWidget) -> Iterator[str]:
    """The user-facing text of a visible widget."""
    if isinstance(widget, QLabel):
        yield widget.text()
    if isinstance(widget, QAbstractButton):
        yield widget.text()
    if isinstance(widget, QGroupBox):
        yield widget.title()
    if isinstance(widget, QLineEdit):
        yield widget.placeholderText()
    if isinstance(widget, QTabBar):
        yield from (widget.tabText(i) for i in range(widget.count()))
    if isinstance(widget, QComboBox):
        yield from (widget.itemText(i) for i in range(widget.count()))
    if isinstance(widget, QHeaderView) and widget.model() is not None:
        model = widget.model()
        orientation = widget.orientation()
        count = model.columnCount(QModelIndex()) if orientation == Qt.Orientation.Horizontal else 0
        for section in range(count):
            if not widget.isSectionHidden(section):
                yield str(model.headerData(section, orientation) or "")
    if isinstance(widget, QMenuBar):
        for action in widget.actions():
            yield action.text()
            menu = action.menu()
            if isinstance(menu, QMenu):
                yield from (item.text() for item in menu.actions())
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        root = QModelIndex()
        for row in range(min(model.rowCount(root), ROWS)):
            column = 0
            while model.index(row, column, root).isValid():
                yield str(model.index(row, column, root).data() or "")
                column += 1
    if widget.isWindow():
        yield widget.windowTitle()


def english_left(texts: list[str], english: set[str], records: dict[str, list[str]]) -> set[str]:
    """The texts holding a word of scdesk's English messages that is not part of a record's own
    text shown in them."""
    left = set()
    for text in texts:
        plain = KEPT.sub(" ", TAG.sub(" ", text).replace("&", ""))
        for word in WORD.findall(plain):
            lower = word.lower()
            if lower not in english:
                continue
            if any(value in text for value in records.get(lower, ())):
                continue
            left.add(text)
    return left


def scan(window: QWidget) -> list[str]:
    texts: list[str] = []
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        for widget in [top, *top.findChildren(QWidget)]:
            if widget.isVisible() or isinstance(widget, QMenuBar):
                texts.extend(text for text in _shown_texts(widget) if text)
    return texts


def _records(store_file: Path) -> list[tuple[str, UUID]]:
    """A meeting whose minutes were approved, one whose minutes are a draft, and an activity:
    the forms of records show what new ones do not (minutes, attendance, figures)."""
    with closing(sqlite3.connect(store_file)) as db:
        found = [
            ("meeting", db.execute("SELECT id FROM meeting WHERE minutes_status=?", (status,)))
            for status in ("approved", "draft")
        ]
        found.append(("activity", db.execute("SELECT id FROM activity")))
        return [(kind, UUID(rows.fetchone()[0])) for kind, rows in found]


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_demo_template(tmp_path_factory.mktemp("demo"))


@pytest.fixture
def translated(qapp: QApplication) -> Iterator[Interface]:
    interface = Interface(qapp)
    i18n.install(
        lambda context, text, note, n: QCoreApplication.translate(context, text, note or None, n)
    )
    yield interface
    interface.use("en")
    untranslated(qapp)
    i18n.install(i18n._identity)


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_page_or_form_is_left_in_english(
    qtbot: QtBot,
    demo_template: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    translated: Interface,
    language: str,
) -> None:
    translated.use(language)
    english = _english_words()
    for store in open_demo_copy(demo_template, tmp_path, monkeypatch):
        set_up_device(store, DeviceSetup("Hub", DeviceRole.HUB, "Hub staff"))
        records = _record_texts(tmp_path / STORE_FILE)
        context = make_context(store)
        window = MainWindow(context)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        left: dict[str, set[str]] = {}
        for page in PAGES:
            window.show_page(page)
            settle(qtbot, context)
            texts = scan(window)
            found = english_left(texts, english, records)
            if found:
                left[page] = found
        for kind in FORMS:
            form = window.opener.open(kind, None)
            settle(qtbot, context)
            found = set()
            for tabs in form.findChildren(QTabWidget):
                for index in range(tabs.count()):
                    tabs.setCurrentIndex(index)
                    found |= english_left(scan(window), english, records)
            found |= english_left(scan(window), english, records)
            if found:
                left[f"{kind} form"] = found
            form.close()
            form.deleteLater()
        for kind, record_id in _records(tmp_path / STORE_FILE):
            form = window.opener.open(kind, record_id)
            settle(qtbot, context)
            found = set()
            for tabs in form.findChildren(QTabWidget):
                for index in range(tabs.count()):
                    tabs.setCurrentIndex(index)
                    found |= english_left(scan(window), english, records)
            if found:
                left[f"{kind} form of a record"] = found
            form.close()
            form.deleteLater()
        dialogs = {
            "settings": window.open_settings(),
            "first run": FirstRunDialog(context, window),
            "fingerprint question": fingerprint_question(
                window, "Hub", "Hub staff", "8F4E-3CF2-7182-D61D-595D-ED28", hub=True
            ),
            "new keys question": fingerprint_question(
                window,
                "Hub",
                "Hub staff",
                "8F4E-3CF2-7182-D61D-595D-ED28",
                hub=False,
                replaces="0F11-9659-D553-7A78-8058-DF90",
                confirmed=True,
            ),
            "adoption": AdoptDialog(
                VersionLine(uuid4(), 2, "", PlanStatus.DRAFT, None), NOW.date(), window
            ),
        }
        for name, dialog in dialogs.items():
            dialog.show()
            found = english_left(scan(window), english, records)
            if found:
                left[f"{name} dialog"] = found
            dialog.close()
            dialog.deleteLater()
        window.close()
        dispose(context)
        expected_direction = (
            Qt.LayoutDirection.RightToLeft if language == "ur" else Qt.LayoutDirection.LeftToRight
        )
        assert window.layoutDirection() == expected_direction
        assert left == {}
