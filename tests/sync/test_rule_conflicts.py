"""Edits valid on their own devices that merge into a record breaking a rule: kept and listed
for review on every device, never refused; settled only into a record that keeps the rules."""

from datetime import UTC, date, datetime

import pytest

from scdesk.domain.conflicts import ConflictKind, ConflictStatus, Keep
from scdesk.domain.errors import UserError
from scdesk.domain.figures import FigureKey
from scdesk.domain.indicators import CountingRule, IndicatorInput, IndicatorLevel, IndicatorRecord
from scdesk.domain.people import AgeBand, ConsentGiver
from scdesk.services import conflicts, indicators, reports
from scdesk.services.figures import FigureQuery, compute_figures, figures_document
from scdesk.store.models import City, Person
from scdesk.store.store import Store
from tests import factories
from tests.pdf_tools import pdf_text
from tests.sync.conftest import Network
from tests.sync.test_convergence import assert_converged


def _spread(network: Network) -> None:
    """Everything from everyone to everyone, through the hub."""
    first, second = network.officers
    for officer in (first, second):
        network.deliver(network.hub, network.send(officer, network.hub))
    for officer in (first, second):
        network.deliver(officer, network.send(network.hub, officer))


def _merged(network: Network) -> list[str]:
    """Every exchange until nothing is left, each import's outcome."""
    outcomes = []
    for _ in range(3):
        first, second = network.officers
        for officer in (first, second):
            outcomes += [r.outcome.value for r in network.deliver(
                network.hub, network.send(officer, network.hub))]  # fmt: skip
        for officer in (first, second):
            outcomes += [r.outcome.value for r in network.deliver(
                officer, network.send(network.hub, officer))]  # fmt: skip
    return outcomes


def _rules(store: Store) -> list[conflicts.ConflictView]:
    return [c for c in conflicts.list_conflicts(store) if c.kind is ConflictKind.RULE]


def test_a_city_left_and_given_a_joining_date_at_once_is_kept_for_review(network: Network) -> None:
    first, _ = network.officers
    city = network.city
    _spread(network)
    factories.change_city(first, city, is_member=False)
    factories.change_city(network.hub, city, joined_on=date(2024, 3, 1))
    outcomes = _merged(network)

    assert set(outcomes) == {"merged"}  # nothing refused, nothing held back
    for officer in network.officers:
        assert_converged(network.hub, officer)
    for store in (network.hub, *network.officers):
        with store.read() as session:
            kept = session.get(City, city)
            assert kept is not None
            assert (kept.is_member, kept.joined_on) == (False, date(2024, 3, 1))
        (review,) = _rules(store)
        assert review.sentence is not None
        assert "Only a member city has a date it joined the network." in review.sentence
        assert "set Joined on to 2024-03-01" in review.sentence
        assert "set Member city to no." in review.sentence
        assert "Hub set Joined on" in review.sentence  # every device knows the hub
        assert {review.field, review.other_field} == {"joined_on", "is_member"}
    (at_hub,) = _rules(network.hub)
    assert "Laptop 1 set Member city to no." in (at_hub.sentence or "")


def test_settling_a_rule_conflict_writes_a_record_that_keeps_the_rules_everywhere(
    network: Network,
) -> None:
    first, second = network.officers
    city = network.city
    _spread(network)
    factories.change_city(first, city, is_member=False)
    factories.change_city(network.hub, city, joined_on=date(2024, 3, 1))
    _merged(network)
    (review,) = _rules(second)
    conflicts.resolve_conflict(second, review.id, Keep.LOST)  # keep Laptop 1's change
    assert set(_merged(network)) == {"merged"}
    for store in (network.hub, *network.officers):
        with store.read() as session:
            kept = session.get(City, city)
            assert kept is not None
            assert (kept.is_member, kept.joined_on) == (False, None)
        assert _rules(store) == []
        (settled,) = [
            c for c in conflicts.list_conflicts(store, include_resolved=True)
            if c.kind is ConflictKind.RULE
        ]  # fmt: skip
        assert settled.status is ConflictStatus.RESOLVED


def test_a_minor_with_a_phone_from_two_devices_is_kept_and_the_rest_of_the_bundle_goes_in(
    network: Network,
) -> None:
    first, second = network.officers
    person = factories.person(first, name="Bilal", city_id=network.city)
    _spread(network)
    factories.change_person(first, person, birth_year=None, age_band=AgeBand.FROM_15,
                            phone=None, consent_by=ConsentGiver.GUARDIAN)  # fmt: skip
    factories.change_person(network.hub, person, phone="+92 300 1234567")
    other = factories.person(first, name="Sana", city_id=network.city)
    assert set(_merged(network)) == {"merged"}
    with second.read() as session:
        assert session.get(Person, other) is not None
        merged = session.get(Person, person)
        assert merged is not None
        assert (merged.age_band, merged.phone) == (AgeBand.FROM_15, "+92 300 1234567")
    (review,) = _rules(second)
    assert "under 18" in (review.sentence or "")
    with pytest.raises(UserError):
        conflicts.resolve_conflict(second, review.id, Keep.VALUE, "x")


def test_figures_count_a_record_under_review_as_it_stands_and_say_so(network: Network) -> None:
    first, _ = network.officers
    _spread(network)
    before = compute_figures(network.hub, FigureQuery())
    assert before.under_review == 0
    factories.change_city(first, network.city, is_member=False)
    factories.change_city(network.hub, network.city, joined_on=date(2024, 3, 1))
    _merged(network)
    figures = compute_figures(network.hub, FigureQuery())
    assert figures.under_review == 1
    members = figures.figures[FigureKey.MEMBER_CITIES].total
    assert members == (before.figures[FigureKey.MEMBER_CITIES].total or 0) - 1  # as it stands
    assert figures_document(figures, datetime(2026, 12, 5, tzinfo=UTC))["under_review"] == 1
    indicator = IndicatorInput("OP1.3", "Member cities", IndicatorLevel.OUTPUT,
                               CountingRule.CITIES, "member_cities")  # fmt: skip
    factories.written(network.hub, indicators.save_indicator_in, IndicatorRecord(None, indicator))
    said = "1 records changed on two devices at once wait for review"
    for report in (reports.key_figures_report, reports.indicators_report):
        assert said in " ".join(pdf_text(report(network.hub, FigureQuery())).split())


def test_settling_a_field_conflict_never_leaves_a_record_breaking_a_rule(
    network: Network,
) -> None:
    first, _ = network.officers
    factories.change_city(network.hub, network.city, joined_on=date(2020, 1, 15))
    _spread(network)
    factories.change_city(first, network.city, is_member=False, joined_on=None)
    factories.change_city(network.hub, network.city, is_member=False, joined_on=None)
    factories.change_city(network.hub, network.city, is_member=True, joined_on=date(2020, 1, 15))
    _merged(network)
    (membership,) = [
        c for c in conflicts.list_conflicts(network.hub)
        if c.kind is ConflictKind.EDIT and c.field == "is_member"
    ]  # fmt: skip
    assert (membership.kept.value, membership.lost.value) == ("true", "false")
    preview = conflicts.preview_settlement(network.hub, membership.id, Keep.LOST)
    assert preview.problem == (
        "That would break a rule: Only a member city has a date it joined the network. Give "
        "Joined on, Member city too."
    )
    with pytest.raises(UserError, match="Only a member city has a date"):
        conflicts.resolve_conflict(network.hub, membership.id, Keep.LOST)
    conflicts.resolve_conflict(network.hub, membership.id, Keep.LOST, also={"joined_on": ""})
    assert set(_merged(network)) == {"merged"}
    for store in (network.hub, *network.officers):
        with store.read() as session:
            city = session.get(City, network.city)
            assert city is not None
            assert (city.is_member, city.joined_on) == (False, None)
