"""The support given in a period and place: grants, expert advice, what consultations raised on
national-local cooperation, and what was raised with national bodies."""

from collections import Counter
from datetime import UTC, date, datetime, time, timedelta
from uuid import UUID

from sqlalchemy import ColumnElement, Select, SQLColumnExpression, func, select
from sqlalchemy.orm import Session

from scdesk.domain.cooperation import RaisingStatus
from scdesk.domain.figures import CityRef
from scdesk.domain.meetings import MeetingStatus
from scdesk.domain.plans import PriorityArea
from scdesk.domain.support import GrantFact, SupportGiven, tally_grants
from scdesk.store.models import (
    City,
    ConsultationFinding,
    ExpertAdvice,
    Meeting,
    NationalRaising,
    SupportGrant,
)


def support_given(
    session: Session,
    period_from: date | None,
    period_to: date | None,
    country: str | None,
    city: UUID | None,
) -> SupportGiven:
    """Grants and advice whose dates overlap the period (a grant from its start, else its
    approval, to its end; advice from its start to its end, else that day; a grant without
    dates counts only when the period is open at both ends), and the findings on national-local
    cooperation of consultations held in the period, and the raisings with national bodies made
    in it (by the day raised), by status. Deleted records count for nothing."""
    cities = {
        row.id: CityRef(row.id, row.name, row.country)
        for row in session.execute(select(City.id, City.name, City.country))
    }
    places = _places(country, city)
    grants = grant_facts(session, period_from, period_to, country, city)
    advice_end = func.coalesce(ExpertAdvice.ends_on, ExpertAdvice.starts_on)
    advice = session.scalars(
        select(ExpertAdvice.city_id).where(
            ExpertAdvice.deleted.is_(False),
            ExpertAdvice.city_id.in_(places),
            *overlapping(ExpertAdvice.starts_on, advice_end, period_from, period_to),
        )
    ).all()
    held = [
        Meeting.deleted.is_(False),
        Meeting.status == MeetingStatus.HELD,
        ConsultationFinding.deleted.is_(False),
        ConsultationFinding.priority_area == PriorityArea.NATIONAL_LOCAL_COOPERATION,
        Meeting.city_id.in_(places),
    ]
    if period_from is not None:
        held.append(Meeting.starts_at >= _start_of(period_from))
    if period_to is not None:
        held.append(Meeting.starts_at < _start_of(period_to + timedelta(days=1)))
    raised = session.scalars(
        select(Meeting.city_id)
        .join(ConsultationFinding, ConsultationFinding.meeting_id == Meeting.id)
        .where(*held)
    ).all()
    statuses = Counter(
        session.scalars(
            select(NationalRaising.status).where(
                NationalRaising.deleted.is_(False),
                NationalRaising.city_id.in_(places),
                *overlapping(
                    NationalRaising.raised_on, NationalRaising.raised_on, period_from, period_to
                ),
            )
        )
    )
    return SupportGiven(
        tally_grants(grants),
        _by_city(Counter(advice), cities),
        _by_city(Counter(raised), cities),
        tuple((status, statuses[status]) for status in RaisingStatus if statuses[status]),
    )


def grant_facts(
    session: Session,
    period_from: date | None,
    period_to: date | None,
    country: str | None,
    city: UUID | None,
) -> list[GrantFact]:
    """The live grants of live cities in the place whose dates overlap the period (from its
    start, else its approval, to its end; a grant without dates counts only when the period is
    open at both ends), whatever their status: the support section tallies them, and the grants
    figure an indicator may follow counts them, so the two never differ."""
    grant_start = func.coalesce(SupportGrant.starts_on, SupportGrant.approved_on)
    grant_end = func.coalesce(SupportGrant.ends_on, grant_start)
    rows = session.execute(
        select(
            SupportGrant.status,
            SupportGrant.currency,
            SupportGrant.amount,
            City.id,
            City.name,
            City.country,
        )
        .join(City, City.id == SupportGrant.city_id)
        .where(
            SupportGrant.deleted.is_(False),
            SupportGrant.city_id.in_(_places(country, city)),
            *overlapping(grant_start, grant_end, period_from, period_to),
        )
        .order_by(SupportGrant.id)
    ).all()
    return [
        GrantFact(row.status, row.currency, row.amount, CityRef(row.id, row.name, row.country))
        for row in rows
    ]


def _places(country: str | None, city: UUID | None) -> Select[UUID]:
    places = select(City.id).where(City.deleted.is_(False))
    if country is not None:
        places = places.where(City.country == country)
    if city is not None:
        places = places.where(City.id == city)
    return places


def overlapping(
    start: SQLColumnExpression[date],
    end: SQLColumnExpression[date],
    period_from: date | None,
    period_to: date | None,
) -> list[ColumnElement[bool]]:
    """A span from start to end sharing a day with the period (an open end takes every day on
    that side); a span without dates shares none with a period that has an end."""
    conditions = []
    if period_to is not None:
        conditions.append(start <= period_to)
    if period_from is not None:
        conditions.append(end >= period_from)
    return conditions


def _by_city(counts: Counter[UUID], cities: dict[UUID, CityRef]) -> tuple[tuple[CityRef, int], ...]:
    found = [(cities[city_id], number) for city_id, number in counts.items() if number]
    return tuple(sorted(found, key=lambda pair: (pair[0].name.casefold(), str(pair[0].id))))


def _start_of(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=UTC)
