"""Meetings: details, attendance and headcounts, the agenda, and the minutes lifecycle."""

from collections.abc import Sequence
from datetime import date
from uuid import UUID

from sqlalchemy import ColumnElement, select

from scdesk.domain.changes import Changes
from scdesk.domain.identity import derived_id
from scdesk.domain.meetings import (
    AgendaItemId,
    AgendaItemInput,
    AttendanceInput,
    HeadcountInput,
    MeetingId,
    MeetingInput,
    MeetingStatus,
    MinutesStatus,
    agenda_item_problems,
    amendment_problems,
    approval_problems,
    attendance_total_problems,
    attendee_list_problems,
    editable_problems,
    headcount_problems,
    meeting_problems,
    minutes_transition_problems,
    total_problems,
)
from scdesk.domain.people import PersonId, age_band_at, attending_problems
from scdesk.domain.rules import InvalidRecordError, Problem, require
from scdesk.i18n import translate
from scdesk.store.models import (
    AgendaItem,
    Attendance,
    City,
    Committee,
    Headcount,
    Meeting,
    MinutesAmendment,
    Person,
)
from scdesk.store.queries import meetings as queries
from scdesk.store.shapes import values_of
from scdesk.store.store import Store
from scdesk.store.writer import WriteTx

_NEW_MINUTES = {
    "minutes_status": MinutesStatus.DRAFT,
    "minutes_circulated_on": None,
    "minutes_approved_in_id": None,
    "minutes_approved_on": None,
}


def create_meeting(store: Store, meeting: MeetingInput) -> MeetingId:
    with store.write() as tx:
        return add_meeting(tx, meeting)


def add_meeting(tx: WriteTx, meeting: MeetingInput) -> MeetingId:
    require(meeting_problems(meeting, tx.now))
    tx.check(City, meeting.city_id)
    if meeting.committee_id is not None:
        tx.check(Committee, meeting.committee_id)
    return MeetingId(tx.create(Meeting, values_of(meeting) | _NEW_MINUTES))


def update_meeting(store: Store, meeting_id: MeetingId, meeting: MeetingInput) -> Changes:
    """Details change freely until the minutes are approved; the stated total must still add up."""
    with store.write() as tx:
        require(meeting_problems(meeting, tx.now))
        current = tx.get(Meeting, meeting_id)
        require(editable_problems(current.minutes_status))
        tx.check(City, meeting.city_id)
        if meeting.committee_id is not None:
            tx.check(Committee, meeting.committee_id)
        session = tx.reader()
        require(
            total_problems(
                meeting.total_attendance,
                queries.named_present(session, meeting_id),
                queries.anonymous_count(session, meeting_id),
            )
        )
        tx.update(Meeting, meeting_id, values_of(meeting))
        return tx.changes


def record_attendance(
    store: Store,
    meeting_id: MeetingId,
    attendees: Sequence[AttendanceInput],
    headcounts: Sequence[HeadcountInput],
    total: int | None,
) -> Changes:
    """Who came, who sent apologies, the anonymous headcounts and the stated total, all at once."""
    with store.write() as tx:
        set_attendance(tx, meeting_id, attendees, headcounts, total)
        return tx.changes


def set_attendance(
    tx: WriteTx,
    meeting_id: MeetingId,
    attendees: Sequence[AttendanceInput],
    headcounts: Sequence[HeadcountInput],
    total: int | None,
) -> None:
    meeting = tx.get(Meeting, meeting_id)
    require(editable_problems(meeting.minutes_status))
    problems = headcount_problems(headcounts)
    problems += attendee_list_problems(attendees)
    problems += attendance_total_problems(total, attendees, headcounts)
    require(problems)
    day = meeting.starts_at.date()
    people = _people(tx, [a.person_id for a in attendees])
    require(
        p for a in attendees for p in attending_problems(people[a.person_id], day, "attendance")
    )
    tx.replace_set(Attendance, "meeting_id", meeting_id, {
        derived_id("attendance", meeting_id, a.person_id): {
            "meeting_id": meeting_id, "person_id": a.person_id, "status": a.status,
            "role": a.role,
            "age_band": age_band_at(
                people[a.person_id].birth_year, people[a.person_id].age_band, day
            ),
        }
        for a in attendees
    })  # fmt: skip
    tx.replace_set(Headcount, "meeting_id", meeting_id, {
        derived_id("headcount", meeting_id, c.gender, c.age_band, c.group):
            {"meeting_id": meeting_id} | values_of(c)
        for c in headcounts if c.count > 0
    })  # fmt: skip
    tx.update(Meeting, meeting_id, {"total_attendance": total})


def add_agenda_item(store: Store, meeting_id: MeetingId, item: AgendaItemInput) -> AgendaItemId:
    with store.write() as tx:
        return add_agenda(tx, meeting_id, item)


def add_agenda(tx: WriteTx, meeting_id: MeetingId, item: AgendaItemInput) -> AgendaItemId:
    """A new item goes last among its siblings (under its parent item, if any)."""
    require(agenda_item_problems(item))
    meeting = tx.get(Meeting, meeting_id)
    require(editable_problems(meeting.minutes_status))
    _check_parent(tx, meeting_id, item.parent_id)
    if item.presenter_id is not None:
        tx.check(Person, item.presenter_id)
    values = values_of(item) | {
        "meeting_id": meeting_id,
        "position": tx.next_number(AgendaItem, meeting_id=meeting_id, parent_id=item.parent_id),
    }
    return AgendaItemId(tx.create(AgendaItem, values))


def update_agenda_item(store: Store, item_id: AgendaItemId, item: AgendaItemInput) -> Changes:
    with store.write() as tx:
        require(agenda_item_problems(item))
        current = tx.get(AgendaItem, item_id)
        meeting = tx.get(Meeting, current.meeting_id)
        require(editable_problems(meeting.minutes_status))
        _check_parent(tx, MeetingId(current.meeting_id), item.parent_id, moving=item_id)
        if item.presenter_id is not None:
            tx.check(Person, item.presenter_id)
        tx.update(AgendaItem, item_id, values_of(item))
        return tx.changes


def move_agenda_item(store: Store, item_id: AgendaItemId, position: int) -> Changes:
    """Put an item at a place among its siblings (1 is first); the others close up around it."""
    with store.write() as tx:
        current = tx.get(AgendaItem, item_id)
        meeting = tx.get(Meeting, current.meeting_id)
        require(editable_problems(meeting.minutes_status))
        siblings = (
            tx.execute(
                select(AgendaItem.id)
                .where(
                    AgendaItem.meeting_id == current.meeting_id,
                    _same_parent(current.parent_id),
                    AgendaItem.deleted.is_(False),
                    AgendaItem.id != item_id,
                )
                .order_by(AgendaItem.position, AgendaItem.id)
            )
            .scalars()
            .all()
        )
        order = list(siblings)
        order.insert(max(0, min(position - 1, len(order))), item_id)
        for number, sibling in enumerate(order, start=1):
            tx.update(AgendaItem, sibling, {"position": number})
        return tx.changes


def circulate_minutes(store: Store, meeting_id: MeetingId, on: date) -> Changes:
    with store.write() as tx:
        circulate(tx, meeting_id, on)
        return tx.changes


def circulate(tx: WriteTx, meeting_id: MeetingId, on: date) -> None:
    _set_minutes(tx, meeting_id, MinutesStatus.CIRCULATED, {"minutes_circulated_on": on})


def return_minutes_to_draft(store: Store, meeting_id: MeetingId) -> Changes:
    with store.write() as tx:
        _set_minutes(tx, meeting_id, MinutesStatus.DRAFT, {"minutes_circulated_on": None})
        return tx.changes


def approve_minutes(
    store: Store, meeting_id: MeetingId, approving_id: MeetingId | None, on: date | None = None
) -> Changes:
    with store.write() as tx:
        approve(tx, meeting_id, approving_id, on)
        return tx.changes


def approve(
    tx: WriteTx, meeting_id: MeetingId, approving_id: MeetingId | None, on: date | None = None
) -> None:
    """A committee's minutes are approved by a later meeting of that committee, which locks them.
    Minutes of a meeting outside any committee (a workshop) are approved on a date instead."""
    meeting = tx.get(Meeting, meeting_id)
    require(
        minutes_transition_problems(meeting.minutes_status, MinutesStatus.APPROVED, meeting.status)
    )
    if approving_id is not None:
        approving = tx.get(Meeting, approving_id)
        require(
            approval_problems(
                meeting.starts_at,
                approving.starts_at,
                same_committee=approving.committee_id == meeting.committee_id,
                approving_held=approving.status is MeetingStatus.HELD,
            )
        )
        on = approving.starts_at.date()
    elif meeting.committee_id is not None:
        text = translate("Meetings", "Choose the later meeting that approved these minutes.")
        raise InvalidRecordError([Problem("minutes_approved_in_id", text)])
    elif on is None or on < meeting.starts_at.date() or on > tx.today:
        text = translate("Meetings", "Give the day the minutes were approved, after the meeting.")
        raise InvalidRecordError([Problem("minutes_approved_on", text)])
    tx.update(
        Meeting,
        meeting_id,
        {
            "minutes_status": MinutesStatus.APPROVED,
            "minutes_approved_in_id": approving_id,
            "minutes_approved_on": on,
        },
    )


def add_amendment(
    store: Store,
    meeting_id: MeetingId,
    text: str,
    reason: str | None,
    agreed_in_id: MeetingId | None = None,
) -> Changes:
    with store.write() as tx:
        amend(tx, meeting_id, text, reason, agreed_in_id)
        return tx.changes


def amend(
    tx: WriteTx,
    meeting_id: MeetingId,
    text: str,
    reason: str | None,
    agreed_in_id: MeetingId | None = None,
) -> None:
    """A correction to approved minutes, recorded beside them: the minutes themselves stay."""
    require(amendment_problems(text, reason))
    meeting = tx.get(Meeting, meeting_id)
    if meeting.minutes_status is not MinutesStatus.APPROVED:
        message = translate(
            "Meetings", "These minutes are not approved yet: correct them directly instead."
        )
        raise InvalidRecordError([Problem("text", message)])
    if agreed_in_id is not None:
        tx.check(Meeting, agreed_in_id)
    tx.create(
        MinutesAmendment,
        {
            "meeting_id": meeting_id,
            "text": text,
            "reason": reason,
            "amended_on": tx.today,
            "agreed_in_id": agreed_in_id,
        },
    )


# ---------------------------------------------------------------------- helpers
def _set_minutes(
    tx: WriteTx, meeting_id: MeetingId, wanted: MinutesStatus, extra: dict[str, object]
) -> None:
    meeting = tx.get(Meeting, meeting_id)
    require(minutes_transition_problems(meeting.minutes_status, wanted, meeting.status))
    tx.update(Meeting, meeting_id, {"minutes_status": wanted} | extra)


def _people(tx: WriteTx, ids: Sequence[PersonId]) -> dict[UUID, Person]:
    found = tx.get_many(Person, ids)
    if any(i not in found for i in ids):
        text = translate("Meetings", "A person in the attendance no longer exists here.")
        raise InvalidRecordError([Problem("attendance", text)])
    return found


def _same_parent(parent_id: UUID | None) -> ColumnElement[bool]:
    if parent_id is None:
        return AgendaItem.parent_id.is_(None)
    return AgendaItem.parent_id == parent_id


def _check_parent(
    tx: WriteTx,
    meeting_id: MeetingId,
    parent_id: AgendaItemId | None,
    moving: AgendaItemId | None = None,
) -> None:
    """A sub-item sits under an item of the same meeting, and never under itself."""
    if parent_id is None:
        return
    seen = {moving}
    current: AgendaItemId | None = parent_id
    while current is not None:
        parent = tx.get(AgendaItem, current)
        if parent.meeting_id != meeting_id or current in seen:
            text = translate(
                "Meetings", "An agenda item can only sit under another item of this meeting."
            )
            require([Problem("parent_id", text)])
        seen.add(current)
        current = AgendaItemId(parent.parent_id) if parent.parent_id is not None else None
