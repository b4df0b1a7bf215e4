"""Meetings: the whole meeting as its form saves it (details, attendance and headcounts, the
agenda, its own actions), and the minutes lifecycle."""

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from uuid import UUID

from scdesk.domain.changes import Changes
from scdesk.domain.identity import derived_id
from scdesk.domain.meetings import (
    ActionEntry,
    ActionItemId,
    ActionItemInput,
    ActionStatus,
    AgendaEntry,
    AgendaItemId,
    AttendanceInput,
    HeadcountInput,
    MeetingId,
    MeetingRecord,
    MeetingStatus,
    MinutesStatus,
    amendment_problems,
    approval_problems,
    attendance_problems,
    editable_problems,
    meeting_record_problems,
    minutes_transition_problems,
)
from scdesk.domain.people import PersonId, age_band_at, attending_problems
from scdesk.domain.plans import FindingEntry
from scdesk.domain.rules import InvalidRecordError, Problem, require
from scdesk.i18n import translate
from scdesk.services.actions import close_action_in, reopen_action_in
from scdesk.services.plans import save_findings_in
from scdesk.services.saved import Saved
from scdesk.store.models import (
    ActionItem,
    AgendaItem,
    Attendance,
    City,
    Committee,
    ConsultationFinding,
    Headcount,
    Meeting,
    MinutesAmendment,
    Person,
)
from scdesk.store.shapes import values_of
from scdesk.store.store import Store
from scdesk.store.writer import WriteTx

_NEW_MINUTES = {
    "minutes_status": MinutesStatus.DRAFT,
    "minutes_circulated_on": None,
    "minutes_approved_in_id": None,
    "minutes_approved_on": None,
}


def save_meeting(
    store: Store, record: MeetingRecord, findings: Sequence[FindingEntry] | None = None
) -> Saved[MeetingId]:
    """Create or change a whole meeting, all or nothing: with a consultation's findings whole
    when they are given (the meeting form gives them), or leaving the stored ones as they are."""
    with store.write() as tx:
        meeting_id = save_meeting_in(tx, record)
        if findings is not None:
            save_findings_in(tx, meeting_id, findings)
        return Saved(meeting_id, tx.changes)


def save_meeting_in(tx: WriteTx, record: MeetingRecord) -> MeetingId:
    """Every rule on the meeting is checked here, inside the transaction that writes it: the
    ones meeting_record_problems states (which the form previews), then those that need the
    store (what it links to exists, the minutes are not locked, who attends may be recorded)."""
    require(meeting_record_problems(record, tx.now))
    meeting = record.meeting
    if meeting.city_id is None:
        raise ValueError("meeting_record_problems requires the city")
    tx.check(City, meeting.city_id)
    if meeting.committee_id is not None:
        tx.check(Committee, meeting.committee_id)
    given = record.meeting_id
    new = given is None or tx.unclaimed(Meeting, given)
    if given is None or new:
        values = values_of(meeting) | _NEW_MINUTES
        meeting_id = MeetingId(tx.create(Meeting, values, record_id=given))
    else:
        meeting_id = given
        require(editable_problems(tx.get(Meeting, meeting_id).minutes_status))
        tx.update(Meeting, meeting_id, values_of(meeting))
        for finding in tx.linked(ConsultationFinding, "meeting_id", meeting_id):
            if finding.city_id != meeting.city_id:  # findings count where their meeting was
                tx.update(ConsultationFinding, finding.id, {"city_id": meeting.city_id})
    set_attendance_in(tx, meeting_id, record.attendees, record.headcounts, meeting.total_attendance)
    _save_agenda(tx, meeting_id, record.agenda, new=new)
    _save_actions(tx, meeting_id, record.actions, new=new)
    return meeting_id


def set_attendance_in(
    tx: WriteTx,
    meeting_id: MeetingId,
    attendees: Sequence[AttendanceInput],
    headcounts: Sequence[HeadcountInput],
    total: int | None,
) -> None:
    """Who came, who sent apologies, the anonymous headcounts and the stated total, all at
    once: part of saving a meeting, and on its own what an attendance table brings."""
    meeting = tx.get(Meeting, meeting_id)
    require(editable_problems(meeting.minutes_status))
    require(attendance_problems(attendees, headcounts, total))
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


def circulate_minutes(store: Store, meeting_id: MeetingId, on: date) -> Changes:
    with store.write() as tx:
        circulate_minutes_in(tx, meeting_id, on)
        return tx.changes


def circulate_minutes_in(tx: WriteTx, meeting_id: MeetingId, on: date) -> None:
    _set_minutes(tx, meeting_id, MinutesStatus.CIRCULATED, {"minutes_circulated_on": on})


def return_minutes_to_draft(store: Store, meeting_id: MeetingId) -> Changes:
    with store.write() as tx:
        _set_minutes(tx, meeting_id, MinutesStatus.DRAFT, {"minutes_circulated_on": None})
        return tx.changes


def approve_minutes(
    store: Store, meeting_id: MeetingId, approving_id: MeetingId | None, on: date | None = None
) -> Changes:
    with store.write() as tx:
        approve_minutes_in(tx, meeting_id, approving_id, on)
        return tx.changes


def approve_minutes_in(
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
        add_amendment_in(tx, meeting_id, text, reason, agreed_in_id)
        return tx.changes


def add_amendment_in(
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


def _save_agenda(
    tx: WriteTx, meeting_id: MeetingId, agenda: Sequence[AgendaEntry], *, new: bool
) -> None:
    """Items keep their ids; new ones are added; items left out are deleted; positions follow
    the record's order among siblings. A sub-item sits under an item of the same record, so
    never under another meeting's item nor under itself."""
    stored = set() if new else {i.id for i in tx.linked(AgendaItem, "meeting_id", meeting_id)}
    ids: dict[str, AgendaItemId] = {}
    positions: dict[str | None, int] = {}
    for entry in agenda:
        parent = ids[entry.parent_key] if entry.parent_key is not None else None
        item = replace(entry.item, parent_id=parent)
        if item.presenter_id is not None:
            tx.check(Person, item.presenter_id)
        positions[entry.parent_key] = position = positions.get(entry.parent_key, 0) + 1
        values = values_of(item) | {"position": position}
        if entry.item_id is not None and entry.item_id in stored:
            item_id = entry.item_id
            tx.update(AgendaItem, item_id, values)
        else:
            item_id = AgendaItemId(tx.create(AgendaItem, values | {"meeting_id": meeting_id}))
        ids[entry.key] = item_id
    for gone in stored - set(ids.values()):
        tx.delete(AgendaItem, gone)


def _save_actions(
    tx: WriteTx, meeting_id: MeetingId, actions: Sequence[ActionEntry], *, new: bool
) -> None:
    """The meeting's own actions: closed here when their status says done or dropped, opened
    again when it says open."""
    stored = {} if new else {a.id: a for a in tx.linked(ActionItem, "meeting_id", meeting_id)}
    kept: set[ActionItemId] = set()
    for position, entry in enumerate(actions, start=1):
        if entry.action.owner_id is not None:
            tx.check(Person, entry.action.owner_id)
        current = stored.get(entry.action_id) if entry.action_id is not None else None
        if current is None:
            action_id = _new_action(tx, meeting_id, entry.action, position)
            status = ActionStatus.OPEN
        else:
            action_id = ActionItemId(current.id)
            tx.update(ActionItem, action_id, values_of(entry.action) | {"position": position})
            status = current.status
        kept.add(action_id)
        if entry.status is not status:
            if entry.status is ActionStatus.OPEN:
                reopen_action_in(tx, action_id)
            else:
                close_action_in(tx, action_id, entry.status, meeting_id, None)
    for gone in set(stored) - kept:
        tx.delete(ActionItem, gone)


def _new_action(
    tx: WriteTx, meeting_id: MeetingId, action: ActionItemInput, position: int
) -> ActionItemId:
    values = values_of(action) | {
        "meeting_id": meeting_id,
        "position": position,
        "status": ActionStatus.OPEN,
        "closed_in_id": None,
        "closed_on": None,
    }
    return ActionItemId(tx.create(ActionItem, values))
