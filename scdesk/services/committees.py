"""Committees and their members."""

from datetime import date

from scdesk.domain.changes import Changes
from scdesk.domain.committees import (
    CommitteeId,
    CommitteeInput,
    MembershipId,
    MembershipInput,
    committee_problems,
    membership_problems,
)
from scdesk.domain.people import PersonId
from scdesk.domain.rules import require
from scdesk.store.models import City, Committee, Membership, Person
from scdesk.store.shapes import values_of
from scdesk.store.store import Store
from scdesk.store.writer import WriteTx


def create_committee(store: Store, committee: CommitteeInput) -> CommitteeId:
    with store.write() as tx:
        return add_committee(tx, committee)


def add_committee(tx: WriteTx, committee: CommitteeInput) -> CommitteeId:
    require(committee_problems(committee, tx.today))
    tx.check(City, committee.city_id)
    return CommitteeId(tx.create(Committee, values_of(committee)))


def update_committee(store: Store, committee_id: CommitteeId, committee: CommitteeInput) -> Changes:
    with store.write() as tx:
        require(committee_problems(committee, tx.today))
        tx.get(Committee, committee_id)
        tx.check(City, committee.city_id)
        tx.update(Committee, committee_id, values_of(committee))
        return tx.changes


def add_member(store: Store, membership: MembershipInput) -> MembershipId:
    with store.write() as tx:
        return add_membership(tx, membership)


def add_membership(tx: WriteTx, membership: MembershipInput) -> MembershipId:
    require(membership_problems(membership))
    tx.check(Committee, membership.committee_id)
    tx.check(Person, membership.person_id)
    return MembershipId(tx.create(Membership, values_of(membership)))


def update_membership(
    store: Store, membership_id: MembershipId, membership: MembershipInput
) -> Changes:
    with store.write() as tx:
        require(membership_problems(membership))
        tx.get(Membership, membership_id)
        tx.check(Person, membership.person_id)
        tx.update(Membership, membership_id, values_of(membership))
        return tx.changes


def end_membership(store: Store, membership_id: MembershipId, on: date) -> Changes:
    """A member leaves: the membership stays on record with its end date."""
    with store.write() as tx:
        record = tx.get(Membership, membership_id)
        require(
            membership_problems(
                MembershipInput(
                    committee_id=CommitteeId(record.committee_id),
                    person_id=PersonId(record.person_id),
                    role=record.role,
                    starts_on=record.starts_on,
                    ends_on=on,
                )
            )
        )
        tx.update(Membership, membership_id, {"ends_on": on})
        return tx.changes
