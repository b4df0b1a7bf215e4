"""Indicators and their targets, for donor reports, and their actual values."""

from dataclasses import dataclass, replace
from datetime import date
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from scdesk.domain.errors import NotFoundError
from scdesk.domain.figures import CityRef, Dimension, Figure, FigureKey, KeyFigures
from scdesk.domain.indicators import (
    DIMENSION_NAMES,
    FIGURE_NAMES,
    GRANTS_AWARDED,
    IndicatorInput,
    IndicatorRecord,
    IndicatorResult,
    IndicatorRow,
    IndicatorTargets,
    TargetInput,
    TargetRecord,
    TargetRow,
    declared,
    indicator_problems,
    indicator_targets_problems,
    same_scope_problem,
    target_fit_problems,
    target_problems,
    target_scope,
)
from scdesk.domain.people import CityId
from scdesk.domain.periods import period_problems
from scdesk.domain.rules import Problem, require
from scdesk.domain.support import grants_figure
from scdesk.i18n import translate
from scdesk.services.figures import FigureQuery, compute_figures, reviews_of
from scdesk.services.saved import Saved
from scdesk.store.models import City, Indicator, IndicatorTarget
from scdesk.store.queries.support_given import grant_facts
from scdesk.store.shapes import values_of
from scdesk.store.store import Store
from scdesk.store.writer import WriteTx

_FIGURES = set(FIGURE_NAMES)
_DIMENSIONS = set(DIMENSION_NAMES)


def save_indicator(store: Store, record: IndicatorTargets) -> Saved[UUID]:
    """Add or change an indicator with its whole list of targets, in one transaction: every
    rule on both is checked first, and a stored target the list leaves out is deleted."""
    with store.write() as tx:
        require(indicator_targets_problems(record))
        indicator_id = save_indicator_in(tx, IndicatorRecord(record.indicator_id, record.indicator))
        kept = {
            save_target_in(tx, TargetRecord(row.target_id, indicator_id, row.target))
            for row in record.targets
        }
        for target in tx.linked(IndicatorTarget, "indicator_id", indicator_id):
            if target.id not in kept:
                tx.delete(IndicatorTarget, target.id)
        return Saved(indicator_id, tx.changes)


def indicator_targets(session: Session, indicator_id: UUID) -> IndicatorTargets | None:
    """An indicator with its live targets (the network's first, then by city and period), as
    its form shows them; None when it is gone."""
    found = session.get(Indicator, indicator_id)
    if found is None or found.deleted:
        return None
    indicator = IndicatorInput(
        found.code, found.name, found.level, found.counting_rule, found.figure,
        found.breakdowns, found.baseline,
    )  # fmt: skip
    targets = session.scalars(
        select(IndicatorTarget)
        .where(IndicatorTarget.indicator_id == indicator_id, IndicatorTarget.deleted.is_(False))
        .order_by(
            IndicatorTarget.city_id.is_not(None),
            IndicatorTarget.period_start,
            IndicatorTarget.period_end,
            IndicatorTarget.breakdown.is_not(None),
            IndicatorTarget.breakdown,
            IndicatorTarget.category,
        )
    ).all()
    rows = tuple(
        TargetRow(
            t.id,
            TargetInput(
                t.period_start, t.period_end, t.target, _city(t.city_id), t.breakdown, t.category
            ),
        )
        for t in targets
    )
    return IndicatorTargets(indicator_id, indicator, rows)


def _city(city_id: UUID | None) -> CityId | None:
    return CityId(city_id) if city_id is not None else None


def _target_input(target: IndicatorTarget) -> TargetInput:
    return TargetInput(
        target.period_start,
        target.period_end,
        target.target,
        _city(target.city_id),
        target.breakdown,
        target.category,
    )


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
    """Every rule on the target is checked here, inside the transaction that writes it: its
    breakdown is one its indicator declares, no other live target of the indicator has its
    period, city, breakdown and category, and a target stays with its indicator."""
    target = record.target
    require(target_problems(target))
    indicator = tx.get(Indicator, record.indicator_id)
    require(target_fit_problems(indicator.breakdowns, target))
    if target.city_id is not None:
        tx.check(City, target.city_id)
    given = record.target_id
    scope = target_scope(target)
    for other in tx.linked(IndicatorTarget, "indicator_id", record.indicator_id):
        if other.id != given and target_scope(_target_input(other)) == scope:
            require([same_scope_problem()])
    if given is None or tx.unclaimed(IndicatorTarget, given):
        values = values_of(target) | {"indicator_id": record.indicator_id}
        return tx.create(IndicatorTarget, values, record_id=given)
    if tx.get(IndicatorTarget, given).indicator_id != record.indicator_id:
        text = translate(
            "Indicators",
            "This target belongs to another indicator: leave its id empty to add it to this one.",
        )
        require([Problem("indicator_id", text)])
    tx.update(IndicatorTarget, given, values_of(target))
    return given


def indicator_results(
    store: Store,
    period_from: date | None = None,
    period_to: date | None = None,
    city_id: UUID | None = None,
    *,
    outward: bool = False,
) -> list[IndicatorResult]:
    """Each indicator's actual values, counted by the key figures (compute_figures), or for
    grants awarded by the support section's grant_facts, and never typed, against its targets;
    ordered by code.

    How targets are matched: a target is shown when its period lies within the period asked
    (an open end takes every period on that side) and, when a city is asked, when it is that
    city's target; with no city asked, the targets of every city and of the whole network are
    shown. Each target's actual value is counted over the target's own period and city (its
    city's records only, or every city's for a network target), so the two always measure the
    same thing. The targets of one period and city make one row: the whole count's target, if
    set, and each breakdown category's (breakdown_targets) beside the category's actual value.
    An indicator with no target shown gets one row: the period and city asked, without a
    target. Outward, small counts are suppressed as in the key figures (grants are not about
    people and are never suppressed).
    """
    require(period_problems(period_from, period_to, store.now().date()))
    with store.read() as session:
        if city_id is not None and session.get(City, city_id) is None:
            raise NotFoundError()
        indicators = session.scalars(
            select(Indicator).where(Indicator.deleted.is_(False)).order_by(Indicator.code)
        ).all()
        found = [
            (
                i.id,
                IndicatorInput(
                    i.code, i.name, i.level, i.counting_rule, i.figure, i.breakdowns, i.baseline
                ),
            )
            for i in indicators
        ]
        targets = _targets_in(session, period_from, period_to, city_id)
        places = {
            c.id: CityRef(c.id, c.name, c.country, c.name_local)
            for c in session.scalars(select(City))
        }
    figures: dict[tuple[date | None, date | None, UUID | None], KeyFigures] = {}
    grants: dict[tuple[date | None, date | None, UUID | None], Figure] = {}
    reviews = reviews_of(store) if any(i.figure != GRANTS_AWARDED for _, i in found) else None

    def counted(start: date | None, end: date | None, city: UUID | None) -> KeyFigures:
        """The key figures of one scope, counted once however many indicators follow them."""
        if (start, end, city) not in figures:
            query = FigureQuery(start, end, None, city, outward=outward)
            figures[(start, end, city)] = compute_figures(store, query, reviews=reviews)
        return figures[(start, end, city)]

    def granted(start: date | None, end: date | None, city: UUID | None) -> Figure:
        """The grants of one scope, read by the query the key figures' support section uses."""
        if (start, end, city) not in grants:
            with store.read() as session:
                grants[(start, end, city)] = grants_figure(
                    grant_facts(session, start, end, None, city)
                )
        return grants[(start, end, city)]

    results = []
    for indicator_id, indicator in found:
        breakdowns = tuple(
            Dimension(name) for name in declared(indicator.breakdowns) if name in _DIMENSIONS
        )
        scopes = targets.get(indicator_id) or [Scope(period_from, period_to, city_id, None, {})]
        rows: list[IndicatorRow] = []
        for scope in scopes:
            if indicator.figure == GRANTS_AWARDED:
                figure, unsettled, reviewed = granted(scope.start, scope.end, scope.city), 0, 0
            else:
                key_figures = counted(scope.start, scope.end, scope.city)
                figure = key_figures.figures[FigureKey(indicator.figure)]
                unsettled, reviewed = key_figures.unsettled_duplicates, key_figures.under_review
            rows.append(
                IndicatorRow(
                    scope.start,
                    scope.end,
                    places.get(scope.city) if scope.city else None,
                    scope.target,
                    figure.total,
                    {d: figure.breakdowns.get(d, {}) for d in breakdowns},
                    unsettled,
                    reviewed,
                    {d: scope.by_breakdown[d] for d in breakdowns if d in scope.by_breakdown},
                    {d: figure.secondary.get(d, frozenset()) for d in breakdowns},
                )
            )
        results.append(IndicatorResult(indicator_id, indicator, breakdowns, tuple(rows), places))
    return results


@dataclass(frozen=True, slots=True)
class Scope:
    """A period and city an indicator's targets are set for: the target of the whole count, if
    any, and those of breakdown categories."""

    start: date | None
    end: date | None
    city: UUID | None
    target: int | None
    by_breakdown: dict[Dimension, dict[str, int]]


def _targets_in(
    session: Session, period_from: date | None, period_to: date | None, city_id: UUID | None
) -> dict[UUID, list[Scope]]:
    """The targets matched as indicator_results says, per indicator and period and city: the
    network's first, then by city name and period."""
    query = select(IndicatorTarget).where(IndicatorTarget.deleted.is_(False))
    if period_from is not None:
        query = query.where(IndicatorTarget.period_start >= period_from)
    if period_to is not None:
        query = query.where(IndicatorTarget.period_end <= period_to)
    if city_id is not None:
        query = query.where(IndicatorTarget.city_id == city_id)
    names = {c.id: c.name for c in session.scalars(select(City))}
    found: dict[UUID, dict[tuple[date, date, UUID | None], Scope]] = {}
    for t in session.scalars(query):
        scopes = found.setdefault(t.indicator_id, {})
        key = (t.period_start, t.period_end, t.city_id)
        scope = scopes.setdefault(key, Scope(*key, None, {}))
        if t.breakdown is None:
            scopes[key] = replace(scope, target=t.target)
        elif t.category is not None:
            scope.by_breakdown.setdefault(t.breakdown, {})[t.category] = t.target
    return {
        indicator_id: sorted(
            scopes.values(),
            key=lambda s: (
                s.city is not None,
                names.get(s.city, "") if s.city else "",
                s.start or date.min,
                s.end or date.min,
            ),
        )
        for indicator_id, scopes in found.items()
    }
