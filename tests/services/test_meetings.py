"""Meetings: dates that make sense, totals that add up, and minutes locked once approved."""

from datetime import date, timedelta

from sqlalchemy import select

from scdesk.domain.meetings import (
    AgendaItemId,
    AgendaItemInput,
    AttendanceInput,
    AttendanceStatus,
    HeadcountInput,
    MeetingId,
    MeetingKind,
    MeetingStatus,
    MinutesStatus,
)
from scdesk.domain.people import AgeBand, CityId, Gender, GroupTag
from scdesk.domain.rules import InvalidRecordError
from scdesk.services import meetings, records
from scdesk.store.models import AgendaItem, Attendance, Meeting, MinutesAmendment
from scdesk.store.store import Store
from tests import factories
from tests.conftest import refused


def test_a_meeting_without_a_title_is_refused(store: Store) -> None:
    city_id = factories.city(store)
    data = factories.meeting_input(city_id, title="")
    refused(store, lambda: meetings.create_meeting(store, data), "Title is required")


def test_a_meeting_that_ends_before_it_starts_is_refused(store: Store) -> None:
    city_id = factories.city(store)
    starts = factories.at(2026, 3, 2, 14)
    data = factories.meeting_input(city_id, starts_at=starts, ends_at=starts - timedelta(hours=2))
    refused(store, lambda: meetings.create_meeting(store, data), "ends before it starts")


def test_a_future_meeting_cannot_be_marked_held(store: Store) -> None:
    city_id = factories.city(store)
    data = factories.meeting_input(city_id, starts_at=factories.at(2027, 1, 5))
    refused(store, lambda: meetings.create_meeting(store, data), "cannot be marked as held")


def test_a_committee_meeting_names_its_committee(store: Store) -> None:
    city_id = factories.city(store)
    data = factories.meeting_input(city_id, kind=MeetingKind.COMMITTEE_MEETING)
    refused(store, lambda: meetings.create_meeting(store, data), "Choose the committee")


def test_named_attendees_and_headcounts_must_add_up_to_the_stated_total(store: Store) -> None:
    city_id = factories.city(store)
    meeting_id = factories.meeting(store, city_id)
    chair = factories.person(store)
    counts = [HeadcountInput(Gender.FEMALE, 12, AgeBand.FROM_18), HeadcountInput(Gender.MALE, 6)]
    message = refused(
        store,
        lambda: meetings.record_attendance(store, meeting_id, [AttendanceInput(chair)], counts, 20),
        "add up to 19, not to the stated total of 20",
    )
    assert isinstance(message, InvalidRecordError)
    assert message.problems[0].field == "total_attendance"
    meetings.record_attendance(store, meeting_id, [AttendanceInput(chair)], counts, 19)
    with store.read() as session:
        meeting = session.get(Meeting, meeting_id)
        assert meeting is not None
        assert meeting.total_attendance == 19


def test_apologies_do_not_count_towards_the_people_present(store: Store) -> None:
    city_id = factories.city(store)
    meeting_id = factories.meeting(store, city_id)
    here, away = factories.person(store, name="Here"), factories.person(store, name="Away")
    attendees = [AttendanceInput(here), AttendanceInput(away, AttendanceStatus.APOLOGIES)]
    meetings.record_attendance(store, meeting_id, attendees, [], 1)
    with store.read() as session:
        statuses = session.scalars(select(Attendance.status).order_by(Attendance.status)).all()
    assert statuses == [AttendanceStatus.APOLOGIES, AttendanceStatus.PRESENT]


def test_an_attendee_under_18_on_the_day_with_contact_details_is_refused(store: Store) -> None:
    city_id = factories.city(store)
    meeting_id = factories.meeting(store, city_id, starts_at=factories.at(2025, 3, 1))
    # Born in 2007: an adult today, but 17 or 18 in March 2025 (only the year is known).
    sana = factories.person(store, name="Sana", birth_year=2007, phone="+92 300 1111111")
    refused(
        store,
        lambda: meetings.record_attendance(store, meeting_id, [AttendanceInput(sana)], [], None),
        "Sana was under 18 on the day: remove their phone number",
    )
    zara = factories.person(store, name="Zara", birth_year=2007)
    meetings.record_attendance(store, meeting_id, [AttendanceInput(zara)], [], None)
    with store.read() as session:
        assert session.scalars(select(Attendance.age_band)).one() is AgeBand.FROM_15


def test_someone_who_withdrew_consent_cannot_be_recorded_as_attending(store: Store) -> None:
    city_id = factories.city(store)
    meeting_id = factories.meeting(store, city_id)
    person_id = factories.person(store, name="Farah", consent_withdrawn_on=date(2026, 1, 5))
    refused(
        store,
        lambda: meetings.record_attendance(
            store, meeting_id, [AttendanceInput(person_id)], [], None
        ),
        "Farah has withdrawn consent",
    )


def test_the_same_headcount_cell_twice_is_refused(store: Store) -> None:
    city_id = factories.city(store)
    meeting_id = factories.meeting(store, city_id)
    counts = [HeadcountInput(Gender.FEMALE, 3, group=GroupTag.REFUGEE)] * 2
    refused(
        store,
        lambda: meetings.record_attendance(store, meeting_id, [], counts, None),
        "counted twice",
    )


def _approved_minutes(store: Store) -> tuple[CityId, MeetingId, MeetingId]:
    city_id = factories.city(store)
    committee_id = factories.committee(store, city_id)
    first = factories.committee_meeting(store, city_id, committee_id, factories.at(2026, 2, 3))
    meetings.add_agenda_item(store, first, AgendaItemInput("Youth cricket league", decisions="Go"))
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
    refused(store, lambda: meetings.update_meeting(store, first, data), locked)
    refused(store, lambda: meetings.add_agenda_item(store, first, AgendaItemInput("Late")), locked)
    refused(
        store,
        lambda: meetings.update_agenda_item(store, item_id, AgendaItemInput("Changed")),
        locked,
    )
    refused(store, lambda: meetings.record_attendance(store, first, [], [], None), locked)
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


def test_agenda_items_keep_their_order_and_nest_under_items_of_the_same_meeting(
    store: Store,
) -> None:
    city_id = factories.city(store)
    meeting_id = factories.meeting(store, city_id)
    first = meetings.add_agenda_item(store, meeting_id, AgendaItemInput("Welcome"))
    second = meetings.add_agenda_item(store, meeting_id, AgendaItemInput("Reports"))
    sub = meetings.add_agenda_item(store, meeting_id, AgendaItemInput("Police", parent_id=second))
    meetings.move_agenda_item(store, second, 1)
    with store.read() as session:
        rows = session.execute(
            select(AgendaItem.id, AgendaItem.position, AgendaItem.parent_id)
        ).all()
    positions = {row.id: (row.position, row.parent_id) for row in rows}
    assert positions == {second: (1, None), first: (2, None), sub: (1, second)}
    other_meeting = factories.meeting(store, city_id, title="Another")
    refused(
        store,
        lambda: meetings.add_agenda_item(store, other_meeting, AgendaItemInput("X", parent_id=sub)),
        "only sit under another item of this meeting",
    )
    refused(
        store,
        lambda: meetings.update_agenda_item(store, second, AgendaItemInput("Loop", parent_id=sub)),
        "only sit under another item of this meeting",
    )
