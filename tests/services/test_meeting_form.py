"""Saving a meeting as its form edits it: all parts in one transaction, ids kept, order kept."""

from dataclasses import replace

from scdesk.domain.meetings import (
    ActionItemId,
    ActionItemInput,
    ActionStatus,
    AgendaItemInput,
    AttendanceInput,
    AttendanceStatus,
    HeadcountInput,
    MeetingKind,
)
from scdesk.domain.people import AgeBand, Gender
from scdesk.domain.rules import Location, Part, Problem
from scdesk.services.actions import actions_for_meeting
from scdesk.services.meeting_form import (
    ActionEntry,
    AgendaEntry,
    MeetingRecord,
    meeting_record_problems,
    save_meeting,
)
from scdesk.store.queries.meeting_detail import meeting_detail
from scdesk.store.store import Store
from tests import factories
from tests.conftest import NOW, refused


def _record(store: Store) -> MeetingRecord:
    city = factories.city(store)
    committee = factories.committee(store, city)
    chair, member = factories.person(store, name="Ayesha"), factories.person(store, name="Bilal")
    meeting = factories.meeting_input(
        city, kind=MeetingKind.COMMITTEE_MEETING, committee_id=committee, total_attendance=13
    )
    return MeetingRecord(
        meeting_id=None,
        meeting=meeting,
        attendees=(
            AttendanceInput(chair),
            AttendanceInput(member, AttendanceStatus.APOLOGIES),
        ),
        headcounts=(HeadcountInput(Gender.FEMALE, 12, AgeBand.FROM_18),),
        agenda=(
            AgendaEntry("a", None, None, AgendaItemInput("Welcome", decisions="Agreed")),
            AgendaEntry("b", None, "a", AgendaItemInput("Apologies")),
            AgendaEntry("c", None, None, AgendaItemInput("Youth centre")),
        ),
        actions=(ActionEntry(None, ActionItemInput("Write to the mayor", owner_id=chair)),),
    )


def test_a_new_meeting_is_saved_with_all_its_parts(store: Store) -> None:
    saved = save_meeting(store, _record(store))
    with store.read() as session:
        detail = meeting_detail(session, saved.id)
    assert detail is not None
    assert [(a.name, a.status) for a in detail.attendance] == [
        ("Ayesha", AttendanceStatus.PRESENT),
        ("Bilal", AttendanceStatus.APOLOGIES),
    ]
    assert [h.count for h in detail.headcounts] == [12]
    titles = [(i.title, i.parent_id is not None) for i in detail.agenda]
    assert titles == [("Welcome", False), ("Apologies", True), ("Youth centre", False)]
    assert [v.row.text for v in actions_for_meeting(store, saved.id)] == ["Write to the mayor"]
    assert saved.changes.touches("meeting", "attendance", "agenda_item", "action_item")


def test_saving_again_keeps_ids_reorders_and_drops_what_was_removed(store: Store) -> None:
    record = _record(store)
    saved = save_meeting(store, record)
    with store.read() as session:
        first = meeting_detail(session, saved.id)
    assert first is not None
    ids = {item.title: item.id for item in first.agenda}
    action_id = ActionItemId(actions_for_meeting(store, saved.id)[0].row.id)
    again = replace(
        record,
        meeting_id=saved.id,
        agenda=(
            AgendaEntry("c", ids["Youth centre"], None, AgendaItemInput("Youth centre")),
            AgendaEntry("a", ids["Welcome"], None, AgendaItemInput("Welcome, everyone")),
        ),
        actions=(ActionEntry(action_id, ActionItemInput("Write to the mayor"), ActionStatus.DONE),),
    )
    save_meeting(store, again)
    with store.read() as session:
        second = meeting_detail(session, saved.id)
    assert second is not None
    assert [(i.id, i.title) for i in second.agenda] == [
        (ids["Youth centre"], "Youth centre"),
        (ids["Welcome"], "Welcome, everyone"),
    ]
    action = actions_for_meeting(store, saved.id)[0].row
    assert (action.id, action.status, action.closed_in_id) == (
        action_id,
        ActionStatus.DONE,
        saved.id,
    )


def test_headcounts_that_do_not_add_up_are_refused_and_nothing_is_written(store: Store) -> None:
    record = _record(store)
    wrong = replace(record, meeting=replace(record.meeting, total_attendance=20))
    problems = meeting_record_problems(wrong, NOW)
    assert [p.field for p in problems] == ["total_attendance"]
    refused(
        store, lambda: save_meeting(store, wrong), "add up to 13, not to the stated total of 20"
    )


def test_an_agenda_item_without_a_title_is_reported_against_that_item(store: Store) -> None:
    record = _record(store)
    blank = replace(
        record, agenda=(*record.agenda, AgendaEntry("d", None, None, AgendaItemInput(" ")))
    )
    problems = meeting_record_problems(blank, NOW)
    assert problems == [Problem("title", "Agenda item is required.", Location(Part.AGENDA, "d"))]
    refused(store, lambda: save_meeting(store, blank), "Agenda item is required.")
