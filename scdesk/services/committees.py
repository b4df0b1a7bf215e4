"""Committees and who sits on them."""

from collections.abc import Sequence

from scdesk.domain.committees import (
    CommitteeId,
    CommitteeRecord,
    MembershipEntry,
    MembershipId,
    committee_record_problems,
)
from scdesk.domain.errors import NotFoundError
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
    given = record.committee_id
    new = given is None or tx.unclaimed(Committee, given)
    if given is None or new:
        committee_id = CommitteeId(tx.create(Committee, values_of(committee), record_id=given))
    else:
        committee_id = given
        tx.get(Committee, committee_id)
        tx.update(Committee, committee_id, values_of(committee))
    _save_memberships(tx, committee_id, record.memberships, new=new)
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
        seat_id = entry.membership_id
        if seat_id is not None and seat_id in stored:
            tx.update(Membership, seat_id, values)
            kept.add(seat_id)
        elif seat_id is None or tx.unclaimed(Membership, seat_id):
            values["committee_id"] = committee_id
            kept.add(MembershipId(tx.create(Membership, values, record_id=seat_id)))
        else:  # a seat on another committee, or one removed
            raise NotFoundError()
    for gone in stored - kept:
        tx.delete(Membership, gone)
