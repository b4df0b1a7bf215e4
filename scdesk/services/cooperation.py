"""National-local cooperation: what the hub raised for a city with a national body."""

from uuid import UUID

from scdesk.domain.cooperation import SOURCE_FIELDS, RaisingRecord, raising_problems
from scdesk.domain.periods import period_problems
from scdesk.domain.rules import Problem, require
from scdesk.i18n import translate
from scdesk.services.saved import Saved
from scdesk.store.models import City, NationalRaising, PlanAction, PreventionPlan
from scdesk.store.queries.raisings import (
    SOURCE_TABLES,
    RaisingFilter,
    RaisingRow,
    Source,
    national_bodies,
    raising_rows,
    source_choices,
)
from scdesk.store.shapes import values_of
from scdesk.store.store import Store
from scdesk.store.writer import WriteTx


def save_raising(store: Store, record: RaisingRecord) -> Saved[UUID]:
    """Add or change a raising."""
    with store.write() as tx:
        return Saved(save_raising_in(tx, record), tx.changes)


def save_raising_in(tx: WriteTx, record: RaisingRecord) -> UUID:
    """Every rule on the raising is checked here, inside the transaction that writes it: its own
    (raising_problems) and that each record it came from is of its city. An id that names no
    record yet makes the raising with it."""
    raising = record.raising
    require(raising_problems(raising, tx.today))
    if raising.city_id is None:
        raise ValueError("raising_problems requires the city")
    tx.check(City, raising.city_id)
    require(_other_city(tx, record))
    if record.raising_id is None or tx.unclaimed(NationalRaising, record.raising_id):
        return tx.create(NationalRaising, values_of(raising), record_id=record.raising_id)
    tx.get(NationalRaising, record.raising_id)
    tx.update(NationalRaising, record.raising_id, values_of(raising))
    return record.raising_id


def raisings(store: Store, wanted: RaisingFilter) -> list[RaisingRow]:
    """The raisings of a city, national body, status and period, the latest first, each with the
    record it came from."""
    require(period_problems(wanted.period_from, wanted.period_to, store.now().date()))
    with store.read() as session:
        return raising_rows(session, wanted)


def bodies(store: Store) -> list[str]:
    """The national bodies raised with so far, for the page's filter and the form's suggestions."""
    with store.read() as session:
        return national_bodies(session)


def sources(store: Store, city_id: UUID) -> list[Source]:
    """What a raising for the city may have come from."""
    with store.read() as session:
        return source_choices(session, city_id)


def _other_city(tx: WriteTx, record: RaisingRecord) -> list[Problem]:
    """A problem for each linked record of another city than the raising's."""
    raising = record.raising
    problems = []
    for field in SOURCE_FIELDS:
        linked = getattr(raising, field)
        if linked is None:
            continue
        found = tx.get(SOURCE_TABLES[field], linked)
        if isinstance(found, PlanAction):
            city = tx.get(PreventionPlan, found.plan_id, include_deleted=True).city_id
        else:
            city = found.city_id
        if city != raising.city_id:
            problems.append(Problem(field, _elsewhere()[field]))
    return problems


def _elsewhere() -> dict[str, str]:
    return {
        "finding_id": translate(
            "Cooperation", "The consultation finding chosen is of another city."
        ),
        "plan_action_id": translate(
            "Cooperation", "The plan action chosen is of another city's plan."
        ),
        "meeting_id": translate("Cooperation", "The meeting chosen was held in another city."),
        "grant_id": translate("Cooperation", "The support grant chosen is for another city."),
        "advice_id": translate("Cooperation", "The expert advice chosen was for another city."),
    }
