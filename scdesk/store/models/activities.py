"""Youth activities with sessions, coaches, communities, registered participants and headcounts."""

from datetime import date
from typing import ClassVar
from uuid import UUID

from sqlalchemy import Index
from sqlalchemy.orm import Mapped

from scdesk.domain.activities import ActivityKind, CoachRole
from scdesk.domain.meetings import MeetingStatus
from scdesk.domain.people import AgeBand, Gender
from scdesk.store.base import Base, Mergeable, Synced
from scdesk.store.models.refs import ref


class Activity(Mergeable, Synced, Base):
    __tablename__ = "activity"
    __extra_args__ = (Index("ix_activity_starts_on_id", "starts_on", "id"),)
    city_id: Mapped[UUID] = ref("city")
    title: Mapped[str]
    kind: Mapped[ActivityKind]
    starts_on: Mapped[date]
    ends_on: Mapped[date | None]
    venue: Mapped[str | None]
    language: Mapped[str]
    status: Mapped[MeetingStatus]
    outcomes: Mapped[str | None]
    notes: Mapped[str | None]


class ActivitySession(Synced, Base):
    __tablename__ = "activity_session"
    activity_id: Mapped[UUID] = ref("activity")
    held_on: Mapped[date]
    topic: Mapped[str | None]
    notes: Mapped[str | None]


class ActivityCoach(Synced, Base):
    __tablename__ = "activity_coach"
    derived_from: ClassVar[tuple[str, ...]] = ("activity_id", "person_id")
    activity_id: Mapped[UUID] = ref("activity")
    person_id: Mapped[UUID] = ref("person")
    role: Mapped[CoachRole]


class ActivityCommunity(Synced, Base):
    __tablename__ = "activity_community"
    derived_from: ClassVar[tuple[str, ...]] = ("activity_id", "community")
    activity_id: Mapped[UUID] = ref("activity")
    community: Mapped[str]


class ActivityParticipant(Synced, Base):
    __tablename__ = "activity_participant"
    derived_from: ClassVar[tuple[str, ...]] = ("activity_id", "person_id")
    activity_id: Mapped[UUID] = ref("activity")
    person_id: Mapped[UUID] = ref("person")
    age_band: Mapped[AgeBand | None]


class ActivityHeadcount(Synced, Base):
    __tablename__ = "activity_headcount"
    derived_from: ClassVar[tuple[str, ...]] = ("activity_id", "gender", "age_band", "community")
    activity_id: Mapped[UUID] = ref("activity")
    gender: Mapped[Gender]
    age_band: Mapped[AgeBand | None]
    community: Mapped[str | None]
    count: Mapped[int]
