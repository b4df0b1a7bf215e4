"""The periods the dashboard and the reports offer by name."""

from datetime import date, timedelta
from enum import StrEnum


class Period(StrEnum):
    """A period offered by name; the values are how the settings store the dashboard's."""

    LAST_12_MONTHS = "12m"
    THIS_YEAR = "year"
    ALL = "all"
    #: The days the user gives.
    CUSTOM = "custom"


def period_bounds(
    period: Period, today: date, custom: tuple[date | None, date | None] = (None, None)
) -> tuple[date | None, date | None]:
    """The first and last day of a period, None where it is open; named periods end today."""
    match period:
        case Period.LAST_12_MONTHS:
            return today - timedelta(days=365), today
        case Period.THIS_YEAR:
            return date(today.year, 1, 1), today
        case Period.ALL:
            return None, None
        case Period.CUSTOM:
            return custom
