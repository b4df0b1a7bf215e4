"""Committees, seats, meetings and activities from spreadsheets: each row is saved through the
record's own save function, so a form's rules refuse the same rows, with their row numbers; a
matched record changes only in the columns the file has and keeps what the file does not carry."""

from datetime import UTC, date, datetime
from typing import Any
from uuid import uuid4

import pytest
from sqlalchemy import select

from scdesk.domain.activities import ActivityId
from scdesk.domain.committees import MemberRole
from scdesk.domain.meetings import (
    ActionItemInput,
    AttendanceInput,
    AttendanceStatus,
    MeetingId,
    MinutesStatus,
)
from scdesk.services.meetings import approve_minutes, circulate_minutes
from scdesk.services.sheet_export import SheetFormat, export_sheet_file
from scdesk.services.sheet_import import SheetKind, import_sheet
from scdesk.store.models import (
    ActionItem,
    Activity,
    ActivityCommunity,
    ActivityParticipant,
    Attendance,
    Committee,
    Meeting,
    Membership,
)
from scdesk.store.store import Store
from tests import factories
from tests.conftest import refused


@pytest.fixture
def town(store: Store) -> dict[str, Any]:
    city = factories.city(store, "Mardan", "PK")
    ayesha = factories.person(store, name="Ayesha Khan", city_id=city)
    imran = factories.person(store, name="Imran Ali", city_id=city, birth_year=1975)
    return {"city": city, "ayesha": ayesha, "imran": imran}


def _import(store: Store, kind: SheetKind, text: str) -> tuple[int, int, int]:
    summary = import_sheet(store, kind, text.replace("\n", "\r\n").encode(), f"{kind}.csv")
    return summary.created, summary.updated, summary.unchanged


def test_committees_come_in_with_their_ids_and_change_only_where_given(
    store: Store, town: dict[str, Any]
) -> None:
    liaison = uuid4()
    text = (
        "id,name,kind,city,quorum,established_on,language\n"
        f"{liaison},Mardan liaison committee,liaison,Mardan,5,2025-06-01,ur\n"
        ",Mardan prevention committee,local_prevention,Mardan,,,\n"
    )
    assert _import(store, SheetKind.COMMITTEES, text) == (2, 0, 0)
    assert _import(store, SheetKind.COMMITTEES, f"id,quorum\n{liaison},4\n") == (0, 1, 0)
    with store.read() as session:
        committee = session.get(Committee, liaison)
        assert committee is not None
        assert (committee.name, committee.quorum, committee.language) == (
            "Mardan liaison committee", 4, "ur",
        )  # fmt: skip
        assert committee.established_on == date(2025, 6, 1)


def test_a_committee_row_breaking_a_rule_is_refused_with_its_number(
    store: Store, town: dict[str, Any]
) -> None:
    text = "name,kind,city,quorum\nMardan committee,liaison,Mardan,3\n,liaison,Mardan,-1\n"
    refused(
        store,
        lambda: _import(store, SheetKind.COMMITTEES, text),
        "row 3: Name is required.",
    )


def test_seats_join_a_committee_by_names_and_change_by_id(
    store: Store, town: dict[str, Any]
) -> None:
    committee = factories.committee(store, town["city"], "Liaison committee")
    seat = uuid4()
    text = (
        "id,committee,person,role,starts_on\n"
        f"{seat},Liaison committee,Ayesha Khan,chair,2026-01-01\n"
        f",Liaison committee,Imran Ali,,2026-01-01\n"
    )
    assert _import(store, SheetKind.MEMBERSHIPS, text) == (2, 0, 0)
    changed = f"id,role,ends_on\n{seat},member,2026-06-30\n"
    assert _import(store, SheetKind.MEMBERSHIPS, changed) == (0, 1, 0)
    with store.read() as session:
        seats = session.execute(
            select(Membership.id, Membership.role, Membership.ends_on).where(
                Membership.committee_id == committee, Membership.deleted.is_(False)
            )
        ).all()
    assert len(seats) == 2
    assert (seat, MemberRole.MEMBER, date(2026, 6, 30)) in seats


def test_a_seat_breaking_the_committees_rules_is_refused_with_its_row(
    store: Store, town: dict[str, Any]
) -> None:
    factories.committee(store, town["city"], "Liaison committee")
    other = factories.committee(store, town["city"], "Prevention committee")
    twice = (
        "committee,person_id,role\n"
        f"Liaison committee,{town['ayesha']},chair\n"
        f"Liaison committee,{town['ayesha']},member\n"
    )
    refused(
        store,
        lambda: _import(store, SheetKind.MEMBERSHIPS, twice),
        "row 3: The same person is listed twice as a current member.",
    )
    seat = uuid4()
    _import(store, SheetKind.MEMBERSHIPS, f"id,committee_id,person\n{seat},{other},Imran Ali\n")
    moved = f"id,committee,person\n{seat},Liaison committee,Imran Ali\n"
    refused(
        store,
        lambda: _import(store, SheetKind.MEMBERSHIPS, moved),
        "row 2: This seat is on another committee",
    )
    nobody = "committee,person\nLiaison committee,Zainab Bibi\n"
    refused(
        store,
        lambda: _import(store, SheetKind.MEMBERSHIPS, nobody),
        "row 2: No single record called Zainab Bibi is recorded here: give its person_id.",
    )


def test_a_meeting_comes_in_with_its_id_and_keeps_its_parts_when_changed(
    store: Store, town: dict[str, Any]
) -> None:
    workshop = MeetingId(uuid4())
    text = (
        "id,kind,title,city,starts_at_utc,ends_at_utc,venue,status\n"
        f"{workshop},workshop,Youth workshop,Mardan,2026-03-02 09:00,2026-03-02 13:00,"
        "Town hall,held\n"
    )
    assert _import(store, SheetKind.MEETINGS, text) == (1, 0, 0)
    factories.attend(store, workshop, [AttendanceInput(town["ayesha"])], [], None)
    factories.add_action(store, workshop, ActionItemInput("Share the report"))
    assert _import(store, SheetKind.MEETINGS, f"id,venue\n{workshop},Youth centre\n") == (0, 1, 0)
    with store.read() as session:
        meeting = session.get(Meeting, workshop)
        assert meeting is not None
        assert (meeting.title, meeting.venue) == ("Youth workshop", "Youth centre")
        assert meeting.starts_at == datetime(2026, 3, 2, 9, tzinfo=UTC)
        attending = session.execute(
            select(Attendance.person_id, Attendance.status).where(
                Attendance.meeting_id == workshop, Attendance.deleted.is_(False)
            )
        ).all()
        actions = session.execute(
            select(ActionItem.text).where(ActionItem.meeting_id == workshop)
        ).scalars()
        assert attending == [(town["ayesha"], AttendanceStatus.PRESENT)]
        assert list(actions) == ["Share the report"]


def test_meeting_rows_breaking_rules_are_refused_with_their_numbers(
    store: Store, town: dict[str, Any]
) -> None:
    text = (
        "kind,title,city,starts_at_utc,ends_at_utc\n"
        "workshop,Youth workshop,Mardan,2026-03-02 09:00,\n"
        "committee_meeting,Committee meeting,Mardan,2026-03-02 09:00,\n"
        "workshop,Late workshop,Mardan,2026-03-02 09:00,2026-03-02 08:00\n"
        "roundtable,Roundtable,Mardan,,\n"
        "workshop,Bad time,Mardan,tomorrow,\n"
    )
    error = refused(
        store,
        lambda: _import(store, SheetKind.MEETINGS, text),
        "row 3: Choose the committee this meeting belongs to.",
    )
    problems = [str(p) for p in getattr(error, "problems", ())]
    assert problems == [
        "row 3: Choose the committee this meeting belongs to.",
        "row 4: The meeting ends before it starts: check the times.",
        "row 5: Fill starts_at_utc: a new record needs it.",
        "row 6: tomorrow in starts_at_utc is not a time such as 2026-01-31 14:30 (UTC).",
    ]


def test_the_exported_meetings_import_back_unchanged_even_when_locked(
    store: Store, town: dict[str, Any]
) -> None:
    committee = factories.committee(store, town["city"])
    first = factories.committee_meeting(store, town["city"], committee, factories.at(2026, 2, 2))
    second = factories.committee_meeting(store, town["city"], committee, factories.at(2026, 3, 2))
    circulate_minutes(store, first, date(2026, 2, 10))
    approve_minutes(store, first, second, date(2026, 3, 2))
    exported = export_sheet_file(store, SheetFormat.CSV, personal=True)
    summary = import_sheet(store, SheetKind.MEETINGS, exported, "tables.zip")
    assert (summary.created, summary.updated, summary.unchanged) == (0, 0, 2)
    locked = f"id,title\n{first},A new title\n"
    refused(
        store,
        lambda: _import(store, SheetKind.MEETINGS, locked),
        "row 2: These minutes are approved and locked: record a correction as an amendment.",
    )
    with store.read() as session:
        meeting = session.get(Meeting, first)
        assert meeting is not None
        assert meeting.minutes_status is MinutesStatus.APPROVED


def test_an_activity_comes_in_with_its_communities_and_keeps_its_participants(
    store: Store, town: dict[str, Any]
) -> None:
    camp = ActivityId(uuid4())
    text = (
        "id,kind,title,city,starts_on,ends_on,status,communities\n"
        f"{camp},sports,Cricket for peace,Mardan,2026-04-01,2026-04-30,planned,"
        "Par Hoti;Sheikh Maltoon\n"
    )
    assert _import(store, SheetKind.ACTIVITIES, text) == (1, 0, 0)
    factories.change_activity(store, camp, participants=[town["ayesha"]])
    changed = f"id,title,communities\n{camp},Cricket for peace and unity,Par Hoti\n"
    assert _import(store, SheetKind.ACTIVITIES, changed) == (0, 1, 0)
    with store.read() as session:
        activity = session.get(Activity, camp)
        assert activity is not None
        assert (activity.title, activity.ends_on) == ("Cricket for peace and unity",
                                                      date(2026, 4, 30))  # fmt: skip
        communities = session.execute(
            select(ActivityCommunity.community).where(
                ActivityCommunity.activity_id == camp, ActivityCommunity.deleted.is_(False)
            )
        ).scalars()
        participants = session.execute(
            select(ActivityParticipant.person_id).where(ActivityParticipant.activity_id == camp)
        ).scalars()
        assert list(communities) == ["Par Hoti"]
        assert list(participants) == [town["ayesha"]]


def test_an_activity_row_breaking_a_rule_is_refused_with_its_number(
    store: Store, town: dict[str, Any]
) -> None:
    text = (
        "kind,title,city,starts_on,ends_on,status\n"
        "arts,Mural,Mardan,2026-04-01,,planned\n"
        "arts,Mural two,Mardan,2026-04-01,2026-03-01,planned\n"
        "arts,Mural three,Lahore,2026-04-01,,planned\n"
    )
    error = refused(store, lambda: _import(store, SheetKind.ACTIVITIES, text), "row 3: ")
    assert [str(p) for p in getattr(error, "problems", ())] == [
        "row 3: The end date (2026-03-01) is before the start date (2026-04-01).",
        "row 4: No city called Lahore is recorded here.",
    ]


def test_a_meetings_id_in_an_activities_file_is_refused(store: Store, town: dict[str, Any]) -> None:
    meeting = factories.meeting(store, town["city"])
    text = f"id,kind,title,city,starts_on\n{meeting},arts,Mural,Mardan,2026-04-01\n"
    refused(
        store,
        lambda: _import(store, SheetKind.ACTIVITIES, text),
        "row 2: This id belongs to another kind of record",
    )
