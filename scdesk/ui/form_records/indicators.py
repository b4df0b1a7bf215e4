"""The indicator form's state read as the indicator and targets save_indicator takes."""

from datetime import date
from typing import Any
from uuid import UUID

from scdesk.domain.figures import Dimension
from scdesk.domain.indicators import (
    CountingRule,
    IndicatorInput,
    IndicatorLevel,
    IndicatorTargets,
    TargetInput,
    TargetRow,
)
from scdesk.domain.people import CityId
from scdesk.ui.form_records.values import FormValues, State


def indicator_record(state: State, indicator_id: UUID | None, today: date) -> IndicatorTargets:
    """Breakdowns are kept as the names checked, in the order given; a target's empty period
    reads as today and an empty target as 0, which the rules take or refuse as they are; a
    target's category is chosen with its breakdown (category_key)."""
    values = FormValues(state)
    indicator = IndicatorInput(
        code=values.text("code").strip(),
        name=values.text("name").strip(),
        level=values.choice("level", IndicatorLevel, IndicatorLevel.OUTPUT),
        counting_rule=values.choice("counting_rule", CountingRule, CountingRule.DISTINCT_PEOPLE),
        figure=values.text("figure"),
        breakdowns=",".join(values.strings("breakdowns")),
        baseline=values.number("baseline"),
    )
    targets = tuple(
        TargetRow(
            row.id("target_id"),
            TargetInput(
                period_start=row.day("period_start") or today,
                period_end=row.day("period_end") or today,
                target=row.number("target") or 0,
                city_id=_city(row.id("city_id")),
                **_category(row.text("category")),
            ),
        )
        for row in values.rows("targets")
    )
    return IndicatorTargets(indicator_id, indicator, targets)


def category_key(breakdown: Dimension | None, category: str | None) -> str | None:
    """A breakdown and one of its categories as one choice (gender=female); None: the whole
    count."""
    if breakdown is None:
        return None
    return f"{Dimension(breakdown).value}={category or ''}"


def _category(chosen: str) -> dict[str, Any]:
    name, _, category = chosen.partition("=")
    if name not in {d.value for d in Dimension}:
        return {}
    return {"breakdown": Dimension(name), "category": category or None}


def _city(city_id: UUID | None) -> CityId | None:
    return CityId(city_id) if city_id is not None else None
