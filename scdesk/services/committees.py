"""Committees and who sits on them."""

from collections.abc import Sequence

from scdesk.domain.committees import (
    CommitteeId,
    CommitteeRecord,
    MembershipEntry,
    MembershipId,
    committee_record_problems,
)
from scdesk.domain.rules import require
from scdesk.services.saved import Saved
from scdesk.store.models import City, Committee, Membership, Person
from scdesk.store.shapes import values_of
from scdesk.store.store import Store
from scdesk.store.writer import WriteTx


def save_committee(store: Store, record: CommitteeRecord) -> Saved[CommitteeId]:
    """Create or change a committee and its seats, all or nothing."""
    with store.write() as tx:
        return Saved(save_committee_in(tx, record), tx.changes)


def save_committee_in(tx: WriteTx, record: CommitteeRecord) -> CommitteeId:
    """Every rule on the committee is checked here, inside the transaction that writes it: the
    ones committee_record_problems states (which the form previews), then that what it links
    to exists."""
    require(committee_record_problems(record, tx.today))
    committee = record.committee
    if committee.city_id is None:
        raise ValueError("committee_record_problems requires the city")
    tx.check(City, committee.city_id)
    if record.committee_id is None:
        committee_id = CommitteeId(tx.create(Committee, values_of(committee)))
    else:
        committee_id = record.committee_id
        tx.get(Committee, committee_id)
        tx.update(Committee, committee_id, values_of(committee))
    _save_memberships(tx, committee_id, record.memberships, new=record.committee_id is None)
    return committee_id


def _save_memberships(
    tx: WriteTx, committee_id: CommitteeId, entries: Sequence[MembershipEntry], *, new: bool
) -> None:
    """Seats keep their ids; new ones are added; seats left out are removed."""
    stored = set() if new else {m.id for m in tx.linked(Membership, "committee_id", committee_id)}
    kept: set[MembershipId] = set()
    for entry in entries:
        tx.check(Person, entry.person_id)
        values = {
            "person_id": entry.person_id,
            "role": entry.role,
            "starts_on": entry.starts_on,
            "ends_on": entry.ends_on,
        }
        if entry.membership_id is not None and entry.membership_id in stored:
            tx.update(Membership, entry.membership_id, values)
            kept.add(entry.membership_id)
        else:
            values["committee_id"] = committee_id
            kept.add(MembershipId(tx.create(Membership, values)))
    for gone in stored - kept:
        tx.delete(Membership, gone)
