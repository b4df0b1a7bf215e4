"""What reports are made of a choice of: a city's meetings and activities, and the names that
go into a report's file name."""

from dataclasses import dataclass
from datetime import date
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from scdesk.domain.meetings import MeetingStatus
from scdesk.store.models import Activity, City, Committee, Meeting

#: The most records a chooser lists: the latest of a city, which is what gets printed.
CHOICE_LIMIT = 300


@dataclass(frozen=True, slots=True)
class EventChoice:
    """A meeting or an activity as a chooser lists it."""

    id: UUID
    day: date
    title: str
    status: MeetingStatus


@dataclass(frozen=True, slots=True)
class EventName:
    """What names a meeting's or an activity's report: its committee's name (else its own
    title) and its day."""

    name: str
    day: date


def meeting_choices(
    session: Session, city_id: UUID | None, limit: int = CHOICE_LIMIT
) -> list[EventChoice]:
    """A city's live meetings (every city's without one), the latest first."""
    statement = select(Meeting.id, Meeting.starts_at, Meeting.title, Meeting.status).where(
        Meeting.deleted.is_(False)
    )
    if city_id is not None:
        statement = statement.where(Meeting.city_id == city_id)
    rows = session.execute(
        statement.order_by(Meeting.starts_at.desc(), Meeting.id.desc()).limit(limit)
    )
    return [EventChoice(r.id, r.starts_at.date(), r.title, r.status) for r in rows]


def activity_choices(
    session: Session, city_id: UUID | None, limit: int = CHOICE_LIMIT
) -> list[EventChoice]:
    """A city's live youth activities (every city's without one), the latest first."""
    statement = select(Activity.id, Activity.starts_on, Activity.title, Activity.status).where(
        Activity.deleted.is_(False)
    )
    if city_id is not None:
        statement = statement.where(Activity.city_id == city_id)
    rows = session.execute(
        statement.order_by(Activity.starts_on.desc(), Activity.id.desc()).limit(limit)
    )
    return [EventChoice(r.id, r.starts_on, r.title, r.status) for r in rows]


def meeting_name(session: Session, meeting_id: UUID) -> EventName | None:
    row = session.execute(
        select(Meeting.title, Meeting.starts_at, Committee.name.label("committee"))
        .outerjoin(Committee, Meeting.committee_id == Committee.id)
        .where(Meeting.id == meeting_id)
    ).first()
    if row is None:
        return None
    return EventName(row.committee or row.title, row.starts_at.date())


def activity_name(session: Session, activity_id: UUID) -> EventName | None:
    row = session.execute(
        select(Activity.title, Activity.starts_on).where(Activity.id == activity_id)
    ).first()
    return None if row is None else EventName(row.title, row.starts_on)


def city_name(session: Session, city_id: UUID) -> str | None:
    return session.execute(select(City.name).where(City.id == city_id)).scalar_one_or_none()


def committee_name(session: Session, committee_id: UUID) -> str | None:
    statement = select(Committee.name).where(Committee.id == committee_id)
    return session.execute(statement).scalar_one_or_none()
