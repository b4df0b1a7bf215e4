"""The whole story from the command line: a hub and two officers' laptops, each with its own data
folder. The hub sets up and hands out its profile; the officers record meetings and their
attendance and export; the hub checks each laptop's fingerprint, trusts it and imports; the
figures come out right; the hub exports back and all three agree."""

import json
import re
from pathlib import Path
from typing import Any

import pytest

from scdesk import cli
from scdesk.domain.people import CityId
from scdesk.services.places import find_city
from scdesk.store.store import STORE_FILE, Store
from tests import factories

CITIES = "name,name_local,country,is_member\nMardan,مردان,PK,true\n"
HEADING = (
    "name,gender,birth_year,city,stakeholder_type,consent_participation,consent_data,"
    "consent_by,consent_form,consent_on,status\n"
)
CONSENT = "true,true,self,written,2026-02-20"
ATTENDANCE = {
    "one": [
        f"Ayesha Khan,female,1990,Mardan,civil_society,{CONSENT},present",
        f"Imran Ali,male,1975,Mardan,mayor,{CONSENT},present",
        f"Sana Gul,female,2004,Mardan,youth,{CONSENT},present",
        f"Nadia Shah,female,1988,Mardan,other,{CONSENT},apologies",
    ],
    "two": [
        f"زینب بی بی,female,1999,Mardan,womens_group,{CONSENT},present",
        f"Bilal Yousaf,male,1969,Mardan,religious_leader,{CONSENT},present",
    ],
}


class Device:
    def __init__(self, folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.folder = folder
        self.capsys = capsys

    def run(self, *args: str, expect: int = 0) -> str:
        code = cli.main(["--data-dir", str(self.folder), *args])
        out, err = self.capsys.readouterr()
        assert code == expect, out + err
        return out + err

    def figures(self) -> dict[str, Any]:
        figures: dict[str, Any] = json.loads(self.run("figures", "--json"))["figures"]
        return figures

    def fingerprint(self) -> str:
        found = re.search(r"fingerprint: ([0-9A-F-]+)", self.run("device"))
        assert found is not None
        return found.group(1)


def new_hub(folder: Path, capsys: pytest.CaptureFixture[str]) -> Device:
    """A hub in folder/hub, set up, that has Mardan among its cities."""
    hub = Device(folder / "hub", capsys)
    hub.run("setup", "--name", "Hub", "--role", "hub", "--user", "Hub staff")
    (folder / "cities.csv").write_text(CITIES, encoding="utf-8")
    hub.run("import-table", "cities", str(folder / "cities.csv"))
    return hub


def _record_a_meeting(officer: Device, mail: Path, name: str) -> None:
    """A workshop made in the app (its form calls this service), its attendance from a sheet."""
    with Store.open(officer.folder / STORE_FILE) as store:
        city = find_city(store, "Mardan")
        meeting = factories.meeting(store, CityId(city), title=f"Workshop by {name}")
    sheet = mail / f"attendance-{name}.csv"
    sheet.write_text(HEADING + "\n".join(ATTENDANCE[name]) + "\n", encoding="utf-8")
    officer.run("import-table", "attendance", str(sheet), "--meeting", str(meeting))


def test_two_officers_and_a_hub_agree_after_one_round_trip(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mail = tmp_path / "usb-stick"
    mail.mkdir()
    hub = new_hub(tmp_path, capsys)
    officers = {name: Device(tmp_path / name, capsys) for name in ("one", "two")}
    hub.run("profile", "export", str(mail))
    (profile,) = mail.glob("*.scdesk-profile")
    for name, officer in officers.items():
        assert hub.fingerprint() in officer.run("profile", "import", str(profile), "--yes")
        officer.run("setup", "--name", f"Laptop {name}", "--role", "officer",
                    "--user", f"Officer {name}", "--city", "Mardan")  # fmt: skip
        _record_a_meeting(officer, mail, name)
        officer.run("export", "--to", str(mail))

    bundles = sorted(mail.glob("scdesk-Laptop-*.scdesk"))
    assert len(bundles) == 2
    refused = hub.run("import", *map(str, bundles), expect=1)
    for officer in officers.values():  # the hub sees the fingerprint each laptop shows
        assert f"fingerprint {officer.fingerprint()}" in refused
    for bundle in bundles:
        hub.run("trust", str(bundle), "--yes")
    merged = hub.run("import", *map(str, bundles))
    assert merged.count("merged:") == 2

    figures = hub.figures()
    people = figures["people_engaged"]
    assert people["total"] == 5  # Nadia sent apologies
    assert people["breakdowns"]["gender"] == {"female": 3, "male": 2, "another": 0,
                                              "undisclosed": 0}  # fmt: skip
    assert figures["mayors_engaged"]["total"] == 1
    assert figures["youth_reached"]["total"] == 1  # Sana, 21 or 22; Zainab is 26 or 27
    assert figures["events_held"]["total"] == 2
    assert figures["member_cities"]["total"] == 1
    assert "already merged" in hub.run("import", *map(str, bundles))

    for name, officer in officers.items():
        hub.run("export", "--to", str(mail), "--for", f"Laptop {name}")
        (back,) = mail.glob(f"scdesk-Hub-to-Laptop-{name}-*.scdesk")
        assert "merged:" in officer.run("import", str(back))
    assert officers["one"].figures() == officers["two"].figures() == figures
    assert hub.run("conflicts").strip() == "no conflicts"
