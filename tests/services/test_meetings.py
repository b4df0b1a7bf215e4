"""Meetings: dates that make sense, totals that add up, and minutes locked once approved."""

from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from scdesk.domain.changes import RecordKind
from scdesk.domain.meetings import (
    ActionEntry,
    ActionItemId,
    ActionItemInput,
    ActionStatus,
    AgendaEntry,
    AgendaItemId,
    AgendaItemInput,
    AttendanceInput,
    AttendanceRole,
    AttendanceStatus,
    HeadcountInput,
    MeetingId,
    MeetingKind,
    MeetingRecord,
    MeetingStatus,
    MinutesStatus,
    meeting_record_problems,
)
from scdesk.domain.people import AgeBand, CityId, Gender, GroupTag
from scdesk.domain.rules import InvalidRecordError, Location, Part, Problem
from scdesk.services import meetings, records
from scdesk.services.actions import actions_for_meeting
from scdesk.store.models import AgendaItem, Attendance, Meeting, MinutesAmendment
from scdesk.store.queries.meeting_detail import meeting_detail, stored_meeting_record
from scdesk.store.store import Store
from tests import factories
from tests.conftest import NOW, dump, refused


def test_a_meeting_without_a_title_is_refused(store: Store) -> None:
    city_id = factories.city(store)
    data = factories.meeting_input(city_id, title="")
    refused(
        store, lambda: meetings.save_meeting(store, MeetingRecord(None, data)), "Title is required"
    )


def test_a_meeting_that_ends_before_it_starts_is_refused(store: Store) -> None:
    city_id = factories.city(store)
    starts = factories.at(2026, 3, 2, 14)
    data = factories.meeting_input(city_id, starts_at=starts, ends_at=starts - timedelta(hours=2))
    refused(
        store,
        lambda: meetings.save_meeting(store, MeetingRecord(None, data)),
        "ends before it starts",
    )


def test_a_future_meeting_cannot_be_marked_held(store: Store) -> None:
    city_id = factories.city(store)
    data = factories.meeting_input(city_id, starts_at=factories.at(2027, 1, 5))
    refused(
        store,
        lambda: meetings.save_meeting(store, MeetingRecord(None, data)),
        "cannot be marked as held",
    )


def test_a_committee_meeting_names_its_committee(store: Store) -> None:
    city_id = factories.city(store)
    data = factories.meeting_input(city_id, kind=MeetingKind.COMMITTEE_MEETING)
    refused(
        store,
        lambda: meetings.save_meeting(store, MeetingRecord(None, data)),
        "Choose the committee",
    )


def test_named_attendees_and_headcounts_must_add_up_to_the_stated_total(store: Store) -> None:
    city_id = factories.city(store)
    meeting_id = factories.meeting(store, city_id)
    chair = factories.person(store)
    counts = [HeadcountInput(Gender.FEMALE, 12, AgeBand.FROM_18), HeadcountInput(Gender.MALE, 6)]
    message = refused(
        store,
        lambda: factories.attend(store, meeting_id, [AttendanceInput(chair)], counts, 20),
        "add up to 19, not to the stated total of 20",
    )
    assert isinstance(message, InvalidRecordError)
    assert message.problems[0].field == "total_attendance"
    factories.attend(store, meeting_id, [AttendanceInput(chair)], counts, 19)
    with store.read() as session:
        meeting = session.get(Meeting, meeting_id)
        assert meeting is not None
        assert meeting.total_attendance == 19


def test_apologies_do_not_count_towards_the_people_present(store: Store) -> None:
    city_id = factories.city(store)
    meeting_id = factories.meeting(store, city_id)
    here, away = factories.person(store, name="Here"), factories.person(store, name="Away")
    attendees = [AttendanceInput(here), AttendanceInput(away, AttendanceStatus.APOLOGIES)]
    factories.attend(store, meeting_id, attendees, [], 1)
    with store.read() as session:
        statuses = session.scalars(select(Attendance.status).order_by(Attendance.status)).all()
    assert statuses == [AttendanceStatus.APOLOGIES, AttendanceStatus.PRESENT]


def test_a_secretary_who_sent_apologies_is_refused_and_a_present_one_is_kept(
    store: Store,
) -> None:
    city_id = factories.city(store)
    meeting_id = factories.meeting(store, city_id)
    away, here = factories.person(store, name="Away"), factories.person(store, name="Here")
    attendees = [
        AttendanceInput(away, AttendanceStatus.APOLOGIES, AttendanceRole.SECRETARY),
        AttendanceInput(here, AttendanceStatus.PRESENT, AttendanceRole.MEMBER),
    ]
    error = refused(
        store,
        lambda: factories.attend(store, meeting_id, attendees),
        "The meeting's secretary signs the minutes and must have been present",
    )
    assert isinstance(error, InvalidRecordError)
    assert error.problems[0].field == "attendance"
    stand_in = [
        AttendanceInput(away, AttendanceStatus.APOLOGIES, AttendanceRole.MEMBER),
        AttendanceInput(here, AttendanceStatus.PRESENT, AttendanceRole.SECRETARY),
    ]
    factories.attend(store, meeting_id, stand_in)
    with store.read() as session:
        rows = session.execute(select(Attendance.person_id, Attendance.role))
        roles = dict(rows.all())
    assert roles == {away: AttendanceRole.MEMBER, here: AttendanceRole.SECRETARY}


def test_a_meeting_with_two_secretaries_is_refused(store: Store) -> None:
    city_id = factories.city(store)
    meeting_id = factories.meeting(store, city_id)
    both = [
        AttendanceInput(factories.person(store, name=name), role=AttendanceRole.SECRETARY)
        for name in ("One", "Two")
    ]
    refused(store, lambda: factories.attend(store, meeting_id, both), "A meeting has one secretary")


def test_an_attendee_under_18_on_the_day_with_contact_details_is_refused(store: Store) -> None:
    city_id = factories.city(store)
    meeting_id = factories.meeting(store, city_id, starts_at=factories.at(2025, 3, 1))
    # Born in 2007: an adult today, but 17 or 18 in March 2025 (only the year is known).
    sana = factories.person(store, name="Sana", birth_year=2007, phone="+92 300 1111111")
    refused(
        store,
        lambda: factories.attend(store, meeting_id, [AttendanceInput(sana)], [], None),
        "Sana was under 18 on the day: remove their phone number",
    )
    zara = factories.person(store, name="Zara", birth_year=2007)
    factories.attend(store, meeting_id, [AttendanceInput(zara)], [], None)
    with store.read() as session:
        assert session.scalars(select(Attendance.age_band)).one() is AgeBand.FROM_15


def test_someone_who_withdrew_consent_cannot_be_recorded_as_attending(store: Store) -> None:
    city_id = factories.city(store)
    meeting_id = factories.meeting(store, city_id)
    person_id = factories.person(store, name="Farah", consent_withdrawn_on=date(2026, 1, 5))
    refused(
        store,
        lambda: factories.attend(store, meeting_id, [AttendanceInput(person_id)], [], None),
        "Farah has withdrawn consent",
    )


def test_the_same_headcount_cell_twice_is_refused(store: Store) -> None:
    city_id = factories.city(store)
    meeting_id = factories.meeting(store, city_id)
    counts = [HeadcountInput(Gender.FEMALE, 3, group=GroupTag.REFUGEE)] * 2
    refused(
        store,
        lambda: factories.attend(store, meeting_id, [], counts, None),
        "counted twice",
    )


def _approved_minutes(store: Store) -> tuple[CityId, MeetingId, MeetingId]:
    city_id = factories.city(store)
    committee_id = factories.committee(store, city_id)
    first = factories.committee_meeting(store, city_id, committee_id, factories.at(2026, 2, 3))
    factories.add_agenda_item(store, first, AgendaItemInput("Youth cricket league", decisions="Go"))
    second = factories.committee_meeting(store, city_id, committee_id, factories.at(2026, 3, 3))
    meetings.circulate_minutes(store, first, date(2026, 2, 10))
    meetings.approve_minutes(store, first, second)
    return city_id, first, second


def test_approved_minutes_are_locked(store: Store) -> None:
    city_id, first, _ = _approved_minutes(store)
    with store.read() as session:
        meeting = session.get(Meeting, first)
        item_id = AgendaItemId(session.scalars(select(AgendaItem.id)).one())
    assert meeting is not None
    assert meeting.minutes_status is MinutesStatus.APPROVED
    assert meeting.minutes_approved_on == date(2026, 3, 3)
    locked = "approved and locked: record a correction as an amendment"
    data = factories.meeting_input(city_id, title="Edited afterwards")
    refused(store, lambda: factories.change_meeting(store, first, meeting=data), locked)
    refused(store, lambda: factories.add_agenda_item(store, first, AgendaItemInput("Late")), locked)
    changed = (AgendaEntry("1", item_id, None, AgendaItemInput("Changed")),)
    refused(store, lambda: factories.change_meeting(store, first, agenda=changed), locked)
    refused(store, lambda: factories.attend(store, first, [], [], None), locked)
    refused(store, lambda: records.delete_record(store, "meeting", first), locked)
    refused(store, lambda: meetings.return_minutes_to_draft(store, first), locked)


def test_a_correction_to_approved_minutes_is_recorded_as_an_amendment(store: Store) -> None:
    _, first, second = _approved_minutes(store)
    meetings.add_amendment(
        store, first, "The league starts in May, not April.", "Date error", second
    )
    with store.read() as session:
        amendment = session.scalars(select(MinutesAmendment)).one()
        item = session.scalars(select(AgendaItem)).one()
    assert (amendment.meeting_id, amendment.agreed_in_id) == (first, second)
    assert amendment.amended_on == date(2026, 11, 25)
    assert item.decisions == "Go"  # the minutes themselves are unchanged


def test_an_amendment_to_minutes_not_yet_approved_is_refused(store: Store) -> None:
    city_id = factories.city(store)
    meeting_id = factories.meeting(store, city_id)
    refused(
        store, lambda: meetings.add_amendment(store, meeting_id, "Fix", None), "not approved yet"
    )


def test_minutes_are_approved_by_a_later_held_meeting_of_the_same_committee(store: Store) -> None:
    city_id = factories.city(store)
    committee_id = factories.committee(store, city_id)
    other = factories.committee(store, city_id, "Local prevention committee")
    march = factories.committee_meeting(store, city_id, committee_id, factories.at(2026, 3, 3))
    earlier = factories.committee_meeting(store, city_id, committee_id, factories.at(2026, 1, 3))
    elsewhere = factories.committee_meeting(store, city_id, other, factories.at(2026, 4, 3))
    planned = factories.committee_meeting(
        store, city_id, committee_id, factories.at(2026, 12, 3), status=MeetingStatus.PLANNED
    )
    refused(store, lambda: meetings.approve_minutes(store, march, earlier), "by a later meeting")
    refused(store, lambda: meetings.approve_minutes(store, march, elsewhere), "same committee")
    refused(store, lambda: meetings.approve_minutes(store, march, planned), "marked as held first")
    refused(store, lambda: meetings.approve_minutes(store, march, None), "Choose the later meeting")


def test_minutes_of_a_planned_meeting_cannot_be_circulated(store: Store) -> None:
    city_id = factories.city(store)
    meeting_id = factories.meeting(
        store, city_id, starts_at=factories.at(2027, 2, 1), status=MeetingStatus.PLANNED
    )
    refused(
        store,
        lambda: meetings.circulate_minutes(store, meeting_id, date(2026, 11, 25)),
        "Only a meeting that was held",
    )


def test_a_meeting_without_a_city_is_refused(store: Store) -> None:
    data = replace(factories.meeting_input(factories.city(store)), city_id=None)
    refused(
        store, lambda: meetings.save_meeting(store, MeetingRecord(None, data)), "Choose the city"
    )


def test_the_same_person_listed_twice_in_the_attendance_is_refused(store: Store) -> None:
    meeting_id = factories.meeting(store, factories.city(store))
    twice = [AttendanceInput(factories.person(store))] * 2
    refused(store, lambda: factories.attend(store, meeting_id, twice), "listed twice")


def test_agenda_items_keep_their_order_among_siblings_and_their_parents(store: Store) -> None:
    city_id = factories.city(store)
    meeting_id = factories.meeting(store, city_id)
    first = factories.add_agenda_item(store, meeting_id, AgendaItemInput("Welcome"))
    second = factories.add_agenda_item(store, meeting_id, AgendaItemInput("Reports"))
    sub = factories.add_agenda_item(store, meeting_id, AgendaItemInput("Police"), parent=second)
    with store.read() as session:
        record = stored_meeting_record(session, meeting_id)
    assert record is not None
    welcome, reports, police = record.agenda
    factories.change_meeting(store, meeting_id, agenda=[reports, police, welcome])
    with store.read() as session:
        rows = session.execute(
            select(AgendaItem.id, AgendaItem.position, AgendaItem.parent_id)
        ).all()
    positions = {row.id: (row.position, row.parent_id) for row in rows}
    assert positions == {second: (1, None), first: (2, None), sub: (1, second)}


def test_an_agenda_item_listed_before_the_item_it_sits_under_is_a_fault_of_the_caller(
    store: Store,
) -> None:
    meeting_id = factories.meeting(store, factories.city(store))
    orphan = AgendaEntry("b", None, "a", AgendaItemInput("Apologies"))
    before = dump(store)
    with pytest.raises(ValueError, match="after the item it sits under"):
        factories.change_meeting(store, meeting_id, agenda=[orphan])
    assert dump(store) == before


# ---------------------------------------------------------------------- a meeting saved whole
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
    saved = meetings.save_meeting(store, _record(store))
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
    assert saved.changes.kinds == {RecordKind.MEETING, RecordKind.ACTION_ITEM}


def test_saving_again_keeps_ids_reorders_and_drops_what_was_removed(store: Store) -> None:
    record = _record(store)
    saved = meetings.save_meeting(store, record)
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
    meetings.save_meeting(store, again)
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
        store,
        lambda: meetings.save_meeting(store, wrong),
        "add up to 13, not to the stated total of 20",
    )


def test_an_agenda_item_without_a_title_is_reported_against_that_item(store: Store) -> None:
    record = _record(store)
    blank = replace(
        record, agenda=(*record.agenda, AgendaEntry("d", None, None, AgendaItemInput(" ")))
    )
    problems = meeting_record_problems(blank, NOW)
    assert problems == [Problem("title", "Agenda item is required.", Location(Part.AGENDA, "d"))]
    refused(store, lambda: meetings.save_meeting(store, blank), "Agenda item is required.")
