"""A committee meeting recorded through its form as a secretary would, and the next meeting
resolving what was carried over and approving the minutes, which locks them."""

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from scdesk.domain.committees import CommitteeId, MemberRole
from scdesk.domain.devices import DeviceRole, DeviceSetup
from scdesk.domain.meetings import (
    ActionItemInput,
    ActionStatus,
    AttendanceRole,
    AttendanceStatus,
    MeetingId,
    MeetingKind,
    MinutesStatus,
)
from scdesk.domain.people import AgeBand, CityId, Gender, PersonId
from scdesk.services import actions, meetings
from scdesk.services.first_run import set_up_device
from scdesk.store.models import Meeting, Person
from scdesk.store.queries.meeting_detail import meeting_detail
from scdesk.store.store import Store
from scdesk.ui.context import AppContext
from scdesk.ui.forms.fields import (
    ChoiceField,
    DateField,
    DateTimeField,
    LongTextField,
    NumberField,
    TextField,
)
from scdesk.ui.forms.lifecycle import Stage
from scdesk.ui.forms.meeting_form import MeetingForm
from scdesk.ui.main_window import MainWindow
from scdesk.ui.pages.meetings import MeetingsPage
from tests import factories
from tests.conftest import dump
from tests.ui.conftest import choose, click, keys, press, settle, type_text

#: Urdu ends a sentence with its own full stop.
DISCUSSION = "ارکان نے کارروائی پڑھی۔"  # noqa: RUF001 - the Urdu full stop is meant
DECISIONS = "کارروائی منظور کرنے کی سفارش۔"  # noqa: RUF001 - the Urdu full stop is meant


@pytest.fixture
def committee(store: Store) -> tuple[CityId, CommitteeId, list[PersonId]]:
    city = factories.city(store, "Mardan", name_local="مردان")
    set_up_device(store, DeviceSetup("Mardan laptop", DeviceRole.OFFICER, "Sadia", city, "ur"))
    committee_id = factories.committee(store, city, "Local prevention committee")
    people = [
        factories.person(store, name=name)
        for name in ("Ayesha Khan", "Bilal Ahmed", "Farzana Malik")
    ]
    for person, role in zip(
        people, (MemberRole.CHAIR, MemberRole.SECRETARY, MemberRole.MEMBER), strict=True
    ):
        factories.seat(store, committee_id, person, role)
    return city, committee_id, people


def _open(qtbot: QtBot, context: AppContext, meeting_id: MeetingId) -> MeetingForm:
    form = MeetingForm(context, meeting_id)
    qtbot.addWidget(form)
    form.show()
    with qtbot.waitSignal(form.ready):
        form.start()
    return form


def _click(qtbot: QtBot, button: QPushButton) -> None:
    click(button)


@pytest.fixture
def new_form(
    qtbot: QtBot, main_window: MainWindow, context: AppContext, committee: object
) -> Iterator[MeetingForm]:
    page = main_window.show_page("meetings")
    assert isinstance(page, MeetingsPage)
    _click(qtbot, page.new_button)
    qtbot.waitUntil(lambda: bool(main_window.findChildren(MeetingForm)))
    form = main_window.findChildren(MeetingForm)[0]
    qtbot.waitUntil(lambda: form.stage is Stage.EDITING)
    yield form
    form.edits.dirty = False


def test_a_committee_meeting_is_recorded_with_attendance_headcount_agenda_and_actions(
    qtbot: QtBot,
    store: Store,
    context: AppContext,
    committee: tuple[CityId, CommitteeId, list[PersonId]],
    new_form: MeetingForm,
) -> None:
    _city, committee_id, (chair, secretary, member) = committee
    form = new_form
    type_text(form.title, "کمیٹی کا اجلاس نمبر 1")
    choose(form.committee, str(committee_id))
    form.starts_at.setDateTime(QDateTime(QDate(2026, 11, 10), QTime(10, 0)))
    choose(form.status, "held")
    settle(qtbot, context)

    form.tabs.setCurrentWidget(form.attendance)
    _click(qtbot, form.attendance.add_members)
    rows = form.attendance.attendance
    assert [rows.cell(i, "name").text() for i in range(rows.row_count())] == [
        "Ayesha Khan", "Bilal Ahmed", "Farzana Malik",
    ]  # fmt: skip
    choose(rows.cell(2, "status"), AttendanceStatus.APOLOGIES.value)
    assert form.attendance.headcounts.add_button is not None
    _click(qtbot, form.attendance.headcounts.add_button)
    counts = form.attendance.headcounts
    choose(counts.cell(0, "gender"), Gender.FEMALE.value)
    choose(counts.cell(0, "age_band"), AgeBand.FROM_18.value)
    counts.cell(0, "count").setValue(12)
    form.attendance.total.setValue(14)
    assert not form.attendance.total_problem.isVisible()

    form.tabs.setCurrentWidget(form.agenda)
    _click(qtbot, form.agenda.add_button)
    type_text(form.agenda.title, "گزشتہ اجلاس کی کارروائی")
    type_text(form.agenda.discussion, DISCUSSION)
    type_text(form.agenda.decisions, DECISIONS)
    _click(qtbot, form.agenda.add_sub_button)
    type_text(form.agenda.title, "Youth centre")

    form.tabs.setCurrentWidget(form.actions_tab)
    own = form.actions_tab.own
    assert own.add_button is not None
    _click(qtbot, own.add_button)
    type_text(own.cell(0, "text"), "Write to the mayor about the youth centre")
    choose(own.cell(0, "owner_id"), str(chair))
    own.cell(0, "due_on").setDate(QDate(2026, 12, 1))

    with qtbot.waitSignal(form.saved) as saved:
        press(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, context)
    with store.read() as session:
        detail = meeting_detail(session, saved.args[0])
    assert detail is not None
    assert (detail.meeting.title, detail.meeting.total_attendance) == ("کمیٹی کا اجلاس نمبر 1", 14)
    assert [(a.person_id, a.status) for a in detail.attendance] == [
        (chair, AttendanceStatus.PRESENT),
        (secretary, AttendanceStatus.PRESENT),
        (member, AttendanceStatus.APOLOGIES),
    ]
    assert [(h.gender, h.age_band, h.count) for h in detail.headcounts] == [
        (Gender.FEMALE, AgeBand.FROM_18, 12)
    ]
    assert [(i.title, i.decisions, i.parent_id is not None) for i in detail.agenda] == [
        ("گزشتہ اجلاس کی کارروائی", DECISIONS, False),
        ("Youth centre", None, True),
    ]
    views = actions.actions_for_meeting(store, detail.id)
    assert [(v.row.text, v.row.owner_id, v.row.due_on) for v in views] == [
        ("Write to the mayor about the youth centre", chair, date(2026, 12, 1))
    ]
    assert not form.dirty


def test_when_the_secretary_sends_apologies_a_member_present_is_chosen_to_sign(
    qtbot: QtBot,
    store: Store,
    context: AppContext,
    committee: tuple[CityId, CommitteeId, list[PersonId]],
    new_form: MeetingForm,
) -> None:
    _city, committee_id, (chair, secretary, member) = committee
    form = new_form
    keys(form.title, "Committee meeting")
    choose(form.committee, str(committee_id))
    form.starts_at.setDateTime(QDateTime(QDate(2026, 11, 10), QTime(10, 0)))
    settle(qtbot, context)
    form.tabs.setCurrentWidget(form.attendance)
    _click(qtbot, form.attendance.add_members)
    chooser, rows = form.attendance.secretary, form.attendance.attendance
    assert chooser.value() == str(secretary)
    choose(rows.cell(1, "status"), AttendanceStatus.APOLOGIES.value)
    problem = form.attendance.attendance_problem
    assert problem.isVisible()
    assert problem.text() == (
        "The meeting's secretary signs the minutes and must have been present: give the "
        "secretary's role to someone who was."
    )
    assert [chooser.itemText(i) for i in range(chooser.count())] == [
        "nobody present", "Ayesha Khan", "Farzana Malik",
    ]  # fmt: skip
    before = dump(store)
    form.save()
    settle(qtbot, context)
    assert dump(store) == before

    choose(chooser, str(member))
    assert not problem.isVisible()
    assert [rows.cell(i, "role").value() for i in range(3)] == [
        AttendanceRole.CHAIR.value, AttendanceRole.MEMBER.value, AttendanceRole.SECRETARY.value,
    ]  # fmt: skip
    with qtbot.waitSignal(form.saved) as saved:
        form.save()
    settle(qtbot, context)
    with store.read() as session:
        detail = meeting_detail(session, saved.args[0])
    assert detail is not None
    assert [(a.person_id, a.status, a.role) for a in detail.attendance] == [
        (chair, AttendanceStatus.PRESENT, AttendanceRole.CHAIR),
        (secretary, AttendanceStatus.APOLOGIES, AttendanceRole.MEMBER),
        (member, AttendanceStatus.PRESENT, AttendanceRole.SECRETARY),
    ]


def test_headcounts_that_do_not_add_up_are_shown_under_the_total_and_nothing_is_saved(
    qtbot: QtBot,
    store: Store,
    context: AppContext,
    committee: tuple[CityId, CommitteeId, list[PersonId]],
    new_form: MeetingForm,
) -> None:
    form = new_form
    keys(form.title, "Committee meeting")
    choose(form.committee, str(committee[1]))
    settle(qtbot, context)
    form.tabs.setCurrentWidget(form.attendance)
    _click(qtbot, form.attendance.add_members)
    assert form.attendance.headcounts.add_button is not None
    _click(qtbot, form.attendance.headcounts.add_button)
    form.attendance.headcounts.cell(0, "count").setValue(12)
    form.attendance.total.setValue(20)
    problem = form.attendance.total_problem
    assert problem.isVisible()
    assert problem.text() == (
        "Named attendees (3) and anonymous headcounts (12) add up to 15, "
        "not to the stated total of 20."
    )
    before = dump(store)
    form.save()
    settle(qtbot, context)
    assert dump(store) == before
    form.attendance.total.setValue(15)
    assert not problem.isVisible()


def test_the_next_meeting_resolves_carried_over_actions_and_approving_locks_the_minutes(
    qtbot: QtBot,
    store: Store,
    context: AppContext,
    committee: tuple[CityId, CommitteeId, list[PersonId]],
) -> None:
    city, committee_id, (chair, *_rest) = committee
    first = factories.committee_meeting(
        store, city, committee_id, factories.at(2026, 9, 1), title="September meeting"
    )
    action = factories.add_action(store, first, ActionItemInput("Book the hall", owner_id=chair))
    meetings.circulate_minutes(store, first, date(2026, 9, 10))
    second = factories.committee_meeting(
        store, city, committee_id, factories.at(2026, 11, 3), title="November meeting"
    )
    previous_form = _open(qtbot, context, first)
    assert previous_form.stage is Stage.EDITING

    form = _open(qtbot, context, second)
    carried = form.actions_tab.carried
    assert carried.rowCount() == 1
    assert [carried.item(0, c).text() for c in (0, 1, 4)] == [  # type: ignore[union-attr]
        "Book the hall", "Ayesha Khan", "carried over",
    ]  # fmt: skip
    form.tabs.setCurrentWidget(form.actions_tab)
    carried.selectRow(0)
    _click(qtbot, form.actions_tab.done_button)
    qtbot.waitUntil(lambda: carried.rowCount() == 1 and carried.item(0, 4).text() == "done")  # type: ignore[union-attr]
    closed = actions.actions_for_meeting(store, second)[0].row
    assert (closed.id, closed.status, closed.closed_in_id) == (action, ActionStatus.DONE, second)

    minutes = form.minutes
    assert "September meeting" in minutes.previous_text.text()
    assert "circulated" in minutes.previous_text.text()
    form.tabs.setCurrentWidget(minutes)
    assert minutes.approve_previous_button.isEnabled(), minutes.status.text()
    _click(qtbot, minutes.approve_previous_button)
    settle(qtbot, context)
    with store.read() as session:
        approved = session.get(Meeting, first)
    assert approved is not None
    assert (approved.minutes_status, approved.minutes_approved_in_id) == (
        MinutesStatus.APPROVED,
        second,
    )
    qtbot.waitUntil(lambda: previous_form.stage is Stage.LOCKED)
    assert not previous_form.save_button.isEnabled()
    assert not previous_form.title.isEnabled()
    assert previous_form.banner.isVisible()
    assert "approved and locked" in previous_form.banner.message.text()
    assert "November meeting" in previous_form.minutes.status.text()


def test_every_control_of_the_meeting_form_has_an_accessible_name(
    qtbot: QtBot, context: AppContext, new_form: MeetingForm
) -> None:
    form = new_form
    assert form.attendance.headcounts.add_button is not None
    click(form.attendance.headcounts.add_button)
    click(form.agenda.add_button)
    assert form.actions_tab.own.add_button is not None
    click(form.actions_tab.own.add_button)
    kinds = (
        TextField, LongTextField, ChoiceField, DateField, DateTimeField, NumberField, QPushButton,
    )  # fmt: skip
    controls = [w for w in form.findChildren(QWidget) if isinstance(w, kinds)]
    assert len(controls) > 40
    unnamed = [type(w).__name__ for w in controls if not w.accessibleName().strip()]
    assert unnamed == []


def test_a_person_not_yet_recorded_is_added_from_the_attendance_tab(
    qtbot: QtBot, store: Store, context: AppContext, new_form: MeetingForm
) -> None:
    from scdesk.ui.forms.person_form import PersonForm

    form = new_form
    form.tabs.setCurrentWidget(form.attendance)
    form.attendance.finder.search.setText("Rukhsana Bibi")
    _click(qtbot, form.attendance.finder.new_button)
    qtbot.waitUntil(lambda: bool(form.findChildren(PersonForm)))
    person_form = form.findChildren(PersonForm)[0]
    qtbot.waitUntil(lambda: person_form.name.text() == "Rukhsana Bibi")
    person_form.consent_participation.setChecked(True)
    choose(person_form.consent_by, "self")
    choose(person_form.consent_form, "written")
    with qtbot.waitSignal(person_form.saved) as saved:
        click(person_form.save_button)
    rows = form.attendance.attendance
    qtbot.waitUntil(lambda: rows.row_count() == 1)
    assert rows.cell(0, "name").text() == "Rukhsana Bibi"
    assert rows.state()[0]["person_id"] == str(saved.args[0])
    assert not person_form.isVisible()
    person_form.save()  # a second Save, had it been reachable
    settle(qtbot, context)
    assert rows.row_count() == 1
    with store.read() as session:
        assert session.get(Person, saved.args[0]) is not None
        assert session.query(Person).filter_by(name="Rukhsana Bibi").count() == 1


def test_a_new_meeting_starts_in_its_title_with_the_citys_only_committee(
    qtbot: QtBot,
    context: AppContext,
    committee: tuple[CityId, CommitteeId, list[PersonId]],
    new_form: MeetingForm,
) -> None:
    _city, committee_id, _people = committee
    form = new_form
    assert form.focusWidget() is form.title
    assert form.committee.value() == str(committee_id)
    settle(qtbot, context)
    form.tabs.setCurrentWidget(form.attendance)
    members = form.attendance.add_members
    assert members.isEnabled()
    assert not form.attendance.members_note.isVisible()

    choose(form.kind, MeetingKind.CONSULTATION.value)  # a city holds these without a committee
    settle(qtbot, context)
    assert form.committee.value() is None
    assert not members.isEnabled()
    why = "Choose the meeting's committee on the Details tab first."
    assert members.toolTip() == why
    assert form.attendance.members_note.text() == why
    assert form.attendance.members_note.isVisible()

    choose(form.kind, MeetingKind.COMMITTEE_MEETING.value)
    assert form.committee.value() == str(committee_id)
    form.committee.setCurrentIndex(0)  # "none", chosen by the user: kept through other changes
    form.committee.activated.emit(0)
    choose(form.kind, MeetingKind.WORKSHOP.value)
    assert form.committee.value() is None


def test_the_committees_members_follow_the_meetings_day(
    qtbot: QtBot, store: Store, context: AppContext, new_form: MeetingForm
) -> None:
    swabi = factories.city(store, "Swabi")
    youth = factories.committee(store, swabi, "Youth committee")
    member = factories.person(store, name="Gul Bano")
    factories.seat(store, youth, member, MemberRole.CHAIR, starts_on=date(2026, 6, 1))
    form = new_form
    with qtbot.waitSignal(form.ready):
        form.reload()  # the committee added since the form opened
    choose(form.city, str(swabi))
    assert form.committee.value() == str(youth)
    form.starts_at.setDateTime(QDateTime(QDate(2026, 3, 10), QTime(10, 0)))
    settle(qtbot, context)
    form.tabs.setCurrentWidget(form.attendance)
    members = form.attendance.add_members
    assert not members.isEnabled()
    assert members.toolTip() == "Nobody was a member of the committee on 2026-03-10."
    assert form.attendance.members_note.text() == members.toolTip()

    form.starts_at.setDateTime(QDateTime(QDate(2026, 6, 2), QTime(10, 0)))
    settle(qtbot, context)
    assert members.isEnabled()
    assert members.toolTip() == ""
    assert not form.attendance.members_note.isVisible()
    click(members)
    rows = form.attendance.attendance
    assert [rows.cell(i, "name").text() for i in range(rows.row_count())] == ["Gul Bano"]
