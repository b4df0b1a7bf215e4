"""Queries about meetings: the actions on a meeting's table, the people at it."""

from dataclasses import dataclass
from datetime import date
from uuid import UUID

from sqlalchemy import and_, or_, select, union
from sqlalchemy.orm import Session, aliased

from scdesk.domain.meetings import ActionStatus, AttendanceStatus
from scdesk.store.models import ActionItem, Attendance, Headcount, Meeting, Person


@dataclass(frozen=True, slots=True)
class ActionRow:
    id: UUID
    text: str
    owner_id: UUID | None
    owner_name: str | None
    due_on: date | None
    status: ActionStatus
    opened_in_id: UUID
    opened_on: date
    closed_in_id: UUID | None
    closed_on: date | None


def actions_at(session: Session, meeting: Meeting) -> list[ActionRow]:
    """The actions opened at this meeting, then those carried over from the committee's earlier
    meetings that were still open when this one began (closed here or later, or not at all)."""
    opened = aliased(Meeting)
    closed = aliased(Meeting)
    here = ActionItem.meeting_id == meeting.id
    carried = and_(
        opened.committee_id == meeting.committee_id,
        opened.starts_at < meeting.starts_at,
        or_(
            ActionItem.status == ActionStatus.OPEN,
            ActionItem.closed_in_id == meeting.id,
            closed.starts_at > meeting.starts_at,
            and_(
                ActionItem.closed_in_id.is_(None), ActionItem.closed_on >= meeting.starts_at.date()
            ),
        ),
    )
    # Each part found through its own index: one OR across both would read every action.
    own = select(ActionItem.id).where(here)
    earlier = (
        select(ActionItem.id)
        .join(opened, ActionItem.meeting_id == opened.id)
        .outerjoin(closed, ActionItem.closed_in_id == closed.id)
        .where(carried)
    )
    found = own if meeting.committee_id is None else union(own, earlier)
    rows = session.execute(
        select(ActionItem, opened.starts_at, Person.name)
        .join(opened, ActionItem.meeting_id == opened.id)
        .outerjoin(Person, ActionItem.owner_id == Person.id)
        .where(ActionItem.id.in_(found), ActionItem.deleted.is_(False), opened.deleted.is_(False))
        .order_by(opened.starts_at, ActionItem.position, ActionItem.id)
    ).all()
    return [
        ActionRow(
            id=action.id,
            text=action.text,
            owner_id=action.owner_id,
            owner_name=owner,
            due_on=action.due_on,
            status=action.status,
            opened_in_id=action.meeting_id,
            opened_on=starts.date(),
            closed_in_id=action.closed_in_id,
            closed_on=action.closed_on,
        )
        for action, starts, owner in rows
    ]


def named_present(session: Session, meeting_id: UUID) -> int:
    return len(
        session.execute(
            select(Attendance.id).where(
                Attendance.meeting_id == meeting_id,
                Attendance.status == AttendanceStatus.PRESENT,
                Attendance.deleted.is_(False),
            )
        ).all()
    )


def anonymous_count(session: Session, meeting_id: UUID) -> int:
    counts = session.execute(
        select(Headcount.count).where(
            Headcount.meeting_id == meeting_id, Headcount.deleted.is_(False)
        )
    ).scalars()
    return sum(counts)
