"""The programme's support grants through the command line, as a user moves them: `report csv`
on one data folder, `import-table grants` on another that holds the cities and organisations they
join, the same grants again; a table with a bad row exits 1 naming it, and writes nothing."""

import csv
import io
import sqlite3
import zipfile
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

from scdesk.store.store import STORE_FILE
from tests.cli.running import scdesk


def _table(path: Path, name: str) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read(f"{name}.csv").decode("utf-8-sig")


def _dump(folder: Path) -> list[str]:
    with closing(sqlite3.connect(folder / STORE_FILE)) as connection:
        return list(connection.iterdump())


def _without(table: str, column: str) -> str:
    rows = list(csv.reader(io.StringIO(table)))
    drop = rows[0].index(column)
    out = io.StringIO()
    csv.writer(out).writerows(row[:drop] + row[drop + 1 :] for row in rows)
    return out.getvalue()


def test_grants_exported_from_one_folder_come_back_the_same_in_another(
    tmp_path: Path, demo_copy: Callable[[Path], None]
) -> None:
    here, there = tmp_path / "here", tmp_path / "there"
    demo_copy(here)
    tables = tmp_path / "tables.zip"
    assert scdesk(here, "report", "csv", "--personal-data", "--yes", "-o", str(tables)).code == 0
    cities = tmp_path / "cities.csv"
    cities.write_text(_without(_table(tables, "cities"), "mayor_id"), encoding="utf-8")
    assert scdesk(there, "import-table", "cities", str(cities)).code == 0
    assert scdesk(there, "import-table", "organisations", str(tables)).code == 0

    ran = scdesk(there, "import-table", "grants", str(tables))

    assert ran.code == 0, ran.said
    grants = _table(tables, "grants")
    count = grants.count("\r\n") - 1
    assert f"grants: {count} rows read; {count} added, 0 changed, 0 unchanged" in ran.out
    again = tmp_path / "again.zip"
    assert scdesk(there, "report", "csv", "--personal-data", "--yes", "-o", str(again)).code == 0
    assert _table(again, "grants") == grants


def test_a_grants_table_with_a_negative_amount_is_refused_and_nothing_written(
    tmp_path: Path,
    demo_copy: Callable[[Path], None],
) -> None:
    folder = tmp_path / "data"
    demo_copy(folder)
    tables = tmp_path / "tables.zip"
    assert scdesk(folder, "report", "csv", "-o", str(tables)).code == 0
    rows = list(csv.DictReader(io.StringIO(_table(tables, "grants"))))
    city = rows[0]["city_id"]
    sheet = tmp_path / "grants.csv"
    sheet.write_text(
        "city_id,purpose,amount,currency\n"
        f"{city},Youth centre,1500,PKR\n"
        f"{city},Training of teachers,-250,PKR\n",
        encoding="utf-8",
    )

    before = _dump(folder)

    ran = scdesk(folder, "import-table", "grants", str(sheet))

    assert ran.code == 1, ran.said
    assert "Traceback" not in ran.said
    lines = ran.err.splitlines()
    assert lines[0] == "  row 3: The amount must be above zero."
    assert lines[-1].startswith("scdesk: Nothing was imported: fix the 1 problem above")
    assert _dump(folder) == before


def test_targets_for_a_breakdown_category_come_back_the_same_in_another_folder(
    tmp_path: Path,
    demo_copy: Callable[[Path], None],
) -> None:
    here, there = tmp_path / "here", tmp_path / "there"
    demo_copy(here)
    tables = tmp_path / "tables.zip"
    assert scdesk(here, "report", "csv", "--personal-data", "--yes", "-o", str(tables)).code == 0
    cities = tmp_path / "cities.csv"
    cities.write_text(_without(_table(tables, "cities"), "mayor_id"), encoding="utf-8")
    assert scdesk(there, "import-table", "cities", str(cities)).code == 0
    assert scdesk(there, "import-table", "indicators", str(tables)).code == 0

    ran = scdesk(there, "import-table", "indicator-targets", str(tables))

    assert ran.code == 0, ran.said
    targets = _table(tables, "indicator_targets")
    rows = list(csv.DictReader(io.StringIO(targets)))
    women = [r for r in rows if (r["breakdown"], r["category"]) == ("gender", "female")]
    assert sorted({r["indicator"] for r in women}) == ["OC2.1", "OP1.1"]
    again = tmp_path / "again.zip"
    assert scdesk(there, "report", "csv", "--personal-data", "--yes", "-o", str(again)).code == 0
    assert _table(again, "indicator_targets") == targets
    sheet = tmp_path / "youth.csv"
    sheet.write_text(
        "indicator,period_start,period_end,target,breakdown,category\n"
        "OP1.2,2026-01-01,2026-06-30,40,gender,female\n",
        encoding="utf-8",
    )
    before = _dump(there)
    refused = scdesk(there, "import-table", "indicator-targets", str(sheet))
    assert refused.code == 1, refused.said
    assert "row 2: The indicator does not declare the breakdown gender" in refused.err
    assert _dump(there) == before
