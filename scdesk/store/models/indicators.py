"""Indicators and their targets per period, city and, optionally, breakdown category."""

from datetime import date
from uuid import UUID

from sqlalchemy.orm import Mapped

from scdesk.domain.figures import Dimension
from scdesk.domain.indicator_kinds import CountingRule, IndicatorLevel
from scdesk.store.base import Base, Synced
from scdesk.store.models.refs import ref


class Indicator(Synced, Base):
    __tablename__ = "indicator"
    code: Mapped[str]
    name: Mapped[str]
    level: Mapped[IndicatorLevel]
    counting_rule: Mapped[CountingRule]
    figure: Mapped[str]
    breakdowns: Mapped[str]
    baseline: Mapped[int | None]


class IndicatorTarget(Synced, Base):
    __tablename__ = "indicator_target"
    indicator_id: Mapped[UUID] = ref("indicator")
    period_start: Mapped[date]
    period_end: Mapped[date]
    city_id: Mapped[UUID | None] = ref("city")
    target: Mapped[int]
    #: A target for one category of a breakdown (gender, female); None for the whole count.
    breakdown: Mapped[Dimension | None]
    category: Mapped[str | None]
