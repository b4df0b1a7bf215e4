"""Two officers record overlapping people and one shared workshop from their own spreadsheets,
without ids: the same person in Latin script on one laptop and in Urdu on the other, a spelling
variant, and people who only look alike (two Ayesha Khans born 14 years apart; Ali Khan and Ali
Hassan). A hub merges both bundles, in both orders: `scdesk duplicates` suggests every true pair
and no pair of different people, and once the pairs are merged the key figures are exact, the
same in both orders."""

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from scdesk.store.models import Meeting
from scdesk.store.store import STORE_FILE, Store
from tests.cli.test_sync_story import CONSENT, Device, new_hub

HEADING = (
    "name,gender,birth_year,city,stakeholder_type,consent_participation,consent_data,"
    "consent_by,consent_form,consent_on,status\n"
)
MEETINGS = (
    "kind,title,city,starts_at_utc,ends_at_utc,venue,language,status\n"
    "workshop,Youth and safety workshop,Mardan,2026-03-02 09:00,2026-03-02 13:00,"
    "Town hall,en,held\n"
    "{own}\n"
)
OWN = {
    "one": "roundtable,Roundtable with elders,Mardan,2026-03-10 09:00,,,en,held",
    "two": "consultation,Consultation with the mayor,Mardan,2026-03-12 09:00,,,ur,held",
}


def _row(name: str, gender: str, born: int, kind: str = "other") -> str:
    return f"{name},{gender},{born},Mardan,{kind},{CONSENT},present"


#: Who each officer wrote down at the shared workshop and at their own meeting.
ATTENDANCE = {
    ("one", "workshop"): [
        _row("Ayesha Khan", "female", 1990, "civil_society"),
        _row("Imran Ali", "male", 1975, "mayor"),
        _row("Sana Gul", "female", 2004, "youth"),
        _row("Zainab Bibi", "female", 1999),
    ],
    ("two", "workshop"): [
        _row("Ayesha Khan", "female", 1990, "civil_society"),
        _row("عمران علی", "male", 1975, "mayor"),
        _row("زینب بی بی", "female", 1999),
        _row("Ayesha Khan", "female", 2004, "youth"),  # another Ayesha Khan
    ],
    ("one", "own"): [
        _row("Laxmi Thapa", "female", 1985),
        _row("Nadia Shah", "female", 1988),
        _row("Ayesha Khan", "female", 1990, "civil_society"),
    ],
    ("two", "own"): [
        _row("Lakshmi Thapa", "female", 1985),
        _row("Bilal Yousaf", "male", 1969, "religious_leader"),
        _row("Ali Khan", "male", 1980),
        _row("Ali Hassan", "male", 1980),
    ],
}
#: Ayesha Khan (1990), Imran Ali, Sana Gul, Zainab Bibi, Ayesha Khan (2004), Laxmi Thapa, Nadia
#: Shah, Bilal Yousaf, Ali Khan, Ali Hassan.
TRUE_PEOPLE, TRUE_MAYORS, TRUE_EVENTS = 10, 1, 3


def _record(officer: Device, name: str, folder: Path) -> None:
    meetings = folder / f"meetings-{name}.csv"
    meetings.write_text(MEETINGS.format(own=OWN[name]), encoding="utf-8")
    officer.run("import-table", "meetings", str(meetings))
    with Store.open(officer.folder / STORE_FILE) as store, store.read() as session:
        ids = {row.kind: row.id for row in session.execute(select(Meeting.kind, Meeting.id))}
    for which, kind in (("workshop", "workshop"), ("own", OWN[name].split(",")[0])):
        sheet = folder / f"attendance-{name}-{which}.csv"
        sheet.write_text(HEADING + "\n".join(ATTENDANCE[(name, which)]) + "\n", encoding="utf-8")
        meeting = next(i for k, i in ids.items() if k.value == kind)
        officer.run("import-table", "attendance", str(sheet), "--meeting", str(meeting))


def _pairs(hub: Device) -> list[dict[str, Any]]:
    document = json.loads(hub.run("duplicates", "--json"))
    pairs: list[dict[str, Any]] = document["candidates"]
    return pairs


def test_two_officers_overlapping_sheets_count_true_after_the_suggested_merges(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mail = tmp_path / "usb-stick"
    mail.mkdir()
    hub = new_hub(tmp_path, capsys)
    hub.run("profile", "export", str(mail / "hub.scdesk-profile"))
    bundles = []
    for name in ("one", "two"):
        officer = Device(tmp_path / name, capsys)
        me = ("--name", f"Laptop {name}", "--role", "officer", "--user", name)
        profile = ("--profile", str(mail / "hub.scdesk-profile"))
        officer.run("setup", *me, *profile, "--city", "Mardan", "--yes")
        _record(officer, name, tmp_path)
        officer.run("export", "--to", str(mail / f"{name}.scdesk"))
        hub.run("trust", str(mail / f"{name}.scdesk"), "--yes")
        bundles.append(mail / f"{name}.scdesk")
    other = Device(tmp_path / "hub-copy", capsys)  # the same hub, merging the other way round
    shutil.copytree(hub.folder, other.folder)
    for device, order in ((hub, bundles), (other, bundles[::-1])):
        for bundle in order:
            said = device.run("import", str(bundle))
            assert "merged:" in said
            device.run("import", str(bundle))  # twice: nothing changes
        assert device.figures()["people_engaged"]["total"] > TRUE_PEOPLE
        assert device.figures()["events_held"]["total"] == TRUE_EVENTS + 1

        pairs = _pairs(device)
        named = sorted(tuple(sorted((p["first"]["name"], p["second"]["name"]))) for p in pairs)
        assert named == sorted([
            ("Ayesha Khan", "Ayesha Khan"), ("Imran Ali", "عمران علی"),
            ("Lakshmi Thapa", "Laxmi Thapa"), ("Youth and safety workshop",) * 2,
            ("Zainab Bibi", "زینب بی بی"),
        ]), named  # fmt: skip
        for pair in pairs:
            device.run("duplicates", "merge", pair["first"]["id"], pair["second"]["id"])
        assert _pairs(device) == []
        figures = device.figures()
        assert figures["people_engaged"]["total"] == TRUE_PEOPLE
        assert figures["mayors_engaged"]["total"] == TRUE_MAYORS
        assert figures["events_held"]["total"] == TRUE_EVENTS
        assert figures["member_cities"]["total"] == 1
