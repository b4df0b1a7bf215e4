"""The priorities the hub adds beside the fixed priority areas of consultation findings."""

from sqlalchemy.orm import Mapped, mapped_column

from scdesk.store.base import Base, Synced


class HubPriority(Synced, Base):
    """A priority in the hub's words; retired rather than deleted, so the findings that name it
    keep it."""

    __tablename__ = "hub_priority"
    name: Mapped[str]
    description: Mapped[str | None]
    retired: Mapped[bool] = mapped_column(default=False)
