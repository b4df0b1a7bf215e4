"""Member cities and organisations."""

from datetime import date
from uuid import UUID

from sqlalchemy.orm import Mapped, mapped_column

from scdesk.domain.places import Sector
from scdesk.store.base import Base, Mergeable, Synced
from scdesk.store.models.refs import ref


class City(Mergeable, Synced, Base):
    __tablename__ = "city"
    name: Mapped[str]
    name_local: Mapped[str | None]
    country: Mapped[str] = mapped_column(index=True)
    province: Mapped[str | None]
    is_member: Mapped[bool] = mapped_column(default=True)
    joined_on: Mapped[date | None]
    mayor_id: Mapped[UUID | None] = ref("person", use_alter=True)


class Organisation(Mergeable, Synced, Base):
    __tablename__ = "organisation"
    name: Mapped[str]
    sector: Mapped[Sector]
    city_id: Mapped[UUID | None] = ref("city")
