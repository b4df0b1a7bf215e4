"""`scdesk report` and `scdesk import-table`: files written, refusals in one line, exit codes."""

import csv
import io
import zipfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook

from scdesk import cli
from scdesk.domain.meetings import AttendanceInput
from scdesk.store.store import Store
from tests import factories
from tests.conftest import dump
from tests.pdf_tools import pdf_info, pdf_text


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_report_writes_the_minutes_of_a_meeting(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    city = factories.city(store)
    meeting = factories.meeting(store, city, title="Workshop on prevention plans")
    target = tmp_path / "minutes.pdf"
    code, out, _ = _run(
        capsys, "--data-dir", str(tmp_path), "report", "minutes", "--meeting", str(meeting),
        "-o", str(target), "--letter",
    )  # fmt: skip
    assert code == 0
    assert out.startswith(f"minutes written to {target}")
    data = target.read_bytes()
    assert "Workshop on prevention plans" in pdf_text(data)
    assert pdf_info(data)["Page size"].startswith("612 x 792")


def test_report_without_its_record_says_what_to_give(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run(
        capsys, "--data-dir", str(tmp_path), "report", "minutes", "-o", str(tmp_path / "m.pdf")
    )
    assert (code, out, err) == (1, "", "scdesk: Give --meeting.\n")


def test_personal_data_needs_confirming(
    store: Store,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    factories.person(store, name="Ayesha Khan", consent_data=True)
    target = tmp_path / "tables.zip"
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    args = ("--data-dir", str(tmp_path), "report", "csv", "-o", str(target), "--personal-data")
    code, _, err = _run(capsys, *args)
    assert code == 1
    assert err == "scdesk: The tables will hold names and contact details: add --yes to confirm.\n"
    assert not target.exists()
    code, _, _ = _run(capsys, *args, "--yes")
    assert code == 0
    people = zipfile.ZipFile(target).read("people.csv").decode("utf-8-sig")
    assert "Ayesha Khan" in people


def test_import_table_lists_every_bad_row_and_writes_nothing(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "people.csv"
    source.write_text(
        "name,gender,birth_year\r\nGood Name,female,1990\r\n,male,1980\r\nX,femail,1970\r\n",
        encoding="utf-8",
    )
    code, out, err = _run(capsys, "--data-dir", str(tmp_path), "import-table", "people",
                          str(source))  # fmt: skip
    assert code == 1
    assert out == ""
    lines = err.splitlines()
    assert "  row 3: Name is required." in lines
    assert "  row 4: femail is not a gender: use one of female, male, another, undisclosed." in (
        lines
    )
    assert lines[-1].startswith("scdesk: Nothing was imported: fix the ")


def test_import_table_reads_attendance_for_a_meeting(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    city = factories.city(store)
    ayesha = factories.person(store, city_id=city)
    meeting = factories.meeting(store, city)
    factories.attend(store, meeting, [AttendanceInput(ayesha)], [], None)
    source = tmp_path / "attendance.csv"
    source.write_text(f"person_id,status\r\n{ayesha},apologies\r\n", encoding="utf-8")
    code, out, _ = _run(capsys, "--data-dir", str(tmp_path), "import-table", "attendance",
                        str(source), "--meeting", str(meeting))  # fmt: skip
    assert code == 0
    assert out == "attendance: 1 rows read; 0 added, 1 changed, 0 unchanged\n"


#: Names a hostile or careless sheet may carry, each of which a spreadsheet program would run.
FORMULAS = ('=HYPERLINK("http://example.org/x","Open")', "+cmd|' /C calc'!A0", "@SUM(1)", "-2+3")


def _formula_people(store: Store) -> None:
    city = factories.city(store)
    for name in FORMULAS:
        factories.person(store, name=name, city_id=city, consent_data=True)
    factories.person(
        store, name="Ayesha Khan", city_id=city, phone="+92 300 1234567", consent_data=True
    )


def test_an_xlsx_export_stores_text_that_looks_like_a_formula_as_text(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _formula_people(store)
    target = tmp_path / "tables.xlsx"
    args = ("--data-dir", str(tmp_path), "report", "xlsx", "-o", str(target))
    code, _, _ = _run(capsys, *args, "--personal-data", "--yes")
    assert code == 0
    with zipfile.ZipFile(target) as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/")]
        xml = "".join(archive.read(n).decode() for n in sheets)
    assert sheets
    assert "<f>" not in xml
    assert "<f " not in xml
    book = load_workbook(target, read_only=True)
    people = list(book["people"].iter_rows(values_only=True))
    book.close()
    names = [row[people[0].index("name")] for row in people[1:]]
    assert sorted(names) == sorted([*FORMULAS, "Ayesha Khan"])


def test_a_csv_export_guards_formula_text_and_reads_back_unchanged(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _formula_people(store)
    target = tmp_path / "tables.zip"
    args = ("--data-dir", str(tmp_path), "report", "csv", "-o", str(target))
    code, _, _ = _run(capsys, *args, "--personal-data", "--yes")
    assert code == 0
    text = zipfile.ZipFile(target).read("people.csv").decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert sorted(r["name"] for r in rows) == sorted(
        ["Ayesha Khan", *(f"'{name}" for name in FORMULAS)]
    )
    assert [r["phone"] for r in rows if r["name"] == "Ayesha Khan"] == ["'+92 300 1234567"]
    before = dump(store)
    code, out, err = _run(
        capsys, "--data-dir", str(tmp_path), "import-table", "people", str(target)
    )
    assert (code, err) == (0, "")
    assert "5 unchanged" in out
    assert dump(store) == before


def test_key_figures_cover_the_last_complete_quarter_unless_told_otherwise(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    factories.city(store)
    target = tmp_path / "figures.pdf"
    code, out, _ = _run(
        capsys, "--data-dir", str(tmp_path), "report", "key-figures", "-o", str(target)
    )
    today = datetime.now(UTC).date()
    this_quarter = date(today.year, (today.month - 1) // 3 * 3 + 1, 1)
    end = this_quarter - timedelta(days=1)
    start = date(end.year, end.month - 2, 1)
    assert code == 0
    assert f"last complete quarter, {start} to {end}" in out
    text = pdf_text(target.read_bytes())
    assert str(start.year) in text
    assert "All records" not in text
    code, out, _ = _run(
        capsys, "--data-dir", str(tmp_path), "report", "key-figures", "--from", "2020-01-01",
        "-o", str(target),
    )  # fmt: skip
    assert code == 0
    assert "quarter" not in out
