"""A consultation recorded through the meeting form with what it found, in order, and the
priorities raised with their notes; the Findings page lists them across cities, filtered by
priority and searched, and opens a finding's consultation."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from pytestqt.qtbot import QtBot

from scdesk.domain.devices import DeviceRole, DeviceSetup
from scdesk.domain.meetings import MeetingId, MeetingKind, MeetingRecord
from scdesk.domain.people import CityId
from scdesk.domain.plans import (
    FindingCategory,
    FindingEntry,
    FindingInput,
    PriorityArea,
)
from scdesk.domain.priorities import HubPriorityInput, HubPriorityRecord
from scdesk.services import meetings, priorities
from scdesk.services.first_run import set_up_device
from scdesk.store.queries.findings import consultation_findings
from scdesk.store.store import Store
from scdesk.ui.context import AppContext
from scdesk.ui.forms.lifecycle import Stage
from scdesk.ui.forms.meeting_form import MeetingForm
from scdesk.ui.main_window import MainWindow
from scdesk.ui.pages.findings import FindingsPage
from scdesk.ui.pages.meetings import MeetingsPage
from tests import factories
from tests.conftest import dump
from tests.ui.conftest import choose, click, keys, press, settle, type_text

CONCERN = "نوجوان آن لائن نفرت انگیز گروپوں میں وقت گزارتے ہیں"
NEED = "لڑکیوں کے کھیل کے لیے محفوظ جگہ"


@pytest.fixture
def mardan(store: Store) -> CityId:
    city = factories.city(store, "Mardan", name_local="مردان")
    set_up_device(store, DeviceSetup("Mardan laptop", DeviceRole.OFFICER, "Sadia", city, "ur"))
    return city


@pytest.fixture
def new_form(
    qtbot: QtBot, main_window: MainWindow, context: AppContext, mardan: CityId
) -> Iterator[MeetingForm]:
    page = main_window.show_page("meetings")
    assert isinstance(page, MeetingsPage)
    click(page.new_button)
    qtbot.waitUntil(lambda: bool(main_window.findChildren(MeetingForm)))
    form = main_window.findChildren(MeetingForm)[0]
    qtbot.waitUntil(lambda: form.stage is Stage.EDITING)
    yield form
    form.edits.dirty = False


def _findings_shown(form: MeetingForm) -> bool:
    return form.tabs.isTabVisible(form.tabs.indexOf(form.findings))


def test_a_consultation_is_recorded_with_its_findings_and_priorities(
    qtbot: QtBot, store: Store, context: AppContext, new_form: MeetingForm
) -> None:
    form = new_form
    assert not _findings_shown(form)  # a committee meeting, as a new meeting starts
    choose(form.kind, MeetingKind.CONSULTATION.value)
    assert _findings_shown(form)
    type_text(form.title, "شہری مشاورت")
    form.starts_at.setDateTime(QDateTime(QDate(2026, 11, 10), QTime(10, 0)))
    choose(form.status, "held")
    settle(qtbot, context)

    form.tabs.setCurrentWidget(form.findings)
    tab = form.findings
    concerns = tab.editors[FindingCategory.CONCERN]
    assert concerns.add_button is not None
    click(concerns.add_button)
    click(concerns.add_button)
    type_text(concerns.cell(1, "text"), CONCERN)
    # The first concern is still empty: its row says so, the list's tab turns red, and Save
    # writes nothing.
    assert concerns.cell(0, "text").layoutDirection() is Qt.LayoutDirection.RightToLeft
    before = dump(store)
    form.save()
    settle(qtbot, context)
    assert dump(store) == before
    assert concerns.row_problem(0).text() == "Finding is required."
    assert tab.categories.tabBar().tabTextColor(0).name() == "#b00020"
    type_text(concerns.cell(0, "text"), "Drugs near the schools")
    assert concerns.row_problem(0).isHidden()
    click(concerns.row_buttons(1)[1])  # the online groups matter most: moved up
    assert [concerns.cell(i, "text").text() for i in range(2)] == [
        CONCERN, "Drugs near the schools"
    ]  # fmt: skip
    assert tab.categories.tabText(0) == "Concerns (2)"

    needs = tab.editors[FindingCategory.KEY_NEED]
    assert needs.add_button is not None
    click(needs.add_button)
    type_text(needs.cell(0, "text"), NEED)
    choose(needs.cell(0, "priority_area"), PriorityArea.WOMEN_PARTICIPATION.value)
    priorities = tab.editors[FindingCategory.PRIORITY]
    assert priorities.add_button is not None
    click(priorities.add_button)
    choose(priorities.cell(0, "priority_area"), PriorityArea.NATIONAL_LOCAL_COOPERATION.value)
    type_text(priorities.cell(0, "text"), "صوبے سے رابطہ افسر")

    with qtbot.waitSignal(form.saved) as saved:
        press(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, context)
    meeting_id = saved.args[0]
    with store.read() as session:
        found = consultation_findings(session, meeting_id)
    assert [(f.category, f.text, f.priority_area) for f in found] == [
        (FindingCategory.CONCERN, CONCERN, None),
        (FindingCategory.CONCERN, "Drugs near the schools", None),
        (FindingCategory.KEY_NEED, NEED, PriorityArea.WOMEN_PARTICIPATION),
        (
            FindingCategory.PRIORITY,
            "صوبے سے رابطہ افسر",
            PriorityArea.NATIONAL_LOCAL_COOPERATION,
        ),
    ]

    # Read back after the save: removing a concern saves the rest, in their order.
    qtbot.waitUntil(lambda: form.stage is Stage.EDITING)
    concerns = form.findings.editors[FindingCategory.CONCERN]
    assert concerns.row_count() == 2
    click(concerns.row_buttons(1)[0])
    with qtbot.waitSignal(form.saved):
        form.save()
    settle(qtbot, context)
    with store.read() as session:
        kept = consultation_findings(session, meeting_id)
    assert [f.id for f in kept] == [found[0].id, found[2].id, found[3].id]
    assert not form.dirty


def test_a_meeting_that_is_no_consultation_keeps_no_findings(
    qtbot: QtBot, store: Store, context: AppContext, new_form: MeetingForm
) -> None:
    form = new_form
    choose(form.kind, MeetingKind.CONSULTATION.value)
    keys(form.title, "Ward consultation")
    concerns = form.findings.editors[FindingCategory.CONCERN]
    assert concerns.add_button is not None
    click(concerns.add_button)
    keys(concerns.cell(0, "text"), "Land disputes")
    choose(form.kind, MeetingKind.WORKSHOP.value)
    assert _findings_shown(form)  # still shown, so that its findings can be removed
    assert form.general_problem.text() == (
        "Only a consultation has findings: choose the kind Consultation or remove the findings."
    )
    before = dump(store)
    form.save()
    settle(qtbot, context)
    assert dump(store) == before
    click(concerns.row_buttons(0)[0])
    assert form.general_problem.isHidden()
    choose(form.kind, MeetingKind.CONSULTATION.value)
    choose(form.kind, MeetingKind.WORKSHOP.value)
    assert not _findings_shown(form)


def _consultation(
    store: Store, city: CityId, title: str, day: int, findings: list[FindingInput]
) -> MeetingId:
    details = factories.meeting_input(
        city, kind=MeetingKind.CONSULTATION, title=title, starts_at=factories.at(2026, 5, day)
    )
    entries = tuple(FindingEntry(None, f) for f in findings)
    return meetings.save_meeting(store, MeetingRecord(None, details), entries).id


def test_the_findings_page_filters_by_priority_and_city_and_opens_the_consultation(
    qtbot: QtBot, hub: Store, context: AppContext
) -> None:
    store = hub
    mardan = factories.city(store, "Mardan")
    jaffna = factories.city(store, "Jaffna", country="LK")
    cooperation = PriorityArea.NATIONAL_LOCAL_COOPERATION
    _consultation(store, mardan, "Mardan consultation", 4, [
        FindingInput(FindingCategory.CONCERN, "Hate speech online"),
        FindingInput(FindingCategory.PRIORITY, "A liaison officer", cooperation),
    ])  # fmt: skip
    jaffna_id = _consultation(store, jaffna, "Jaffna consultation", 9, [
        FindingInput(FindingCategory.KEY_NEED, "A youth centre", PriorityArea.YOUTH_PARTICIPATION),
        FindingInput(FindingCategory.PRIORITY, "Land records", cooperation),
    ])  # fmt: skip
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("findings")
    assert isinstance(page, FindingsPage)
    settle(qtbot, context)
    assert page.count == 4
    newest_first = [r.city for r in page.model.rows()]
    assert newest_first == ["Jaffna", "Jaffna", "Mardan", "Mardan"]

    choose(page.priority_filter, cooperation.value)
    settle(qtbot, context)
    assert sorted(r.text for r in page.model.rows()) == ["A liaison officer", "Land records"]
    choose(page.city_filter, str(jaffna))
    settle(qtbot, context)
    assert [(r.text, r.city) for r in page.model.rows()] == [("Land records", "Jaffna")]
    choose(page.priority_filter, "")
    keys(page.search, "youth")
    qtbot.waitUntil(lambda: page.model.wanted.search == "youth")
    settle(qtbot, context)
    assert [r.text for r in page.model.rows()] == ["A youth centre"]
    assert page.delete_button.isHidden()

    page.table.selectRow(0)
    click(page.open_button)
    qtbot.waitUntil(lambda: bool(window.findChildren(MeetingForm)))
    form = window.findChildren(MeetingForm)[0]
    qtbot.waitUntil(lambda: form.stage is Stage.EDITING)
    assert form.record_id == jaffna_id
    assert _findings_shown(form)
    needs = form.findings.editors[FindingCategory.KEY_NEED]
    assert needs.cell(0, "text").text() == "A youth centre"


def test_the_hub_adds_a_priority_on_the_findings_page_and_a_finding_names_it(
    qtbot: QtBot, hub: Store, context: AppContext
) -> None:
    store = hub
    mardan = factories.city(store, "Mardan")
    meeting_id = _consultation(store, mardan, "Mardan consultation", 4, [
        FindingInput(FindingCategory.CONCERN, "Hate speech online"),
    ])  # fmt: skip
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("findings")
    assert isinstance(page, FindingsPage)
    settle(qtbot, context)
    panel = page.priorities
    assert panel.read_only.isHidden()
    keys(panel.name, "Social media hate speech")
    keys(panel.description, "Hateful posts that name local families")
    click(panel.add_button)
    settle(qtbot, context)
    qtbot.waitUntil(lambda: panel.list.count() == 1)
    assert panel.list.item(0).text() == "Social media hate speech"
    [added] = panel.rows
    assert page.priority_filter.findText("Social media hate speech") >= 0

    page.table.selectRow(0)
    click(page.open_button)
    qtbot.waitUntil(lambda: bool(window.findChildren(MeetingForm)))
    form = window.findChildren(MeetingForm)[0]
    qtbot.waitUntil(lambda: form.stage is Stage.EDITING)
    raised = form.findings.editors[FindingCategory.PRIORITY]
    assert raised.add_button is not None
    click(raised.add_button)
    chooser = raised.cell(0, "priority_area")
    assert chooser.findText("Social media hate speech") > chooser.findText("other priority")
    choose(chooser, str(added.id))
    keys(raised.cell(0, "text"), "Teachers asked for help answering posts")
    with qtbot.waitSignal(form.saved):
        form.save()
    settle(qtbot, context)
    with store.read() as session:
        found = consultation_findings(session, meeting_id)
    assert [(f.text, f.priority_area, f.priority_id) for f in found] == [
        ("Hate speech online", None, None),
        ("Teachers asked for help answering posts", PriorityArea.OTHER, added.id),
    ]

    choose(page.priority_filter, str(added.id))
    settle(qtbot, context)
    assert [(r.text, r.priority) for r in page.model.rows()] == [
        ("Teachers asked for help answering posts", "Social media hate speech")
    ]


def test_on_an_officers_device_the_priorities_are_read_only_and_say_why(
    qtbot: QtBot, main_window: MainWindow, context: AppContext, mardan: CityId
) -> None:
    page = main_window.show_page("findings")
    assert isinstance(page, FindingsPage)
    settle(qtbot, context)
    panel = page.priorities
    assert panel.add_button.isHidden()
    assert panel.retire_button.isHidden()
    assert panel.read_only.text().startswith("Only the hub adds, changes or retires priorities")
    assert not panel.read_only.isHidden()


def test_a_priority_retired_on_the_page_stays_on_its_finding_but_is_not_offered_again(
    qtbot: QtBot, hub: Store, context: AppContext
) -> None:
    store = hub
    added = HubPriorityInput("Inter-faith dialogue")
    priority_id = priorities.save_priority(store, HubPriorityRecord(None, added)).id
    mardan = factories.city(store, "Mardan")
    meeting_id = _consultation(store, mardan, "Mardan consultation", 4, [
        FindingInput(FindingCategory.PRIORITY, "Elders meet", PriorityArea.OTHER, priority_id),
    ])  # fmt: skip
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("findings")
    assert isinstance(page, FindingsPage)
    settle(qtbot, context)
    panel = page.priorities
    qtbot.waitUntil(lambda: panel.list.count() == 1)
    panel.list.setCurrentRow(0)
    assert panel.retire_button.text() == "&Retire"
    click(panel.retire_button)
    settle(qtbot, context)
    qtbot.waitUntil(lambda: panel.list.item(0).text() == "Inter-faith dialogue (retired)")
    assert panel.retire_button.text() == "&Bring back"

    form = window.opener.open("meeting", meeting_id)
    qtbot.waitUntil(lambda: form.stage is Stage.EDITING)
    assert isinstance(form, MeetingForm)
    raised = form.findings.editors[FindingCategory.PRIORITY]
    assert raised.cell(0, "priority_area").currentText() == "Inter-faith dialogue (retired)"
    assert raised.add_button is not None
    click(raised.add_button)
    assert (
        raised.cell(1, "priority_area").findText(
            "Inter-faith dialogue", Qt.MatchFlag.MatchStartsWith
        )
        < 0
    )
    click(raised.row_buttons(1)[0])
    form.edits.dirty = False
