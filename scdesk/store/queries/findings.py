"""Consultation findings: those of one consultation in order, for its form, and one page at a
time across cities and periods, filtered by priority, category and city, searched and sorted."""

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from uuid import UUID

from sqlalchemy import and_, bindparam, func, or_, select
from sqlalchemy.orm import Session

from scdesk.domain.meetings import MeetingId
from scdesk.domain.plans import FindingCategory, FindingId, PriorityArea
from scdesk.store import search
from scdesk.store.models import City, ConsultationFinding, HubPriority, Meeting
from scdesk.store.queries.paging import (
    AnySelect,
    Conditions,
    ListStatements,
    Order,
    Sortable,
    SortKey,
    day_after,
    day_start,
    given_values,
)

_DEFAULT_ORDER = Order("starts_at", descending=True)


@dataclass(frozen=True, slots=True)
class FindingView:
    """A finding as its consultation's form shows it."""

    id: FindingId
    category: FindingCategory
    priority_area: PriorityArea | None
    text: str
    #: A priority the hub added, with the priority area Other.
    priority_id: UUID | None = None


def consultation_findings(session: Session, meeting_id: UUID) -> list[FindingView]:
    """The live findings of a consultation, in their order."""
    statement = (
        select(
            ConsultationFinding.id,
            ConsultationFinding.category,
            ConsultationFinding.priority_area,
            ConsultationFinding.text,
            ConsultationFinding.priority_id,
        )
        .where(
            ConsultationFinding.meeting_id == meeting_id,
            ConsultationFinding.deleted.is_(False),
        )
        .order_by(ConsultationFinding.position, ConsultationFinding.id)
    )
    return [
        FindingView(FindingId(r.id), r.category, r.priority_area, r.text, r.priority_id)
        for r in session.execute(statement)
    ]


@dataclass(frozen=True, slots=True)
class FindingFilter:
    search: str = ""
    city_id: UUID | None = None
    period_from: date | None = None
    period_to: date | None = None
    priority_area: PriorityArea | None = None
    #: A priority the hub added: the findings that name it (with the area Other).
    priority_id: UUID | None = None
    category: FindingCategory | None = None
    order: Order = _DEFAULT_ORDER


@dataclass(frozen=True, slots=True)
class FindingRow:
    id: FindingId
    meeting_id: MeetingId
    starts_at: datetime
    consultation: str
    city: str
    category: FindingCategory
    priority_area: PriorityArea | None
    text: str
    language: str
    sort_key: SortKey
    #: The hub priority the finding names, and its name, retired or not.
    priority_id: UUID | None = None
    priority: str | None = None


#: The columns the findings list can be sorted by.
SORTS: dict[str, Sortable] = {
    "starts_at": Meeting.starts_at,
    "consultation": Meeting.title.collate("NOCASE"),
    "city": City.name.collate("NOCASE"),
    "category": ConsultationFinding.category,
    "priority_area": func.coalesce(HubPriority.name, ConsultationFinding.priority_area, ""),
    "text": ConsultationFinding.text.collate("NOCASE"),
}


def finding_page(
    session: Session, wanted: FindingFilter, after: SortKey | None, limit: int
) -> list[FindingRow]:
    rows = _STATEMENTS.rows(session, _values(wanted), wanted.order, after, limit, wanted.search)
    return [
        FindingRow(
            FindingId(id_), MeetingId(meeting_id), starts_at, title, city, category,
            priority_area, text, language, sort_key=(sort, id_), priority_id=priority_id,
            priority=priority,
        )
        for (
            id_, meeting_id, starts_at, title, city, category, priority_area, text, language,
            priority_id, priority, sort,
        ) in rows
    ]  # fmt: skip


def finding_count(session: Session, wanted: FindingFilter) -> int:
    return _STATEMENTS.total(session, _values(wanted), wanted.search)


#: A filter's conditions, each on a bound parameter named after the field it reads.
_CONDITIONS: Conditions = {
    "city_id": ConsultationFinding.city_id == bindparam("city_id"),
    "period_from": Meeting.starts_at >= bindparam("period_from"),
    "period_to": Meeting.starts_at < bindparam("period_to"),
    "priority_area": ConsultationFinding.priority_area == bindparam("priority_area"),
    "priority_id": ConsultationFinding.priority_id == bindparam("priority_id"),
    "category": ConsultationFinding.category == bindparam("category"),
}


def _values(wanted: FindingFilter) -> dict[str, Any]:
    return given_values(
        {
            "city_id": wanted.city_id,
            "period_from": None if wanted.period_from is None else day_start(wanted.period_from),
            "period_to": None if wanted.period_to is None else day_after(wanted.period_to),
            "priority_area": wanted.priority_area,
            "priority_id": wanted.priority_id,
            "category": wanted.category,
        }
    )


def _searched(statement: AnySelect, typed: str) -> AnySelect:
    """What was typed is part of the statement itself, not a bound value (see search.matches):
    every typed word in the finding, or the consultation's title, venue or summary."""
    words = search.normalised(typed).split()
    if not words:
        return statement
    in_text = [ConsultationFinding.text.icontains(word, autoescape=True) for word in words]
    return statement.where(or_(and_(*in_text), search.matches("meeting", typed)))


_STATEMENTS = ListStatements(
    (
        ConsultationFinding.id,
        ConsultationFinding.meeting_id,
        Meeting.starts_at,
        Meeting.title,
        City.name.label("city"),
        ConsultationFinding.category,
        ConsultationFinding.priority_area,
        ConsultationFinding.text,
        Meeting.language,
        ConsultationFinding.priority_id,
        HubPriority.name.label("priority"),
    ),
    lambda statement: (
        statement.select_from(ConsultationFinding)
        .join(Meeting, ConsultationFinding.meeting_id == Meeting.id)
        .join(City, ConsultationFinding.city_id == City.id)
        .outerjoin(HubPriority, ConsultationFinding.priority_id == HubPriority.id)
        .where(ConsultationFinding.deleted.is_(False), Meeting.deleted.is_(False))
    ),
    _CONDITIONS,
    SORTS,
    ConsultationFinding.id,
    _searched,
)
