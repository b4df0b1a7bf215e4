"""The meeting form's state (what its drafts hold, as JSON) made from a stored meeting, and the
record to save made from that state."""

from datetime import datetime
from uuid import UUID

from scdesk.domain.committees import CommitteeId
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
    MeetingInput,
    MeetingKind,
    MeetingRecord,
    MeetingStatus,
)
from scdesk.domain.people import AgeBand, CityId, Gender, GroupTag, PersonId
from scdesk.services.actions import ActionView
from scdesk.store.queries.meeting_detail import MeetingDetail
from scdesk.ui.form_records.values import FormValues, State


def meeting_state(detail: MeetingDetail, actions: list[ActionView]) -> dict[str, object]:
    meeting = detail.meeting
    return {
        "kind": meeting.kind.value,
        "title": meeting.title,
        "city_id": str(meeting.city_id),
        "committee_id": str(meeting.committee_id) if meeting.committee_id else None,
        "starts_at": meeting.starts_at.isoformat(),
        "ends_at": meeting.ends_at.isoformat() if meeting.ends_at else None,
        "venue": meeting.venue or "",
        "language": meeting.language,
        "status": meeting.status.value,
        "summary": meeting.summary or "",
        "attendance": {
            "attendance": [
                {
                    "person_id": str(a.person_id),
                    "name": a.name,
                    "status": a.status.value,
                    "role": a.role.value,
                    "birth_year": a.birth_year,
                    "age_band": a.age_band.value if a.age_band else None,
                    "has_contact": a.has_contact,
                    "withdrawn_on": (
                        a.consent_withdrawn_on.isoformat() if a.consent_withdrawn_on else None
                    ),
                }
                for a in detail.attendance
            ],
            "headcounts": [
                {
                    "gender": c.gender.value,
                    "age_band": c.age_band.value if c.age_band else None,
                    "group": c.group.value if c.group else None,
                    "count": c.count,
                }
                for c in detail.headcounts
            ],
            "total": meeting.total_attendance,
        },
        "agenda": [
            {
                "key": str(item.id),
                "item_id": str(item.id),
                "parent_key": str(item.parent_id) if item.parent_id else None,
                "title": item.title,
                "presenter_id": str(item.presenter_id) if item.presenter_id else None,
                "discussion": item.discussion,
                "decisions": item.decisions,
            }
            for item in detail.agenda
        ],
        "actions": [
            {
                "action_id": str(v.row.id),
                "text": v.row.text,
                "owner_id": str(v.row.owner_id) if v.row.owner_id else None,
                "due_on": v.row.due_on.isoformat() if v.row.due_on else None,
                "status": v.row.status.value,
            }
            for v in actions
            if v.row.opened_in_id == detail.id
        ],
    }


def known_people(detail: MeetingDetail, actions: list[ActionView]) -> dict[str, str]:
    """Everyone the meeting names, by id: attendees, presenters, owners of actions."""
    names = {str(a.person_id): a.name for a in detail.attendance}
    names.update(
        (str(i.presenter_id), i.presenter_name or "") for i in detail.agenda if i.presenter_id
    )
    names.update((str(v.row.owner_id), v.row.owner_name or "") for v in actions if v.row.owner_id)
    return names


def meeting_record(state: State, meeting_id: UUID | None, now: datetime) -> MeetingRecord:
    """The record to save, as the form holds it; its problems are the record's own (a meeting
    with no city chosen yet among them)."""
    values = FormValues(state)
    city = values.id("city_id")
    committee = values.id("committee_id")
    attendance = values.part("attendance")
    meeting = MeetingInput(
        kind=values.choice("kind", MeetingKind, MeetingKind.OTHER),
        title=values.text("title").strip(),
        city_id=CityId(city) if city else None,
        starts_at=values.moment("starts_at") or now,
        ends_at=values.moment("ends_at"),
        committee_id=CommitteeId(committee) if committee else None,
        venue=values.optional_text("venue"),
        language=values.text("language") or "en",
        status=values.choice("status", MeetingStatus, MeetingStatus.PLANNED),
        total_attendance=attendance.number("total"),
        summary=values.optional_text("summary"),
    )
    return MeetingRecord(
        meeting_id=MeetingId(meeting_id) if meeting_id else None,
        meeting=meeting,
        attendees=tuple(attendees(attendance)),
        headcounts=tuple(headcounts(attendance)),
        agenda=tuple(_agenda(values)),
        actions=tuple(_actions(values)),
    )


def attendees(attendance: FormValues) -> list[AttendanceInput]:
    """The people listed on the attendance tab."""
    found = []
    for row in attendance.rows("attendance"):
        person = row.id("person_id")
        if person is not None:
            status = row.choice("status", AttendanceStatus, AttendanceStatus.PRESENT)
            role = row.choice("role", AttendanceRole, AttendanceRole.PARTICIPANT)
            found.append(AttendanceInput(PersonId(person), status, role))
    return found


def headcounts(attendance: FormValues) -> list[HeadcountInput]:
    """The anonymous headcounts on the attendance tab."""
    return [
        HeadcountInput(
            gender=row.choice("gender", Gender, Gender.UNDISCLOSED),
            count=row.number("count") or 0,
            age_band=row.optional_choice("age_band", AgeBand),
            group=row.optional_choice("group", GroupTag),
        )
        for row in attendance.rows("headcounts")
    ]


def _agenda(values: FormValues) -> list[AgendaEntry]:
    found = []
    for row in values.rows("agenda"):
        key = row.text("key")
        if not key:
            continue
        item_id = row.id("item_id")
        found.append(
            AgendaEntry(
                key=key,
                item_id=AgendaItemId(item_id) if item_id else None,
                parent_key=row.text("parent_key") or None,
                item=AgendaItemInput(
                    title=row.text("title").strip(),
                    presenter_id=_person(row, "presenter_id"),
                    discussion=row.optional_text("discussion"),
                    decisions=row.optional_text("decisions"),
                ),
            )
        )
    return found


def _actions(values: FormValues) -> list[ActionEntry]:
    found = []
    for row in values.rows("actions"):
        action_id = row.id("action_id")
        found.append(
            ActionEntry(
                action_id=ActionItemId(action_id) if action_id else None,
                action=ActionItemInput(
                    text=row.text("text").strip(),
                    owner_id=_person(row, "owner_id"),
                    due_on=row.day("due_on"),
                ),
                status=row.choice("status", ActionStatus, ActionStatus.OPEN),
            )
        )
    return found


def _person(row: FormValues, key: str) -> PersonId | None:
    person = row.id(key)
    return PersonId(person) if person else None
