"""Each report built from known records and read back as a viewer reads it: its pages, its
fonts, and the names, figures and sentences in it."""

import re
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

import pytest

from scdesk.domain.activities import ActivityId, ParticipationCount
from scdesk.domain.committees import (
    CommitteeId,
    CommitteeInput,
    CommitteeKind,
    CommitteeRecord,
    MemberRole,
)
from scdesk.domain.counts import MOST_BLANK_ROWS
from scdesk.domain.errors import NotFoundError, UserError
from scdesk.domain.indicators import (
    CountingRule,
    IndicatorInput,
    IndicatorLevel,
    IndicatorRecord,
    TargetInput,
)
from scdesk.domain.meetings import (
    ActionItemInput,
    AgendaItemInput,
    AttendanceInput,
    AttendanceRole,
    AttendanceStatus,
    MeetingId,
    MeetingKind,
    MeetingStatus,
)
from scdesk.domain.people import AgeBand, CityId, ConsentGiver, Gender, PersonId
from scdesk.domain.plans import (
    FactorEntry,
    FactorKind,
    FindingCategory,
    FindingInput,
    Level,
    PlanActionEntry,
    PlanActionInput,
    PlanActionStatus,
    PlanHeader,
    PreventionPlanId,
    PreventionPlanRecord,
    PriorityArea,
    RiskFactorInput,
    RiskProfileRecord,
)
from scdesk.domain.support import AdviceInput, AdviceRecord, GrantInput, GrantRecord, GrantStatus
from scdesk.services import (
    committees,
    indicators,
    meetings,
    plans,
    records,
    reports,
    support,
)
from scdesk.services.figures import FigureQuery, compute_figures
from scdesk.store.models import PreventionPlan
from scdesk.store.store import Store
from tests import factories
from tests.conftest import refused
from tests.pdf_tools import pdf_fonts, pdf_info, pdf_pages, pdf_text

PRESENT, APOLOGIES = AttendanceStatus.PRESENT, AttendanceStatus.APOLOGIES


@dataclass(frozen=True)
class Committee:
    city: CityId
    committee: CommitteeId
    first: MeetingId
    second: MeetingId
    chair: PersonId
    member: PersonId


@pytest.fixture
def liaison(store: Store) -> Committee:
    """A committee that met in March and May: the May meeting approved March's minutes, and an
    action agreed in March, due in April, was still open in May. One member later withdrew
    consent."""
    city = factories.city(store, "Mardan", "PK")
    committee = committees.save_committee(store, CommitteeRecord(None, CommitteeInput(
        city, "Mardan Liaison Committee", CommitteeKind.LIAISON, quorum=3,
    ))).id  # fmt: skip
    who = {
        name: factories.person(store, name=name, city_id=city, gender=gender)
        for name, gender in (
            ("Tariq Shah", Gender.MALE), ("Imran Khattak", Gender.MALE),
            ("Nadia Masih", Gender.FEMALE), ("Fawad Afridi", Gender.MALE),
            ("Hidden Person", Gender.FEMALE),
        )
    }  # fmt: skip
    roles = [MemberRole.CHAIR, MemberRole.SECRETARY] + [MemberRole.MEMBER] * 3
    for person_id, role in zip(who.values(), roles, strict=True):
        factories.seat(store, committee, person_id, role)
    first = factories.committee_meeting(store, city, committee, factories.at(2026, 3, 2))
    factories.attend(store, first, [
        AttendanceInput(who["Tariq Shah"], PRESENT, AttendanceRole.CHAIR),
        AttendanceInput(who["Imran Khattak"], PRESENT, AttendanceRole.SECRETARY),
        AttendanceInput(who["Nadia Masih"], PRESENT, AttendanceRole.MEMBER),
        AttendanceInput(who["Fawad Afridi"], APOLOGIES, AttendanceRole.MEMBER),
        AttendanceInput(who["Hidden Person"], PRESENT, AttendanceRole.MEMBER),
    ], [], None)  # fmt: skip
    factories.add_agenda_item(store, first, AgendaItemInput(
        "Youth sports", presenter_id=who["Nadia Masih"],
        discussion="Girls now train every Tuesday.", decisions="Buy a second set of kit.",
    ))  # fmt: skip
    action = ActionItemInput("Write to the school board", who["Nadia Masih"], date(2026, 4, 15))
    factories.add_action(store, first, action)
    second = factories.committee_meeting(store, city, committee, factories.at(2026, 5, 4))
    factories.attend(store, second, [
        AttendanceInput(who["Tariq Shah"], PRESENT, AttendanceRole.CHAIR),
        AttendanceInput(who["Imran Khattak"], PRESENT, AttendanceRole.SECRETARY),
    ], [], None)  # fmt: skip
    meetings.approve_minutes(store, first, second)
    meetings.circulate_minutes(store, second, date(2026, 5, 11))
    factories.change_person(store, who["Hidden Person"], consent_withdrawn_on=date(2026, 6, 1))
    return Committee(city, committee, first, second, who["Tariq Shah"], who["Nadia Masih"])


def test_draft_minutes_carry_the_watermark_and_the_carried_over_action(
    store: Store, liaison: Committee
) -> None:
    pdf = reports.minutes_report(store, liaison.second)
    assert "DRAFT" in pdf_text(pdf, mode="-raw").split()
    text = pdf_text(pdf)
    assert "Draft minutes, circulated on 11 May 2026; not yet approved." in text
    assert "The minutes of the meeting of 2 March 2026 were approved as a true record." in text
    assert "Write to the school board" in text
    assert "(agreed on 2026-03-02)" in text
    assert "overdue" in text
    assert "2026-04-15" in text
    for words in ("Chair", "Tariq Shah", "Imran Khattak"):
        assert words in text


def test_approved_minutes_show_attendance_quorum_agenda_and_amendments_without_draft(
    store: Store, liaison: Committee
) -> None:
    meetings.add_amendment(store, liaison.first, "Item 1: Wednesday, not Tuesday.", "A typo.")
    pdf = reports.minutes_report(store, liaison.first)
    text = " ".join(pdf_text(pdf).split())
    assert "DRAFT" not in pdf_text(pdf, mode="-raw").split()
    assert "These minutes were approved at the meeting of 4 May 2026." in text
    assert "Quorum: 3 voting members. 4 of 5 were present, so the meeting was quorate." in text
    assert "Present (4)" in text
    assert "Apologies Fawad Afridi" in text
    assert "Girls now train every Tuesday." in text
    assert "Buy a second set of kit." in text
    assert "Presented by Nadia Masih" in text
    assert "Item 1: Wednesday, not Tuesday." in text
    assert "A typo." in text
    assert "Hidden Person" not in text  # withdrew consent: counted, not named
    assert "Not named here, at their request: 1." in text
    assert "Signatures" in text
    assert pdf_pages(pdf) >= 1


def test_minutes_never_name_a_chair_presenter_or_owner_who_withdrew_consent(
    store: Store, liaison: Committee
) -> None:
    for person in (liaison.chair, liaison.member):
        factories.change_person(store, person, consent_withdrawn_on=date(2026, 6, 1))
    words = " ".join(pdf_text(reports.minutes_report(store, liaison.first)).split())
    assert "Tariq Shah" not in words  # the chair: in the header and over the signature line
    assert "Nadia Masih" not in words  # who presented the item and owns the action
    assert "Chair (not named)" in words
    assert "Presented by (not named)" in words
    assert "Write to the school board (not named)" in words
    assert "Imran Khattak" in words  # the secretary kept their consent


def test_minutes_and_sign_in_sheets_give_a_title_or_organisation_never_a_community(
    store: Store, liaison: Committee
) -> None:
    factories.change_person(store, liaison.chair, community="Pashtun")
    words = " ".join(pdf_text(reports.minutes_report(store, liaison.first)).split())
    assert "Tariq Shah Chair —" in words
    assert "Pashtun" not in words
    sheet = pdf_text(reports.sign_in_report(store, meeting_id=liaison.second, blank_rows=0))
    assert "Tariq Shah" in sheet
    assert "Pashtun" not in sheet


def test_minutes_embed_every_font_as_a_subset(store: Store, liaison: Committee) -> None:
    fonts = pdf_fonts(reports.minutes_report(store, liaison.first, language="ur"))
    names = {f.name.split("+")[-1] for f in fonts}
    assert {"NotoSans-Regular", "NotoNastaliqUrdu-Regular", "NotoNastaliqUrdu-Bold"} <= names
    assert all(f.embedded and f.subset for f in fonts), fonts


def test_urdu_minutes_have_urdu_labels(store: Store, liaison: Committee) -> None:
    pdf = reports.minutes_report(store, liaison.second, language="ur")
    text = pdf_text(pdf)
    for words in ("رودادِ اجلاس", "حاضری", "اقدامات", "دستخط"):  # minutes, attendance, ...
        assert words in text
    assert "Tariq Shah" in text
    assert "Attendance" not in text


def test_minutes_print_on_us_letter_when_asked(store: Store, liaison: Committee) -> None:
    a4 = pdf_info(reports.minutes_report(store, liaison.first))
    letter = pdf_info(reports.minutes_report(store, liaison.first, paper=reports.Paper.LETTER))
    assert a4["Page size"].startswith("595.276 x 841.89")
    assert letter["Page size"].startswith("612 x 792")


def test_a_report_in_a_language_without_translations_is_refused(
    store: Store, liaison: Committee
) -> None:
    with pytest.raises(UserError, match="is not one of them"):
        reports.minutes_report(store, liaison.first, language="fr")


def test_minutes_of_a_deleted_meeting_are_not_found(store: Store, liaison: Committee) -> None:
    records.delete_record(store, "meeting", liaison.second)
    with pytest.raises(NotFoundError):
        reports.minutes_report(store, liaison.second)


def test_the_sign_in_sheet_prints_the_members_in_landscape(
    store: Store, liaison: Committee
) -> None:
    pdf = reports.sign_in_report(store, meeting_id=liaison.second, blank_rows=3)
    text = pdf_text(pdf)
    for name in ("Tariq Shah", "Imran Khattak", "Nadia Masih", "Fawad Afridi"):
        assert name in text
    assert "Hidden Person" not in text
    assert "I agree to take part" in text
    assert "Signature" in text
    width, _, height = pdf_info(pdf)["Page size"].split()[:3]
    assert float(width) > float(height)


def test_the_sign_in_sheet_prints_as_many_blank_rows_as_its_bound(
    store: Store, liaison: Committee
) -> None:
    def rows(blank_rows: int) -> int:  # each row offers "Photos" to tick
        pdf = reports.sign_in_report(store, meeting_id=liaison.second, blank_rows=blank_rows)
        return pdf_text(pdf).count("Photos")

    assert rows(MOST_BLANK_ROWS) - rows(0) == MOST_BLANK_ROWS


@pytest.mark.parametrize("rows", [-1, MOST_BLANK_ROWS + 1, 1_000_000])
def test_a_sign_in_sheet_past_its_blank_rows_bound_is_refused_before_it_is_made(
    store: Store, liaison: Committee, rows: int
) -> None:
    refused(
        store,
        lambda: reports.sign_in_report(store, meeting_id=liaison.second, blank_rows=rows),
        f"A sign-in sheet has 0 to {MOST_BLANK_ROWS} blank rows",
    )


@pytest.fixture
def coaching(store: Store) -> tuple[CityId, ActivityId]:
    city = factories.city(store, "Mardan", "PK")
    activity = factories.activity(store, city, title="Cricket for peace")
    children = [
        factories.person(store, name=name, city_id=city, gender=gender, birth_year=None,
                         age_band=AgeBand.UNDER_15, consent_by=ConsentGiver.GUARDIAN,
                         community="Par Hoti")
        for name, gender in (("Asad", Gender.MALE), ("Sana", Gender.FEMALE))
    ]  # fmt: skip
    counts = [ParticipationCount(Gender.FEMALE, 7, AgeBand.FROM_15, "Par Hoti")]
    factories.change_activity(store, activity, participants=children, counts=counts)
    return city, activity


def test_the_activity_report_breaks_participation_down(
    store: Store, coaching: tuple[CityId, ActivityId]
) -> None:
    text = " ".join(pdf_text(reports.activity_report(store, coaching[1]), mode="-layout").split())
    assert "Cricket for peace" in text
    assert "Registered by name: 2; counted without names: 7; in all: 9." in text
    assert "female 8" in text
    assert "male 1" in text  # the tables, by gender
    assert "Par Hoti 9" in text
    assert "Asad" not in text  # children are counted, not named


def test_an_outward_activity_report_suppresses_small_counts(
    store: Store, coaching: tuple[CityId, ActivityId]
) -> None:
    pdf = reports.activity_report(store, coaching[1], outward=True)
    text = " ".join(pdf_text(pdf, mode="-layout").split())
    assert "People who took part: 9." in text
    assert "female hidden male <5" in text  # 1 man, and the 8 women that would give him away


def test_the_key_figures_report_gives_the_figures_and_how_they_were_counted(
    store: Store, liaison: Committee, coaching: tuple[CityId, ActivityId]
) -> None:
    query = FigureQuery(date(2026, 1, 1), date(2026, 10, 31), outward=True)
    figures = compute_figures(store, query)
    pdf = reports.key_figures_report(
        store, query, highlights=["A new committee met."], acknowledgement="Thanks to our funders."
    )
    text = " ".join(pdf_text(pdf).split())
    total = figures.figures[next(iter(figures.figures))].total
    assert f"People engaged: {total}" in text
    assert "A new committee met." in text
    assert "Thanks to our funders." in text
    assert "How each figure was counted" in text
    assert "<5" in text
    assert "1 January 2026 to 31 October 2026" in text


def test_the_action_tracker_lists_open_and_overdue_actions(
    store: Store, liaison: Committee
) -> None:
    text = " ".join(pdf_text(reports.action_tracker_report(store, city_id=liaison.city)).split())
    assert "Open actions: 1, of which overdue: 1." in text
    assert "Mardan Liaison Committee" in text
    assert "Write to the school board" in text
    assert "224 days late" in text  # due 15 April, printed 25 November


def test_the_action_tracker_lists_an_adopted_plans_open_actions_beside_the_committees(
    store: Store, liaison: Committee
) -> None:
    def plan(title: str, actions: tuple[tuple[str, PlanActionStatus], ...]) -> PreventionPlanId:
        entries = tuple(
            PlanActionEntry(None, None, PlanActionInput(
                text, owner_id=liaison.member, due_on=date(2026, 10, 1), status=status))
            for text, status in actions
        )  # fmt: skip
        with store.write() as tx:
            return plans.save_prevention_plan_in(
                tx,
                PreventionPlanRecord(None, PlanHeader(liaison.city, title), None, actions=entries),
            )

    adopted = plan("Plan of Mardan", (
        ("Set up a rumour-reporting line", PlanActionStatus.IN_PROGRESS),
        ("Train imams and teachers together", PlanActionStatus.DONE),
    ))  # fmt: skip
    with store.write() as tx:
        plans.adopt_in(tx, PreventionPlan, adopted, date(2026, 6, 1))
    plan("Draft plan of Mardan", (("Map the city's youth clubs", PlanActionStatus.PLANNED),))

    text = " ".join(pdf_text(reports.action_tracker_report(store, city_id=liaison.city)).split())
    assert "Open actions: 2, of which overdue: 2." in text  # the committee's and the plan's
    assert "Mardan Liaison Committee" in text
    assert "Plan of Mardan (plan version 1)" in text
    assert "Set up a rumour-reporting line" in text
    assert "Train imams and teachers together" not in text  # done
    assert "Map the city's youth clubs" not in text  # a draft's
    urdu = " ".join(pdf_text(reports.action_tracker_report(store, city_id=liaison.city,
                                                          language="ur")).split())  # fmt: skip
    # pdftotext finds the gaps between words from glyph positions: Nastaliq's narrow space,
    # in a phrase set inside an English heading, it sometimes reads as none
    letters = re.sub(r"[\s\u202a-\u202c]+", "", urdu)
    assert "منصوبےکانسخہ" in letters, urdu  # "(plan version 1)" in Urdu
    assert "Plan of Mardan" in urdu


def test_the_city_plan_shows_the_profile_and_the_plan_with_its_actions(
    store: Store, liaison: Committee
) -> None:
    with store.write() as tx:
        profile = plans.save_risk_profile_in(tx, RiskProfileRecord(
            None, PlanHeader(liaison.city, "Risks of Mardan"), (),
            (FactorEntry(None, RiskFactorInput(
                FactorKind.THREAT, "Rumours after market incidents", "Par Hoti", Level.HIGH,
                Level.HIGH,
            )),),
        ))  # fmt: skip
        plans.save_prevention_plan_in(tx, PreventionPlanRecord(
            None, PlanHeader(liaison.city, "Plan of Mardan"), profile,
            actions=(PlanActionEntry(None, None, PlanActionInput(
                "Set up a rumour-reporting line", owner_id=liaison.member,
                due_on=date(2027, 3, 1),
            )),),
        ))  # fmt: skip
    text = " ".join(pdf_text(reports.city_plan_report(store, liaison.city)).split())
    assert "Risks of Mardan" in text
    assert "Rumours after market incidents" in text
    assert "Plan of Mardan" in text
    assert "Set up a rumour-reporting line" in text
    assert "Nadia Masih" in text
    assert "2027-03-01" in text

    factories.change_person(store, liaison.member, consent_withdrawn_on=date(2026, 6, 1))
    text = " ".join(pdf_text(reports.city_plan_report(store, liaison.city)).split())
    assert "Nadia Masih" not in text
    assert "Set up a rumour-reporting line (not named)" in text


def test_reports_offered_follow_the_meeting_status() -> None:
    kinds = reports.ReportKind
    assert reports.meeting_reports(MeetingStatus.HELD) == (kinds.MINUTES, kinds.SIGN_IN)
    assert reports.meeting_reports(MeetingStatus.CANCELLED) == ()
    assert reports.activity_reports(MeetingStatus.PLANNED) == (kinds.ACTIVITY, kinds.SIGN_IN)


def test_the_key_figures_report_gives_the_support_given_in_the_period(
    store: Store, liaison: Committee
) -> None:
    colombo = factories.city(store, "Colombo", "LK")
    expert = factories.person(store, name="Dr. Meena Iyer", expertise="Counter-narratives")
    grants = [
        (liaison.city, "1500000", "PKR", GrantStatus.DISBURSED, date(2026, 2, 1)),
        (liaison.city, "500000", "PKR", GrantStatus.APPROVED, date(2026, 9, 1)),
        (liaison.city, "700000", "PKR", GrantStatus.CANCELLED, date(2026, 3, 1)),
        (colombo, "2000000", "LKR", GrantStatus.APPROVED, date(2026, 5, 1)),
        (colombo, "999", "LKR", GrantStatus.APPROVED, date(2025, 5, 1)),  # before the period
    ]
    for city, amount, currency, status, starts in grants:
        grant = GrantInput(city, "Youth centre", Decimal(amount), currency, status,
                           starts_on=starts, ends_on=starts + timedelta(days=60))  # fmt: skip
        factories.written(store, support.save_grant_in, GrantRecord(None, grant))
    for city, starts in ((liaison.city, date(2026, 4, 1)), (colombo, date(2026, 6, 1))):
        advice = AdviceInput(city, expert, "Counter-narratives", starts)
        factories.written(store, support.save_advice_in, AdviceRecord(None, advice))
    consultation = factories.meeting(store, colombo, kind=MeetingKind.CONSULTATION)
    raised = FindingInput(FindingCategory.PRIORITY, "A channel to the ministry",
                          PriorityArea.NATIONAL_LOCAL_COOPERATION)  # fmt: skip
    factories.written(store, plans.add_finding_in, consultation, raised)

    query = FigureQuery(date(2026, 1, 1), date(2026, 10, 31), outward=True)
    # raw: the tables stand two to a row, each read row by row (a long label on two lines)
    text = pdf_text(reports.key_figures_report(store, query), mode="-raw")

    assert "Support given" in text.splitlines()
    words = " ".join(text.split())
    assert "Disbursed PKR 1 1,500,000.00" in words
    assert "Approved PKR 1 500,000.00" in words
    assert "Approved LKR 1 2,000,000.00" in words  # the grant of 2025 is left out
    assert "Cancelled PKR 1 700,000.00" in words
    # the number of grants given is the one a grants indicator counts
    assert "Total, cancelled grants left out PKR 2 2,000,000.00" in words
    # a currency with one row has no total row repeating it
    assert "Total, cancelled grants left out LKR" not in words
    assert "Expert advice City Advice given" in words
    assert "Colombo (Sri Lanka) 1" in words
    assert "Mardan (Pakistan) 1" in words
    assert "National-local cooperation Findings on national-local cooperation" in words
    urdu = pdf_text(reports.key_figures_report(store, query, language="ur"))
    assert "دی گئی معاونت" in urdu  # Support given
    assert "ماہرانہ مشورہ" in urdu  # Expert advice


def test_the_indicators_report_gives_actual_against_target(store: Store) -> None:
    city = factories.city(store, "Mardan", "PK")
    indicator = IndicatorInput(
        "OP1.1", "People engaged in prevention", IndicatorLevel.OUTPUT,
        CountingRule.DISTINCT_PEOPLE, "people_engaged", "gender",
    )  # fmt: skip
    indicator_id = factories.written(
        store, indicators.save_indicator_in, IndicatorRecord(None, indicator)
    )
    target = TargetInput(date(2026, 1, 1), date(2026, 6, 30), 40)
    factories.written(store, indicators.add_target_in, indicator_id, target)
    workshop = factories.meeting(store, city, starts_at=factories.at(2026, 3, 2))
    people = [factories.person(store, name=f"P{n}", gender=Gender.MALE) for n in range(7)]
    factories.attend(store, workshop, [AttendanceInput(p) for p in people])

    query = FigureQuery(date(2026, 1, 1), date(2026, 12, 31), outward=True)
    layout = pdf_text(reports.indicators_report(store, query), mode="-layout")

    lines = [" ".join(line.split()) for line in layout.splitlines()]
    assert "OP1.1 · People engaged in prevention" in lines
    assert "1 January 2026 to 30 June 2026 All member cities 40 7 18%" in lines
    assert "Level output" in lines
    assert "Counting rule different people, each counted once" in lines
    urdu = pdf_text(reports.indicators_report(store, query, language="ur"))
    assert "ہدف کے مقابلے میں اصل" in urdu  # Actual against target
