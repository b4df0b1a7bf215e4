"""The Support page's figures: grants and advice by city, status and period, their totals by
city, status and currency (never converted), and the expert pool."""

from datetime import date
from decimal import Decimal

from scdesk.domain.people import CityId
from scdesk.domain.support import (
    AdviceInput,
    AdviceRecord,
    GrantInput,
    GrantRecord,
    GrantStatus,
    SupportTotal,
)
from scdesk.services.support import save_advice, save_grant, support_overview
from scdesk.store.queries.support_lists import SupportFilter
from scdesk.store.store import Store
from tests import factories
from tests.conftest import refused


def _grant(
    store: Store, city: CityId, amount: str, currency: str, status: GrantStatus, starts: date
) -> None:
    grant = GrantInput(city, "Youth centre", Decimal(amount), currency, status, starts_on=starts)
    save_grant(store, GrantRecord(None, grant))


def test_grants_are_totalled_by_city_status_and_currency_without_conversion(
    store: Store,
) -> None:
    mardan = factories.city(store, "Mardan", "PK")
    jaffna = factories.city(store, "Jaffna", "LK")
    day = date(2026, 3, 1)
    _grant(store, mardan, "1500.50", "PKR", GrantStatus.DISBURSED, day)
    _grant(store, mardan, "499.50", "PKR", GrantStatus.DISBURSED, day)
    _grant(store, mardan, "200", "USD", GrantStatus.DISBURSED, day)
    _grant(store, mardan, "900", "PKR", GrantStatus.CANCELLED, day)
    _grant(store, jaffna, "300000", "LKR", GrantStatus.APPROVED, day)

    overview = support_overview(store, SupportFilter())

    assert overview.totals == [
        SupportTotal("Jaffna", GrantStatus.APPROVED, "LKR", 1, Decimal("300000")),
        SupportTotal("Mardan", GrantStatus.DISBURSED, "PKR", 2, Decimal("2000.00")),
        SupportTotal("Mardan", GrantStatus.DISBURSED, "USD", 1, Decimal("200")),
        SupportTotal("Mardan", GrantStatus.CANCELLED, "PKR", 1, Decimal("900")),
    ]
    assert len(overview.grants) == 5


def test_the_filters_narrow_the_lists_and_their_totals(store: Store) -> None:
    mardan = factories.city(store, "Mardan", "PK")
    jaffna = factories.city(store, "Jaffna", "LK")
    _grant(store, mardan, "100", "PKR", GrantStatus.DISBURSED, date(2025, 6, 1))
    _grant(store, mardan, "200", "PKR", GrantStatus.DISBURSED, date(2026, 2, 1))
    _grant(store, mardan, "300", "PKR", GrantStatus.PROPOSED, date(2026, 2, 1))
    _grant(store, jaffna, "400", "LKR", GrantStatus.DISBURSED, date(2026, 2, 1))
    expert = factories.person(store, name="Dr. Meena Iyer", expertise="Counter-narratives")
    for city, starts in ((mardan, date(2026, 2, 3)), (jaffna, date(2026, 2, 5))):
        advice = AdviceInput(city, expert, "Counter-narratives", starts)
        save_advice(store, AdviceRecord(None, advice))

    wanted = SupportFilter(mardan, GrantStatus.DISBURSED, date(2026, 1, 1), date(2026, 3, 31))
    overview = support_overview(store, wanted)

    assert [g.amount for g in overview.grants] == [Decimal("200")]
    assert overview.totals == [
        SupportTotal("Mardan", GrantStatus.DISBURSED, "PKR", 1, Decimal("200"))
    ]
    assert [(a.city, a.starts_on) for a in overview.advice] == [("Mardan", date(2026, 2, 3))]


def test_a_grant_for_no_city_or_advice_by_nobody_is_refused(store: Store) -> None:
    city = factories.city(store)
    grant = GrantInput(None, "Youth centre", Decimal(10), "PKR")
    refused(
        store,
        lambda: save_grant(store, GrantRecord(None, grant)),
        "Choose the city the grant supports.",
    )
    advice = AdviceInput(city, None, "Counter-narratives", date(2026, 2, 1))
    refused(
        store,
        lambda: save_advice(store, AdviceRecord(None, advice)),
        "Choose the expert who gave it.",
    )


def test_a_period_ending_before_it_starts_is_refused(store: Store) -> None:
    wanted = SupportFilter(period_from=date(2026, 3, 1), period_to=date(2026, 1, 1))
    refused(store, lambda: support_overview(store, wanted), "before the start date")
