"""Edits of fields a rule ties together, made at once on an officer's laptop and on the hub, then
bundles exchanged through the command line in a random order, some twice and one lost: every
import is merged, the three data folders end with the same records and version data, and each
rule the merges broke is listed once, as the same conflict, on every device."""

import random
import re
from datetime import date
from pathlib import Path
from uuid import UUID

import pytest
from sqlalchemy import select

from scdesk.domain.people import AgeBand
from scdesk.store.models import City, Person
from scdesk.store.store import STORE_FILE, Store
from tests.cli.test_sync_story import CONSENT, Device, new_hub
from tests.sync.test_convergence import assert_converged

PERSON = (
    "name,gender,birth_year,city,stakeholder_type,consent_participation,consent_data,"
    f"consent_by,consent_form,consent_on\nSana Gul,female,2000,Mardan,youth,{CONSENT}\n"
)
NEW_PERSON = (
    "name,gender,birth_year,city,stakeholder_type,consent_participation,consent_data,"
    f"consent_by,consent_form,consent_on\nBilal Yousaf,male,1969,Mardan,other,{CONSENT}\n"
)


def _sheet(folder: Path, name: str, text: str) -> str:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def _ids(hub: Device) -> tuple[str, str]:
    with Store.open(hub.folder / STORE_FILE) as store, store.read() as session:
        city = session.scalars(select(City.id)).one()
        person = session.scalars(select(Person.id)).one()
    return str(city), str(person)


def _export(device: Device, folder: Path, *receiver: str) -> list[Path]:
    """The bundle device writes into a folder of its own."""
    folder.mkdir()
    device.run("export", "--to", str(folder), *receiver)
    return list(folder.glob("*.scdesk"))


def _rules(device: Device) -> list[str]:
    """The ids of the open conflicts about a broken rule that `scdesk conflicts` lists."""
    listed = device.run("conflicts")
    return sorted(re.findall(r"^(\w{8})  \S+ of \S+  \(rule, open\)$", listed, re.MULTILINE))


@pytest.mark.parametrize("seed", [3, 11])
def test_coupled_edits_on_an_officer_and_the_hub_never_stall_sync(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], seed: int
) -> None:
    order = random.Random(seed)  # noqa: S311 (an order of delivery, not a secret)
    mail = tmp_path / "mail"
    mail.mkdir()
    hub = new_hub(tmp_path, capsys)
    hub.run("import-table", "people", _sheet(tmp_path, "people.csv", PERSON))
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
        (back,) = _export(hub, mail / f"back-{name}", "--for", f"Laptop {name}")
        officer.run("import", str(back))
    city, person = _ids(hub)

    # At once: officer one says Mardan left the network and records someone new; the hub sets
    # the date Mardan joined; officer two finds Sana is 16 and takes her phone number out, as
    # the rules ask, while the hub adds her phone number.
    one, two = officers["one"], officers["two"]
    one.run("import-table", "cities", _sheet(tmp_path, "left.csv", f"id,is_member\n{city},false\n"))
    one.run("import-table", "people", _sheet(tmp_path, "new.csv", NEW_PERSON))
    minor = f"id,birth_year,age_band,phone,consent_by\n{person},,15-17,,guardian\n"
    two.run("import-table", "people", _sheet(tmp_path, "minor.csv", minor))
    hub.run("import-table", "cities", _sheet(tmp_path, "joined.csv",
                                             f"id,joined_on\n{city},2024-03-01\n"))  # fmt: skip
    hub.run("import-table", "people", _sheet(tmp_path, "phone.csv",
                                             f"id,phone\n{person},+92 300 1234567\n"))  # fmt: skip

    sent: list[tuple[Device, Path]] = []
    lost = False
    for round_number in range(5):
        made = []
        for name, officer in officers.items():
            up = _export(officer, mail / f"round-{round_number}-{name}")
            down = _export(
                hub, mail / f"round-{round_number}-hub-{name}", "--for", f"Laptop {name}"
            )
            made += [(hub, path) for path in up] + [(officer, path) for path in down]
        if not lost:  # one bundle never arrives
            made.pop(order.randrange(len(made)))
            lost = True
        again = order.sample(sent, min(2, len(sent)))  # and two old ones arrive again
        sent += made
        delivery = made + again
        order.shuffle(delivery)
        for receiver, path in delivery:
            outcome = receiver.run("import", str(path))  # exit 0: merged or already merged
            assert "refused" not in outcome

    stores = [Store.open(device.folder / STORE_FILE) for device in (hub, one, two)]
    try:
        for officer_store in stores[1:]:  # the same records, values and writes everywhere
            assert_converged(stores[0], officer_store)
    finally:
        for store in stores:
            store.close()
    listed = [_rules(device) for device in (hub, one, two)]
    assert len(listed[0]) == 2  # the city's membership, Sana's phone
    assert listed[0] == listed[1] == listed[2]
    for device in (hub, one, two):
        assert "Only a member city has a date it joined the network." in device.run("conflicts")
        assert "A person under 18 is recorded without a phone number." in device.run("conflicts")
    with Store.open(two.folder / STORE_FILE) as store, store.read() as session:
        # officer one's new person came through the hub, held back by nothing
        assert sorted(session.scalars(select(Person.name))) == ["Bilal Yousaf", "Sana Gul"]

    # Officer two settles both: Mardan stays a member since 2024; Sana is 16, without a phone.
    refused = two.run("conflicts", "resolve", listed[0][0], "--value", "x", expect=1)
    assert "a rule between two fields" in refused
    for conflict in listed[0]:
        keep = "A" if "city.joined_on" in _line(two, conflict) else "B"
        two.run("conflicts", "resolve", conflict, "--keep", keep)
    for round_number in range(5, 7):
        for name, officer in officers.items():
            for path in _export(officer, mail / f"round-{round_number}-{name}"):
                hub.run("import", str(path))
        for name, officer in officers.items():
            folder = mail / f"round-{round_number}-hub-{name}"
            for path in _export(hub, folder, "--for", f"Laptop {name}"):
                officer.run("import", str(path))
    for device in (hub, one, two):
        assert _rules(device) == []
    with Store.open(hub.folder / STORE_FILE) as store, store.read() as session:
        city_row = session.get(City, UUID(city))
        person_row = session.get(Person, UUID(person))
        assert city_row is not None
        assert person_row is not None
        assert (city_row.is_member, city_row.joined_on) == (True, date(2024, 3, 1))
        assert (person_row.age_band, person_row.phone) == (AgeBand.FROM_15, None)


def _line(device: Device, conflict: str) -> str:
    """The line `scdesk conflicts` gives a conflict."""
    (line,) = [row for row in device.run("conflicts").splitlines() if row.startswith(conflict)]
    return line
