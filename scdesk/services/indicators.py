"""Indicators and their targets, for donor reports."""

from uuid import UUID

from scdesk.domain.figures import Dimension, FigureKey
from scdesk.domain.indicators import (
    IndicatorRecord,
    TargetInput,
    TargetRecord,
    indicator_problems,
    target_problems,
)
from scdesk.domain.rules import Problem, require
from scdesk.i18n import translate
from scdesk.store.models import City, Indicator, IndicatorTarget
from scdesk.store.shapes import values_of
from scdesk.store.writer import WriteTx

_FIGURES = {key.value for key in FigureKey}
_DIMENSIONS = {dimension.value for dimension in Dimension}


def save_indicator_in(tx: WriteTx, record: IndicatorRecord) -> UUID:
    """Every rule on the indicator is checked here, inside the transaction that writes it; an
    id that names no record yet makes the indicator with it."""
    indicator = record.indicator
    require(indicator_problems(indicator, _FIGURES, _DIMENSIONS))
    if record.indicator_id is None or tx.unclaimed(Indicator, record.indicator_id):
        return tx.create(Indicator, values_of(indicator), record_id=record.indicator_id)
    tx.get(Indicator, record.indicator_id)
    tx.update(Indicator, record.indicator_id, values_of(indicator))
    return record.indicator_id


def add_target_in(tx: WriteTx, indicator_id: UUID, target: TargetInput) -> UUID:
    return save_target_in(tx, TargetRecord(None, indicator_id, target))


def save_target_in(tx: WriteTx, record: TargetRecord) -> UUID:
    """Every rule on the target is checked here, inside the transaction that writes it; a
    target stays with its indicator."""
    target = record.target
    require(target_problems(target))
    tx.check(Indicator, record.indicator_id)
    if target.city_id is not None:
        tx.check(City, target.city_id)
    given = record.target_id
    if given is None or tx.unclaimed(IndicatorTarget, given):
        values = values_of(target) | {"indicator_id": record.indicator_id}
        return tx.create(IndicatorTarget, values, record_id=given)
    if tx.get(IndicatorTarget, given).indicator_id != record.indicator_id:
        text = translate(
            "Indicators", "This target belongs to another indicator: leave its id empty to add "
            "it to this one.",
        )  # fmt: skip
        require([Problem("indicator_id", text)])
    tx.update(IndicatorTarget, given, values_of(target))
    return given
