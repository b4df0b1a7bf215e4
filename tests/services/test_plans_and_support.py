"""Risk profiles and prevention plans are versioned; grants, advice and indicators are checked."""

from datetime import date
from decimal import Decimal

from sqlalchemy import select

from scdesk.domain.indicators import CountingRule, IndicatorInput, IndicatorLevel, TargetInput
from scdesk.domain.meetings import MeetingKind
from scdesk.domain.plans import (
    FactorKind,
    FindingCategory,
    FindingInput,
    Level,
    PlanActionInput,
    PlanHeader,
    PlanStatus,
    PriorityArea,
    RiskFactorInput,
)
from scdesk.domain.support import AdviceInput, GrantInput
from scdesk.services import indicators, plans, support
from scdesk.store.models import (
    ConsultationFinding,
    PlanAction,
    PreventionPlan,
    RiskFactor,
    RiskProfile,
)
from scdesk.store.store import Store
from tests import factories
from tests.conftest import refused


def test_a_consultations_findings_belong_to_its_city(store: Store) -> None:
    city_id = factories.city(store)
    consultation = factories.meeting(store, city_id, kind=MeetingKind.CONSULTATION)
    finding = FindingInput(FindingCategory.KEY_NEED, "Safe spaces for girls' sport",
                           PriorityArea.WOMEN_PARTICIPATION)  # fmt: skip
    factories.written(store, plans.add_finding_in, consultation, finding)
    with store.read() as session:
        kept = session.scalars(select(ConsultationFinding)).one()
    assert (kept.city_id, kept.position, kept.category) == (city_id, 1, FindingCategory.KEY_NEED)
    empty = FindingInput(FindingCategory.CONCERN, "")
    refused(
        store,
        lambda: factories.written(store, plans.add_finding_in, consultation, empty),
        "Finding is required",
    )


def test_adopting_a_new_version_supersedes_the_old_and_locks_it(store: Store) -> None:
    city_id = factories.city(store)
    consultation = factories.meeting(store, city_id, kind=MeetingKind.CONSULTATION)
    header = PlanHeader(city_id=city_id, title="Mardan risk profile 2026")
    first = factories.written(store, plans.add_risk_profile_in, header, [consultation])
    factor = RiskFactorInput(FactorKind.THREAT, "Online hate speech against minorities",
                             "Christian and Ahmadi residents", Level.HIGH, Level.HIGH)  # fmt: skip
    factories.written(store, plans.add_risk_factor_in, first, factor)
    factories.written(store, plans.adopt_in, RiskProfile, first, date(2026, 3, 1))
    refused(
        store,
        lambda: factories.written(store, plans.add_risk_factor_in, first, factor),
        "start a new version",
    )

    second = factories.written(store, plans.new_risk_profile_version_in, first)
    factories.written(store, plans.adopt_in, RiskProfile, second, date(2026, 9, 1))
    with store.read() as session:
        versions = session.execute(
            select(RiskProfile.version, RiskProfile.status).order_by(RiskProfile.version)
        ).all()
        factors = session.scalars(select(RiskFactor.profile_id)).all()
    assert versions == [(1, PlanStatus.SUPERSEDED), (2, PlanStatus.ADOPTED)]
    assert sorted(map(str, factors)) == sorted([str(first), str(second)])


def test_a_plan_copies_its_objectives_and_actions_into_a_new_version(store: Store) -> None:
    city_id = factories.city(store)
    owner = factories.person(store)
    plan = factories.written(
        store,
        plans.add_prevention_plan_in,
        PlanHeader(city_id=city_id, title="Prevention plan"),
        None,
    )
    objective = factories.written(
        store, plans.add_plan_objective_in, plan, "Young people take part in city decisions"
    )
    action = PlanActionInput("Youth council pilot", objective, owner, None, date(2026, 1, 1),
                             date(2026, 12, 31))  # fmt: skip
    factories.written(store, plans.add_plan_action_in, plan, action)
    late = PlanActionInput("Backwards", starts_on=date(2026, 5, 1), due_on=date(2026, 4, 1))
    refused(
        store,
        lambda: factories.written(store, plans.add_plan_action_in, plan, late),
        "before the start date",
    )
    copy = factories.written(store, plans.new_plan_version_in, plan)
    with store.read() as session:
        copied = session.scalars(select(PlanAction).where(PlanAction.plan_id == copy)).one()
        version = session.scalars(select(PreventionPlan.version).where(PreventionPlan.id == copy))
        assert version.one() == 2
    assert copied.text == "Youth council pilot"
    assert copied.objective_id not in (None, objective)


def test_a_grant_needs_a_positive_amount_and_a_currency_code(store: Store) -> None:
    city_id = factories.city(store)
    grant = GrantInput(city_id, "Youth centre refurbishment", Decimal("1500000"), "PKR")
    factories.written(store, support.add_grant_in, grant)
    free = GrantInput(city_id, "X", Decimal(0), "PKR")
    refused(store, lambda: factories.written(store, support.add_grant_in, free), "above zero")
    rupees = GrantInput(city_id, "X", Decimal(5), "rupees")
    refused(
        store, lambda: factories.written(store, support.add_grant_in, rupees), "not a currency code"
    )


def test_expert_advice_names_a_recorded_expert(store: Store) -> None:
    city_id = factories.city(store)
    expert = factories.person(store, name="Dr. Meena Iyer")
    factories.written(
        store,
        support.add_advice_in,
        AdviceInput(city_id, expert, "Counter-narratives", date(2026, 2, 1)),
    )
    bad = AdviceInput(city_id, expert, "Counter-narratives", date(2026, 2, 1), date(2026, 1, 1))
    refused(
        store, lambda: factories.written(store, support.add_advice_in, bad), "before the start date"
    )


def test_an_indicator_follows_a_key_figure_scdesk_counts(store: Store) -> None:
    indicator = IndicatorInput(
        "OP1.1", "Youth reached", IndicatorLevel.OUTPUT, CountingRule.DISTINCT_PEOPLE,
        "youth_reached", "gender,age_band",
    )  # fmt: skip
    indicator_id = factories.written(store, indicators.add_indicator_in, indicator)
    factories.written(
        store,
        indicators.add_target_in,
        indicator_id,
        TargetInput(date(2026, 1, 1), date(2026, 12, 31), 500),
    )
    unknown = IndicatorInput("OP9", "Likes", IndicatorLevel.OUTPUT, CountingRule.EVENTS, "likes")
    refused(
        store,
        lambda: factories.written(store, indicators.add_indicator_in, unknown),
        "not a key figure",
    )
    bad = IndicatorInput(
        "OP9", "X", IndicatorLevel.OUTPUT, CountingRule.EVENTS, "events_held", "colour"
    )
    refused(
        store, lambda: factories.written(store, indicators.add_indicator_in, bad), "not a breakdown"
    )
