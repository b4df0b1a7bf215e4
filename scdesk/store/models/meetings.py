"""Meetings with their agenda, attendance, headcounts, action items and minutes amendments."""

from datetime import date, datetime
from typing import ClassVar
from uuid import UUID

from sqlalchemy import Index
from sqlalchemy.orm import Mapped, mapped_column

from scdesk.domain.meetings import (
    ActionStatus,
    AttendanceRole,
    AttendanceStatus,
    MeetingKind,
    MeetingStatus,
    MinutesStatus,
)
from scdesk.domain.people import AgeBand, Gender, GroupTag
from scdesk.store.base import Base, Mergeable, Synced
from scdesk.store.models.refs import ref


class Meeting(Mergeable, Synced, Base):
    __tablename__ = "meeting"
    __extra_args__ = (Index("ix_meeting_starts_at_id", "starts_at", "id"),)
    kind: Mapped[MeetingKind] = mapped_column(index=True)
    title: Mapped[str]
    committee_id: Mapped[UUID | None] = ref("committee")
    city_id: Mapped[UUID] = ref("city")
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime | None]
    venue: Mapped[str | None]
    language: Mapped[str]
    status: Mapped[MeetingStatus]
    total_attendance: Mapped[int | None]
    summary: Mapped[str | None]
    minutes_status: Mapped[MinutesStatus]
    minutes_circulated_on: Mapped[date | None]
    minutes_approved_in_id: Mapped[UUID | None] = ref("meeting")
    minutes_approved_on: Mapped[date | None]


class AgendaItem(Synced, Base):
    __tablename__ = "agenda_item"
    __sequence__ = ("position", ("meeting_id", "parent_id"))
    meeting_id: Mapped[UUID] = ref("meeting")
    parent_id: Mapped[UUID | None] = ref("agenda_item")
    position: Mapped[int]
    title: Mapped[str]
    presenter_id: Mapped[UUID | None] = ref("person")
    discussion: Mapped[str | None]
    decisions: Mapped[str | None]


class Attendance(Synced, Base):
    """One person at one meeting; the id is derived from both, so devices recording it agree."""

    __tablename__ = "attendance"
    derived_from: ClassVar[tuple[str, ...]] = ("meeting_id", "person_id")
    meeting_id: Mapped[UUID] = ref("meeting")
    person_id: Mapped[UUID] = ref("person")
    status: Mapped[AttendanceStatus]
    role: Mapped[AttendanceRole]
    #: The person's age band on the day, kept so figures need no birth year.
    age_band: Mapped[AgeBand | None]


class Headcount(Synced, Base):
    """Anonymous people at a meeting in one cell of gender, age band and group."""

    __tablename__ = "headcount"
    derived_from: ClassVar[tuple[str, ...]] = ("meeting_id", "gender", "age_band", "group")
    meeting_id: Mapped[UUID] = ref("meeting")
    gender: Mapped[Gender]
    age_band: Mapped[AgeBand | None]
    group: Mapped[GroupTag | None]
    count: Mapped[int]


class ActionItem(Synced, Base):
    __tablename__ = "action_item"
    __sequence__ = ("position", ("meeting_id",))
    meeting_id: Mapped[UUID] = ref("meeting")
    position: Mapped[int]
    text: Mapped[str]
    owner_id: Mapped[UUID | None] = ref("person")
    due_on: Mapped[date | None]
    status: Mapped[ActionStatus]
    closed_in_id: Mapped[UUID | None] = ref("meeting")
    closed_on: Mapped[date | None]


class MinutesAmendment(Synced, Base):
    """A correction to approved minutes: recorded beside them, never edited into them."""

    __tablename__ = "minutes_amendment"
    meeting_id: Mapped[UUID] = ref("meeting")
    text: Mapped[str]
    reason: Mapped[str | None]
    amended_on: Mapped[date]
    agreed_in_id: Mapped[UUID | None] = ref("meeting")
