"""Saving a committee as its form edits it: the committee and its memberships, in one
transaction."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from uuid import UUID

from scdesk.domain.committees import (
    CommitteeId,
    CommitteeInput,
    MemberRole,
    MembershipId,
    MembershipInput,
    committee_problems,
    current_member_problems,
    membership_problems,
)
from scdesk.domain.people import PersonId
from scdesk.domain.rules import Problem, require
from scdesk.services.committees import add_committee, add_membership
from scdesk.services.saved import Saved
from scdesk.store.models import City, Committee, Membership, Person
from scdesk.store.shapes import values_of
from scdesk.store.store import Store
from scdesk.store.writer import WriteTx

#: Stands for a committee not saved yet, where a rule needs one.
_UNSAVED = CommitteeId(UUID(int=0))


@dataclass(frozen=True, slots=True)
class MembershipEntry:
    membership_id: MembershipId | None
    person_id: PersonId
    role: MemberRole = MemberRole.MEMBER
    starts_on: date | None = None
    ends_on: date | None = None


@dataclass(frozen=True, slots=True)
class CommitteeRecord:
    committee_id: CommitteeId | None
    committee: CommitteeInput
    memberships: tuple[MembershipEntry, ...] = ()


def committee_record_problems(record: CommitteeRecord, today: date) -> list[Problem]:
    """A membership's problems carry the field "memberships:<row>:<field>"."""
    problems = committee_problems(record.committee, today)
    for row, entry in enumerate(record.memberships):
        problems += [
            Problem(f"memberships:{row}:{p.field}", p.message)
            for p in membership_problems(_input(_UNSAVED, entry))
        ]
    problems += current_member_problems(
        [m.person_id for m in record.memberships if m.ends_on is None]
    )
    return problems


def save_committee(store: Store, record: CommitteeRecord) -> Saved[CommitteeId]:
    with store.write() as tx:
        if record.committee_id is None:
            committee_id = add_committee(tx, record.committee)
        else:
            committee_id = record.committee_id
            require(committee_problems(record.committee, tx.today))
            tx.get(Committee, committee_id)
            tx.check(City, record.committee.city_id)
            tx.update(Committee, committee_id, values_of(record.committee))
        _save_memberships(tx, committee_id, record.memberships)
        return Saved(committee_id, tx.changes)


def _save_memberships(
    tx: WriteTx, committee_id: CommitteeId, entries: Sequence[MembershipEntry]
) -> None:
    stored = {m.id for m in tx.linked(Membership, "committee_id", committee_id)}
    kept = set()
    for entry in entries:
        membership = _input(committee_id, entry)
        if entry.membership_id is not None and entry.membership_id in stored:
            require(membership_problems(membership))
            tx.check(Person, entry.person_id)
            tx.update(
                Membership,
                entry.membership_id,
                {
                    "person_id": entry.person_id,
                    "role": entry.role,
                    "starts_on": entry.starts_on,
                    "ends_on": entry.ends_on,
                },
            )
            kept.add(entry.membership_id)
        else:
            kept.add(add_membership(tx, membership))
    for gone in stored - kept:
        tx.delete(Membership, gone)


def _input(committee_id: CommitteeId, entry: MembershipEntry) -> MembershipInput:
    return MembershipInput(
        committee_id, entry.person_id, entry.role, entry.starts_on, entry.ends_on
    )
