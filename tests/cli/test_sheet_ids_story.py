"""One workshop recorded from the same spreadsheets on two officers' laptops: the tables carry
ids, so both laptops make the same records, and a hub that merges both bundles, in either order,
counts every person once and the workshop once, with no conflict to review."""

import shutil
import zipfile
from pathlib import Path
from uuid import uuid4

import pytest

from tests.cli.test_sync_story import CONSENT, Device, new_hub

WORKSHOP = uuid4()
PEOPLE = [
    (uuid4(), f"Ayesha Khan,female,1990,Mardan,civil_society,{CONSENT},present"),
    (uuid4(), f"Imran Ali,male,1975,Mardan,mayor,{CONSENT},present"),
    (uuid4(), f"Sana Gul,female,2004,Mardan,youth,{CONSENT},present"),
    (uuid4(), f"Nadia Shah,female,1988,Mardan,other,{CONSENT},apologies"),
]
ATTENDANCE = (
    "person_id,name,gender,birth_year,city,stakeholder_type,consent_participation,consent_data,"
    "consent_by,consent_form,consent_on,status\n"
    + "".join(f"{person},{row}\n" for person, row in PEOPLE)
)
MEETINGS = (
    "id,kind,title,city,starts_at_utc,ends_at_utc,venue,language,status\n"
    f"{WORKSHOP},workshop,Youth and safety workshop,Mardan,2026-03-02 09:00,2026-03-02 13:00,"
    "Town hall,en,held\n"
)


def test_the_same_sheets_on_two_laptops_make_one_workshop_at_the_hub(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mail = tmp_path / "usb-stick"
    mail.mkdir()
    hub = new_hub(tmp_path, capsys)
    hub.run("profile", "export", str(mail))
    (profile,) = mail.glob("*.scdesk-profile")
    sheets = {"meetings": tmp_path / "meetings.csv", "attendance": tmp_path / "attendance.csv"}
    sheets["meetings"].write_text(MEETINGS, encoding="utf-8")
    sheets["attendance"].write_text(ATTENDANCE, encoding="utf-8")
    for name in ("one", "two"):
        officer = Device(tmp_path / name, capsys)
        officer.run("profile", "import", str(profile), "--yes")
        officer.run("setup", "--name", f"Laptop {name}", "--role", "officer",
                    "--user", f"Officer {name}", "--city", "Mardan")  # fmt: skip
        officer.run("import-table", "meetings", str(sheets["meetings"]))
        attendance = str(sheets["attendance"])
        officer.run("import-table", "attendance", attendance, "--meeting", str(WORKSHOP))
        officer.run("export", "--to", str(mail))
    one, two = (next(mail.glob(f"scdesk-Laptop-{name}-*.scdesk")) for name in ("one", "two"))
    for bundle in (one, two):
        hub.run("trust", str(bundle), "--yes")
    other = Device(tmp_path / "hub-copy", capsys)  # the same hub, merging the other way round
    shutil.copytree(hub.folder, other.folder)

    assert "merged:" in hub.run("import", str(one))
    assert "merged:" in hub.run("import", str(two))
    assert "merged:" in other.run("import", str(two))
    assert "merged:" in other.run("import", str(one))
    figures = hub.figures()
    assert figures["people_engaged"]["total"] == 3  # Nadia sent apologies
    assert figures["mayors_engaged"]["total"] == 1
    assert figures["events_held"]["total"] == 1
    assert other.figures() == figures
    for device in (hub, other):
        assert device.run("conflicts").strip() == "no conflicts"
    assert _tables(hub, tmp_path / "hub.zip") == _tables(other, tmp_path / "other.zip")


def _tables(device: Device, path: Path) -> dict[str, bytes]:
    """The tables a hub exports, with names and ids: the same records, whatever the order."""
    device.run("report", "csv", "-o", str(path), "--personal-data", "--yes")
    with zipfile.ZipFile(path) as archive:
        tables = {n: archive.read(n) for n in archive.namelist() if n.endswith(".csv")}
    assert str(WORKSHOP).encode() in tables["meetings.csv"]
    assert all(str(person).encode() in tables["people.csv"] for person, _ in PEOPLE)
    return tables
