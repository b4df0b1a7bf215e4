"""How dates, times and counts are written in a report, in the report's language."""

from datetime import date, datetime, timedelta

from scdesk.i18n import translate

#: The member countries' offsets from UTC (none of them keeps daylight saving time), so that a
#: meeting stored in UTC prints at the local time it was held, with no time zone database.
UTC_OFFSETS = {
    "AF": timedelta(hours=4, minutes=30),
    "BD": timedelta(hours=6),
    "BT": timedelta(hours=6),
    "IN": timedelta(hours=5, minutes=30),
    "LK": timedelta(hours=5, minutes=30),
    "MV": timedelta(hours=5),
    "NP": timedelta(hours=5, minutes=45),
    "PK": timedelta(hours=5),
}


def month_name(month: int) -> str:
    names = (
        translate("Months", "January"),
        translate("Months", "February"),
        translate("Months", "March"),
        translate("Months", "April"),
        translate("Months", "May"),
        translate("Months", "June"),
        translate("Months", "July"),
        translate("Months", "August"),
        translate("Months", "September"),
        translate("Months", "October"),
        translate("Months", "November"),
        translate("Months", "December"),
    )
    return names[month - 1]


def long_date(day: date | None) -> str:
    """A date in words, as a letter gives it: "25 November 2026"."""
    if day is None:
        return "—"
    #: Translators: {day} and {year} are numbers, {month} the month's name; reorder them as your
    #: language writes dates.
    text = translate("Reports", "{day} {month} {year}")
    return text.format(day=day.day, month=month_name(day.month), year=day.year)


def short_date(day: date | None) -> str:
    """A date in a table: ISO, which reads the same in every language. The left-to-right mark
    keeps it in that order after Urdu words, where the bidi algorithm takes the numbers for
    Arabic ones and the hyphens for neutrals, and would print 2026-03-02 as 02-03-2026."""
    return "\u200e" + day.isoformat() if day else "—"


def local(moment: datetime, country: str) -> datetime:
    """A UTC time as the clock on the wall showed it in the country."""
    return (moment + UTC_OFFSETS.get(country, timedelta(0))).replace(tzinfo=None)


def clock(moment: datetime, country: str) -> str:
    return f"{local(moment, country):%H:%M}"


#: A suppressed count. The left-to-right marks keep it reading "<5" inside Urdu, where the bidi
#: algorithm would otherwise mirror the bracket and set it after the number.
SUPPRESSED = "\u200e<5\u200e"


def count(value: int | None) -> str:
    """A count, or "<5" where an outward report suppresses it."""
    return SUPPRESSED if value is None else f"{value:,}"


def cell_count(value: int | None, *, protects: bool = False) -> str:
    """A count in a breakdown: "<5" where it is under 5, and "hidden" where it was hidden only so
    that a smaller one cannot be worked out (it may well be 5 or more)."""
    if value is None and protects:
        #: Translators: a count left out of a report only so that a smaller one cannot be
        #: worked out from the total; it may be 5 or more.
        return translate("Reports", "hidden")
    return count(value)


def capital(text: str) -> str:
    """A value read as words, with a capital where the language has them ("Female")."""
    return text[:1].upper() + text[1:]


def suppressed_counts() -> str:
    """How an outward report shows its small counts, in a sentence."""
    return translate(
        "Reports",
        "Counts from 1 to 4 are shown as <5, and a count that would reveal one as hidden.",
    )
