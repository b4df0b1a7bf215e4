"""Consultation findings: those of one consultation in order, for its form, and one page at a
time across cities and periods, filtered by priority, category and city, searched and sorted."""

from dataclasses import dataclass
from datetime import date, datetime
from uuid import UUID

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from scdesk.domain.meetings import MeetingId
from scdesk.domain.plans import FindingCategory, FindingId, PriorityArea
from scdesk.store import search
from scdesk.store.models import City, ConsultationFinding, HubPriority, Meeting
from scdesk.store.queries.paging import (
    AnySelect,
    Order,
    Sortable,
    SortKey,
    day_after,
    day_start,
    keyset_page,
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
    columns = select(
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
    )
    statement = keyset_page(
        _filtered(columns, wanted),
        SORTS[wanted.order.column],
        ConsultationFinding.id,
        after,
        wanted.order.descending,
        limit,
    )
    return [
        FindingRow(
            id=FindingId(row.id),
            meeting_id=MeetingId(row.meeting_id),
            starts_at=row.starts_at,
            consultation=row.title,
            city=row.city,
            category=row.category,
            priority_area=row.priority_area,
            text=row.text,
            language=row.language,
            sort_key=(row.sort_value, row.id),
            priority_id=row.priority_id,
            priority=row.priority,
        )
        for row in session.execute(statement)
    ]


def finding_count(session: Session, wanted: FindingFilter) -> int:
    return int(session.execute(_filtered(select(func.count()), wanted)).scalar_one())


def _filtered(statement: AnySelect, wanted: FindingFilter) -> AnySelect:
    statement = (
        statement.select_from(ConsultationFinding)
        .join(Meeting, ConsultationFinding.meeting_id == Meeting.id)
        .join(City, ConsultationFinding.city_id == City.id)
        .outerjoin(HubPriority, ConsultationFinding.priority_id == HubPriority.id)
        .where(ConsultationFinding.deleted.is_(False), Meeting.deleted.is_(False))
    )
    words = search.normalised(wanted.search).split()
    if words:
        # Every typed word in the finding, or the consultation's title, venue or summary.
        in_text = [ConsultationFinding.text.icontains(word, autoescape=True) for word in words]
        statement = statement.where(
            or_(
                and_(*in_text),
                search.matches("meeting", wanted.search),
            )
        )
    if wanted.city_id is not None:
        statement = statement.where(ConsultationFinding.city_id == wanted.city_id)
    if wanted.period_from is not None:
        statement = statement.where(Meeting.starts_at >= day_start(wanted.period_from))
    if wanted.period_to is not None:
        statement = statement.where(Meeting.starts_at < day_after(wanted.period_to))
    if wanted.priority_area is not None:
        statement = statement.where(ConsultationFinding.priority_area == wanted.priority_area)
    if wanted.priority_id is not None:
        statement = statement.where(ConsultationFinding.priority_id == wanted.priority_id)
    if wanted.category is not None:
        statement = statement.where(ConsultationFinding.category == wanted.category)
    return statement
