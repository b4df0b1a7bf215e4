"""Raisings with national bodies through the command line: `import-table raisings` reads the
table `report csv` wrote, and a table with a bad row exits 1 naming it, and writes nothing."""

import csv
import io
import sqlite3
import zipfile
from contextlib import closing
from pathlib import Path

from scdesk.store.store import STORE_FILE
from tests.cli.running import scdesk


def _dump(folder: Path) -> list[str]:
    with closing(sqlite3.connect(folder / STORE_FILE)) as connection:
        return list(connection.iterdump())


def test_a_raisings_table_with_a_day_in_the_future_is_refused_and_nothing_written(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "data"
    assert scdesk(folder, "demo").code == 0
    tables = tmp_path / "tables.zip"
    assert scdesk(folder, "report", "csv", "-o", str(tables)).code == 0
    with zipfile.ZipFile(tables) as archive:
        exported = archive.read("raisings.csv").decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(exported)))
    assert len(rows) == 20  # two for each of the demo's ten cities
    again = scdesk(folder, "import-table", "raisings", str(tables))
    assert (
        f"raisings: {len(rows)} rows read; 0 added, 0 changed, {len(rows)} unchanged" in again.out
    )
    sheet = tmp_path / "raisings.csv"
    sheet.write_text(
        "city_id,national_body,raised_on,subject\n"
        f"{rows[0]['city_id']},Ministry of Interior,2026-01-05,A national helpline\n"
        f"{rows[0]['city_id']},Ministry of Interior,2999-01-05,Youth seats on committees\n",
        encoding="utf-8",
    )
    before = _dump(folder)

    ran = scdesk(folder, "import-table", "raisings", str(sheet))

    assert ran.code == 1, ran.said
    assert "Traceback" not in ran.said
    lines = ran.err.splitlines()
    assert lines[0] == "  row 3: The day it was raised is in the future."
    assert lines[-1].startswith("scdesk: Nothing was imported: fix the 1 problem above")
    assert _dump(folder) == before
