"""The grant and expert advice forms' states read as the records the support services take. No
Qt."""

from datetime import date
from decimal import Decimal
from uuid import UUID

from scdesk.domain.support import GrantStatus, advice_problems, grant_problems
from scdesk.ui.form_records.support import advice_record, grant_record

CITY = "00000000-0000-4000-8000-000000000001"
EXPERT = "00000000-0000-4000-8000-000000000002"


def test_a_grant_is_read_with_its_amount_exact_and_its_currency_in_capitals() -> None:
    state: dict[str, object] = {
        "city_id": CITY, "purpose": " Youth centre ", "amount": "1500.50", "currency": " pkr",
        "status": "disbursed", "organisation_id": None, "approved_on": "2026-01-05",
        "starts_on": "2026-02-01", "ends_on": None,
    }  # fmt: skip
    grant = grant_record(state, None).grant
    assert (str(grant.city_id), grant.purpose, grant.amount, grant.currency, grant.status) == (
        CITY, "Youth centre", Decimal("1500.50"), "PKR", GrantStatus.DISBURSED,
    )  # fmt: skip
    assert (grant.approved_on, grant.starts_on, grant.ends_on) == (
        date(2026, 1, 5), date(2026, 2, 1), None,
    )  # fmt: skip
    assert grant_problems(grant) == []


def test_an_empty_grant_form_reads_as_a_grant_its_rules_refuse() -> None:
    grant = grant_record({"amount": "not a number"}, None).grant
    assert (grant.city_id, grant.amount, grant.status) == (None, Decimal(0), GrantStatus.PROPOSED)
    assert [p.field for p in grant_problems(grant)] == ["city_id", "purpose", "amount", "currency"]


def test_advice_is_read_with_its_expert_and_starts_today_when_no_day_was_given() -> None:
    state: dict[str, object] = {
        "city_id": CITY, "expert_id": [EXPERT, "Meena Iyer"], "topic": " Counter-narratives ",
        "starts_on": None, "ends_on": None, "notes": "  ",
    }  # fmt: skip
    record = advice_record(state, UUID(EXPERT), date(2026, 3, 1))
    advice = record.advice
    assert (str(advice.expert_id), advice.topic, advice.starts_on, advice.notes) == (
        EXPERT, "Counter-narratives", date(2026, 3, 1), None,
    )  # fmt: skip
    assert advice_problems(advice) == []
    nobody = advice_record({"city_id": CITY, "topic": "X"}, None, date(2026, 3, 1)).advice
    assert [p.field for p in advice_problems(nobody)] == ["expert_id"]
