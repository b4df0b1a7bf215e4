"""Cities, organisations, committees and memberships."""

from dataclasses import replace
from datetime import date

from sqlalchemy import select

from scdesk.domain.committees import CommitteeInput, CommitteeRecord, MemberRole, MembershipEntry
from scdesk.domain.places import OrganisationInput, OrganisationRecord, Sector
from scdesk.services import committees, places, records
from scdesk.store.models import City, Membership
from scdesk.store.queries.record_detail import committee_detail
from scdesk.store.store import Store
from tests import factories
from tests.conftest import refused


def test_a_city_of_a_country_outside_the_network_is_refused(store: Store) -> None:
    refused(store, lambda: factories.city(store, "Paris", "FR"), "FR is not a country")


def test_a_city_joins_the_network_no_later_than_today(store: Store) -> None:
    refused(store, lambda: factories.city(store, joined_on=date(2027, 1, 1)), "in the future")
    refused(
        store,
        lambda: factories.city(store, is_member=False, joined_on=date(2025, 1, 1)),
        "Only a member city",
    )


def test_a_city_and_its_mayor_refer_to_each_other(store: Store) -> None:
    city_id = factories.city(store, "Trincomalee", "LK", name_local="திருகோணமலை")
    mayor = factories.mayor(store, city_id, name="Samantha Perera")
    factories.change_city(store, city_id, mayor_id=mayor)
    with store.read() as session:
        city = session.get(City, city_id)
    assert city is not None
    assert city.mayor_id == mayor
    assert city.name_local == "திருகோணமலை"


def test_a_deleted_organisation_cannot_be_linked(store: Store) -> None:
    city_id = factories.city(store)
    forum = OrganisationInput("Mardan Youth Forum", Sector.YOUTH, city_id)
    organisation = places.save_organisation(store, OrganisationRecord(None, forum)).id
    records.delete_record(store, "organisation", organisation)
    refused(
        store, lambda: factories.person(store, organisation_id=organisation), "no longer exists"
    )


def test_a_membership_ends_on_or_after_it_starts(store: Store) -> None:
    city_id = factories.city(store)
    committee_id = factories.committee(store, city_id)
    member = factories.person(store)
    factories.seat(store, committee_id, member, MemberRole.SECRETARY, date(2025, 1, 1))
    with store.read() as session:
        detail = committee_detail(session, committee_id)
    assert detail is not None
    seat = detail.memberships[0]
    entry = MembershipEntry(seat.id, member, seat.role, seat.starts_on)

    def leave(on: date) -> None:
        ended = (replace(entry, ends_on=on),)
        committees.save_committee(store, CommitteeRecord(committee_id, detail.committee, ended))

    refused(store, lambda: leave(date(2024, 12, 31)), "before the start date")
    leave(date(2026, 6, 30))
    with store.read() as session:
        assert session.scalars(select(Membership.ends_on)).one() == date(2026, 6, 30)


def test_a_committee_needs_a_name_and_a_language_code(store: Store) -> None:
    city_id = factories.city(store)
    refused(store, lambda: factories.committee(store, city_id, name=""), "Name is required")


def test_a_committee_established_in_the_future_is_refused(store: Store) -> None:
    committee = CommitteeInput(factories.city(store), "Liaison", established_on=date(2027, 1, 1))
    refused(
        store,
        lambda: committees.save_committee(store, CommitteeRecord(None, committee)),
        "The date the committee was established is in the future.",
    )


def test_an_organisation_without_a_name_is_refused(store: Store) -> None:
    nameless = OrganisationInput(" ", Sector.YOUTH, factories.city(store))
    refused(
        store,
        lambda: places.save_organisation(store, OrganisationRecord(None, nameless)),
        "Name is required.",
    )


def test_a_city_without_a_country_is_refused(store: Store) -> None:
    refused(store, lambda: factories.city(store, "Mardan", ""), "Choose the city's country.")
