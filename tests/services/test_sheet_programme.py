"""The programme's records through tables: consultation findings, risk profiles and prevention
plans with their parts, grants, advice, raisings, indicators and targets go out in the export with
their ids and join keys, and come back in through import-table as the same records; a file with a
row that breaks a rule is refused whole, naming the row, with the store unchanged."""

import csv
import io
import shutil
import zipfile
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any
from uuid import uuid4

import pytest
from sqlalchemy import select

from scdesk.domain.indicators import (
    CountingRule,
    IndicatorInput,
    IndicatorLevel,
    IndicatorRecord,
    TargetInput,
)
from scdesk.domain.meetings import MeetingKind
from scdesk.domain.plans import (
    FactorEntry,
    FactorKind,
    FindingCategory,
    FindingInput,
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
from scdesk.domain.support import GrantInput, GrantRecord
from scdesk.services import indicators, plans, support
from scdesk.services.sheet_export import SheetFormat, export_sheet_file
from scdesk.services.sheet_import import SheetKind, SheetRefusedError, import_sheet
from scdesk.store.models import (
    ConsultationFinding,
    Indicator,
    RiskFactor,
    RiskProfile,
    SupportGrant,
)
from scdesk.store.store import STORE_FILE, Store
from tests import factories
from tests.conftest import TestClock, refused
from tests.demo_stores import make_demo_template, open_demo_copy

#: The tables of the programme's records, each read back by the import-table kind beside it.
PROGRAMME = {
    "priorities": SheetKind.PRIORITIES, "findings": SheetKind.FINDINGS,
    "risk_profiles": SheetKind.RISK_PROFILES,
    "risk_factors": SheetKind.RISK_FACTORS, "prevention_plans": SheetKind.PREVENTION_PLANS,
    "plan_objectives": SheetKind.PLAN_OBJECTIVES, "plan_actions": SheetKind.PLAN_ACTIONS,
    "grants": SheetKind.GRANTS, "advice": SheetKind.ADVICE, "raisings": SheetKind.RAISINGS,
    "indicators": SheetKind.INDICATORS, "indicator_targets": SheetKind.INDICATOR_TARGETS,
}  # fmt: skip


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_demo_template(tmp_path_factory.mktemp("demo"))


@pytest.fixture
def demo(demo_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Store]:
    folder = tmp_path / "demo"
    folder.mkdir()
    yield from open_demo_copy(demo_template, folder, monkeypatch)


@pytest.fixture
def other(template_store: Path, tmp_path: Path) -> Iterator[Store]:
    """An empty store of another device."""
    folder = tmp_path / "other"
    folder.mkdir()
    shutil.copy(template_store, folder / STORE_FILE)
    with Store.open(folder / STORE_FILE, clock=TestClock()) as store:
        yield store


def _tables(data: bytes) -> dict[str, str]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {
            name.removesuffix(".csv"): archive.read(name).decode("utf-8-sig")
            for name in archive.namelist()
            if name.endswith(".csv")
        }


def _without(table: str, column: str) -> bytes:
    rows = list(csv.reader(io.StringIO(table)))
    drop = rows[0].index(column)
    out = io.StringIO()
    csv.writer(out).writerows(row[:drop] + row[drop + 1 :] for row in rows)
    return out.getvalue().encode()


def _csv(text: str) -> bytes:
    return text.replace("\n", "\r\n").encode()


def _import(store: Store, kind: SheetKind, text: str) -> tuple[int, int, int]:
    summary = import_sheet(store, kind, _csv(text), f"{kind.sheet}.csv")
    return summary.created, summary.updated, summary.unchanged


def test_every_programme_table_comes_back_as_the_same_records_in_another_store(
    demo: Store, other: Store
) -> None:
    tables = _tables(export_sheet_file(demo, SheetFormat.CSV, personal=True))
    workbook = export_sheet_file(demo, SheetFormat.XLSX, personal=True)
    # What the programme's records join: a mayor and a stated total come in once their people
    # and attendance are there, which these records do not need.
    import_sheet(other, SheetKind.CITIES, _without(tables["cities"], "mayor_id"), "c.csv")
    for kind in (SheetKind.ORGANISATIONS, SheetKind.PEOPLE, SheetKind.COMMITTEES):
        import_sheet(other, kind, tables[kind.value].encode(), "t.csv")
    meetings = _without(tables["meetings"], "total_attendance")
    import_sheet(other, SheetKind.MEETINGS, meetings, "m.csv")

    for kind in (SheetKind.PRIORITIES, SheetKind.FINDINGS, SheetKind.RISK_PROFILES,
                 SheetKind.PREVENTION_PLANS, SheetKind.GRANTS, SheetKind.ADVICE,
                 SheetKind.RAISINGS, SheetKind.INDICATORS,
                 SheetKind.INDICATOR_TARGETS):  # fmt: skip
        summary = import_sheet(other, kind, workbook, "tables.xlsx")
        assert summary.created > 0, kind
        assert summary.updated == summary.unchanged == 0, kind

    again = _tables(export_sheet_file(other, SheetFormat.CSV, personal=True))
    for table in PROGRAMME:
        assert tables[table].count("\n") > 1, table
        assert again[table] == tables[table], table
    # Versions keep their numbers and statuses: an adopted version and the draft after it.
    profiles = list(csv.DictReader(io.StringIO(again["risk_profiles"])))
    assert {(p["version"], p["status"]) for p in profiles} == {("1", "adopted"), ("2", "draft")}


def test_a_table_imported_again_changes_nothing(demo: Store) -> None:
    tables = _tables(export_sheet_file(demo, SheetFormat.CSV, personal=True))
    for table, kind in PROGRAMME.items():
        summary = import_sheet(demo, kind, tables[table].encode(), f"{table}.csv")
        assert summary.created == summary.updated == 0, table
        assert summary.unchanged == tables[table].count("\r\n") - 1, table


@pytest.fixture
def town(store: Store) -> dict[str, Any]:
    city = factories.city(store, "Mardan", "PK")
    consultation = factories.meeting(store, city, kind=MeetingKind.CONSULTATION)
    finding = FindingInput(FindingCategory.KEY_NEED, "Safe spaces for young people")
    finding_id = factories.written(store, plans.add_finding_in, consultation, finding)
    header = PlanHeader(city, "Risk profile of Mardan")
    factor = FactorEntry(None, RiskFactorInput(FactorKind.THREAT, "Recruitment online"))
    profile = factories.written(
        store, plans.save_risk_profile_in, RiskProfileRecord(None, header, (), (factor,))
    )
    plan_header = PlanHeader(city, "Prevention plan of Mardan")
    objective = ObjectiveEntry("a", None, "Young people have places to meet")
    action = PlanActionEntry(None, "a", PlanActionInput("Open the youth centre"))
    plan = factories.written(
        store,
        plans.save_prevention_plan_in,
        PreventionPlanRecord(None, plan_header, profile, (consultation,), (objective,), (action,)),
    )
    grant = GrantInput(city, "Youth centre", Decimal("1500.00"), "PKR")
    grant_id = factories.written(store, support.save_grant_in, GrantRecord(None, grant))
    indicator = IndicatorInput(
        "OP1", "People reached", IndicatorLevel.OUTPUT, CountingRule.DISTINCT_PEOPLE,
        "people_engaged", "gender",
    )  # fmt: skip
    indicator_id = factories.written(
        store, indicators.save_indicator_in, IndicatorRecord(None, indicator)
    )
    target = TargetInput(date(2026, 1, 1), date(2026, 6, 30), 100)
    factories.written(store, indicators.add_target_in, indicator_id, target)
    expert = factories.person(store, name="Nadia Rahman", expertise="Prevention plans")
    elsewhere = factories.city(store, "Trincomalee", "LK")
    other_grant = GrantInput(elsewhere, "Radio", Decimal("800.00"), "LKR")
    other_grant_id = factories.written(store, support.save_grant_in, GrantRecord(None, other_grant))
    return {
        "other_grant": other_grant_id,
        "city": city, "consultation": consultation, "finding": finding_id, "profile": profile,
        "plan": plan, "grant": grant_id, "indicator": indicator_id, "expert": expert,
    }  # fmt: skip


def test_a_finding_row_adds_to_its_consultation_and_edits_by_id(
    store: Store, town: dict[str, Any]
) -> None:
    text = (
        "id,meeting_id,category,priority_area,text\n"
        f"{town['finding']},{town['consultation']},key_need,youth_participation,Safe spaces\n"
        f",{town['consultation']},priority,national_local_cooperation,Raise it with the province\n"
    )
    assert _import(store, SheetKind.FINDINGS, text) == (1, 1, 0)
    with store.read() as session:
        found = session.execute(
            select(ConsultationFinding).order_by(ConsultationFinding.position)
        ).scalars()
        rows = [(f.text, f.priority_area, f.city_id, f.position) for f in found]
    assert rows == [
        ("Safe spaces", PriorityArea.YOUTH_PARTICIPATION, town["city"], 1),
        ("Raise it with the province", PriorityArea.NATIONAL_LOCAL_COOPERATION, town["city"], 2),
    ]


def test_a_factor_row_changes_a_draft_profile_and_is_refused_on_an_adopted_one(
    store: Store, town: dict[str, Any]
) -> None:
    with store.read() as session:
        factor = session.execute(select(RiskFactor)).scalar_one()
    text = f"id,profile_id,description,likelihood\n{factor.id},{town['profile']},Online,high\n"
    assert _import(store, SheetKind.RISK_FACTORS, text) == (0, 1, 0)
    factories.written(store, plans.adopt_in, RiskProfile, town["profile"], date(2026, 3, 1))
    edited = text.replace("Online", "Recruitment through social media")
    refused(
        store,
        lambda: _import(store, SheetKind.RISK_FACTORS, edited),
        "row 2: This version is adopted or superseded: start a new version to change it.",
    )
    assert _import(store, SheetKind.RISK_FACTORS, text) == (0, 0, 1)


def test_a_grant_row_changes_only_the_columns_the_file_has(
    store: Store, town: dict[str, Any]
) -> None:
    text = f"id,amount,status\n{town['grant']},2000.50,approved\n"
    assert _import(store, SheetKind.GRANTS, text) == (0, 1, 0)
    with store.read() as session:
        grant = session.get(SupportGrant, town["grant"])
        assert grant is not None
        assert (grant.amount, grant.currency, grant.purpose) == (
            Decimal("2000.50"), "PKR", "Youth centre",
        )  # fmt: skip


@pytest.mark.parametrize(
    ("kind", "rows", "said"),
    [
        (SheetKind.FINDINGS, "meeting_id,category,text\n{consultation},concern,\n",
         "row 2: Finding is required."),
        (SheetKind.FINDINGS, "meeting_id,text\n{consultation},Jobs\n",
         "row 2: Fill category: a new record needs it."),
        (SheetKind.RISK_PROFILES,
         "city_id,title,status,adopted_on,review_on\n"
         "{city},Risk profile,adopted,2026-03-01,2026-02-01\n",
         "row 2: The review date comes after the date it was adopted."),
        (SheetKind.RISK_FACTORS, "profile_id,kind,description\n{profile},threat,\n",
         "row 2: Description is required."),
        (SheetKind.PREVENTION_PLANS, "city_id,title\n{city},\n", "row 2: Title is required."),
        (SheetKind.PLAN_OBJECTIVES, "plan_id,text\n{plan},Jobs\n{plan},\n",
         "row 3: Objective is required."),
        (SheetKind.PLAN_ACTIONS,
         "plan_id,text,starts_on,due_on\n{plan},Open the centre,2026-05-01,2026-04-01\n",
         "row 2: The end date (2026-04-01) is before the start date (2026-05-01)."),
        (SheetKind.GRANTS, "city_id,purpose,amount,currency\n{city},Centre,-100,PKR\n",
         "row 2: The amount must be above zero."),
        (SheetKind.GRANTS, "city_id,purpose,amount,currency\n{city},Centre,a lot,PKR\n",
         "row 2: a lot in amount is not an amount such as 1500.50."),
        (SheetKind.GRANTS, 'city_id,purpose,amount,currency\n{city},Centre,"1500,50",PKR\n',
         "row 2: 1500,50 in amount is not an amount such as 1500.50."),
        (SheetKind.ADVICE,
         "city_id,expert_id,topic,starts_on,ends_on\n"
         "{city},{expert},Early warning,2026-05-03,2026-05-01\n",
         "row 2: The end date (2026-05-01) is before the start date (2026-05-03)."),
        (SheetKind.ADVICE, "city_id,topic,starts_on\n{city},Early warning,2026-05-03\n",
         "row 2: Fill expert_id: a new record needs it."),
        (SheetKind.RAISINGS,
         "city_id,national_body,raised_on,subject\n"
         "{city},Ministry of Interior,2026-10-01,Helpline\n{city},,2026-10-01,Helpline\n",
         "row 3: National body is required."),
        (SheetKind.RAISINGS, "city_id,national_body,subject\n{city},Ministry of Interior,Jobs\n",
         "row 2: Fill raised_on: a new record needs it."),
        (SheetKind.RAISINGS,
         "city_id,national_body,raised_on,subject,grant_id\n"
         "{city},Ministry of Interior,2026-10-01,Helpline,{other_grant}\n",
         "row 2: The support grant chosen is for another city."),
        (SheetKind.INDICATORS,
         "code,name,level,counting_rule,figure,breakdowns\n"
         "OP2,Youth reached,output,distinct_people,youth_reached,\"gender,shoe_size\"\n",
         "row 2: shoe_size: not a breakdown scdesk can give."),
        (SheetKind.INDICATORS,
         "code,name,level,counting_rule,figure\nOP2,Cities,output,events,member_cities\n",
         "row 2: Member cities counts member cities, each counted once, not events held: choose "
         "that counting rule."),
        (SheetKind.INDICATORS, "code,name,level,figure\nOP2,Likes,output,likes\n",
         "row 2: Fill counting_rule: a new record needs it."),
        (SheetKind.INDICATOR_TARGETS,
         "indicator,period_start,period_end,target\nOP1,2026-07-01,2026-12-31,-5\n",
         "row 2: Target cannot be negative."),
        (SheetKind.INDICATOR_TARGETS,
         "indicator_id,period_start,period_end,target\n"
         "{indicator},2026-12-31,2026-07-01,50\n",
         "row 2: The end date (2026-07-01) is before the start date (2026-12-31)."),
    ],
)  # fmt: skip
def test_a_file_with_a_bad_row_is_refused_whole_naming_the_row(
    store: Store, town: dict[str, Any], kind: SheetKind, rows: str, said: str
) -> None:
    text = rows.format(**town)
    refused(store, lambda: _import(store, kind, text), said)


def test_a_new_indicator_without_a_counting_rule_takes_its_figures(store: Store) -> None:
    sheet = "code,name,level,figure,breakdowns\nOP3.1,Grants,output,grants_awarded,status\n"
    assert _import(store, SheetKind.INDICATORS, sheet) == (1, 0, 0)
    with store.read() as session:
        stored = session.scalars(select(Indicator)).one()
    assert (stored.figure, stored.counting_rule) == ("grants_awarded", CountingRule.GRANTS)


def test_a_profile_comes_in_with_its_factors_and_a_bad_factor_is_named_by_its_table(
    store: Store, town: dict[str, Any]
) -> None:
    profile, factor = uuid4(), uuid4()
    versions = (
        f"id,city_id,title,status,adopted_on\n{profile},{town['city']},Second,adopted,2026-05-01\n"
    )
    factors = f"id,profile_id,kind,description\n{factor},{profile},threat,Land disputes\n"

    def zipped(factor_rows: str, version_rows: str = versions) -> bytes:
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as archive:
            archive.writestr("risk_profiles.csv", _csv(version_rows))
            archive.writestr("risk_factors.csv", _csv(factor_rows))
        return out.getvalue()

    bad = factors + f",{profile},threat,\n"
    refused(
        store,
        lambda: import_sheet(store, SheetKind.RISK_PROFILES, zipped(bad), "tables.zip"),
        "risk_factors row 3: Description is required.",
    )
    untitled = versions.replace(",Second,", ",,")
    error = refused(
        store,
        lambda: import_sheet(store, SheetKind.RISK_PROFILES, zipped(factors, untitled), "t.zip"),
        "row 2: Title is required.",
    )
    assert isinstance(error, SheetRefusedError)
    assert len(error.problems) == 1  # its factor's row waits for it, unread
    summary = import_sheet(store, SheetKind.RISK_PROFILES, zipped(factors), "tables.zip")
    assert (summary.rows, summary.created) == (2, 2)
    with store.read() as session:
        stored = session.get(RiskProfile, profile)
        assert stored is not None
        assert (stored.status, stored.version) == (PlanStatus.ADOPTED, 2)
        kept = session.execute(select(RiskFactor).where(RiskFactor.profile_id == profile))
        assert [(f.id, f.description) for f in kept.scalars()] == [(factor, "Land disputes")]


def test_a_new_adopted_version_is_refused_where_the_city_has_one_adopted(
    store: Store, town: dict[str, Any]
) -> None:
    factories.written(store, plans.adopt_in, RiskProfile, town["profile"], date(2026, 3, 1))
    text = f"city_id,title,status,adopted_on\n{town['city']},Another,adopted,2026-04-01\n"
    refused(
        store,
        lambda: _import(store, SheetKind.RISK_PROFILES, text),
        "row 2: The city has an adopted version already: add this one as a draft, then adopt it.",
    )
    assert _import(
        store, SheetKind.RISK_PROFILES, text.replace("adopted,2026-04-01", "draft,")
    ) == (1, 0, 0)
