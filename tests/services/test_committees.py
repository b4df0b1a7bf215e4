"""Saving a committee with its members in one transaction, every rule checked there."""

from dataclasses import replace
from datetime import date

from scdesk.domain.committees import (
    CommitteeInput,
    CommitteeKind,
    CommitteeRecord,
    MemberRole,
    MembershipEntry,
)
from scdesk.services.committees import save_committee
from scdesk.store.queries.record_detail import committee_detail
from scdesk.store.store import Store
from tests import factories
from tests.conftest import refused


def test_a_committee_and_its_members_are_saved_and_a_member_leaves(store: Store) -> None:
    city = factories.city(store)
    chair, member = factories.person(store, name="Ayesha"), factories.person(store, name="Bilal")
    record = CommitteeRecord(
        None,
        CommitteeInput(city, "Local prevention committee", CommitteeKind.LOCAL_PREVENTION),
        (
            MembershipEntry(None, chair, MemberRole.CHAIR, date(2026, 1, 1)),
            MembershipEntry(None, member, MemberRole.MEMBER, date(2026, 1, 1)),
        ),
    )
    saved = save_committee(store, record)
    with store.read() as session:
        detail = committee_detail(session, saved.id)
    assert detail is not None
    assert [(m.name, m.role) for m in detail.memberships] == [
        ("Ayesha", MemberRole.CHAIR),
        ("Bilal", MemberRole.MEMBER),
    ]
    leaving = replace(detail.memberships[1], ends_on=date(2026, 6, 30))
    again = replace(
        record,
        committee_id=saved.id,
        memberships=(
            MembershipEntry(detail.memberships[0].id, chair, MemberRole.CHAIR, date(2026, 1, 1)),
            MembershipEntry(
                leaving.id, member, MemberRole.MEMBER, date(2026, 1, 1), leaving.ends_on
            ),
        ),
    )
    save_committee(store, again)
    with store.read() as session:
        after = committee_detail(session, saved.id)
    assert after is not None
    assert [(m.id, m.ends_on) for m in after.memberships] == [
        (detail.memberships[0].id, None),
        (leaving.id, date(2026, 6, 30)),
    ]


def test_a_membership_ending_before_it_starts_is_refused(store: Store) -> None:
    city = factories.city(store)
    person = factories.person(store)
    record = CommitteeRecord(
        None,
        CommitteeInput(city, "Liaison committee"),
        (MembershipEntry(None, person, starts_on=date(2026, 5, 1), ends_on=date(2026, 4, 1)),),
    )
    refused(store, lambda: save_committee(store, record), "is before the start date")


def test_the_same_person_twice_as_a_current_member_is_refused(store: Store) -> None:
    city = factories.city(store)
    person = factories.person(store)
    twice = (MembershipEntry(None, person), MembershipEntry(None, person, MemberRole.CHAIR))
    record = CommitteeRecord(None, CommitteeInput(city, "Liaison committee"), twice)
    refused(store, lambda: save_committee(store, record), "listed twice as a current member")


def test_a_person_who_left_may_be_seated_again(store: Store) -> None:
    city = factories.city(store)
    person = factories.person(store)
    seats = (
        MembershipEntry(None, person, starts_on=date(2025, 1, 1), ends_on=date(2025, 6, 30)),
        MembershipEntry(None, person, MemberRole.CHAIR, date(2026, 1, 1)),
    )
    saved = save_committee(store, CommitteeRecord(None, CommitteeInput(city, "Liaison"), seats))
    with store.read() as session:
        detail = committee_detail(session, saved.id)
    assert detail is not None
    assert len(detail.memberships) == 2


def test_a_committee_without_a_city_is_refused(store: Store) -> None:
    record = CommitteeRecord(None, CommitteeInput(None, "Liaison committee"))
    refused(store, lambda: save_committee(store, record), "Choose the committee's city.")
