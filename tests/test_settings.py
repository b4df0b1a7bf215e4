"""Settings come back as stored, typed; whatever does not fit falls back to its default."""

import logging

import pytest

from scdesk.domain.periods import Period
from scdesk.settings import Settings, settings_from


def test_settings_round_trip_through_their_stored_form() -> None:
    settings = Settings(
        ui_language="ur", last_page="meetings", dashboard_period=Period.ALL, backup_keep=4
    )
    assert settings_from(settings.to_dict()) == settings


def test_values_stored_as_text_by_an_ini_file_are_read_back_as_their_types() -> None:
    stored = {"version": "1", "last_page": "people", "backup_keep": "25"}
    assert settings_from(stored) == Settings(last_page="people", backup_keep=25)


def test_a_dashboard_period_stored_by_its_name_is_read_back_as_that_period() -> None:
    stored = {"version": "1", "dashboard_period": "year"}
    assert settings_from(stored).dashboard_period is Period.THIS_YEAR


def test_a_custom_dashboard_period_is_not_kept_since_its_dates_are_not() -> None:
    assert settings_from({"dashboard_period": "custom"}) == Settings()


def test_unusable_values_fall_back_to_the_defaults_and_are_logged(
    caplog: pytest.LogCaptureFixture,
) -> None:
    stored = {"last_page": "nowhere", "backup_keep": "0", "dashboard_period": 3, "other": "x"}
    with caplog.at_level(logging.WARNING, logger="scdesk.settings"):
        assert settings_from(stored) == Settings()
    assert len(caplog.records) == 3
