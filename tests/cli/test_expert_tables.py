"""Fields of expertise through the command line: `report csv` with personal data writes each
person's `expertise`, `import-table people` on another data folder brings them back the same (so
the expert advice that needs them comes in too), an edited cell puts someone in the pool, and a
table with a field too long exits 1 naming its row, writing nothing."""

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


def _rows(table: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(table)))


def _written(path: Path, rows: list[dict[str, str]]) -> Path:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


def _dump(folder: Path) -> list[str]:
    with closing(sqlite3.connect(folder / STORE_FILE)) as connection:
        return list(connection.iterdump())


def _export(folder: Path, path: Path) -> Path:
    ran = scdesk(folder, "report", "csv", "--personal-data", "--yes", "-o", str(path))
    assert ran.code == 0, ran.said
    return path


def test_fields_of_expertise_go_out_and_come_back_the_same_with_the_advice_they_allow(
    tmp_path: Path,
    demo_copy: Callable[[Path], None],
) -> None:
    here, there = tmp_path / "here", tmp_path / "there"
    demo_copy(here)
    tables = _export(here, tmp_path / "tables.zip")
    people = _table(tables, "people")
    experts = {r["id"]: r["expertise"] for r in _rows(people) if r["expertise"]}
    assert experts, "the demo's advisers are in the expert pool"
    cities = [
        {k: v for k, v in r.items() if k != "mayor_id"} for r in _rows(_table(tables, "cities"))
    ]
    assert (
        scdesk(there, "import-table", "cities", str(_written(tmp_path / "c.csv", cities))).code == 0
    )
    assert scdesk(there, "import-table", "organisations", str(tables)).code == 0

    ran = scdesk(there, "import-table", "people", str(tables))
    assert ran.code == 0, ran.said
    advice = scdesk(there, "import-table", "advice", str(tables))
    assert advice.code == 0, advice.said

    again = _export(there, tmp_path / "again.zip")
    assert {r["id"]: r["expertise"] for r in _rows(_table(again, "people")) if r["expertise"]} == (
        experts
    )
    assert _table(again, "advice") == _table(tables, "advice")


def test_an_edited_expertise_cell_puts_a_person_in_the_pool_tidied(
    tmp_path: Path, demo_copy: Callable[[Path], None]
) -> None:
    folder = tmp_path / "data"
    demo_copy(folder)
    rows = _rows(_table(_export(folder, tmp_path / "tables.zip"), "people"))
    # a person with a title is an adult: a minor is never given fields of expertise
    newcomer = next(r for r in rows if not r["expertise"] and r["title"])
    newcomer["expertise"] = "Youth work;  municipal planning\nyouth work"

    ran = scdesk(folder, "import-table", "people", str(_written(tmp_path / "people.csv", rows)))

    assert ran.code == 0, ran.said
    assert f"people: {len(rows)} rows read; 0 added, 1 changed" in ran.out
    after = _rows(_table(_export(folder, tmp_path / "after.zip"), "people"))
    assert next(r for r in after if r["id"] == newcomer["id"])["expertise"] == (
        "Youth work, municipal planning"
    )


def test_a_people_table_with_expertise_too_long_is_refused_and_nothing_written(
    tmp_path: Path,
    demo_copy: Callable[[Path], None],
) -> None:
    folder = tmp_path / "data"
    demo_copy(folder)
    rows = _rows(_table(_export(folder, tmp_path / "tables.zip"), "people"))
    rows[0]["community"] = "Changed, but not kept either"
    rows[1]["expertise"] = ", ".join(f"field {n}" for n in range(200))
    sheet = _written(tmp_path / "people.csv", rows)
    before = _dump(folder)

    ran = scdesk(folder, "import-table", "people", str(sheet))

    assert ran.code == 1, ran.said
    assert "Traceback" not in ran.said
    assert ran.err.splitlines()[0] == "  row 3: Expertise is too long: at most 1000 characters."
    assert _dump(folder) == before
