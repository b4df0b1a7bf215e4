"""Action items: opened at a meeting, carried over to the committee's next ones until closed."""

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from scdesk.domain.changes import Changes
from scdesk.domain.meetings import (
    ActionItemId,
    ActionState,
    ActionStatus,
    MeetingId,
    action_state,
    editable_problems,
)
from scdesk.domain.rules import Problem, require
from scdesk.i18n import translate
from scdesk.store.base import table_of
from scdesk.store.models import ActionItem, Meeting
from scdesk.store.queries.meetings import ActionRow, actions_at
from scdesk.store.store import Store
from scdesk.store.writer import WriteTx


@dataclass(frozen=True, slots=True)
class ActionView:
    """An action as a meeting shows it: its row and its state on that meeting's day."""

    row: ActionRow
    state: ActionState


def close_action(
    store: Store,
    action_id: ActionItemId,
    status: ActionStatus,
    at_meeting: MeetingId | None = None,
    on: date | None = None,
) -> Changes:
    """Done or dropped, at a later meeting of the committee or on a given day."""
    with store.write() as tx:
        close_action_in(tx, action_id, status, at_meeting, on)
        return tx.changes


def close_action_in(
    tx: WriteTx,
    action_id: ActionItemId,
    status: ActionStatus,
    at_meeting: MeetingId | None,
    on: date | None,
) -> None:
    if status is ActionStatus.OPEN:
        raise ValueError("use reopen_action to open an action again")
    action = tx.get(ActionItem, action_id)
    opened = tx.get(Meeting, action.meeting_id)
    day = on or tx.today
    if at_meeting is not None:
        closing = tx.get(Meeting, at_meeting)
        require(editable_problems(closing.minutes_status))
        if closing.committee_id != opened.committee_id or closing.starts_at < opened.starts_at:
            text = translate(
                "Meetings",
                "An action is closed at the meeting that opened it or a later meeting of its "
                "committee.",
            )
            require([Problem("closed_in_id", text)])
        day = closing.starts_at.date()
    if day < opened.starts_at.date():
        text = translate(
            "Meetings", "An action cannot be closed before the meeting that opened it."
        )
        require([Problem("closed_on", text)])
    tx.update(
        ActionItem, action_id, {"status": status, "closed_in_id": at_meeting, "closed_on": day}
    )


def reopen_action(store: Store, action_id: ActionItemId) -> Changes:
    with store.write() as tx:
        reopen_action_in(tx, action_id)
        return tx.changes


def reopen_action_in(tx: WriteTx, action_id: ActionItemId) -> None:
    """Open a closed action again; one closed at a meeting whose minutes are approved stays
    closed."""
    action = tx.get(ActionItem, action_id)
    if action.closed_in_id is not None:
        closing = tx.get(Meeting, action.closed_in_id, include_deleted=True)
        require(editable_problems(closing.minutes_status))
    tx.update(
        ActionItem,
        action_id,
        {"status": ActionStatus.OPEN, "closed_in_id": None, "closed_on": None},
    )


def actions_for_meeting(store: Store, meeting_id: MeetingId) -> list[ActionView]:
    """The meeting's own actions and the open ones carried over from the committee's earlier
    meetings, each with its state on the meeting's day (open, overdue, carried over, done)."""
    meeting = table_of(Meeting)
    with store.read() as session:
        found = session.execute(
            select(meeting.c.committee_id, meeting.c.starts_at).where(meeting.c.id == meeting_id)
        ).first()
        if found is None:
            return []
        committee_id, starts_at = found
        day = starts_at.date()
        views = []
        for row in actions_at(session, meeting_id, committee_id, starts_at):
            closed_later = (row.closed_in_id is not None and row.closed_in_id != meeting_id) or (
                row.closed_in_id is None and row.closed_on is not None and row.closed_on > day
            )
            status = ActionStatus.OPEN if closed_later else row.status  # still open on this day
            state = action_state(status, row.due_on, row.opened_in_id == meeting_id, day)
            views.append(ActionView(row, state))
        return views
