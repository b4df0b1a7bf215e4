"""The periods the dashboard and the reports offer by name."""

from datetime import date, timedelta
from enum import StrEnum

from scdesk.domain.rules import Problem, date_order
from scdesk.i18n import translate


class Period(StrEnum):
    """A period offered by name; the values are how the settings store the dashboard's."""

    #: The last calendar quarter that has ended: the key figures report's own period.
    LAST_QUARTER = "quarter"
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
        case Period.LAST_QUARTER:
            this_quarter = date(today.year, (today.month - 1) // 3 * 3 + 1, 1)
            end = this_quarter - timedelta(days=1)
            return date(end.year, end.month - 2, 1), end
        case Period.LAST_12_MONTHS:
            return today - timedelta(days=365), today
        case Period.THIS_YEAR:
            return date(today.year, 1, 1), today
        case Period.ALL:
            return None, None
        case Period.CUSTOM:
            return custom


#: The days a period may name: records begin in the network's lifetime, and a report may look
#: ahead to the end of a plan, never to a year no calendar of ours reaches.
EARLIEST_DAY = date(1900, 1, 1)
LATEST_DAY = date(2199, 12, 31)


def period_problems(start: date | None, end: date | None, today: date) -> list[Problem]:
    """A period for the figures: its days within the calendar scdesk keeps, and its first day
    not after its last (an open end is today, so a period starting tomorrow ends before it
    starts)."""
    for field, day in (("period_from", start), ("period_to", end)):
        if day is not None and not EARLIEST_DAY <= day <= LATEST_DAY:
            text = translate("Rules", "{day} is not a date a period can have: choose one between "
                             "{earliest} and {latest}.")  # fmt: skip
            return [Problem(field, text.format(day=day.isoformat(), earliest=EARLIEST_DAY.year,
                                               latest=LATEST_DAY.year))]  # fmt: skip
    return date_order("period_to", start, end or today)
