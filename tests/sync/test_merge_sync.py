"""Merges travel in bundles and converge: the same pair merged on two devices, in opposite
directions, or a chain across devices ends with one and the same survivor everywhere; a record
that arrives later naming a merged-away record follows it to the kept one; dismissals travel;
what a bundle brings is searched for duplicates at once."""

from uuid import UUID

from sqlalchemy import select

from scdesk.domain.duplicates import DuplicateKind
from scdesk.domain.meetings import AttendanceInput
from scdesk.domain.people import PersonId
from scdesk.services.duplicates import find_duplicates
from scdesk.services.merges import dismiss_pair, merge_records
from scdesk.store.models import Attendance, DuplicateDismissal, Person
from scdesk.store.store import Store
from tests import factories
from tests.sync.conftest import Network
from tests.sync.test_convergence import assert_converged


def _everyone_has_everything(net: Network) -> None:
    for _ in range(2):
        for officer in net.officers:
            net.deliver(net.hub, net.send(officer, net.hub))
        for officer in net.officers:
            net.deliver(officer, net.send(net.hub, officer))
    for officer in net.officers:
        assert_converged(net.hub, officer)


def _shared_people(net: Network, *names: str) -> list[PersonId]:
    people = [factories.person(net.hub, name=name, city_id=net.city) for name in names]
    for officer in net.officers:
        net.deliver(officer, net.send(net.hub, officer))
    return people


def _live(store: Store) -> set[UUID]:
    with store.read() as session:
        return set(session.scalars(select(Person.id).where(Person.deleted.is_(False))))


def _merged_into(store: Store, person: UUID) -> UUID | None:
    with store.read() as session:
        row = session.get(Person, person)
        assert row is not None
        return row.merged_into


def test_the_same_pair_merged_on_two_devices_leaves_one_survivor(network: Network) -> None:
    a, b = _shared_people(network, "Zainab Bibi", "Zainab Bibi")
    merge_records(network.officers[0], a, b)
    merge_records(network.officers[1], a, b)
    _everyone_has_everything(network)
    for store in (network.hub, *network.officers):
        assert _live(store) == {a}
        assert _merged_into(store, b) == a


def test_opposite_merges_leave_the_same_one_live_everywhere(network: Network) -> None:
    a, b = _shared_people(network, "Laxmi Thapa", "Lakshmi Thapa")
    merge_records(network.officers[0], a, b)
    merge_records(network.officers[1], b, a)
    _everyone_has_everything(network)
    survivor = min(a, b, key=lambda u: u.int)
    for store in (network.hub, *network.officers):
        assert _live(store) == {survivor}


def test_a_chain_across_devices_ends_in_its_last_record(network: Network) -> None:
    a, b, c = _shared_people(network, "Imran Ali", "Imran Ali Khan", "عمران علی")
    merge_records(network.officers[0], b, a)
    merge_records(network.officers[1], c, b)
    _everyone_has_everything(network)
    for store in (network.hub, *network.officers):
        assert _live(store) == {c}
        assert (_merged_into(store, a), _merged_into(store, b)) == (c, c)


def test_a_record_arriving_later_follows_the_merged_record(network: Network) -> None:
    kept, other = _shared_people(network, "Bilal Yousaf", "بلال یوسف")
    officer = network.officers[0]
    workshop = factories.meeting(officer, network.city)
    factories.attend(officer, workshop, [AttendanceInput(other)])  # not knowing of the merge
    merge_records(network.hub, kept, other)
    _everyone_has_everything(network)
    for store in (network.hub, *network.officers):
        with store.read() as session:
            present = session.scalars(
                select(Attendance.person_id).where(
                    Attendance.deleted.is_(False), Attendance.meeting_id == workshop
                )
            ).all()
        assert present == [kept]


def test_a_dismissal_travels(network: Network) -> None:
    ali, hassan = _shared_people(network, "Ali Khan", "Ali Hassan")
    dismiss_pair(network.officers[0], ali, hassan)
    dismiss_pair(network.officers[1], hassan, ali)
    _everyone_has_everything(network)
    for store in (network.hub, *network.officers):
        with store.read() as session:
            assert len(session.scalars(select(DuplicateDismissal)).all()) == 1


def test_records_merged_from_a_bundle_are_searched_again(network: Network) -> None:
    hub, (officer, _) = network.hub, network.officers
    factories.person(hub, name="Ayesha Khan", city_id=network.city, birth_year=1990)
    factories.person(hub, name="عائشہ خان", city_id=network.city, birth_year=1990)
    assert len(find_duplicates(hub, [DuplicateKind.PERSON])) == 1

    factories.person(officer, name="Laxmi Thapa", city_id=network.city, birth_year=1985)
    factories.person(officer, name="Lakshmi Thapa", city_id=network.city, birth_year=1985)
    network.deliver(hub, network.send(officer, hub))

    assert frozenset(("Laxmi Thapa", "Lakshmi Thapa")) in {
        frozenset((c.first_name, c.second_name))
        for c in find_duplicates(hub, [DuplicateKind.PERSON])
    }
