"""Who may carry whose writes: the hub relays everyone's; an officer's laptop sends only its own,
and a bundle that speaks for another device is refused whole, so that device's records still
reach the hub."""

from pathlib import Path

import pytest
from sqlalchemy import select

from scdesk.domain.people import PersonId
from scdesk.domain.versions import DeviceId
from scdesk.services.devices import ensure_device_keys, known_device
from scdesk.services.sync import Outcome
from scdesk.store import migrate
from scdesk.store.models import Person, ThisDevice
from scdesk.store.store import Store
from scdesk.sync.bundle_reader import Limits, open_bundle, read_lines
from scdesk.sync.lines import Incoming, decode_line
from scdesk.sync.manifest import Manifest, Range
from tests import factories
from tests.conftest import dump
from tests.sync.conftest import Network
from tests.sync.crafting import craft, meeting_line, person_line

REFUSED_WRITE = "from Laptop 1 carries a change made by Laptop 2; a device may send only its own"
HUGE = 1 << 40


def opened(receiver: Store, path: Path) -> tuple[Manifest, list[Incoming]]:
    """The manifest and the records of a bundle, as its receiver reads them."""
    me = receiver.device().device_id
    manifest = open_bundle(path, me, known_device(receiver), migrate.revisions(), Limits())
    raws = read_lines(path, manifest, ensure_device_keys(receiver), Limits())
    return manifest, [decode_line(raw, manifest.devices) for raw in raws]


def refused(network: Network, path: Path, message: str) -> None:
    """The hub refuses the file with one sentence holding message, and keeps its store as it was."""
    before = dump(network.hub)
    (result,) = network.deliver(network.hub, path)
    assert result.outcome is Outcome.REFUSED, result.message
    assert message in result.message, result.message
    assert "nothing from it was merged" in result.message
    assert dump(network.hub) == before


def counter(store: Store) -> int:
    """The device's own counter: the last of its writes."""
    with store.read() as session:
        return session.execute(select(ThisDevice.counter)).scalar_one()


def names_at(store: Store) -> set[str]:
    with store.read() as session:
        return set(session.scalars(select(Person.name)))


def one_round_later(network: Network, officer: Store, name: str) -> None:
    """The officer hears from the hub, records a person, and its bundle reaches the hub."""
    network.deliver(officer, network.send(network.hub, officer))
    factories.person(officer, name=name, city_id=network.city)
    (result,) = network.deliver(network.hub, network.send(officer, network.hub))
    assert result.outcome is Outcome.MERGED, result.message


def device_id(store: Store) -> DeviceId:
    return store.device().device_id


@pytest.mark.parametrize("stamped", ["created", "field"])
def test_a_write_stamped_as_another_officers_is_refused_and_that_officer_still_reaches_the_hub(
    network: Network, tmp_path: Path, stamped: str
) -> None:
    first, second = network.officers
    one, two = device_id(first), device_id(second)
    factories.person(second, name="Gul Bano", city_id=network.city)
    network.deliver(network.hub, network.send(second, network.hub))
    if stamped == "created":  # a record made, it says, on the second laptop
        line = person_line(two, counter(second) + 1, name="Forged")
    else:  # the first laptop's own record, with a field written, it says, on the second
        line = person_line(one, 1, name="Forged")
        del line["f"]["title"]  # type: ignore[attr-defined]
        line |= {"u": {"title": ["Dr", two, HUGE, 1 << 40]}, "v": [[one, 1], [two, HUGE]]}
    forged = craft(first, network.hub, tmp_path / "forged.scdesk", [line])

    refused(network, forged, REFUSED_WRITE)

    one_round_later(network, second, "Sana Gul")
    assert names_at(network.hub) == {"Gul Bano", "Sana Gul"}


def test_an_acknowledgement_in_another_officers_name_is_refused_and_changes_nothing(
    network: Network, tmp_path: Path
) -> None:
    first, second = network.officers
    one, two = device_id(first), device_id(second)
    line = person_line(one, 1, name="Own record")
    forged = craft(first, network.hub, tmp_path / "ack.scdesk", [line],
                   covers={one: Range(0, 1), two: Range(0, HUGE)})  # fmt: skip

    refused(network, forged, "from Laptop 1 acknowledges changes made by Laptop 2; a device may")

    factories.person(second, name="Gul Bano", city_id=network.city)
    (result,) = network.deliver(network.hub, network.send(second, network.hub))
    assert result.outcome is Outcome.MERGED, result.message
    back = network.send(network.hub, second)
    manifest, _ = opened(second, back)
    assert manifest.seen[two] == counter(second)  # what the hub holds of it, no more
    one_round_later(network, second, "Sana Gul")
    assert names_at(network.hub) == {"Gul Bano", "Sana Gul"}


@pytest.mark.parametrize("held", [True, False])
def test_a_vector_claiming_more_of_another_officers_writes_than_the_hub_holds_is_refused(
    network: Network, tmp_path: Path, held: bool
) -> None:
    first, second = network.officers
    one, two = device_id(first), device_id(second)
    person = factories.person(second, name="Gul Bano", city_id=network.city)
    network.deliver(network.hub, network.send(second, network.hub))
    if held:  # the first laptop's edit of a record the hub has, claiming the second's future
        line = {"t": "person", "i": person.hex, "o": two, "c": counter(second), "h": 1 << 40,
                "v": [[two, HUGE], [one, 1]], "f": {},
                "u": {"community": ["Hoti", one, 1, 1 << 41]}}  # fmt: skip
    else:  # a record of its own that has "seen" the second laptop's writes
        line = person_line(one, 1, name="Forged") | {"v": [[one, 1], [two, 1]]}
    forged = craft(first, network.hub, tmp_path / "vector.scdesk", [line])

    refused(network, forged, "from Laptop 1 claims changes made by Laptop 2 that this device")

    network.deliver(second, network.send(network.hub, second))
    factories.change_person(second, person, community="Takht Bhai")
    network.deliver(network.hub, network.send(second, network.hub))
    with network.hub.read() as session:
        stored = session.get(Person, person)
        assert stored is not None
        assert stored.community == "Takht Bhai"


def test_a_forged_record_that_would_wait_is_refused_at_once_not_with_the_bundle_it_waits_for(
    network: Network, tmp_path: Path
) -> None:
    first, second = network.officers
    one, two = device_id(first), device_id(second)
    committee = factories.committee(second, network.city)  # not at the hub yet
    line = meeting_line(one, 1, network.city, committee_id=committee.hex)
    forged = craft(first, network.hub, tmp_path / "waiting.scdesk",
                   [line | {"v": [[one, 1], [two, 1]]}])  # fmt: skip

    refused(network, forged, "from Laptop 1 claims changes made by Laptop 2 that this device")

    (result,) = network.deliver(network.hub, network.send(second, network.hub))
    assert result.outcome is Outcome.MERGED, result.message
    assert result.counts.new == 1


def test_an_officer_sends_only_its_own_writes_after_the_hub_relayed_others(
    network: Network,
) -> None:
    first, second = network.officers
    two = device_id(second)
    from_first = factories.person(first, name="Gul Bano", city_id=network.city)
    network.deliver(network.hub, network.send(first, network.hub))
    from_hub = factories.person(network.hub, name="Imran Ali", city_id=network.city)
    network.deliver(second, network.send(network.hub, second))
    factories.change_person(second, from_first, community="Hoti")
    factories.change_person(second, from_hub, community="Takht Bhai")
    own = factories.person(second, name="Sana Gul", city_id=network.city)

    bundle = network.send(second, network.hub)
    manifest, records = opened(network.hub, bundle)
    assert set(manifest.covers) == {two}
    assert {record.id for record in records} == {from_first, from_hub, own}
    for record in records:
        assert {record.write(name).device for name in record.values} == {two}, record.table
        assert record.whole == (record.id == own)  # the others are partial: its fields only
        if record.whole:
            assert record.created.device == two
    (result,) = network.deliver(network.hub, bundle)
    assert result.outcome is Outcome.MERGED, result.message

    network.deliver(first, network.send(network.hub, first))
    assert communities(first, [from_first, from_hub]) == ["Hoti", "Takht Bhai"]
    assert communities(network.hub, [from_first, from_hub]) == ["Hoti", "Takht Bhai"]
    assert "Sana Gul" in names_at(first)


def communities(store: Store, people: list[PersonId]) -> list[str | None]:
    with store.read() as session:
        rows = session.scalars(select(Person).where(Person.id.in_(people)))
        found = {row.id: row.community for row in rows}
    return [found[person] for person in people]
