"""The meeting form's state (what its drafts hold, as JSON) made from a stored meeting, and the
record to save made from that state. Plain Python: the form reads and writes its widgets."""

from datetime import date, datetime
from typing import Any
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

State = dict[str, Any]


def meeting_state(detail: MeetingDetail, actions: list[ActionView]) -> State:
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
    """The record to save, as the form holds it; its problems are the record's own."""
    city = state.get("city_id")
    committee = state.get("committee_id")
    attendance = state.get("attendance") or {}
    meeting = MeetingInput(
        kind=MeetingKind(state.get("kind") or MeetingKind.OTHER),
        title=(state.get("title") or "").strip(),
        city_id=CityId(UUID(city)) if city else None,
        starts_at=_moment(state.get("starts_at")) or now,
        ends_at=_moment(state.get("ends_at")),
        committee_id=CommitteeId(UUID(committee)) if committee else None,
        venue=(state.get("venue") or "").strip() or None,
        language=state.get("language") or "en",
        status=MeetingStatus(state.get("status") or MeetingStatus.PLANNED),
        total_attendance=attendance.get("total"),
        summary=(state.get("summary") or "").strip() or None,
    )
    return MeetingRecord(
        meeting_id=MeetingId(meeting_id) if meeting_id else None,
        meeting=meeting,
        attendees=tuple(
            AttendanceInput(
                PersonId(UUID(row["person_id"])),
                AttendanceStatus(row.get("status") or AttendanceStatus.PRESENT),
                AttendanceRole(row.get("role") or AttendanceRole.PARTICIPANT),
            )
            for row in attendance.get("attendance", [])
            if row.get("person_id")
        ),
        headcounts=tuple(
            HeadcountInput(
                gender=Gender(row.get("gender") or Gender.UNDISCLOSED),
                count=row.get("count") or 0,
                age_band=AgeBand(row["age_band"]) if row.get("age_band") else None,
                group=GroupTag(row["group"]) if row.get("group") else None,
            )
            for row in attendance.get("headcounts", [])
        ),
        agenda=tuple(
            AgendaEntry(
                key=row["key"],
                item_id=AgendaItemId(UUID(row["item_id"])) if row.get("item_id") else None,
                parent_key=row.get("parent_key"),
                item=AgendaItemInput(
                    title=(row.get("title") or "").strip(),
                    presenter_id=_person(row.get("presenter_id")),
                    discussion=(row.get("discussion") or "").strip() or None,
                    decisions=(row.get("decisions") or "").strip() or None,
                ),
            )
            for row in state.get("agenda", [])
        ),
        actions=tuple(
            ActionEntry(
                action_id=ActionItemId(UUID(row["action_id"])) if row.get("action_id") else None,
                action=ActionItemInput(
                    text=(row.get("text") or "").strip(),
                    owner_id=_person(row.get("owner_id")),
                    due_on=_day(row.get("due_on")),
                ),
                status=ActionStatus(row.get("status") or ActionStatus.OPEN),
            )
            for row in state.get("actions", [])
        ),
    )


def _person(value: object) -> PersonId | None:
    return PersonId(UUID(value)) if isinstance(value, str) and value else None


def _moment(value: object) -> datetime | None:
    return datetime.fromisoformat(value) if isinstance(value, str) and value else None


def _day(value: object) -> date | None:
    try:
        return date.fromisoformat(value) if isinstance(value, str) and value else None
    except ValueError:
        return None
