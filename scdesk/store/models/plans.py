"""Consultation findings and a city's versioned risk profile and prevention plan."""

from datetime import date
from typing import ClassVar
from uuid import UUID

from sqlalchemy.orm import Mapped

from scdesk.domain.plans import (
    FactorKind,
    FindingCategory,
    Level,
    PlanActionStatus,
    PlanStatus,
    PriorityArea,
)
from scdesk.store.base import Base, Synced
from scdesk.store.models.refs import ref


class ConsultationFinding(Synced, Base):
    __tablename__ = "consultation_finding"
    __sequence__ = ("position", ("meeting_id",))
    meeting_id: Mapped[UUID] = ref("meeting")
    city_id: Mapped[UUID] = ref("city")
    category: Mapped[FindingCategory]
    priority_area: Mapped[PriorityArea | None]
    #: A priority the hub added, with the priority area Other.
    priority_id: Mapped[UUID | None] = ref("hub_priority")
    text: Mapped[str]
    position: Mapped[int]


class RiskProfile(Synced, Base):
    __tablename__ = "risk_profile"
    __sequence__ = ("version", ("city_id",))
    city_id: Mapped[UUID] = ref("city")
    version: Mapped[int]
    title: Mapped[str]
    status: Mapped[PlanStatus]
    adopted_on: Mapped[date | None]
    review_on: Mapped[date | None]
    summary: Mapped[str | None]


class RiskFactor(Synced, Base):
    __tablename__ = "risk_factor"
    __sequence__ = ("position", ("profile_id",))
    profile_id: Mapped[UUID] = ref("risk_profile")
    kind: Mapped[FactorKind]
    description: Mapped[str]
    affected_communities: Mapped[str | None]
    likelihood: Mapped[Level | None]
    impact: Mapped[Level | None]
    position: Mapped[int]


class RiskProfileSource(Synced, Base):
    """A consultation a risk profile draws on."""

    __tablename__ = "risk_profile_source"
    derived_from: ClassVar[tuple[str, ...]] = ("profile_id", "meeting_id")
    profile_id: Mapped[UUID] = ref("risk_profile")
    meeting_id: Mapped[UUID] = ref("meeting")


class PreventionPlan(Synced, Base):
    __tablename__ = "prevention_plan"
    __sequence__ = ("version", ("city_id",))
    city_id: Mapped[UUID] = ref("city")
    version: Mapped[int]
    title: Mapped[str]
    status: Mapped[PlanStatus]
    adopted_on: Mapped[date | None]
    review_on: Mapped[date | None]
    summary: Mapped[str | None]
    risk_profile_id: Mapped[UUID | None] = ref("risk_profile")


class PlanObjective(Synced, Base):
    __tablename__ = "plan_objective"
    __sequence__ = ("position", ("plan_id",))
    plan_id: Mapped[UUID] = ref("prevention_plan")
    text: Mapped[str]
    position: Mapped[int]


class PlanAction(Synced, Base):
    __tablename__ = "plan_action"
    __sequence__ = ("position", ("plan_id",))
    plan_id: Mapped[UUID] = ref("prevention_plan")
    objective_id: Mapped[UUID | None] = ref("plan_objective")
    text: Mapped[str]
    owner_id: Mapped[UUID | None] = ref("person")
    owner_organisation_id: Mapped[UUID | None] = ref("organisation")
    starts_on: Mapped[date | None]
    due_on: Mapped[date | None]
    status: Mapped[PlanActionStatus]
    position: Mapped[int]


class PlanSource(Synced, Base):
    """A consultation a prevention plan draws on."""

    __tablename__ = "plan_source"
    derived_from: ClassVar[tuple[str, ...]] = ("plan_id", "meeting_id")
    plan_id: Mapped[UUID] = ref("prevention_plan")
    meeting_id: Mapped[UUID] = ref("meeting")
