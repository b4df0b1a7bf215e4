"""Queries about meetings: the actions on a meeting's table, the people at it."""

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from uuid import UUID

from sqlalchemy import ColumnElement, FromClause, Row, and_, or_, select
from sqlalchemy.orm import Session

from scdesk.domain.meetings import ActionStatus, AttendanceStatus
from scdesk.store.base import table_of
from scdesk.store.models import ActionItem, Attendance, Headcount, Meeting, Person


@dataclass(frozen=True, slots=True)
class ActionRow:
    id: UUID
    text: str
    owner_id: UUID | None
    owner_name: str | None
    #: The day the owner withdrew their consent, if they did.
    owner_withdrawn_on: date | None
    due_on: date | None
    status: ActionStatus
    opened_in_id: UUID
    opened_on: date
    closed_in_id: UUID | None
    closed_on: date | None


def actions_at(
    session: Session, meeting_id: UUID, committee_id: UUID | None, starts_at: datetime
) -> list[ActionRow]:
    """The actions opened at a meeting (of committee_id, starting at starts_at), then those
    carried over from the committee's earlier meetings that were still open when this one
    began (closed here or later, or not at all)."""
    action, opened, person = table_of(ActionItem), table_of(Meeting), table_of(Person)
    listed = action.join(opened, action.c.meeting_id == opened.c.id).outerjoin(
        person, action.c.owner_id == person.c.id
    )
    # Each part found through its own index, one select each: one OR across both would read
    # every action, and plain selects compile quickly in a fresh process.
    found = _action_rows(session, listed, action.c.meeting_id == meeting_id)
    if committee_id is not None:
        closed = table_of(Meeting).alias("closed")
        carried = and_(
            opened.c.committee_id == committee_id,
            opened.c.starts_at < starts_at,
            or_(
                action.c.status == ActionStatus.OPEN,
                action.c.closed_in_id == meeting_id,
                closed.c.starts_at > starts_at,
                and_(action.c.closed_in_id.is_(None), action.c.closed_on >= starts_at.date()),
            ),
        )
        joined = listed.outerjoin(closed, action.c.closed_in_id == closed.c.id)
        found += _action_rows(session, joined, carried)
    found.sort(key=lambda row: (row.starts_at, row.position, row.id))
    return [
        ActionRow(
            id=row.id,
            text=row.text,
            owner_id=row.owner_id,
            owner_name=row.name,
            owner_withdrawn_on=row.consent_withdrawn_on,
            due_on=row.due_on,
            status=row.status,
            opened_in_id=row.meeting_id,
            opened_on=row.starts_at.date(),
            closed_in_id=row.closed_in_id,
            closed_on=row.closed_on,
        )
        for row in found
    ]


def _action_rows(
    session: Session, joined: FromClause, condition: ColumnElement[bool]
) -> list[Row[*tuple[Any, ...]]]:
    """The live actions of live meetings that meet condition, from the action items joined to
    the meetings that opened them and to their owners."""
    action, opened, person = table_of(ActionItem), table_of(Meeting), table_of(Person)
    return list(
        session.execute(
            select(
                action.c.id,
                action.c.text,
                action.c.owner_id,
                person.c.name,
                person.c.consent_withdrawn_on,
                action.c.due_on,
                action.c.status,
                action.c.meeting_id,
                action.c.position,
                opened.c.starts_at,
                action.c.closed_in_id,
                action.c.closed_on,
            )
            .select_from(joined)
            .where(condition, action.c.deleted.is_(False), opened.c.deleted.is_(False))
        )
    )


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
