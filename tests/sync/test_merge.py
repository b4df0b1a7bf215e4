"""The merge: concurrent edits and deletes kept as conflicts, settled the same everywhere."""

from dataclasses import replace
from uuid import UUID

import pytest
from sqlalchemy import delete, select

from scdesk.domain.conflicts import ConflictKind, Keep
from scdesk.domain.meetings import AgendaItemInput, AttendanceInput
from scdesk.services import conflicts, records, sync
from scdesk.store.models import (
    AgendaItem,
    Attendance,
    City,
    DeviceSeen,
    Meeting,
    Person,
    SyncWaiting,
)
from scdesk.store.store import Store
from scdesk.sync import acks
from tests import factories
from tests.sync.conftest import Network, synced_state


def _everyone_has(network: Network, meeting_id: UUID) -> None:
    """Spread the meeting from the first officer to the hub and the second officer."""
    first, second = network.officers
    network.deliver(network.hub, network.send(first, network.hub))
    network.deliver(second, network.send(network.hub, second))
    network.deliver(first, network.send(network.hub, first))
    with second.read() as session:
        assert session.get(Meeting, meeting_id) is not None


def _round(network: Network) -> None:
    """Both officers to the hub, then the hub to both: everyone has everything."""
    first, second = network.officers
    network.deliver(
        network.hub, network.send(first, network.hub), network.send(second, network.hub)
    )
    network.deliver(first, network.send(network.hub, first))
    network.deliver(second, network.send(network.hub, second))


def _title(store: Store, meeting_id: UUID) -> str:
    with store.read() as session:
        meeting = session.get(Meeting, meeting_id)
        assert meeting is not None
        return meeting.title


def test_concurrent_edits_of_one_field_keep_both_values(network: Network) -> None:
    first, second = network.officers
    meeting = factories.meeting(first, network.city, title="Original")
    _everyone_has(network, meeting)
    data = factories.meeting_input(network.city)
    factories.change_meeting(first, meeting, meeting=replace(data, title="Title from one"))
    factories.change_meeting(second, meeting, meeting=replace(data, title="Title from two"))
    _round(network)

    titles = {_title(store, meeting) for store in (network.hub, first, second)}
    assert len(titles) == 1  # the same winner everywhere
    (found,) = conflicts.list_conflicts(network.hub)
    assert (found.table, found.field, found.kind) == ("meeting", "title", ConflictKind.EDIT)
    assert {found.kept.value, found.lost.value} == {'"Title from one"', '"Title from two"'}
    assert found.kept.value == f'"{titles.pop()}"'
    assert {found.kept.device, found.lost.device} == {"Laptop 1", "Laptop 2"}


def test_edits_of_different_fields_merge_without_conflict(network: Network) -> None:
    first, second = network.officers
    meeting = factories.meeting(first, network.city, title="Original", venue="Town hall")
    _everyone_has(network, meeting)
    data = factories.meeting_input(network.city, title="Original", venue="Town hall")
    factories.change_meeting(first, meeting, meeting=replace(data, title="New title"))
    factories.change_meeting(second, meeting, meeting=replace(data, venue="Youth centre"))
    _round(network)
    for store in (network.hub, first, second):
        with store.read() as session:
            merged = session.get(Meeting, meeting)
            assert merged is not None
            assert (merged.title, merged.venue) == ("New title", "Youth centre")
    assert conflicts.list_conflicts(network.hub) == []


def test_a_delete_meeting_an_edit_is_a_conflict_not_a_silent_win(network: Network) -> None:
    first, second = network.officers
    meeting = factories.meeting(first, network.city, title="Original")
    _everyone_has(network, meeting)
    records.delete_record(first, "meeting", meeting)
    data = factories.meeting_input(network.city)
    factories.change_meeting(second, meeting, meeting=replace(data, title="Edited meanwhile"))
    _round(network)

    (found,) = conflicts.list_conflicts(network.hub)
    assert (found.kind, found.field, found.lost.value) == (
        ConflictKind.DELETE, "title", '"Edited meanwhile"',
    )  # fmt: skip
    for store in (network.hub, first, second):
        with store.read() as session:
            kept = session.get(Meeting, meeting)
            assert kept is not None
            assert (kept.deleted, kept.title) == (True, "Edited meanwhile")  # nothing lost


def test_settling_a_conflict_reaches_every_device(network: Network) -> None:
    first, second = network.officers
    meeting = factories.meeting(first, network.city, title="Original")
    _everyone_has(network, meeting)
    data = factories.meeting_input(network.city)
    factories.change_meeting(first, meeting, meeting=replace(data, title="One"))
    factories.change_meeting(second, meeting, meeting=replace(data, title="Two"))
    _round(network)
    (found,) = conflicts.list_conflicts(network.hub)
    losing = found.lost.value.strip('"')
    conflicts.resolve_conflict(network.hub, found.id, Keep.LOST)
    _round(network)
    _round(network)

    assert {_title(store, meeting) for store in (network.hub, first, second)} == {losing}
    for store in (network.hub, first, second):
        assert conflicts.list_conflicts(store) == []
    assert synced_state(first) == synced_state(second) == synced_state(network.hub)


def test_a_record_whose_parent_has_not_arrived_waits_for_it(network: Network) -> None:
    first, second = network.officers
    meeting = factories.meeting(first, network.city)
    network.deliver(network.hub, network.send(first, network.hub))
    item = factories.add_agenda_item(first, meeting, AgendaItemInput("Welcome"))
    network.deliver(network.hub, network.send(first, network.hub))
    # The hub believes the second officer has the meeting (as if a bundle had brought it and
    # been lost afterwards): its bundle carries the agenda item alone.
    with network.hub.read() as session:
        counter = session.scalars(
            select(Meeting.created_counter).where(Meeting.id == meeting)
        ).one()
    with network.hub.write() as tx:
        acks.note_seen(tx, second.device().device_id, {first.device().device_id: counter})
    (result,) = network.deliver(second, network.send(network.hub, second))
    assert (result.counts.new, result.counts.waiting) == (0, 1)
    with second.read() as session:
        assert session.get(AgendaItem, item) is None
    with network.hub.write() as tx:  # the truth comes back with the second officer's bundle
        tx.execute(delete(DeviceSeen).where(DeviceSeen.device_id == second.device().device_id))
    (result,) = network.deliver(second, network.send(network.hub, second))
    assert result.counts.applied_from_waiting == 1
    with second.read() as session:
        assert session.get(AgendaItem, item) is not None
        assert session.scalars(select(SyncWaiting)).all() == []


def test_a_reference_to_a_record_further_down_the_bundle_does_not_wait(
    network: Network, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A city names its mayor, who comes later in the bundle (people after cities) and in
    another chunk of the merge: the city goes in at once, the reference checked at commit."""
    officer = network.officers[0]
    city = factories.city(network.hub, "Swat")
    mayor = factories.mayor(network.hub, city)
    factories.change_city(network.hub, city, mayor_id=mayor)
    monkeypatch.setattr(sync, "CHUNK", 1)
    (result,) = network.deliver(officer, network.send(network.hub, officer))
    assert (result.counts.waiting, result.counts.applied_from_waiting) == (0, 0)
    with officer.read() as session:
        assert session.scalars(select(City.mayor_id).where(City.id == city)).one() == mayor
        assert session.scalars(select(SyncWaiting)).all() == []


def test_a_person_from_another_city_follows_their_attendance_to_the_officer_later(
    network: Network,
) -> None:
    """The officer already acknowledged the hub's writes up to the visitor's creation, when the
    visitor (of another city) was not for this officer; once they attend a meeting of the
    officer's city, the next bundle brings them whole, so the attendance does not wait."""
    officer = network.officers[0]
    swat = factories.city(network.hub, "Swat")
    visitor = factories.person(network.hub, name="Zarina Gul", city_id=swat)
    network.deliver(officer, network.send(network.hub, officer))
    network.deliver(network.hub, network.send(officer, network.hub))  # the hub learns the acks
    with officer.read() as session:
        assert session.get(Person, visitor) is None
    meeting = factories.meeting(network.hub, network.city)
    factories.attend(network.hub, meeting, [AttendanceInput(visitor)], [], None)
    (result,) = network.deliver(officer, network.send(network.hub, officer))
    assert result.counts.waiting == 0
    with officer.read() as session:
        assert session.get(Person, visitor) is not None
        assert session.scalars(select(Attendance.person_id)).all() == [visitor]
    (again,) = network.deliver(officer, network.send(network.hub, officer))
    assert again.counts.new == 0


def test_a_person_and_a_meeting_moved_into_the_officers_city_arrive_whole_with_what_they_hold(
    network: Network,
) -> None:
    """Both were acknowledged by the officer while they were another city's: moved, they come
    whole, the meeting with its older attendance."""
    officer = network.officers[0]
    swat = factories.city(network.hub, "Swat")
    visitor = factories.person(network.hub, name="Zarina Gul", city_id=swat)
    meeting = factories.meeting(network.hub, swat)
    factories.attend(network.hub, meeting, [AttendanceInput(visitor)], [], None)
    network.deliver(officer, network.send(network.hub, officer))
    network.deliver(network.hub, network.send(officer, network.hub))
    with officer.read() as session:
        assert session.get(Meeting, meeting) is None
    factories.change_person(network.hub, visitor, city_id=network.city)
    factories.change_meeting(network.hub, meeting, city_id=network.city)
    (result,) = network.deliver(officer, network.send(network.hub, officer))
    assert result.counts.waiting == 0
    with officer.read() as session:
        assert session.get(Person, visitor) is not None
        assert session.get(Meeting, meeting) is not None
        assert session.scalars(select(Attendance.person_id)).all() == [visitor]


def test_a_record_promised_further_down_that_waits_itself_makes_its_referrers_wait(
    network: Network,
) -> None:
    """The officer's acknowledgements run ahead of its records (as after restoring a backup):
    a visitor comes whole, but their city is missing, so the visitor waits; the attendance
    naming the visitor, met at first by the promise of the later line, waits too, and the
    bundle is merged rather than broken at commit."""
    first, second = network.officers
    meeting = factories.meeting(network.hub, network.city)
    network.deliver(second, network.send(network.hub, second))
    swat = factories.city(first, "Swat")
    network.deliver(network.hub, network.send(first, network.hub))
    with network.hub.read() as session:
        counter = session.scalars(select(City.created_counter).where(City.id == swat)).one()
    with network.hub.write() as tx:
        acks.note_seen(tx, second.device().device_id, {first.device().device_id: counter})
    visitor = factories.person(first, name="Zarina Gul", city_id=swat)
    network.deliver(network.hub, network.send(first, network.hub))
    factories.attend(network.hub, meeting, [AttendanceInput(visitor)], [], None)
    (result,) = network.deliver(second, network.send(network.hub, second))
    assert result.outcome is sync.Outcome.MERGED
    assert result.counts.waiting == 2  # the visitor and their attendance
    with second.read() as session:
        assert session.get(Person, visitor) is None
        assert session.scalars(select(Attendance.person_id)).all() == []
