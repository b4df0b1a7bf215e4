"""The demo: a realistic network of member cities, written through the services like user input.

Everything goes through the tx-level service functions in one transaction, so the demo obeys
every rule a user meets and a failure or a Cancel leaves the store as it was. Choices come from
random.Random seeded by round and city, never from ids or the clock, so the same scale on the
same day gives the same records; scale N repeats the ten-city round N times. A city's people are
made in demo_people, its committees in demo_committees, the rest of its work and the hub's events
in demo_events; the words come from demo_content and demo_phrases.
"""

import logging
import random
from dataclasses import dataclass
from datetime import timedelta
from uuid import UUID

from sqlalchemy import func, or_, select

from scdesk.domain.committees import CommitteeKind
from scdesk.domain.counts import demo_scale_problems
from scdesk.domain.errors import UserError
from scdesk.domain.figures import Dimension
from scdesk.domain.indicators import (
    CountingRule,
    IndicatorInput,
    IndicatorLevel,
    IndicatorRecord,
    TargetInput,
)
from scdesk.domain.priorities import HubPriorityInput, HubPriorityRecord
from scdesk.domain.progress import Progress
from scdesk.domain.rules import require
from scdesk.i18n import translate
from scdesk.services import demo_content as text
from scdesk.services import indicators
from scdesk.services.demo_committees import run_committee
from scdesk.services.demo_events import (
    consult,
    draw_up_plans,
    give_support,
    hold_hub_events,
    run_youth_activities,
)
from scdesk.services.demo_people import Town, found_city
from scdesk.services.priorities import save_priority_in
from scdesk.store.base import table_of
from scdesk.store.shapes import synced_models
from scdesk.store.store import Store
from scdesk.store.writer import WriteTx

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class DemoSummary:
    #: Synced records written (the demo deletes nothing, so all of them are live).
    records: int
    cities: int
    people: int
    meetings: int
    activities: int


def fill_demo(store: Store, scale: int = 1, progress: Progress | None = None) -> DemoSummary:
    """Fill an empty store. A store that holds records is refused, so that demo people and
    minutes never mix with real ones; a scale past domain/counts.py's bound is refused before
    the transaction opens."""
    require(demo_scale_problems(scale))
    with store.write() as tx:
        _refuse_unless_empty(tx)
        people_indicator = _indicators(tx)
        name, description = text.HUB_PRIORITY
        record = HubPriorityRecord(None, HubPriorityInput(name, description))
        hub_priority = save_priority_in(tx, record)
        steps = scale * (len(text.ROUNDS[0]) + 1)
        for round_no in range(scale):
            suffix = f" {round_no // 2 + 1}" if round_no >= 2 else ""
            towns = []
            for index, place in enumerate(text.ROUNDS[round_no % 2]):
                dice = _dice(1000 * round_no + index)
                name, local = place.name + suffix, place.local + suffix
                towns.append(Town(tx, dice, place, name, local, hub_priority=hub_priority))
                _fill_city(towns[-1], people_indicator)
                _step(progress, round_no * (len(towns) + 1) + len(towns), steps)
            hold_hub_events(towns, _dice(1000 * round_no + 999), round_no)
            _step(progress, (round_no + 1) * (len(towns) + 1), steps)
        counts = _counts(tx)
    log.info("demo filled at scale %d: %d records", scale, sum(counts.values()))
    pick = (counts["city"], counts["person"], counts["meeting"], counts["activity"])
    return DemoSummary(sum(counts.values()), *pick)


def _dice(seed: int) -> random.Random:
    """Seeded, so a scale gives the same records every time; nothing here is a secret."""
    return random.Random(seed)  # noqa: S311 - repeatable sample data, not security


def _step(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None:
        progress.step(done, total)


def _refuse_unless_empty(tx: WriteTx) -> None:
    """One query, before anything is buffered: a row in any synced table, even a deleted one,
    refuses the demo."""
    held = or_(*(select(table_of(model).c.id).exists() for model in synced_models()))
    if tx.execute(select(held)).scalar():
        message = translate(
            "Demo",
            "The demo fills only an empty store, and this one already holds records: "
            "start scdesk with a new data folder to try the demo.",
        )
        raise UserError(message)


def _counts(tx: WriteTx) -> dict[str, int]:
    """Rows per synced table, in one query once everything is written (the transaction's only
    flush before its commit). The store was empty, so every row is one the demo wrote."""
    tables = [table_of(model) for model in synced_models()]
    query = select(*(select(func.count()).select_from(t).scalar_subquery() for t in tables))
    return dict(zip((t.name for t in tables), tx.execute(query).one(), strict=True))


def _indicators(tx: WriteTx) -> UUID:
    """Network indicators with half-yearly targets; returns the one cities add targets to."""
    ids = []
    for code, level, rule, figure, breakdowns, targets, name in text.INDICATORS:
        indicator = IndicatorInput(
            code, name, IndicatorLevel(level), CountingRule(rule), figure, breakdowns, baseline=0
        )
        ids.append(indicators.save_indicator_in(tx, IndicatorRecord(None, indicator)))
        for half, target in enumerate(targets.split()):
            start = tx.today - timedelta(days=365 - 183 * half)
            end = min(start + timedelta(days=182), tx.today)
            indicators.add_target_in(tx, ids[-1], TargetInput(start, end, int(target)))
            for breakdown, category, share in text.CATEGORY_TARGETS.get(code, ()):
                wanted = round(int(target) * share)
                part = TargetInput(start, end, wanted, None, Dimension(breakdown), category)
                indicators.add_target_in(tx, ids[-1], part)
    return ids[0]


def _fill_city(town: Town, people_indicator: UUID) -> None:
    found_city(town)
    run_committee(town, CommitteeKind.LOCAL_PREVENTION, count=9, gap=56, offset=20)
    run_committee(town, CommitteeKind.LIAISON, count=6, gap=91, offset=45)
    consultations = consult(town)
    run_youth_activities(town)
    draw_up_plans(town, consultations)
    give_support(town)
    year = (town.tx.today - timedelta(days=365), town.tx.today)
    target = TargetInput(*year, target=town.rng.randint(15, 30) * 10, city_id=town.city)
    indicators.add_target_in(town.tx, people_indicator, target)
