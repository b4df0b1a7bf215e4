"""What the hub raised for a city with a national body: its rules, the city of what it came
from, and the list's filters."""

from datetime import date
from decimal import Decimal
from functools import partial
from uuid import uuid4

from scdesk.domain.cooperation import RaisingInput, RaisingRecord, RaisingStatus
from scdesk.domain.meetings import MeetingKind
from scdesk.domain.support import GrantInput, GrantRecord
from scdesk.services import cooperation, reports, support
from scdesk.services.figures import FigureQuery
from scdesk.store.queries.raisings import RaisingFilter
from scdesk.store.store import Store
from tests import factories
from tests.conftest import refused
from tests.pdf_tools import pdf_text


def _raising(city_id: object, **extra: object) -> RaisingInput:
    values: dict[str, object] = {
        "city_id": city_id,
        "national_body": "Ministry of Interior",
        "raised_on": date(2026, 10, 2),
        "subject": "A national helpline for families of young people at risk",
    }
    return RaisingInput(**(values | extra))  # type: ignore[arg-type]


def _save(store: Store, raising: RaisingInput, raising_id: object = None) -> object:
    return cooperation.save_raising(store, RaisingRecord(raising_id, raising)).id  # type: ignore[arg-type]


def test_a_raising_is_kept_with_the_grant_it_came_from_and_listed_with_it(store: Store) -> None:
    city_id = factories.city(store)
    grant = GrantInput(city_id, "Youth centre refit", Decimal("1500.00"), "USD")
    grant_id = support.save_grant(store, GrantRecord(None, grant)).id
    raising_id = _save(store, _raising(city_id, grant_id=grant_id))
    [row] = cooperation.raisings(store, RaisingFilter())
    assert (row.id, row.city, row.national_body, row.status) == (
        raising_id,
        "Mardan",
        "Ministry of Interior",
        RaisingStatus.RAISED,
    )
    assert row.source is not None
    assert (row.source.table, row.source.name) == ("support_grant", "Youth centre refit")


def test_an_edit_by_id_changes_the_status_and_outcome(store: Store) -> None:
    city_id = factories.city(store)
    given = uuid4()
    assert _save(store, _raising(city_id), given) == given
    answered = _raising(city_id, status=RaisingStatus.ACTED_ON, outcome="Helpline funded")
    _save(store, answered, given)
    [row] = cooperation.raisings(store, RaisingFilter())
    assert (row.id, row.status, row.outcome) == (given, RaisingStatus.ACTED_ON, "Helpline funded")


def test_each_rule_is_refused_with_its_sentence(store: Store) -> None:
    city_id = factories.city(store)
    cases = [
        (_raising(None), "Choose the city"),
        (_raising(city_id, national_body="  "), "National body is required"),
        (_raising(city_id, raised_on=None), "Give the day it was raised"),
        (_raising(city_id, raised_on=date(2026, 11, 26)), "is in the future"),
        (_raising(city_id, subject=""), "What was raised is required"),
        (_raising(city_id, outcome="x" * 20_001), "Outcome is too long"),
    ]
    for raising, sentence in cases:
        refused(store, partial(_save, store, raising), sentence)


def test_what_it_came_from_must_be_of_the_same_city(store: Store) -> None:
    mardan = factories.city(store)
    other = factories.city(store, "Trincomalee", "LK")
    meeting = factories.meeting(store, other, kind=MeetingKind.CONSULTATION)
    refused(
        store,
        lambda: _save(store, _raising(mardan, meeting_id=meeting)),
        "The meeting chosen was held in another city.",
    )
    assert _save(store, _raising(other, meeting_id=meeting))


def test_the_list_filters_by_city_body_status_period_and_text(store: Store) -> None:
    mardan = factories.city(store)
    trinco = factories.city(store, "Trincomalee", "LK")
    _save(store, _raising(mardan))
    _save(store, _raising(mardan, national_body="National Youth Commission",
                          raised_on=date(2026, 6, 1), status=RaisingStatus.ANSWERED,
                          outcome="A pilot in two districts"))  # fmt: skip
    _save(store, _raising(trinco, national_body="Ministry of Interior", subject="Early warning",
                          raised_on=date(2026, 3, 9)))  # fmt: skip

    def subjects(**wanted: object) -> list[tuple[str, date]]:
        rows = cooperation.raisings(store, RaisingFilter(**wanted))  # type: ignore[arg-type]
        return [(row.city, row.raised_on) for row in rows]

    assert subjects() == [
        ("Mardan", date(2026, 10, 2)), ("Mardan", date(2026, 6, 1)),
        ("Trincomalee", date(2026, 3, 9)),
    ]  # fmt: skip
    assert subjects(city_id=trinco) == [("Trincomalee", date(2026, 3, 9))]
    assert subjects(national_body="national youth commission") == [("Mardan", date(2026, 6, 1))]
    assert subjects(status=RaisingStatus.RAISED, city_id=mardan) == [("Mardan", date(2026, 10, 2))]
    assert subjects(period_from=date(2026, 5, 1), period_to=date(2026, 9, 30)) == [
        ("Mardan", date(2026, 6, 1))
    ]
    assert subjects(search="PILOT") == [("Mardan", date(2026, 6, 1))]
    assert cooperation.bodies(store) == ["Ministry of Interior", "National Youth Commission"]


def test_the_key_figures_count_the_raisings_of_the_period_by_status(store: Store) -> None:
    mardan = factories.city(store)
    raisings = [
        (date(2026, 2, 1), RaisingStatus.ACTED_ON),
        (date(2026, 5, 1), RaisingStatus.ACTED_ON),
        (date(2026, 6, 1), RaisingStatus.DECLINED),
        (date(2026, 10, 1), RaisingStatus.RAISED),
        (date(2025, 12, 31), RaisingStatus.ANSWERED),  # before the period
    ]
    for day, status in raisings:
        _save(store, _raising(mardan, raised_on=day, status=status))

    query = FigureQuery(date(2026, 1, 1), date(2026, 10, 31), outward=False)
    layout = pdf_text(reports.key_figures_report(store, query), mode="-layout")

    lines = [" ".join(line.split()) for line in layout.splitlines()]
    assert "Raised with national bodies" in lines
    start = lines.index("Raised with national bodies")
    table = [line for line in lines[start:] if line.split()[-1:] and line.split()[-1].isdigit()]
    assert table[:4] == ["Raised 1", "Acted on 2", "Declined 1", "Total 4"]
    urdu = pdf_text(reports.key_figures_report(store, query, language="ur"))
    assert "قومی اداروں کے سامنے اٹھائے گئے معاملات" in urdu  # Raised with national bodies
