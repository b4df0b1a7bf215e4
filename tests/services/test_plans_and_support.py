"""Risk profiles and prevention plans are versioned; grants, advice and indicators are checked."""

from dataclasses import replace
from datetime import date
from decimal import Decimal
from uuid import UUID

from sqlalchemy import select

from scdesk.domain.indicators import (
    CountingRule,
    IndicatorInput,
    IndicatorLevel,
    IndicatorRecord,
    TargetInput,
    TargetRecord,
)
from scdesk.domain.meetings import MeetingKind, MeetingRecord
from scdesk.domain.plans import (
    ConsultationRecord,
    FactorEntry,
    FactorKind,
    FindingCategory,
    FindingEntry,
    FindingInput,
    FindingRecord,
    Level,
    ObjectiveEntry,
    PlanActionEntry,
    PlanActionInput,
    PlanHeader,
    PlanStatus,
    PreventionPlanRecord,
    PriorityArea,
    RiskFactorInput,
    RiskProfileRecord,
)
from scdesk.domain.support import AdviceInput, AdviceRecord, GrantInput, GrantRecord
from scdesk.services import indicators, meetings, plans, support
from scdesk.store.models import (
    ConsultationFinding,
    IndicatorTarget,
    PlanAction,
    PlanObjective,
    PreventionPlan,
    RiskFactor,
    RiskProfile,
)
from scdesk.store.queries.findings import consultation_findings
from scdesk.store.queries.plan_records import risk_profile_record
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
    elsewhere = factories.city(store, "Peshawar")
    factories.change_meeting(store, consultation, city_id=elsewhere)  # recorded in the wrong city
    with store.read() as session:
        assert session.scalars(select(ConsultationFinding.city_id)).one() == elsewhere
    empty = FindingInput(FindingCategory.CONCERN, "")
    refused(
        store,
        lambda: factories.written(store, plans.add_finding_in, consultation, empty),
        "Finding is required",
    )


def test_a_consultation_is_saved_with_its_findings_in_their_order(store: Store) -> None:
    city_id = factories.city(store)
    details = factories.meeting_input(city_id, kind=MeetingKind.CONSULTATION)
    concern = FindingEntry(None, FindingInput(FindingCategory.CONCERN, "Hate speech online"))
    need = FindingEntry(None, FindingInput(FindingCategory.KEY_NEED, "A youth centre"))
    raised = FindingInput(
        FindingCategory.PRIORITY, "Ask the province for a liaison officer",
        PriorityArea.NATIONAL_LOCAL_COOPERATION,
    )  # fmt: skip
    record = ConsultationRecord(
        MeetingRecord(None, details), (concern, need, FindingEntry(None, raised))
    )
    meeting_id = meetings.save_meeting(store, record.meeting, record.findings).id
    with store.read() as session:
        first = consultation_findings(session, meeting_id)
    assert [(f.category, f.text) for f in first] == [
        (FindingCategory.CONCERN, "Hate speech online"),
        (FindingCategory.KEY_NEED, "A youth centre"),
        (FindingCategory.PRIORITY, "Ask the province for a liaison officer"),
    ]

    # The need moves before the concern, the concern is reworded, the priority is removed.
    reworded = FindingInput(FindingCategory.CONCERN, "Hateful groups online")
    again = replace(
        record,
        meeting=replace(record.meeting, meeting_id=meeting_id),
        findings=(FindingEntry(first[1].id, need.finding), FindingEntry(first[0].id, reworded)),
    )
    meetings.save_meeting(store, again.meeting, again.findings)
    with store.read() as session:
        second = consultation_findings(session, meeting_id)
        gone = session.get(ConsultationFinding, first[2].id)
    assert [(f.id, f.text) for f in second] == [
        (first[1].id, "A youth centre"),
        (first[0].id, "Hateful groups online"),
    ]
    assert gone is not None
    assert gone.deleted


def test_only_a_consultation_has_findings_and_each_needs_its_words(store: Store) -> None:
    city_id = factories.city(store)
    workshop = MeetingRecord(None, factories.meeting_input(city_id))
    need = FindingEntry(None, FindingInput(FindingCategory.KEY_NEED, "A youth centre"))
    refused(
        store,
        lambda: meetings.save_meeting(store, workshop, (need,)),
        "Only a consultation has findings",
    )
    consultation = replace(
        workshop, meeting=replace(workshop.meeting, kind=MeetingKind.CONSULTATION)
    )
    blank = FindingEntry(None, FindingInput(FindingCategory.THREAT, "  "))
    refused(
        store,
        lambda: meetings.save_meeting(store, consultation, (need, blank)),
        "Finding is required",
    )
    held = meetings.save_meeting(store, workshop).id  # a finding one at a time, as a table adds it
    refused(
        store,
        lambda: factories.written(store, plans.add_finding_in, held, need.finding),
        "Only a consultation has findings",
    )


def _profile(store: Store, profile_id: UUID) -> RiskProfileRecord:
    with store.read() as session:
        record = risk_profile_record(session, profile_id)
    assert record is not None
    return record


def test_adopting_a_new_version_supersedes_the_old_and_locks_it(store: Store) -> None:
    city_id = factories.city(store)
    consultation = factories.meeting(store, city_id, kind=MeetingKind.CONSULTATION)
    header = PlanHeader(city_id=city_id, title="Mardan risk profile 2026")
    factor = FactorEntry(None, RiskFactorInput(
        FactorKind.THREAT, "Online hate speech against minorities",
        "Christian and Ahmadi residents", Level.HIGH, Level.HIGH,
    ))  # fmt: skip
    record = RiskProfileRecord(None, header, (consultation,), (factor,))
    first = factories.written(store, plans.save_risk_profile_in, record)
    factories.written(store, plans.adopt_in, RiskProfile, first, date(2026, 3, 1))
    adopted = _profile(store, first)
    more = replace(adopted, factors=(*adopted.factors, factor))
    refused(
        store,
        lambda: factories.written(store, plans.save_risk_profile_in, more),
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
    assert _profile(store, second).sources == (consultation,)


def test_a_draft_profile_keeps_its_factors_ids_and_drops_those_left_out(store: Store) -> None:
    city_id = factories.city(store)
    header = PlanHeader(city_id=city_id, title="Mardan risk profile 2026")
    factors = tuple(
        FactorEntry(None, RiskFactorInput(FactorKind.RISK_FACTOR, text))
        for text in ("Unemployment", "Rumours", "Land disputes")
    )
    profile = factories.written(
        store, plans.save_risk_profile_in, RiskProfileRecord(None, header, (), factors)
    )
    stored = _profile(store, profile)
    kept = (stored.factors[2], stored.factors[0])
    factories.written(store, plans.save_risk_profile_in, replace(stored, factors=kept))
    again = _profile(store, profile)
    assert [(f.factor_id, f.factor.description) for f in again.factors] == [
        (kept[0].factor_id, "Land disputes"),
        (kept[1].factor_id, "Unemployment"),
    ]


def test_a_plan_copies_its_objectives_and_actions_into_a_new_version(store: Store) -> None:
    city_id = factories.city(store)
    owner = factories.person(store)
    action = PlanActionInput("Youth council pilot", None, owner, None, date(2026, 1, 1),
                             date(2026, 12, 31))  # fmt: skip
    record = PreventionPlanRecord(
        None,
        PlanHeader(city_id=city_id, title="Prevention plan"),
        objectives=(ObjectiveEntry("a", None, "Young people take part in city decisions"),),
        actions=(PlanActionEntry(None, "a", action),),
    )
    plan = factories.written(store, plans.save_prevention_plan_in, record)
    late = PlanActionInput("Backwards", starts_on=date(2026, 5, 1), due_on=date(2026, 4, 1))
    backwards = replace(record, actions=(PlanActionEntry(None, None, late),))
    refused(
        store,
        lambda: factories.written(store, plans.save_prevention_plan_in, backwards),
        "before the start date",
    )
    copy = factories.written(store, plans.new_plan_version_in, plan)
    with store.read() as session:
        original = session.scalars(select(PlanObjective.id).where(PlanObjective.plan_id == plan))
        objective = original.one()
        copied = session.scalars(select(PlanAction).where(PlanAction.plan_id == copy)).one()
        version = session.scalars(select(PreventionPlan.version).where(PreventionPlan.id == copy))
        assert version.one() == 2
    assert copied.text == "Youth council pilot"
    assert copied.objective_id not in (None, objective)


def test_an_action_serving_an_objective_of_another_plan_is_refused(store: Store) -> None:
    city_id = factories.city(store)
    record = PreventionPlanRecord(
        None,
        PlanHeader(city_id=city_id, title="Prevention plan"),
        actions=(PlanActionEntry(None, "elsewhere", PlanActionInput("Youth council pilot")),),
    )
    refused(
        store,
        lambda: factories.written(store, plans.save_prevention_plan_in, record),
        "The objective belongs to another plan.",
    )


def test_a_grant_needs_a_positive_amount_and_a_currency_code(store: Store) -> None:
    city_id = factories.city(store)
    grant = GrantInput(city_id, "Youth centre refurbishment", Decimal("1500000"), "PKR")
    factories.written(store, support.save_grant_in, GrantRecord(None, grant))
    free = GrantInput(city_id, "X", Decimal(0), "PKR")
    refused(
        store,
        lambda: factories.written(store, support.save_grant_in, GrantRecord(None, free)),
        "above zero",
    )
    rupees = GrantInput(city_id, "X", Decimal(5), "rupees")
    refused(
        store,
        lambda: factories.written(store, support.save_grant_in, GrantRecord(None, rupees)),
        "not a currency code",
    )


def test_expert_advice_names_a_recorded_expert(store: Store) -> None:
    city_id = factories.city(store)
    expert = factories.person(store, name="Dr. Meena Iyer", expertise="Counter-narratives")
    factories.written(
        store,
        support.save_advice_in,
        AdviceRecord(None, AdviceInput(city_id, expert, "Counter-narratives", date(2026, 2, 1))),
    )
    bad = AdviceInput(city_id, expert, "Counter-narratives", date(2026, 2, 1), date(2026, 1, 1))
    refused(
        store,
        lambda: factories.written(store, support.save_advice_in, AdviceRecord(None, bad)),
        "before the start date",
    )


def test_an_indicator_follows_a_key_figure_scdesk_counts(store: Store) -> None:
    indicator = IndicatorInput(
        "OP1.1", "Youth reached", IndicatorLevel.OUTPUT, CountingRule.DISTINCT_PEOPLE,
        "youth_reached", "gender,age_band",
    )  # fmt: skip
    indicator_id = factories.written(
        store, indicators.save_indicator_in, IndicatorRecord(None, indicator)
    )
    factories.written(
        store,
        indicators.add_target_in,
        indicator_id,
        TargetInput(date(2026, 1, 1), date(2026, 12, 31), 500),
    )
    unknown = IndicatorInput("OP9", "Likes", IndicatorLevel.OUTPUT, CountingRule.EVENTS, "likes")
    refused(
        store,
        lambda: factories.written(
            store, indicators.save_indicator_in, IndicatorRecord(None, unknown)
        ),
        "not a key figure",
    )
    bad = IndicatorInput(
        "OP9", "X", IndicatorLevel.OUTPUT, CountingRule.EVENTS, "events_held", "colour"
    )
    refused(
        store,
        lambda: factories.written(store, indicators.save_indicator_in, IndicatorRecord(None, bad)),
        "not a breakdown",
    )


def test_a_finding_is_edited_by_id_and_stays_with_its_consultation(store: Store) -> None:
    city_id = factories.city(store)
    first = factories.meeting(store, city_id, kind=MeetingKind.CONSULTATION)
    second = factories.meeting(store, city_id, kind=MeetingKind.CONSULTATION, title="Second")
    finding = FindingInput(FindingCategory.CONCERN, "Hate speech online")
    finding_id = factories.written(store, plans.add_finding_in, first, finding)
    edited = replace(finding, text="Hate speech on social media")
    factories.written(store, plans.save_finding_in, FindingRecord(finding_id, first, edited))
    with store.read() as session:
        kept = session.scalars(select(ConsultationFinding)).one()
    assert (kept.id, kept.text, kept.position) == (finding_id, "Hate speech on social media", 1)
    refused(
        store,
        lambda: factories.written(
            store, plans.save_finding_in, FindingRecord(finding_id, second, edited)
        ),
        "This finding belongs to another consultation",
    )


def test_a_target_is_edited_by_id_and_stays_with_its_indicator(store: Store) -> None:
    ids = []
    for code in ("OP1", "OP2"):
        indicator = IndicatorInput(
            code, "Events", IndicatorLevel.OUTPUT, CountingRule.EVENTS, "events_held"
        )
        ids.append(
            factories.written(store, indicators.save_indicator_in, IndicatorRecord(None, indicator))
        )
    target = TargetInput(date(2026, 1, 1), date(2026, 6, 30), 10)
    target_id = factories.written(store, indicators.add_target_in, ids[0], target)
    raised = replace(target, target=12)
    factories.written(store, indicators.save_target_in, TargetRecord(target_id, ids[0], raised))
    with store.read() as session:
        kept = session.scalars(select(IndicatorTarget)).one()
    assert (kept.id, kept.target) == (target_id, 12)
    refused(
        store,
        lambda: factories.written(
            store, indicators.save_target_in, TargetRecord(target_id, ids[1], raised)
        ),
        "This target belongs to another indicator",
    )
