"""Two officers record some of the same people, one in Urdu script, one in Latin letters or other
spellings; the hub merges both bundles and `scdesk duplicates` suggests every person recorded
twice, and no pair of different people."""

import json
from pathlib import Path
from typing import Any

import pytest

from tests.cli.test_sync_story import Device, new_hub

HEADING = (
    "name,gender,birth_year,age_band,city,phone,stakeholder_type,consent_participation,"
    "consent_data,consent_by,consent_form,consent_on\n"
)
CONSENT = "true,true,self,written,2026-02-20"
#: What each officer typed: name, gender, birth year, age band, phone, stakeholder type.
PEOPLE = {
    "one": [
        "عائشہ خان,female,1990,,Mardan,,civil_society",
        "عمران علی,male,1975,,Mardan,+92 300 1234567,mayor",
        "Ali Khan,male,1980,,Mardan,,police",
        "ثنا گل,female,2004,,Mardan,,youth",
        "Laxmi Shah,female,,35-49,Mardan,,other",
        "Bilal Yousafzai,male,1969,,Mardan,0345 7654321,religious_leader",
    ],
    "two": [
        "Ayesha Khan,female,1990,,Mardan,,civil_society",  # the same Ayesha, in Latin letters
        "Ayesha Khan,female,2004,,Mardan,,youth",  # another Ayesha, fourteen years younger
        "Imran Ali,male,,50-64,Mardan,0300-1234567,mayor",  # the mayor, by his phone
        "Ali Hassan,male,1980,,Mardan,,police",  # not Ali Khan
        "Sana Gul,female,2004,,Mardan,,youth",
        "Lakshmi Shah,female,1985,,Mardan,,other",
        "بلال یوسفزئی,male,1969,,Mardan,0333 1112222,religious_leader",  # another phone
    ],
}
SAME_PEOPLE = {
    frozenset(("عائشہ خان", "Ayesha Khan")),
    frozenset(("عمران علی", "Imran Ali")),
    frozenset(("ثنا گل", "Sana Gul")),
    frozenset(("Laxmi Shah", "Lakshmi Shah")),
}


def _pairs(document: dict[str, Any]) -> set[frozenset[str]]:
    return {frozenset((c["first"]["name"], c["second"]["name"])) for c in document["candidates"]}


@pytest.fixture
def hub(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Device:
    """The hub after merging both officers' bundles."""
    mail = tmp_path / "usb-stick"
    mail.mkdir()
    hub = new_hub(tmp_path, capsys)
    hub.run("profile", "export", str(mail))
    (profile,) = mail.glob("*.scdesk-profile")
    for name, rows in PEOPLE.items():
        officer = Device(tmp_path / name, capsys)
        officer.run("profile", "import", str(profile), "--yes")
        officer.run("setup", "--name", f"Laptop {name}", "--role", "officer",
                    "--user", f"Officer {name}", "--city", "Mardan")  # fmt: skip
        sheet = mail / f"people-{name}.csv"
        lines = [f"{row},{CONSENT}" for row in rows]
        sheet.write_text(HEADING + "\n".join(lines) + "\n", encoding="utf-8")
        officer.run("import-table", "people", str(sheet))
        officer.run("export", "--to", str(mail))
    bundles = [str(bundle) for bundle in sorted(mail.glob("scdesk-Laptop-*.scdesk"))]
    for bundle in bundles:
        hub.run("trust", bundle, "--yes")
    assert hub.run("import", *bundles).count("merged:") == 2
    return hub


def test_the_hub_is_shown_every_person_recorded_twice_and_no_two_different_people(
    hub: Device,
) -> None:
    document = json.loads(hub.run("duplicates", "--json"))

    assert document["format"] == "scdesk-duplicates"
    assert document["version"] == 1
    assert _pairs(document) == SAME_PEOPLE
    ayesha = next(
        c
        for c in document["candidates"]
        if "عائشہ خان" in (c["first"]["name"], c["second"]["name"])
    )
    assert [r["words"] for r in ayesha["reasons"]] == [
        "same name in Urdu and Latin script",
        "same birth year",
        "same city",
    ]
    for pair in document["candidates"]:
        assert pair["first"]["id"] < pair["second"]["id"]
        assert pair["score"] == sum(r["points"] for r in pair["reasons"])


def test_a_lower_score_shows_the_weaker_pairs_with_what_tells_them_apart(hub: Device) -> None:
    document = json.loads(hub.run("duplicates", "--kind", "person", "--min-score", "0", "--json"))

    def reasons(first: str, second: str) -> list[tuple[int, list[str]]]:
        names = frozenset((first, second))
        return [
            (c["score"], [r["words"] for r in c["reasons"]])
            for c in document["candidates"]
            if frozenset((c["first"]["name"], c["second"]["name"])) == names
        ]

    (same, younger) = reasons("عائشہ خان", "Ayesha Khan")
    assert same[0] >= 75
    assert younger[0] < 55
    assert "different birth years" in younger[1]
    ((score, bilal),) = reasons("Bilal Yousafzai", "بلال یوسفزئی")
    assert score < 55
    assert "different phone numbers" in bilal
    assert reasons("Ali Khan", "Ali Hassan") == []


def test_the_text_list_names_each_pair_with_its_reasons_and_ids(hub: Device) -> None:
    text = hub.run("duplicates", "--kind", "person")

    assert text.startswith("4 probable duplicates scoring 55 or more")
    assert "same name, spelled differently, birth year fits the age band, same city" in text
    assert hub.run("duplicates", "--kind", "people") == text
    assert hub.run("duplicates", "--kind", "city").strip() == (
        "no probable duplicates scoring 55 or more"
    )
    refusal = hub.run("duplicates", "--min-score", "120", expect=1)
    assert refusal.strip() == "scdesk: The lowest score must be from 0 to 100."
    with pytest.raises(SystemExit, match="1"):  # argparse's refusal, as the README says
        hub.run("duplicates", "--kind", "committee")
    refusal = hub.capsys.readouterr().err
    assert refusal.startswith("scdesk: argument --kind: committee is not a kind of record: use")
