"""The periods offered by name, as the dashboard and the key figures report count them."""

from datetime import date

from scdesk.domain.periods import Period, period_bounds

TODAY = date(2026, 11, 25)


def test_the_last_12_months_end_today() -> None:
    assert period_bounds(Period.LAST_12_MONTHS, TODAY) == (date(2025, 11, 25), TODAY)


def test_this_year_runs_from_the_first_of_january_to_today() -> None:
    assert period_bounds(Period.THIS_YEAR, TODAY) == (date(2026, 1, 1), TODAY)


def test_all_time_is_open_at_both_ends() -> None:
    assert period_bounds(Period.ALL, TODAY) == (None, None)


def test_a_custom_period_is_the_days_given() -> None:
    chosen = (date(2026, 3, 1), None)
    assert period_bounds(Period.CUSTOM, TODAY, chosen) == chosen


def test_the_last_complete_quarter_is_the_calendar_quarter_before_todays() -> None:
    last = Period.LAST_QUARTER
    assert period_bounds(last, date(2026, 12, 5)) == (date(2026, 7, 1), date(2026, 9, 30))
    assert period_bounds(last, date(2026, 10, 1)) == (date(2026, 7, 1), date(2026, 9, 30))
    assert period_bounds(last, date(2026, 9, 30)) == (date(2026, 4, 1), date(2026, 6, 30))
    assert period_bounds(last, date(2026, 2, 14)) == (date(2025, 10, 1), date(2025, 12, 31))
    assert period_bounds(last, date(2024, 4, 1)) == (date(2024, 1, 1), date(2024, 3, 31))
