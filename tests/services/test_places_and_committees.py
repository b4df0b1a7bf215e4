"""Cities, organisations, committees and memberships."""

from datetime import date

from sqlalchemy import select

from scdesk.domain.committees import MemberRole, MembershipInput
from scdesk.domain.places import OrganisationInput, Sector
from scdesk.services import committees, places, records
from scdesk.store.models import City, Membership
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
    places.set_mayor(store, city_id, mayor)
    with store.read() as session:
        city = session.get(City, city_id)
    assert city is not None
    assert city.mayor_id == mayor
    assert city.name_local == "திருகோணமலை"


def test_a_deleted_organisation_cannot_be_linked(store: Store) -> None:
    city_id = factories.city(store)
    organisation = places.create_organisation(
        store, OrganisationInput("Mardan Youth Forum", Sector.YOUTH, city_id)
    )
    records.delete_record(store, "organisation", organisation)
    refused(
        store, lambda: factories.person(store, organisation_id=organisation), "no longer exists"
    )


def test_a_membership_ends_on_or_after_it_starts(store: Store) -> None:
    city_id = factories.city(store)
    committee_id = factories.committee(store, city_id)
    member = factories.person(store)
    membership = committees.add_member(
        store, MembershipInput(committee_id, member, MemberRole.SECRETARY, date(2025, 1, 1))
    )
    refused(
        store,
        lambda: committees.end_membership(store, membership, date(2024, 12, 31)),
        "before the start date",
    )
    committees.end_membership(store, membership, date(2026, 6, 30))
    with store.read() as session:
        assert session.scalars(select(Membership.ends_on)).one() == date(2026, 6, 30)


def test_a_committee_needs_a_name_and_a_language_code(store: Store) -> None:
    city_id = factories.city(store)
    refused(store, lambda: factories.committee(store, city_id, name=""), "Name is required")
