"""Saving a meeting as its form edits it: details, attendance and headcounts, the agenda and the
meeting's own actions, in one transaction, so a Save is all or nothing.

The rules are the ones the per-part services apply (they are called here at the transaction
level where they exist); meeting_record_problems gathers them for the form to show as the user
types, before anything reaches the store.
"""

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from scdesk.domain.meetings import (
    ActionItemId,
    ActionItemInput,
    ActionStatus,
    AgendaItemId,
    AgendaItemInput,
    AttendanceInput,
    HeadcountInput,
    MeetingId,
    MeetingInput,
    action_item_problems,
    agenda_item_problems,
    attendance_total_problems,
    attendee_list_problems,
    editable_problems,
    headcount_problems,
    meeting_problems,
)
from scdesk.domain.rules import Problem, require
from scdesk.services.actions import add_action_item, close_action_item, reopen_action_item
from scdesk.services.meetings import add_agenda, add_meeting, set_attendance
from scdesk.services.saved import Saved
from scdesk.store.models import ActionItem, AgendaItem, City, Committee, Meeting, Person
from scdesk.store.shapes import values_of
from scdesk.store.store import Store
from scdesk.store.writer import WriteTx


@dataclass(frozen=True, slots=True)
class AgendaEntry:
    """An agenda item as the form holds it: `key` names it within the form (its id once
    stored), `parent_key` the item it sits under."""

    key: str
    item_id: AgendaItemId | None
    parent_key: str | None
    item: AgendaItemInput


@dataclass(frozen=True, slots=True)
class ActionEntry:
    action_id: ActionItemId | None
    action: ActionItemInput
    status: ActionStatus = ActionStatus.OPEN


@dataclass(frozen=True, slots=True)
class MeetingRecord:
    meeting_id: MeetingId | None
    meeting: MeetingInput
    attendees: tuple[AttendanceInput, ...] = ()
    headcounts: tuple[HeadcountInput, ...] = ()
    #: In reading order: every item after the item it sits under.
    agenda: tuple[AgendaEntry, ...] = ()
    actions: tuple[ActionEntry, ...] = ()


def meeting_record_problems(record: MeetingRecord, now: datetime) -> list[Problem]:
    """Every rule the form can check without the store, field by field. Agenda and action
    problems carry the field "agenda:<key>:<field>" and "actions:<row>:<field>"."""
    problems = meeting_problems(record.meeting, now)
    problems += headcount_problems(record.headcounts)
    problems += attendee_list_problems(record.attendees)
    problems += attendance_total_problems(
        record.meeting.total_attendance, record.attendees, record.headcounts
    )
    for entry in record.agenda:
        problems += [
            Problem(f"agenda:{entry.key}:{p.field}", p.message)
            for p in agenda_item_problems(entry.item)
        ]
    day = record.meeting.starts_at.date()
    for row, action in enumerate(record.actions):
        problems += [
            Problem(f"actions:{row}:{p.field}", p.message)
            for p in action_item_problems(action.action, day)
        ]
    return problems


def save_meeting(store: Store, record: MeetingRecord) -> Saved[MeetingId]:
    """Create or update the whole meeting."""
    with store.write() as tx:
        if record.meeting_id is None:
            meeting_id = add_meeting(tx, record.meeting)
        else:
            meeting_id = record.meeting_id
            _update_details(tx, meeting_id, record.meeting)
        set_attendance(
            tx, meeting_id, record.attendees, record.headcounts, record.meeting.total_attendance
        )
        _save_agenda(tx, meeting_id, record.agenda)
        _save_actions(tx, meeting_id, record.actions)
        return Saved(meeting_id, tx.changes)


def _update_details(tx: WriteTx, meeting_id: MeetingId, meeting: MeetingInput) -> None:
    """As update_meeting; the stated total is checked by set_attendance, against the
    attendance saved with it."""
    require(meeting_problems(meeting, tx.now))
    current = tx.get(Meeting, meeting_id)
    require(editable_problems(current.minutes_status))
    tx.check(City, meeting.city_id)
    if meeting.committee_id is not None:
        tx.check(Committee, meeting.committee_id)
    tx.update(Meeting, meeting_id, values_of(meeting))


def _save_agenda(tx: WriteTx, meeting_id: MeetingId, agenda: Sequence[AgendaEntry]) -> None:
    """Items keep their ids; new ones are added; items left out are deleted; positions follow
    the form's order among siblings."""
    stored = {item.id for item in tx.linked(AgendaItem, "meeting_id", meeting_id)}
    ids: dict[str, AgendaItemId] = {}
    positions: dict[str | None, int] = {}
    for entry in agenda:
        require(
            Problem(f"agenda:{entry.key}:{p.field}", p.message)
            for p in agenda_item_problems(entry.item)
        )
        parent = ids.get(entry.parent_key) if entry.parent_key is not None else None
        if entry.parent_key is not None and parent is None:
            raise ValueError("an agenda item comes after the item it sits under")
        item = replace(entry.item, parent_id=parent)
        if item.presenter_id is not None:
            tx.check(Person, item.presenter_id)
        if entry.item_id is not None and entry.item_id in stored:
            item_id = entry.item_id
            tx.update(AgendaItem, item_id, values_of(item))
        else:
            item_id = add_agenda(tx, meeting_id, item)
        ids[entry.key] = item_id
        positions[entry.parent_key] = positions.get(entry.parent_key, 0) + 1
        tx.update(AgendaItem, item_id, {"position": positions[entry.parent_key]})
    for gone in stored - set(ids.values()):
        tx.delete(AgendaItem, gone)


def _save_actions(tx: WriteTx, meeting_id: MeetingId, actions: Sequence[ActionEntry]) -> None:
    """The meeting's own actions: closed here when their status says done or dropped."""
    meeting = tx.get(Meeting, meeting_id)
    day = meeting.starts_at.date()
    stored = {a.id: a for a in tx.linked(ActionItem, "meeting_id", meeting_id)}
    kept: set[ActionItemId] = set()
    for row, entry in enumerate(actions):
        require(
            Problem(f"actions:{row}:{p.field}", p.message)
            for p in action_item_problems(entry.action, day)
        )
        if entry.action.owner_id is not None:
            tx.check(Person, entry.action.owner_id)
        current = stored.get(entry.action_id) if entry.action_id is not None else None
        if current is None:
            action_id = add_action_item(tx, meeting_id, entry.action)
            status = ActionStatus.OPEN
        else:
            action_id = ActionItemId(current.id)
            tx.update(ActionItem, action_id, values_of(entry.action))
            status = current.status
        kept.add(action_id)
        if entry.status is not status:
            if entry.status is ActionStatus.OPEN:
                reopen_action_item(tx, action_id)
            else:
                close_action_item(tx, action_id, entry.status, meeting_id, None)
    for gone in set(stored) - kept:
        tx.delete(ActionItem, gone)
