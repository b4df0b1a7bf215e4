"""A bundle carrying writes the receiver holds already: merged without reading those records
again, leaving the store exactly as a full merge would, and saying what it found already here.
Bundles of the earlier format (zlib) are still read."""

import zipfile
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import orjson
import pytest
from sqlalchemy import select

from scdesk.domain.meetings import AttendanceInput
from scdesk.domain.versions import DeviceId
from scdesk.services import sync
from scdesk.services.sync import Outcome
from scdesk.store.models import Person, ThisDevice
from scdesk.store.store import Store
from scdesk.sync.bundle_reader import read_lines
from scdesk.sync.known import KnownRecords
from scdesk.sync.lines import decode_line
from scdesk.sync.manifest import Range
from tests import factories
from tests.conftest import dump
from tests.sync.conftest import Network, clone, synced_state


class _ReadEverything(KnownRecords):
    """The merge as it was before records known here were recognised: every line decoded."""

    def held_whole(self, covers: Mapping[DeviceId, Range], held: Mapping[DeviceId, int]) -> bool:
        return False

    def unknown(self, lines: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        for raw in lines:
            self.lines += 1
            yield raw


def _officer_records(network: Network) -> None:
    """A person, a meeting and the person's attendance at it, on the first officer's laptop."""
    first = network.officers[0]
    person = factories.person(first, name="Gul Bano", city_id=network.city)
    meeting = factories.meeting(first, network.city)
    factories.attend(first, meeting, [AttendanceInput(person)], [], None)


def test_a_bundle_sent_again_changes_nothing_and_says_what_it_found_here(
    network: Network,
) -> None:
    first = network.officers[0]
    _officer_records(network)
    sent = network.send(first, network.hub)
    again = network.send(first, network.hub)  # the same writes: the hub has not acknowledged
    network.deliver(network.hub, sent)
    before = synced_state(network.hub)

    (result,) = network.deliver(network.hub, again)

    assert result.outcome is Outcome.MERGED
    assert "nothing new, all 3 records are already here" in result.message
    counts = result.counts
    assert (counts.new, counts.updated, counts.conflicts, counts.waiting) == (0, 0, 0, 0)
    assert (counts.unchanged, counts.skipped) == (3, 3)
    assert synced_state(network.hub) == before


def test_the_shortcut_leaves_the_store_as_reading_every_record_does(
    network: Network, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = network.officers[0]
    _officer_records(network)
    sent = network.send(first, network.hub)
    again = network.send(first, network.hub)
    person = factories.person(first, name="Sana Gul", city_id=network.city)
    factories.change_person(first, person, name="Sana Gul Khan")
    more = network.send(first, network.hub)  # the same writes, and some new ones
    network.deliver(network.hub, sent)
    slow = clone(network.hub, tmp_path / "slow")

    quick = [network.deliver(network.hub, bundle)[0] for bundle in (again, more)]
    with monkeypatch.context() as patched:
        patched.setattr(sync, "KnownRecords", _ReadEverything)
        full = [sync.import_bundles(slow, [bundle])[0] for bundle in (again, more)]
    try:
        assert dump(network.hub) == dump(slow)
    finally:
        slow.close()
    assert [r.message for r in quick] == [r.message for r in full]
    assert [r.counts.skipped for r in quick] == [3, 3]
    assert [r.counts.skipped for r in full] == [0, 0]


class _Reads:
    """Counts the payloads read, and the lines read from them."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.payloads = 0
        self.lines = 0

        def counted(*args: Any) -> Iterator[dict[str, Any]]:
            self.payloads += 1
            for raw in read_lines(*args):
                self.lines += 1
                yield raw

        monkeypatch.setattr(sync, "read_lines", counted)


def test_a_bundle_whose_every_write_is_held_here_is_not_read_at_all(
    network: Network, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = network.officers[0]
    _officer_records(network)
    sent = network.send(first, network.hub)
    again = network.send(first, network.hub)
    network.deliver(network.hub, sent)
    before = synced_state(network.hub)
    reads = _Reads(monkeypatch)

    (result,) = network.deliver(network.hub, again)

    assert (reads.payloads, reads.lines) == (0, 0)
    assert "nothing new, all 3 records are already here" in result.message
    assert (result.counts.new, result.counts.skipped, result.counts.unchanged) == (0, 3, 3)
    assert synced_state(network.hub) == before


def test_a_bundle_with_one_new_record_decodes_only_that_one(
    network: Network, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = network.officers[0]
    _officer_records(network)
    network.deliver(network.hub, network.send(first, network.hub))
    factories.person(first, name="Bilal Yousaf", city_id=network.city)
    decoded: list[str] = []

    def counted(raw: Mapping[str, Any], devices: Any) -> Any:
        decoded.append(raw["t"])
        return decode_line(raw, devices)

    monkeypatch.setattr(sync, "decode_line", counted)

    (result,) = network.deliver(network.hub, network.send(first, network.hub))

    assert decoded == ["person"]
    assert (result.counts.new, result.counts.skipped, result.counts.unchanged) == (1, 3, 3)
    assert "1 new, 0 updated, 3 already here" in result.message


@pytest.fixture
def old_copy(network: Network, tmp_path: Path) -> Iterator[Store]:
    """The first officer's store as copied after its first record; the laptop went on to make
    two more, which the hub holds."""
    first = network.officers[0]
    factories.person(first, name="Gul Bano", city_id=network.city)
    copy = clone(first, tmp_path / "old-copy")
    factories.person(first, name="Sana Gul", city_id=network.city)
    factories.person(first, name="Hina Gul", city_id=network.city)
    network.deliver(network.hub, network.send(first, network.hub))
    yield copy
    copy.close()


def test_a_device_back_on_an_old_copy_of_its_store_still_has_its_new_records_merged(
    network: Network, old_copy: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its counter went back, so its new writes bear counters the hub holds already: its
    bundle is read line by line, and the record it made since is merged."""
    person = factories.person(old_copy, name="Bilal Yousaf", city_id=network.city)
    reads = _Reads(monkeypatch)

    (result,) = network.deliver(network.hub, network.send(old_copy, network.hub))

    assert reads.payloads > 0
    assert (result.counts.new, result.counts.skipped) == (1, 1)
    with network.hub.read() as session:
        assert session.get(Person, person) is not None


def test_a_device_back_on_an_old_copy_that_reaches_the_same_counter_has_its_records_merged(
    network: Network, old_copy: Store
) -> None:
    """Its new writes end at the very counter the hub holds of it, so its covered range looks
    like the weekly bundle sent again: its lines differ, so they are read and merged."""
    made = [factories.person(old_copy, name=n, city_id=network.city) for n in ("Bilal", "Asma")]
    assert _counter(old_copy) == _counter(network.officers[0])  # the same counter reached

    (result,) = network.deliver(network.hub, network.send(old_copy, network.hub))

    assert (result.counts.new, result.counts.skipped) == (2, 1)
    with network.hub.read() as session:
        assert all(session.get(Person, person) is not None for person in made)


def test_a_mostly_known_bundle_reads_only_what_is_new(network: Network) -> None:
    first = network.officers[0]
    factories.person(first, name="Gul Bano", city_id=network.city)
    edited = factories.person(first, name="Sana Gul", city_id=network.city)
    factories.meeting(first, network.city)
    network.deliver(network.hub, network.send(first, network.hub))
    factories.change_person(first, edited, name="Sana Gul Khan")
    factories.person(first, name="Bilal Yousaf", city_id=network.city)

    (result,) = network.deliver(network.hub, network.send(first, network.hub))

    counts = result.counts
    assert (counts.new, counts.updated, counts.skipped, counts.unchanged) == (1, 1, 2, 2)
    assert "1 new, 1 updated, 2 already here" in result.message


def _manifest(bundle: Path) -> dict[str, Any]:
    with zipfile.ZipFile(bundle) as archive:
        manifest: dict[str, Any] = orjson.loads(archive.read("manifest.json"))
    return manifest


def test_a_bundle_is_compressed_with_xz_in_format_version_2(network: Network) -> None:
    first = network.officers[0]
    _officer_records(network)
    manifest = _manifest(network.send(first, network.hub))
    assert (manifest["format_version"], manifest["payload"]["compression"]) == (2, "xz")


def test_a_bundle_of_the_earlier_format_compressed_with_zlib_is_still_read(
    network: Network, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = network.officers[0]
    _officer_records(network)
    with monkeypatch.context() as patched:
        patched.setattr(sync, "FORMAT_VERSION", 1)  # what scdesk wrote before version 2
        old = network.send(first, network.hub)
    manifest = _manifest(old)
    assert (manifest["format_version"], manifest["payload"]["compression"]) == (1, "zlib")

    (result,) = network.deliver(network.hub, old)

    assert result.outcome is Outcome.MERGED, result.message
    assert result.counts.new == 3


def _counter(store: Store) -> int:
    with store.read() as session:
        return session.execute(select(ThisDevice.counter)).scalar_one()
