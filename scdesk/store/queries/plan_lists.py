"""The cities with their risk profile and prevention plan versions, the consultations a
version may come from, and the versions that came from a consultation: what the Plans page and
its forms read."""

from dataclasses import dataclass
from datetime import date
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from scdesk.domain.meetings import MeetingKind
from scdesk.domain.plans import PlanStatus
from scdesk.store.models import (
    City,
    Meeting,
    PlanSource,
    PreventionPlan,
    RiskProfile,
    RiskProfileSource,
)


@dataclass(frozen=True, slots=True)
class VersionLine:
    """A version of a risk profile or a plan."""

    id: UUID
    version: int
    title: str
    status: PlanStatus
    adopted_on: date | None
    review_on: date | None = None


@dataclass(frozen=True, slots=True)
class CityPlans:
    city_id: UUID
    city: str
    #: Newest first.
    profiles: tuple[VersionLine, ...]
    plans: tuple[VersionLine, ...]


@dataclass(frozen=True, slots=True)
class ConsultationLine:
    id: UUID
    title: str
    day: date


def city_plans(session: Session) -> list[CityPlans]:
    """Every city, by name, with its versions (a city with none has empty lists)."""
    profiles = _versions(session, RiskProfile)
    plans = _versions(session, PreventionPlan)
    cities = session.execute(
        select(City.id, City.name).where(City.deleted.is_(False)).order_by(City.name, City.id)
    ).all()
    return [
        CityPlans(city_id, name, tuple(profiles.get(city_id, ())), tuple(plans.get(city_id, ())))
        for city_id, name in cities
    ]


def current_version(versions: tuple[VersionLine, ...]) -> VersionLine | None:
    """The version a city works from: its draft, else its adopted one, else the newest."""
    for status in (PlanStatus.DRAFT, PlanStatus.ADOPTED):
        found = next((v for v in versions if v.status is status), None)
        if found is not None:
            return found
    return versions[0] if versions else None


def city_consultations(session: Session, city_id: UUID) -> list[ConsultationLine]:
    """The city's consultations, newest first: what a version of its profile or plan may come
    from."""
    rows = session.execute(
        select(Meeting.id, Meeting.title, Meeting.starts_at)
        .where(
            Meeting.city_id == city_id,
            Meeting.kind == MeetingKind.CONSULTATION,
            Meeting.deleted.is_(False),
        )
        .order_by(Meeting.starts_at.desc(), Meeting.id)
    ).all()
    return [ConsultationLine(id_, title, starts.date()) for id_, title, starts in rows]


def versions_from(session: Session, meeting_id: UUID) -> list[tuple[str, VersionLine]]:
    """The risk profile and plan versions that came from a consultation, as ("risk_profile" or
    "plan", version)."""
    found: list[tuple[str, VersionLine]] = []
    for kind, model, link, column in (
        ("risk_profile", RiskProfile, RiskProfileSource, RiskProfileSource.profile_id),
        ("plan", PreventionPlan, PlanSource, PlanSource.plan_id),
    ):
        rows: list[RiskProfile | PreventionPlan] = list(
            session.scalars(
                select(model)
                .join(link, column == model.id)
                .where(
                    link.meeting_id == meeting_id, link.deleted.is_(False), model.deleted.is_(False)
                )
                .order_by(model.version)
            )
        )
        found += [(kind, _line(row)) for row in rows]
    return found


def _versions(
    session: Session, model: type[RiskProfile] | type[PreventionPlan]
) -> dict[UUID, list[VersionLine]]:
    by_city: dict[UUID, list[VersionLine]] = {}
    rows: list[RiskProfile | PreventionPlan] = list(
        session.scalars(
            select(model).where(model.deleted.is_(False)).order_by(model.version.desc(), model.id)
        )
    )
    for row in rows:
        by_city.setdefault(row.city_id, []).append(_line(row))
    return by_city


def _line(row: RiskProfile | PreventionPlan) -> VersionLine:
    return VersionLine(row.id, row.version, row.title, row.status, row.adopted_on, row.review_on)
