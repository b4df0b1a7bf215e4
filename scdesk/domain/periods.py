"""The periods the dashboard and the reports offer by name."""

from datetime import date, timedelta


def period_bounds(
    choice: str, today: date, custom: tuple[date | None, date | None] = (None, None)
) -> tuple[date | None, date | None]:
    """A period offered by name: the last 12 months ("12m"), this calendar year ("year"),
    everything ("all"), or the days given ("custom")."""
    if choice == "12m":
        return today - timedelta(days=365), today
    if choice == "year":
        return date(today.year, 1, 1), today
    if choice == "custom":
        return custom
    return None, None
