"""A deleted record goes to the trash, where it can be restored."""

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from scdesk.store.models import Person
from scdesk.store.queries.people_list import PersonFilter, PersonRow
from scdesk.store.store import Store
from scdesk.ui.context import AppContext
from scdesk.ui.main_window import MainWindow
from scdesk.ui.pages.list_page import ListPage
from scdesk.ui.pages.trash import TrashPage
from scdesk.ui.text_direction import isolate
from tests import factories
from tests.ui.conftest import click, press, settle


def _names(page: ListPage[PersonFilter, PersonRow]) -> list[str]:
    return [row.name for row in page.model.rows()]


def test_a_person_deleted_from_the_list_is_restored_from_the_trash(
    qtbot: QtBot, store: Store, main_window: MainWindow, context: AppContext
) -> None:
    factories.person(store, name="Ayesha Khan")
    gone = factories.person(store, name="Bilal Ahmed")
    people = main_window.show_page("people")
    assert isinstance(people, ListPage)
    settle(qtbot, context)
    assert _names(people) == ["Ayesha Khan", "Bilal Ahmed"]

    people.table.selectRow(1)
    people.table.setFocus()
    press(people.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: _names(people) == ["Ayesha Khan"])
    assert "trash" in main_window.statusBar().currentMessage()
    with store.read() as session:
        assert session.get(Person, gone).deleted  # type: ignore[union-attr]

    trash = main_window.show_page("trash")
    assert isinstance(trash, TrashPage)
    settle(qtbot, context)
    assert [(r.kind, r.name) for r in trash.model.rows()] == [("person", "Bilal Ahmed")]
    assert trash.model.data(trash.model.index(0, 1)) == "person"
    trash.table.selectRow(0)
    click(trash.delete_button)
    qtbot.waitUntil(lambda: trash.model.rowCount() == 0)
    qtbot.waitUntil(lambda: _names(people) == ["Ayesha Khan", "Bilal Ahmed"])
    assert main_window.statusBar().currentMessage() == f"Restored: {isolate('Bilal Ahmed')}"


def test_a_deleted_meeting_leaves_the_meetings_list_and_its_trash_kind_filter_finds_it(
    qtbot: QtBot, store: Store, main_window: MainWindow, context: AppContext
) -> None:
    city = factories.city(store)
    factories.person(store, name="Someone")
    meeting = factories.meeting(store, city, title="Regional workshop")
    from scdesk.services.records import delete_record

    delete_record(store, "meeting", meeting)
    trash = main_window.show_page("trash")
    assert isinstance(trash, TrashPage)
    settle(qtbot, context)
    trash.kind_filter.setCurrentIndex(trash.kind_filter.findData("person"))
    trash.kind_filter.activated.emit(trash.kind_filter.currentIndex())
    settle(qtbot, context)
    assert trash.model.rowCount() == 0
    trash.kind_filter.setCurrentIndex(trash.kind_filter.findData("meeting"))
    trash.kind_filter.activated.emit(trash.kind_filter.currentIndex())
    qtbot.waitUntil(lambda: [r.name for r in trash.model.rows()] == ["Regional workshop"])
