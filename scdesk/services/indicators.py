"""Indicators and their targets, for donor reports."""

from uuid import UUID

from scdesk.domain.figures import Dimension, FigureKey
from scdesk.domain.indicators import (
    IndicatorRecord,
    TargetInput,
    indicator_problems,
    target_problems,
)
from scdesk.domain.rules import require
from scdesk.store.models import City, Indicator, IndicatorTarget
from scdesk.store.shapes import values_of
from scdesk.store.writer import WriteTx

_FIGURES = {key.value for key in FigureKey}
_DIMENSIONS = {dimension.value for dimension in Dimension}


def save_indicator_in(tx: WriteTx, record: IndicatorRecord) -> UUID:
    """Every rule on the indicator is checked here, inside the transaction that writes it."""
    indicator = record.indicator
    require(indicator_problems(indicator, _FIGURES, _DIMENSIONS))
    if record.indicator_id is None:
        return tx.create(Indicator, values_of(indicator))
    tx.get(Indicator, record.indicator_id)
    tx.update(Indicator, record.indicator_id, values_of(indicator))
    return record.indicator_id


def add_target_in(tx: WriteTx, indicator_id: UUID, target: TargetInput) -> UUID:
    require(target_problems(target))
    tx.check(Indicator, indicator_id)
    if target.city_id is not None:
        tx.check(City, target.city_id)
    return tx.create(IndicatorTarget, values_of(target) | {"indicator_id": indicator_id})
