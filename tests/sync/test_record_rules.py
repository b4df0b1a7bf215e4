"""A merged record is held to the same rules and limits as one typed into a form."""

from datetime import date
from uuid import uuid4

from scdesk.domain import limits
from scdesk.domain.figures import Dimension
from scdesk.domain.indicators import CountingRule, IndicatorLevel
from scdesk.domain.people import Gender
from scdesk.store import models as m
from scdesk.store.base import Synced
from scdesk.sync.record_rules import coupled_fields, record_problems

TODAY = date(2026, 11, 25)


def _messages(model: type[Synced], row: dict[str, object]) -> list[str]:
    return [p.message for p in record_problems(model, row, TODAY)]


def test_a_bundled_activity_community_is_as_long_as_the_form_allows_and_no_longer() -> None:
    longest = {"activity_id": uuid4(), "community": "x" * limits.NAME}
    assert _messages(m.ActivityCommunity, longest) == []
    longer = longest | {"community": "x" * (limits.NAME + 1)}
    assert _messages(m.ActivityCommunity, longer) == [
        "Community is too long: at most 200 characters."
    ]


def test_a_bundled_headcount_community_is_held_to_the_same_limit() -> None:
    row = {
        "activity_id": uuid4(),
        "gender": Gender.FEMALE,
        "age_band": None,
        "community": "x" * (limits.NAME + 1),
        "count": 3,
    }
    assert _messages(m.ActivityHeadcount, row) == ["Community is too long: at most 200 characters."]


def test_a_bundled_amendment_without_text_is_refused_with_the_forms_sentence() -> None:
    row = {"meeting_id": uuid4(), "text": " ", "reason": None}
    assert _messages(m.MinutesAmendment, row) == ["Amendment is required."]


def test_a_bundled_activity_session_is_held_to_the_limits_of_its_notes() -> None:
    row = {
        "activity_id": uuid4(),
        "held_on": TODAY,
        "topic": "Cricket for peace",
        "notes": "x" * (limits.ITEM + 1),
    }
    assert _messages(m.ActivitySession, row) == ["Notes is too long: at most 2000 characters."]


def test_a_bundled_amendment_with_an_overlong_reason_is_refused() -> None:
    row = {"meeting_id": uuid4(), "text": "Read 12, not 21.", "reason": "x" * (limits.HEADING + 1)}
    assert _messages(m.MinutesAmendment, row) == ["Reason is too long: at most 500 characters."]


def test_a_bundled_indicator_and_target_are_held_to_the_forms_rules() -> None:
    indicator: dict[str, object] = {
        "code": "OP1.2", "name": "Events held", "level": IndicatorLevel.OUTPUT,
        "counting_rule": CountingRule.DISTINCT_PEOPLE, "figure": "events_held",
        "breakdowns": "kind", "baseline": None,
    }  # fmt: skip
    assert _messages(m.Indicator, indicator) == [
        "Events held counts events held, not different people, each counted once: choose that "
        "counting rule."
    ]
    assert _messages(m.Indicator, indicator | {"counting_rule": CountingRule.EVENTS}) == []
    target: dict[str, object] = {
        "period_start": date(2026, 1, 1), "period_end": date(2026, 6, 30), "target": 40,
        "city_id": None, "breakdown": None, "category": "female",
    }  # fmt: skip
    assert _messages(m.IndicatorTarget, target) == [
        "Choose the breakdown the category female belongs to."
    ]
    assert _messages(m.IndicatorTarget, target | {"breakdown": Dimension.GENDER}) == []
    assert coupled_fields(m.Indicator, "counting_rule") == ("figure",)
