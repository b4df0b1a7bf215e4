"""Commands given what they cannot do (a period past the calendar, a folder that does not exist, a
full disk, a database that cannot be reached, a mistyped option): each is refused with one
sentence on standard error and exit 1, never the crash code, and the store is left as it was."""

import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest

from scdesk.domain.devices import DeviceRole, DeviceSetup
from scdesk.services.first_run import set_up_device
from scdesk.store.store import BACKUP_FOLDER, Store
from tests import factories
from tests.cli.running import scdesk
from tests.conftest import dump
from tests.sync.conftest import Network, make_network


@pytest.fixture
def hub(store: Store) -> Store:
    set_up_device(store, DeviceSetup("Hub", DeviceRole.HUB, "Hub staff"))
    factories.person(store, name="Gul Bano")
    return store


def test_a_period_past_the_calendar_or_ending_before_it_starts_is_refused(
    hub: Store, tmp_path: Path
) -> None:
    before = dump(hub)
    cases = {
        ("--from", "9999-12-31"): "9999-12-31 is not a date a period can have",
        ("--from", "9999-12-31", "--to", "9999-12-31"): "9999-12-31 is not a date",
        (
            "--from",
            "2026-03-01",
            "--to",
            "2026-02-01",
        ): "(2026-02-01) is before the start date (2026-03-01)",
        ("--from", "2100-01-01"): "is before the start date (2100-01-01)",
    }
    for period, words in cases.items():
        scdesk(tmp_path, "figures", *period).refused(words)
    report = tmp_path / "figures.pdf"
    scdesk(tmp_path, "report", "key-figures", "--from", "9999-12-31", "-o", str(report)).refused(
        "9999-12-31 is not a date"
    )
    assert not report.exists()
    assert dump(hub) == before


def test_a_city_asked_for_in_another_country_is_refused(hub: Store, tmp_path: Path) -> None:
    factories.city(hub, "Jaffna", "LK", name_local="யாழ்ப்பாணம்")
    before = dump(hub)
    words = "Jaffna (யாழ்ப்பாணம்) is in Sri Lanka, not in Pakistan: ask for the city alone."
    scdesk(tmp_path, "figures", "--country", "Pakistan", "--city", "Jaffna").refused(words)
    report = tmp_path / "figures.pdf"
    asked = ("--country", "PK", "--city", "Jaffna", "-o", str(report))
    scdesk(tmp_path, "report", "key-figures", *asked).refused(words)
    assert not report.exists()
    assert dump(hub) == before
    counted = scdesk(tmp_path, "figures", "--country", "Sri Lanka", "--city", "Jaffna")
    assert counted.code == 0, counted.said
    assert "Sri Lanka, Jaffna" in counted.out


def test_writing_into_a_folder_that_does_not_exist_is_refused(hub: Store, tmp_path: Path) -> None:
    before = dump(hub)
    missing = tmp_path / "no such folder"
    profile = scdesk(tmp_path, "profile", "export", str(missing / "hub.scdesk-profile"))
    profile.refused("hub.scdesk-profile was not written", f"{missing} does not exist")
    report = scdesk(tmp_path, "report", "csv", "-o", str(missing / "tables.zip"))
    report.refused("tables.zip was not written", "does not exist")
    assert not missing.exists()
    assert dump(hub) == before


def test_a_damaged_profile_is_refused(hub: Store, tmp_path: Path) -> None:
    profile = tmp_path / "hub.scdesk-profile"
    scdesk(tmp_path, "profile", "export", str(profile))
    data = bytearray(profile.read_bytes())
    data[len(data) // 2] ^= 0x10
    damaged = tmp_path / "damaged.scdesk-profile"
    damaged.write_bytes(bytes(data))
    officer = tmp_path / "officer"
    ran = scdesk(officer, "profile", "import", str(damaged))
    ran.refused("damaged.scdesk-profile is not an scdesk hub profile, or it was damaged")
    assert scdesk(officer, "profile", "import", str(profile), "--yes").code == 0  # the sound one


@pytest.fixture
def network(tmp_path: Path, template_store: Path) -> Iterator[Network]:
    """A hub and two officers on SQLite, each in a data folder the command line can be given."""
    made = make_network(tmp_path / "network", template_store)
    yield made
    made.close()


def test_a_full_disk_leaves_no_half_bundle_or_report(network: Network, tmp_path: Path) -> None:
    officer = network.officers[0]
    for _ in range(30):  # names that do not compress: a bundle larger than the room left
        factories.person(officer, name=secrets.token_hex(90))
    folder = officer.folder
    before = dump(officer)
    stick = tmp_path / "usb-stick"
    stick.mkdir()
    hub = str(network.hub.device().device_id)
    ran = scdesk(folder, "export", "--to", str(stick), "--for", hub, full=stick)
    ran.refused("was not written: there is no room left on the disk")
    report = scdesk(folder, "report", "key-figures", "-o", str(stick / "f.pdf"), full=stick)
    report.refused("f.pdf was not written: there is no room left on the disk")
    assert list(stick.iterdir()) == []
    assert dump(officer) == before
    assert scdesk(folder, "export", "--to", str(stick), "--for", hub).code == 0
    assert [p.suffix for p in stick.iterdir()] == [".scdesk"]


def test_setup_on_a_full_disk_says_one_sentence(tmp_path: Path) -> None:
    args = ("setup", "--name", "Hub", "--role", "hub", "--user", "Hub staff")
    scdesk(tmp_path, *args, full=tmp_path).refused("The disk is full")


def test_check_of_a_database_never_shows_its_password(tmp_path: Path) -> None:
    backups = tmp_path / BACKUP_FOLDER
    backups.mkdir()
    (backups / "scdesk-20261201T000000000000Z-merge.sqlite3").write_bytes(b"")
    url = "postgresql://hub:s3cret-word@127.0.0.1:1/records"
    ran = scdesk(tmp_path, "check", "--db", url)
    ran.refused("cannot be reached")
    assert "s3cret-word" not in ran.said
    assert "integrity:  ok" not in ran.out
    assert "not checked" in ran.out
    assert "pg_restore" not in ran.said  # a copy of an SQLite store is no archive of this hub
    (backups / "scdesk-20261202T000000000000Z-merge.pgdump").write_bytes(b"")
    assert "pg_restore" in scdesk(tmp_path, "check", "--db", url).out


def test_a_usage_error_is_a_refusal_not_a_crash(tmp_path: Path) -> None:
    scdesk(tmp_path, "bogus").refused("invalid choice: 'bogus'", "scdesk --help")
    scdesk(tmp_path, "figures", "--from", "2026-13-01").refused("2026-13-01 is not a date")
    scdesk(tmp_path, "report").refused("required", "scdesk report --help")
