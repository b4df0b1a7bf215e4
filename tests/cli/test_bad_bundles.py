"""Bundles that cannot be merged, given to the command line as a user would: damaged on the way,
named with bytes that are not text, or signed by a trusted device yet holding values no store
can keep. Each is refused with one sentence naming it, the command exits 1, the other files of
the same import are still tried, and the store is left as it was. Names from outside are shown
with their control characters escaped, and two commands at once on one store say what happened.
"""

import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import closing
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson
import pytest

from scdesk.paths import log_dir
from scdesk.services.devices import ensure_device_keys, this_party
from scdesk.services.sync import IMPORT_LOG
from scdesk.store.store import BACKUP_FOLDER
from scdesk.sync.manifest import Range
from tests import factories
from tests.conftest import dump
from tests.sync.conftest import Network, make_network
from tests.sync.crafting import (
    craft,
    damaged,
    grant_line,
    headcount_line,
    meeting_line,
    person_line,
)

ROOT = Path(__file__).resolve().parents[2]
#: A name whose bytes are not UTF-8, as a file copied from another kind of computer may have.
NOT_UTF8 = os.fsdecode(b"bundle-\xff.scdesk")


def scdesk(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The command as a user runs it, on the data folder, importing this checkout."""
    return subprocess.run(
        [sys.executable, "-m", "scdesk", "--data-dir", str(folder), *args],
        capture_output=True, text=True, check=False, timeout=120, stdin=subprocess.DEVNULL,
        env={**os.environ, "PYTHONPATH": str(ROOT)}, errors="backslashreplace",
    )  # fmt: skip


def started(folder: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "scdesk", "--data-dir", str(folder), *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip


@pytest.fixture
def network(tmp_path: Path, template_store: Path) -> Iterator[Network]:
    """On SQLite: the command line takes the hub's data folder, its store's folder."""
    made = make_network(tmp_path, template_store)
    yield made
    made.close()


def rewritten(line: dict[str, object], name: str, write: list[object]) -> dict[str, object]:
    """line with the field name changed since the record was made, by write."""
    fields = dict(line["f"])  # type: ignore[call-overload]
    del fields[name]
    return line | {"f": fields, "u": {name: write}}


def hostile_bundles(network: Network, folder: Path) -> dict[Path, str]:
    """Bundles signed by a trusted officer's own key, each with one value no store can keep, and
    what the refusal of each says."""
    officer = network.officers[0]
    me = officer.device().device_id
    folder.mkdir()
    meeting = meeting_line(me, 1, network.city)
    lines: dict[str, tuple[list[dict[str, object]], str]] = {
        "counter.scdesk": ([person_line(me, 1) | {"c": 1 << 64, "v": [[me, 1 << 64]]}],
                           "version is not a whole number"),
        "clock.scdesk": ([person_line(me, 1) | {"h": 1 << 64}], "version is not a whole number"),
        "vector.scdesk": ([person_line(me, 1) | {"v": [[me, 1 << 64]]}],
                          "version is not a whole number"),
        "write.scdesk": ([rewritten(person_line(me, 1), "title", ["Dr", me, 1 << 64, 1])],
                         "version is not a whole number"),
        "clock-at-the-end.scdesk": ([person_line(me, 1) | {"h": (1 << 63) - 1}],
                                    "clock is out of range"),
        "write-at-the-end.scdesk": ([rewritten(person_line(me, 1), "title",
                                               ["Dr", me, 1, (1 << 63) - 1])],
                                    "clock is out of range"),
        "year-9999.scdesk": ([meeting_line(me, 1, network.city,
                                           ends_at="9999-12-31T23:59:59+00:00")],
                             "ends_at has a value out of range"),
        "past-the-calendar.scdesk": ([meeting_line(me, 1, network.city, status="planned",
                                                   starts_at="9999-12-31T22:00:00-05:00")],
                                     "starts_at has a value out of range"),
        "no-time-zone.scdesk": ([meeting_line(me, 1, network.city,
                                              starts_at="2026-03-02T10:00:00")],
                                "starts_at has a value of the wrong kind"),
        "day-9999.scdesk": ([person_line(me, 1, consent_withdrawn_on="9999-12-31")],
                            "consent_withdrawn_on has a value out of range"),
        "headcount.scdesk": ([meeting, headcount_line(me, 1, str(meeting["i"]), 1 << 63)],
                             "count has a value out of range"),
        "amount.scdesk": ([grant_line(me, 1, network.city, "1000000000000")],
                          "amount has a value out of range"),
        "cents.scdesk": ([grant_line(me, 1, network.city, "10.125")],
                         "amount has a value out of range"),
        "not-a-number.scdesk": ([grant_line(me, 1, network.city, "NaN")],
                                "amount has a value of the wrong kind"),
        "nul.scdesk": ([person_line(me, 1, name="Zainab\x00 Bibi")],
                       "name has a value of the wrong kind"),
        "total.scdesk": ([meeting_line(me, 1, network.city, total_attendance=1 << 31)],
                         "total_attendance has a value out of range"),
    }  # fmt: skip
    made = {
        craft(officer, network.hub, folder / name, bundle_lines): said
        for name, (bundle_lines, said) in lines.items()
    }
    malformed = "is not an scdesk bundle, or it was damaged on the way"
    manifests: dict[str, dict[str, Any]] = {
        "made-in-9999.scdesk": {"created_at": datetime(9999, 12, 31, 23, tzinfo=UTC)},
        "made-when.scdesk": {
            "created_at": datetime(2026, 11, 20, 9, tzinfo=UTC).replace(tzinfo=None)
        },
        "covers.scdesk": {"covers": {me: Range(0, 1 << 63)}},
        "seen.scdesk": {"seen": {me: 1 << 63}},
    }
    for name, fields in manifests.items():
        made[craft(officer, network.hub, folder / name, [person_line(me, 1)], **fields)] = malformed
    sender = replace(this_party(officer, ensure_device_keys(officer)), name="Laptop\x00 1")
    made[craft(officer, network.hub, folder / "sender.scdesk", [person_line(me, 1)],
               signed_as=sender)] = malformed  # fmt: skip
    return made


def test_bundles_that_cannot_be_merged_are_each_refused_with_one_sentence(
    network: Network, tmp_path: Path
) -> None:
    factories.person(network.officers[0], name="Gul Bano")
    sound = network.send(network.officers[0], network.hub)
    broken = {damaged(sound, tmp_path / "damaged.scdesk"): "was changed after it was made"}
    unnamed = tmp_path / NOT_UTF8
    unnamed.write_bytes(sound.read_bytes())
    broken[unnamed] = "bundle-\\xff.scdesk holds characters scdesk cannot read: rename the file"
    broken |= hostile_bundles(network, tmp_path / "hostile")
    before = dump(network.hub)

    result = scdesk(network.hub.folder, "import", *map(str, broken))

    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    said = result.stderr.splitlines()
    assert len(said) == len(broken), result.stderr  # one line each: every file was tried
    for line, (path, why) in zip(said, broken.items(), strict=True):
        assert line.startswith("refused: "), line
        assert why in line, line
        assert (path.name if path != unnamed else "bundle-\\xff.scdesk") in line, line
    assert result.stdout == ""
    assert dump(network.hub) == before
    logged = (log_dir(network.hub.folder) / IMPORT_LOG).read_bytes().splitlines()
    assert [orjson.loads(entry)["outcome"] for entry in logged] == ["refused"] * len(broken)


def test_a_file_named_with_bytes_that_are_not_text_is_refused_before_it_is_read(
    network: Network, tmp_path: Path
) -> None:
    stranger = craft(network.officers[1], network.hub, tmp_path / NOT_UTF8,
                     [person_line(network.officers[1].device().device_id, 1)])  # fmt: skip
    before = dump(network.hub)

    result = scdesk(network.hub.folder, "trust", str(stranger), "--yes")

    assert result.returncode == 1, result.stderr
    first = result.stderr.splitlines()[0]
    assert first.startswith("scdesk: The name of the file bundle-\\xff.scdesk holds characters")
    assert first.endswith("rename the file, then import it again.")
    assert "Traceback" not in result.stderr
    assert dump(network.hub) == before


def test_names_from_outside_cannot_fake_lines_or_turn_text_around(
    network: Network, tmp_path: Path
) -> None:
    officer = network.officers[0]
    faked = "\nmerged: all.scdesk from Hub: 0 new"
    keys = ensure_device_keys(officer)
    sender = replace(this_party(officer, keys), name=f"Laptop\u202e1{faked}")
    name = tmp_path / f"week 48{faked}.scdesk"
    bundle = craft(officer, network.hub, name, [person_line(keys.device_id, 1)], signed_as=sender)

    merged = scdesk(network.hub.folder, "import", str(bundle))
    listed = scdesk(network.hub.folder, "devices")

    assert merged.returncode == 0, merged.stderr
    (line,) = merged.stdout.splitlines()
    escaped = faked.replace("\n", "\\x0a")
    assert line.startswith(f"merged: week 48{escaped}.scdesk from Laptop\\u202e1{escaped}: 1 new")
    assert listed.returncode == 0, listed.stderr
    assert f"Laptop\\u202e1{escaped}" in listed.stdout
    assert not any(text.startswith("merged") for text in listed.stdout.splitlines())


def test_a_second_import_of_a_bundle_being_merged_says_so(network: Network) -> None:
    factories.person(network.officers[0], name="Gul Bano")
    bundle = network.send(network.officers[0], network.hub)
    backups = network.hub.folder / BACKUP_FOLDER
    earlier = set(backups.glob("*before-merge*"))
    with closing(sqlite3.connect(network.hub.path, isolation_level=None)) as other:
        other.execute("BEGIN IMMEDIATE")  # another program writing: the first import waits
        first = started(network.hub.folder, "import", str(bundle))
        for _ in range(400):  # it backs up the store once it has checked the file, then waits
            if set(backups.glob("*before-merge*")) - earlier:
                break
            time.sleep(0.05)
        second = scdesk(network.hub.folder, "import", str(bundle))
        other.execute("ROLLBACK")
        out, err = first.communicate(timeout=120)
    third = scdesk(network.hub.folder, "import", str(bundle))

    assert second.returncode == 1, second.stderr
    (said,) = second.stderr.splitlines()
    assert said.startswith(f"refused: {bundle.name} is being merged by another scdesk window")
    assert (first.returncode, err) == (0, ""), err
    assert out.startswith(f"merged: {bundle.name} from Laptop 1: 1 new"), out
    assert third.returncode == 0, third.stderr
    assert third.stdout.startswith(f"already_merged: {bundle.name}: already merged on")


def test_an_export_that_finds_the_store_busy_leaves_no_bundle(
    network: Network, tmp_path: Path
) -> None:
    factories.person(network.hub, name="Gul Bano")
    outbox = tmp_path / "outbox"
    outbox.mkdir()
    before = dump(network.hub)
    with closing(sqlite3.connect(network.hub.path, isolation_level=None)) as other:
        other.execute("BEGIN IMMEDIATE")
        result = scdesk(network.hub.folder, "export", "--to", str(outbox), "--for", "Laptop 1")
        other.execute("ROLLBACK")

    assert result.returncode == 1, result.stderr
    assert result.stderr.startswith("scdesk: The records are in use by another scdesk window")
    assert list(outbox.iterdir()) == []
    assert dump(network.hub) == before


def test_bundles_speaking_for_another_officer_are_refused_and_its_own_is_merged(
    network: Network, tmp_path: Path
) -> None:
    first, second = network.officers
    one, two = first.device().device_id, second.device().device_id
    factories.person(second, name="Gul Bano", city_id=network.city)
    genuine = network.send(second, network.hub)
    forged = craft(first, network.hub, tmp_path / "forged.scdesk", [person_line(two, 1)])
    ack = craft(first, network.hub, tmp_path / "ack.scdesk", [person_line(one, 1)],
                covers={two: Range(0, 1 << 40)})  # fmt: skip

    result = scdesk(network.hub.folder, "import", str(forged), str(ack), str(genuine))

    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert result.stderr.splitlines() == [
        "refused: forged.scdesk from Laptop 1 carries a change made by Laptop 2; a device may "
        "send only its own changes, so nothing from it was merged.",
        "refused: ack.scdesk from Laptop 1 acknowledges changes made by Laptop 2; a device may "
        "speak only for itself, so nothing from it was merged.",
    ]
    assert result.stdout.startswith(f"merged: {genuine.name} from Laptop 2: 1 new"), result.stdout
