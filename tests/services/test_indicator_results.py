"""Indicators' actual values come from the key figures, against the targets that match them."""

from dataclasses import replace
from datetime import date
from decimal import Decimal
from uuid import UUID

import pytest

from scdesk.domain.figures import Dimension
from scdesk.domain.indicator_kinds import FIGURE_RULES, GRANTS_AWARDED
from scdesk.domain.indicators import (
    CountingRule,
    IndicatorInput,
    IndicatorLevel,
    IndicatorRecord,
    IndicatorTargets,
    TargetInput,
    TargetRow,
)
from scdesk.domain.meetings import AttendanceInput, HeadcountInput
from scdesk.domain.people import AgeBand, CityId, Gender
from scdesk.domain.support import GrantInput, GrantRecord, GrantStatus
from scdesk.services import indicators
from scdesk.services.figures import FigureQuery
from scdesk.services.indicators import indicator_results, indicator_targets, save_indicator
from scdesk.services.support import save_grant, support_in_period
from scdesk.store.store import Store
from tests import factories
from tests.conftest import refused

H1 = (date(2026, 1, 1), date(2026, 6, 30))


def _indicator(store: Store, figure: str = "people_engaged", breakdowns: str = "gender,age_band",
               code: str = "OP1.1") -> UUID:  # fmt: skip
    indicator = IndicatorInput(
        code, "People engaged in prevention", IndicatorLevel.OUTPUT,
        FIGURE_RULES[figure], figure, breakdowns, baseline=0,
    )  # fmt: skip
    return factories.written(store, indicators.save_indicator_in, IndicatorRecord(None, indicator))


def _target(store: Store, indicator_id: UUID, target: int, city: CityId | None = None,
            period: tuple[date, date] = H1) -> None:  # fmt: skip
    factories.written(
        store, indicators.add_target_in, indicator_id, TargetInput(*period, target, city)
    )


def test_the_actual_value_changes_when_an_attendance_is_added(store: Store) -> None:
    mardan = factories.city(store, "Mardan", "PK")
    colombo = factories.city(store, "Colombo", "LK")
    indicator_id = _indicator(store)
    _target(store, indicator_id, 40)
    _target(store, indicator_id, 25, mardan)
    _target(store, indicator_id, 99, period=(date(2025, 1, 1), date(2025, 6, 30)))
    ayesha = factories.person(store, name="Ayesha", birth_year=1985)  # 35 to 49 in March 2026
    ravi = factories.person(store, name="Ravi", gender=Gender.MALE, birth_year=2004)  # 18 to 24
    workshop = factories.meeting(store, mardan, starts_at=factories.at(2026, 3, 2))
    factories.meeting(store, colombo, starts_at=factories.at(2026, 4, 2))
    factories.attend(store, workshop, [AttendanceInput(ayesha)])

    (result,) = indicator_results(store, *H1)
    network, city = result.rows  # the 2025 target lies outside the period asked
    assert (network.city, network.target, network.actual) == (None, 40, 1)
    assert (city.city and city.city.name, city.target, city.actual) == ("Mardan", 25, 1)
    assert result.breakdowns == (Dimension.GENDER, Dimension.AGE_BAND)

    factories.attend(store, workshop, [AttendanceInput(ayesha), AttendanceInput(ravi)])

    network, city = indicator_results(store, *H1)[0].rows
    assert (network.target, network.actual, city.actual) == (40, 2, 2)
    assert network.breakdowns[Dimension.GENDER] == {
        "female": 1, "male": 1, "another": 0, "undisclosed": 0,
    }  # fmt: skip
    ages = network.breakdowns[Dimension.AGE_BAND]
    assert (ages[AgeBand.FROM_18.value], ages[AgeBand.FROM_35.value]) == (1, 1)
    assert sum(v or 0 for v in ages.values()) == 2


def test_a_city_asked_shows_its_own_targets_counted_over_its_own_records(store: Store) -> None:
    mardan = factories.city(store, "Mardan", "PK")
    colombo = factories.city(store, "Colombo", "LK")
    events = _indicator(store, "events_held", "kind,country", code="OP1.2")
    _target(store, events, 3)
    _target(store, events, 2, colombo)
    factories.meeting(store, mardan, starts_at=factories.at(2026, 3, 2))
    factories.meeting(store, colombo, starts_at=factories.at(2026, 4, 2))
    factories.meeting(store, colombo, starts_at=factories.at(2026, 8, 2))  # after the target

    (row,) = indicator_results(store, *H1, colombo)[0].rows
    assert (row.city and row.city.name, row.target, row.actual) == ("Colombo", 2, 1)
    assert row.breakdowns[Dimension.COUNTRY] == {"LK": 1}
    everywhere = [(r.target, r.actual) for r in indicator_results(store)[0].rows]
    assert everywhere == [(3, 2), (2, 1)]  # each target counted over its own period and city


def test_an_indicator_without_a_target_in_the_period_is_counted_over_the_period_asked(
    store: Store,
) -> None:
    mardan = factories.city(store)
    _indicator(store)
    workshop = factories.meeting(store, mardan, starts_at=factories.at(2026, 3, 2))
    factories.attend(store, workshop, [AttendanceInput(factories.person(store))])

    (row,) = indicator_results(store, date(2026, 3, 1), date(2026, 3, 31))[0].rows
    assert (row.period_from, row.period_to, row.target, row.actual) == (
        date(2026, 3, 1), date(2026, 3, 31), None, 1,
    )  # fmt: skip
    refused(
        store,
        lambda: indicator_results(store, date(2026, 3, 31), date(2026, 3, 1)),
        "before",
    )


@pytest.mark.parametrize("outward", [False, True])
def test_outward_small_counts_are_suppressed_as_in_the_key_figures(
    store: Store, outward: bool
) -> None:
    mardan = factories.city(store)
    indicator_id = _indicator(store)
    _target(store, indicator_id, 40)
    workshop = factories.meeting(store, mardan, starts_at=factories.at(2026, 3, 2))
    named = [AttendanceInput(factories.person(store, name=f"P{n}")) for n in range(6)]
    factories.attend(store, workshop, named, [HeadcountInput(Gender.MALE, 2, AgeBand.FROM_18)])

    (row,) = indicator_results(store, *H1, outward=outward)[0].rows
    assert row.actual == 8  # not small: shown either way
    gender = row.breakdowns[Dimension.GENDER]
    if outward:
        # 2 men are hidden, and so are the 6 women, who would reveal them by subtraction
        assert (gender["female"], gender["male"], gender["another"]) == (None, None, 0)
        assert row.secondary[Dimension.GENDER] == {"female"}  # 6: hidden, never "<5"
    else:
        assert (gender["female"], gender["male"], gender["another"]) == (6, 2, 0)


def test_an_indicator_is_saved_with_its_whole_list_of_targets(store: Store) -> None:
    mardan = factories.city(store, "Mardan", "PK")
    indicator = IndicatorInput(
        "OP1.1", "People engaged", IndicatorLevel.OUTPUT, CountingRule.DISTINCT_PEOPLE,
        "people_engaged", "gender",
    )  # fmt: skip
    network, city = (
        TargetRow(None, TargetInput(*H1, 40)),
        TargetRow(None, TargetInput(*H1, 25, mardan)),
    )
    saved = save_indicator(store, IndicatorTargets(None, indicator, (network, city)))
    with store.read() as session:
        stored = indicator_targets(session, saved.id)
    assert stored is not None
    assert [(r.target.target, r.target.city_id) for r in stored.targets] == [
        (40, None),
        (25, mardan),
    ]

    save_indicator(store, replace(stored, targets=stored.targets[1:]))  # the network's removed
    with store.read() as session:
        kept = indicator_targets(session, saved.id)
    assert kept is not None
    assert [(r.target_id, r.target.target) for r in kept.targets] == [
        (stored.targets[1].target_id, 25)
    ]

    backwards = TargetRow(None, TargetInput(H1[1], H1[0], 10))
    refused(
        store,
        lambda: save_indicator(store, replace(kept, targets=(*kept.targets, backwards))),
        "The end date (2026-01-01) is before the start date (2026-06-30).",
    )


def test_a_counting_rule_that_does_not_fit_the_figure_is_refused(store: Store) -> None:
    wrong = IndicatorInput(
        "OP1.2", "Events", IndicatorLevel.OUTPUT, CountingRule.DISTINCT_PEOPLE, "events_held"
    )
    refused(
        store,
        lambda: save_indicator(store, IndicatorTargets(None, wrong)),
        "Events held counts events held, not different people, each counted once: choose that "
        "counting rule.",
    )
    cities = IndicatorInput(
        "OP1.3", "Cities", IndicatorLevel.OUTPUT, CountingRule.CITIES, "member_cities", "gender"
    )
    refused(
        store,
        lambda: save_indicator(store, IndicatorTargets(None, cities)),
        "Member cities cannot be broken down by gender.",
    )


def _grant(store: Store, city: CityId, status: GrantStatus = GrantStatus.APPROVED) -> None:
    grant = GrantInput(
        city, "Youth centre", Decimal(5000), "USD", status, starts_on=date(2026, 2, 1)
    )
    save_grant(store, GrantRecord(None, grant))


def test_a_grants_indicator_counts_the_grants_the_key_figures_support_section_counts(
    store: Store,
) -> None:
    mardan = factories.city(store, "Mardan", "PK")
    colombo = factories.city(store, "Colombo", "LK")
    grants = _indicator(store, GRANTS_AWARDED, "status,country", code="OP3.1")
    _target(store, grants, 2)
    _grant(store, mardan)
    _grant(store, colombo, GrantStatus.CANCELLED)

    (row,) = indicator_results(store, *H1)[0].rows
    support = support_in_period(store, FigureQuery(*H1))
    assert (row.target, row.actual, support.grants_given()) == (2, 1, 1)

    _grant(store, colombo, GrantStatus.DISBURSED)

    (row,) = indicator_results(store, *H1, outward=True)[0].rows
    support = support_in_period(store, FigureQuery(*H1))
    assert (row.actual, support.grants_given()) == (2, 2)
    assert row.breakdowns[Dimension.STATUS] == {
        "proposed": 0, "approved": 1, "disbursed": 1, "completed": 0,
    }  # fmt: skip
    assert row.breakdowns[Dimension.COUNTRY] == {"LK": 1, "PK": 1}


def test_a_target_for_a_category_shows_against_that_categorys_actual(store: Store) -> None:
    mardan = factories.city(store, "Mardan", "PK")
    indicator_id = _indicator(store)  # gender and age band declared
    women = TargetInput(*H1, 40, breakdown=Dimension.GENDER, category="female")
    factories.written(store, indicators.add_target_in, indicator_id, women)
    workshop = factories.meeting(store, mardan, starts_at=factories.at(2026, 3, 2))
    ayesha = factories.person(store, name="Ayesha", birth_year=1985)
    ravi = factories.person(store, name="Ravi", gender=Gender.MALE, birth_year=2004)
    factories.attend(store, workshop, [AttendanceInput(ayesha), AttendanceInput(ravi)])

    (row,) = indicator_results(store, *H1)[0].rows
    assert (row.target, row.actual) == (None, 2)  # no target for the whole count
    assert row.breakdown_targets == {Dimension.GENDER: {"female": 40}}
    assert row.breakdowns[Dimension.GENDER]["female"] == 1


def test_a_target_for_a_breakdown_not_declared_or_set_twice_is_refused(store: Store) -> None:
    indicator_id = _indicator(store, breakdowns="gender")
    youth = TargetInput(*H1, 60, breakdown=Dimension.AGE_BAND, category="18-24")
    refused(
        store,
        lambda: factories.written(store, indicators.add_target_in, indicator_id, youth),
        "The indicator does not declare the breakdown age band: declare it or choose another.",
    )
    colour = TargetInput(*H1, 60, breakdown=Dimension.GENDER, category="green")
    refused(
        store,
        lambda: factories.written(store, indicators.add_target_in, indicator_id, colour),
        "green is not a category of gender.",
    )
    women = TargetInput(*H1, 40, breakdown=Dimension.GENDER, category="female")
    factories.written(store, indicators.add_target_in, indicator_id, women)
    refused(
        store,
        lambda: factories.written(store, indicators.add_target_in, indicator_id, women),
        "Another target is already set for this period, city and category",
    )
    with store.read() as session:
        stored = indicator_targets(session, indicator_id)
    assert stored is not None
    twice = replace(stored, targets=(*stored.targets, TargetRow(None, women)))
    refused(store, lambda: save_indicator(store, twice), "Another target is already set")
