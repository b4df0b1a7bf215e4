"""Exporting and importing bundles: incremental, idempotent, in any order, nothing lost."""

import hashlib
import zipfile
from pathlib import Path
from typing import Any

import orjson
import pytest
from sqlalchemy import select

from scdesk.domain.meetings import AttendanceInput
from scdesk.domain.progress import CancelledError, Progress
from scdesk.services import sync
from scdesk.services.sync import Outcome
from scdesk.store.models import Attendance, Meeting, Person, SyncExport
from scdesk.sync import bundle_reader
from tests import factories
from tests.conftest import dump
from tests.sync.conftest import Network, clone, same_store, synced_state


def test_an_officers_records_reach_the_hub_and_come_back_to_the_other_officer(
    network: Network,
) -> None:
    first, second = network.officers
    person = factories.person(first, name="Gul Bano", city_id=network.city)
    meeting = factories.meeting(first, network.city)
    factories.attend(first, meeting, [AttendanceInput(person)], [], None)

    results = network.deliver(network.hub, network.send(first, network.hub))
    assert results[0].outcome is Outcome.MERGED
    assert results[0].counts.new == 3  # the person, the meeting, the attendance
    network.deliver(second, network.send(network.hub, second))
    with second.read() as session:
        assert session.get(Person, person) is not None
        assert session.scalars(select(Attendance.person_id)).all() == [person]


def test_a_bundle_is_a_zip_of_manifest_signature_and_sealed_payload(network: Network) -> None:
    first = network.officers[0]
    factories.person(first, name="Gul Bano")
    bundle = network.send(first, network.hub)
    with zipfile.ZipFile(bundle) as archive:
        names = sorted(info.filename for info in archive.infolist())
        payload = archive.read("payload.bin")
    assert names == ["manifest.json", "manifest.sig", "payload.bin"]
    assert b"Gul Bano" not in payload  # sealed: the names do not show
    assert bundle.name.startswith("scdesk-Laptop-1-to-Hub-2026")


def test_a_cancelled_export_leaves_no_file_and_the_next_one_carries_everything(
    network: Network, tmp_path: Path
) -> None:
    first = network.officers[0]
    people = {factories.person(first, name=f"Person {n}") for n in range(201)}
    outbox = tmp_path / "outbox"
    outbox.mkdir()
    cancelled = Progress()
    cancelled.cancel.set()
    with pytest.raises(CancelledError):
        sync.export_bundle(first, outbox, network.hub.device().device_id, cancelled)
    assert list(outbox.iterdir()) == []
    with first.read() as session:
        assert session.scalars(select(SyncExport.bundle_id)).all() == []

    network.deliver(network.hub, network.send(first, network.hub))
    with network.hub.read() as session:
        assert people <= set(session.scalars(select(Person.id)))


class _CancelBeforeSecondFile(Progress):
    """Cancel pressed while the first of two files was merging."""

    def step(self, done: int, total: int) -> None:
        if (done, total) == (1, 2):
            self.cancel.set()
        super().step(done, total)


def test_cancelling_an_import_keeps_the_files_merged_before_and_nothing_of_the_next(
    network: Network,
) -> None:
    first, second = network.officers
    kept = factories.person(first, name="Gul Bano")
    left = factories.person(second, name="Sadia Akter")
    bundles = [network.send(first, network.hub), network.send(second, network.hub)]
    results = sync.import_bundles(network.hub, bundles, _CancelBeforeSecondFile())
    assert [r.outcome for r in results] == [Outcome.MERGED, Outcome.CANCELLED]
    assert "not imported, the import was cancelled" in results[1].message
    with network.hub.read() as session:
        assert session.get(Person, kept) is not None
        assert session.get(Person, left) is None
    (again,) = network.deliver(network.hub, bundles[1])
    assert again.outcome is Outcome.MERGED


def test_reimporting_a_bundle_says_already_merged_and_changes_nothing(network: Network) -> None:
    first = network.officers[0]
    factories.person(first)
    bundle = network.send(first, network.hub)
    network.deliver(network.hub, bundle)
    before = dump(network.hub)
    results = network.deliver(network.hub, bundle)
    assert results[0].outcome is Outcome.ALREADY
    assert "already merged" in results[0].message
    assert dump(network.hub) == before


def test_a_bundle_merged_by_another_window_while_this_one_waited_is_already_merged(
    network: Network, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another window (or, on PostgreSQL, another computer) on the same store merges the file
    after this import looked for it in the store and before it could write: it is found merged
    when this import's transaction starts, not refused as referring to missing records."""
    factories.person(network.officers[0])
    bundle = network.send(network.officers[0], network.hub)
    window = same_store(network.hub, tmp_path / "window")
    checked = bundle_reader.check_payload

    merged: list[list[str]] = []

    def merged_meanwhile(*args: Any) -> None:
        monkeypatch.setattr(sync, "check_payload", checked)
        assert sync.import_bundles(window, [bundle])[0].outcome is Outcome.MERGED
        merged.append(dump(window))
        checked(*args)

    monkeypatch.setattr(sync, "check_payload", merged_meanwhile)
    (result,) = network.deliver(network.hub, bundle)
    window.close()
    assert result.outcome is Outcome.ALREADY, result.message
    assert "already merged" in result.message
    assert [dump(network.hub)] == merged


def test_exports_carry_only_what_the_receiver_has_not_acknowledged(network: Network) -> None:
    first = network.officers[0]
    factories.person(first, name="One")
    network.deliver(network.hub, network.send(first, network.hub))
    network.deliver(first, network.send(network.hub, first))  # the hub's acknowledgement
    factories.person(first, name="Two")
    second_export = sync.export_bundle(first, network.folder)
    assert second_export.records == 1


def test_a_lost_bundle_leaves_no_gap(network: Network) -> None:
    first = network.officers[0]
    factories.person(first, name="One")
    network.send(first, network.hub)  # lost on the way
    factories.person(first, name="Two")
    network.deliver(network.hub, network.send(first, network.hub))
    with network.hub.read() as session:
        names = sorted(session.scalars(select(Person.name)))
    assert names == ["One", "Two"]


def test_a_newer_bundle_before_an_older_one_keeps_the_newer_value(network: Network) -> None:
    first = network.officers[0]
    meeting = factories.meeting(first, network.city, title="First title")
    early = network.send(first, network.hub)
    factories.change_meeting(
        first, meeting, meeting=factories.meeting_input(network.city, title="Second title")
    )
    late = network.send(first, network.hub)
    network.deliver(network.hub, late, early)
    with network.hub.read() as session:
        assert session.scalars(select(Meeting.title)).all() == ["Second title"]


def test_the_second_bundle_of_two_arriving_first_still_converges(network: Network) -> None:
    first, second = network.officers
    meeting = factories.meeting(first, network.city, title="Before")
    one = network.send(first, network.hub)
    factories.change_meeting(
        first, meeting, meeting=factories.meeting_input(network.city, title="After")
    )
    two = network.send(first, network.hub)
    network.deliver(network.hub, two)
    network.deliver(network.hub, one)
    network.deliver(second, network.send(network.hub, second))
    with second.read() as session:
        assert session.scalars(select(Meeting.title)).all() == ["After"]


def test_the_same_bundles_in_two_orders_give_identical_stores(
    network: Network, tmp_path: Path
) -> None:
    first, second = network.officers
    network.deliver(first, network.send(network.hub, first))
    network.deliver(second, network.send(network.hub, second))
    shared = factories.meeting(first, network.city, title="Shared")
    network.deliver(network.hub, network.send(first, network.hub))
    network.deliver(second, network.send(network.hub, second))
    factories.change_meeting(
        first, shared, meeting=factories.meeting_input(network.city, title="From one")
    )
    factories.change_meeting(
        second, shared, meeting=factories.meeting_input(network.city, title="From two")
    )
    factories.person(second, name="Only on two")
    one, two = network.send(first, network.hub), network.send(second, network.hub)
    # The conflict each hub records is its own write, stamped by its clock: the clone shares the
    # hub's stopped clock, so that the two stores can be compared whole.
    other_hub = clone(network.hub, tmp_path / "other-hub")
    network.deliver(network.hub, one, two)
    sync.import_bundles(other_hub, [two, one])
    assert synced_state(network.hub) == synced_state(other_hub)
    other_hub.close()


def test_the_import_log_records_each_file_its_hash_and_its_outcome(network: Network) -> None:
    first = network.officers[0]
    factories.person(first, name="Logged")
    bundle = network.send(first, network.hub)
    cut = bundle.with_name("cut.scdesk")
    cut.write_bytes(bundle.read_bytes()[:100])
    network.deliver(network.hub, bundle, bundle, cut)
    log = network.hub.folder / "logs" / "imports.jsonl"
    entries = [orjson.loads(line) for line in log.read_bytes().splitlines()]
    assert [e["outcome"] for e in entries] == ["merged", "already_merged", "refused"]
    digest = hashlib.sha256(bundle.read_bytes()).hexdigest()
    assert [e["sha256"] for e in entries] == [
        digest,
        digest,
        hashlib.sha256(cut.read_bytes()).hexdigest(),
    ]
    assert entries[0]["bundle_id"] == entries[1]["bundle_id"] is not None
    assert entries[0]["counts"]["new"] == 1
    assert entries[0]["sender"] == "Laptop 1"


def test_a_hub_restored_from_an_old_backup_is_told_which_changes_of_which_device_are_missing(
    network: Network, tmp_path: Path
) -> None:
    first = network.officers[0]
    restored = clone(network.hub, tmp_path / "restored")  # the hub as its old backup holds it
    factories.person(first, name="Gul Bano")
    network.deliver(network.hub, network.send(first, network.hub))
    network.deliver(first, network.send(network.hub, first))  # the officer learns the hub has it
    factories.person(first, name="Sadia Akter")
    try:
        (result,) = network.deliver(restored, network.send(first, restored))
        assert result.outcome is Outcome.MERGED
        (gap,) = result.gaps
        assert "made on Laptop 1 have not arrived yet" in gap
    finally:
        restored.close()
