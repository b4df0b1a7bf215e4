"""Committees and their memberships."""

from datetime import date
from uuid import UUID

from sqlalchemy.orm import Mapped

from scdesk.domain.committees import CommitteeKind, MemberRole
from scdesk.store.base import Base, Synced
from scdesk.store.models.refs import ref


class Committee(Synced, Base):
    __tablename__ = "committee"
    city_id: Mapped[UUID] = ref("city")
    name: Mapped[str]
    kind: Mapped[CommitteeKind]
    mandate: Mapped[str | None]
    quorum: Mapped[int | None]
    established_on: Mapped[date | None]
    language: Mapped[str]


class Membership(Synced, Base):
    __tablename__ = "membership"
    committee_id: Mapped[UUID] = ref("committee")
    person_id: Mapped[UUID] = ref("person")
    role: Mapped[MemberRole]
    starts_on: Mapped[date | None]
    ends_on: Mapped[date | None]
