"""Technical support grants and expert advice given to cities."""

from datetime import date
from decimal import Decimal
from uuid import UUID

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from scdesk.domain.support import GrantStatus
from scdesk.store.base import Base, Synced
from scdesk.store.models.refs import ref


class SupportGrant(Synced, Base):
    __tablename__ = "support_grant"
    city_id: Mapped[UUID] = ref("city")
    organisation_id: Mapped[UUID | None] = ref("organisation")
    purpose: Mapped[str]
    amount: Mapped[Decimal]
    currency: Mapped[str] = mapped_column(String(3))
    status: Mapped[GrantStatus]
    approved_on: Mapped[date | None]
    starts_on: Mapped[date | None]
    ends_on: Mapped[date | None]


class ExpertAdvice(Synced, Base):
    __tablename__ = "expert_advice"
    city_id: Mapped[UUID] = ref("city")
    expert_id: Mapped[UUID] = ref("person")
    topic: Mapped[str]
    starts_on: Mapped[date]
    ends_on: Mapped[date | None]
    notes: Mapped[str | None]
