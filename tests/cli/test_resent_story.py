"""The weekly bundle sent again: two officers and a hub export twice before hearing back, and
the bundles arrive in a random order. The second of each pair merges through the command line
with exit 0, changes no record, and says that nothing in it was new; the three data folders end
with the same records and version data."""

import random
from pathlib import Path

import pytest

from scdesk.store.store import STORE_FILE, Store
from tests.cli.test_rule_story import NEW_PERSON, PERSON, _export, _sheet
from tests.cli.test_sync_story import Device, new_hub
from tests.sync.conftest import synced_state
from tests.sync.test_convergence import assert_converged


def _records(device: Device) -> dict[str, list[tuple[object, ...]]]:
    with Store.open(device.folder / STORE_FILE) as store:
        return synced_state(store)


def _deliver(
    order: random.Random, pairs: list[tuple[Device, list[Path]]], tag: str
) -> list[tuple[Device, Path, str]]:
    """Every bundle of pairs imported by its receiver, in a random order; the second of each
    pair to arrive is checked to have changed no record and to say nothing was new."""
    delivery = [(receiver, path, number) for number, (receiver, twins) in enumerate(pairs)
                for path in twins]  # fmt: skip
    order.shuffle(delivery)
    arrived: set[int] = set()
    outcomes = []
    for receiver, path, number in delivery:
        before = _records(receiver)
        said = receiver.run("import", str(path))
        if number in arrived:
            assert "nothing new, all" in said, (tag, said)
            assert "records are already here" in said, (tag, said)
            assert _records(receiver) == before, tag
        else:  # the first of the pair brings a person made on an officer's laptop
            assert "nothing new" not in said, (tag, said)
        arrived.add(number)
        outcomes.append((receiver, path, said))
    return outcomes


@pytest.mark.parametrize("seed", [2, 7])
def test_bundles_sent_twice_merge_once_and_say_nothing_was_new(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], seed: int
) -> None:
    order = random.Random(seed)  # noqa: S311 (an order of delivery, not a secret)
    mail = tmp_path / "mail"
    mail.mkdir()
    hub = new_hub(tmp_path, capsys)
    hub.run("profile", "export", str(mail))
    (profile,) = mail.glob("*.scdesk-profile")
    officers = {name: Device(tmp_path / name, capsys) for name in ("one", "two")}
    for name, officer in officers.items():
        officer.run("profile", "import", str(profile), "--yes")
        officer.run("setup", "--name", f"Laptop {name}", "--role", "officer",
                    "--user", f"Officer {name}", "--city", "Mardan")  # fmt: skip
        (first,) = _export(officer, mail / f"first-{name}")
        hub.run("trust", str(first), "--yes")
        hub.run("import", str(first))
    officers["one"].run("import-table", "people", _sheet(tmp_path, "one.csv", PERSON))
    officers["two"].run("import-table", "people", _sheet(tmp_path, "two.csv", NEW_PERSON))

    up = [(hub, _export(officer, mail / f"up-{name}-a") + _export(officer, mail / f"up-{name}-b"))
          for name, officer in officers.items()]  # fmt: skip
    _deliver(order, up, "to the hub")
    down = [
        (officer, _export(hub, mail / f"down-{name}-a", "--for", f"Laptop {name}")
         + _export(hub, mail / f"down-{name}-b", "--for", f"Laptop {name}"))
        for name, officer in officers.items()
    ]  # fmt: skip
    delivered = _deliver(order, down, "to the officers")

    again = [path for _, path, said in delivered if "nothing new" in said]
    assert len(again) == 2
    stores = [Store.open(device.folder / STORE_FILE) for device in (hub, *officers.values())]
    try:
        for officer_store in stores[1:]:
            assert_converged(stores[0], officer_store)
    finally:
        for store in stores:
            store.close()
