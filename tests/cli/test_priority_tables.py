"""The hub's priorities through the command line: `report csv` writes them with their ids and
the findings join them by priority_id; `import-table priorities` reads them back, and a file with
a bad row exits 1 naming it and writes nothing."""

import csv
import io
import sqlite3
import zipfile
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

from scdesk.store.store import STORE_FILE
from tests.cli.running import scdesk

NEW_ID = "6f1c2a58-0d7e-4c1b-9a57-3f2f4f0e8b11"


def _dump(folder: Path) -> list[str]:
    with closing(sqlite3.connect(folder / STORE_FILE)) as connection:
        return list(connection.iterdump())


def _table(archive: Path, name: str) -> list[dict[str, str]]:
    with zipfile.ZipFile(archive) as opened:
        text = opened.read(f"{name}.csv").decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text)))


def test_priorities_go_out_with_their_ids_and_come_back_whole(
    tmp_path: Path, demo_copy: Callable[[Path], None]
) -> None:
    folder = tmp_path / "data"
    demo_copy(folder)
    tables = tmp_path / "tables.zip"
    assert scdesk(folder, "report", "csv", "-o", str(tables)).code == 0
    [demo] = _table(tables, "priorities")
    assert demo["name"] == "Social media hate speech"
    raised = [f for f in _table(tables, "findings") if f["priority_id"]]
    assert len(raised) == 10  # one in each demo city's first consultation
    assert {(f["priority_id"], f["priority_area"]) for f in raised} == {(demo["id"], "other")}
    again = scdesk(folder, "import-table", "priorities", str(tables))
    assert "priorities: 1 rows read; 0 added, 0 changed, 1 unchanged" in again.out, again.said

    sheet = tmp_path / "priorities.csv"
    sheet.write_text(
        "id,name,description,retired\n"
        f"{NEW_ID},Inter-faith dialogue,Leaders of different faiths meeting,no\n"
        f"{demo['id']},,,yes\n",
        encoding="utf-8",
    )
    before = _dump(folder)
    ran = scdesk(folder, "import-table", "priorities", str(sheet))
    assert ran.code == 1, ran.said
    assert ran.err.splitlines()[0] == "  row 3: Name is required."
    assert _dump(folder) == before

    sheet.write_text(
        "id,name,retired\n"
        f"{NEW_ID},Inter-faith dialogue,no\n"
        f"{demo['id']},Social media hate speech,yes\n",
        encoding="utf-8",
    )
    ran = scdesk(folder, "import-table", "priorities", str(sheet))
    assert "priorities: 2 rows read; 1 added, 1 changed, 0 unchanged" in ran.out, ran.said
    assert scdesk(folder, "report", "csv", "-o", str(tables)).code == 0
    rows = {(r["id"], r["name"], r["retired"]) for r in _table(tables, "priorities")}
    assert rows == {
        (NEW_ID, "Inter-faith dialogue", "no"),
        (demo["id"], "Social media hate speech", "yes"),
    }
