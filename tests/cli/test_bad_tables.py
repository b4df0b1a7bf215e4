"""Table files that cannot be read as written, given to `scdesk import-table` as a user would:
each is refused with one sentence that names the problem (and its row, as the spreadsheet
numbers it), exit 1 and the store unchanged; none stops the command as an unexpected error.
An XLSX file whose stored size is stale is read whole, and a column whose name is misspelt is
named."""

import io
import os
import re
import subprocess
import sys
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path

from openpyxl import Workbook

from scdesk.domain.devices import DeviceRole, DeviceSetup
from scdesk.services.first_run import set_up_device
from scdesk.services.places import find_city
from scdesk.store.store import Store
from tests.conftest import dump

ROOT = Path(__file__).resolve().parents[2]
SHEET = "xl/worksheets/sheet1.xml"
STRINGS = "xl/sharedStrings.xml"
#: Ten levels of ten: a billion "lol"s if anything expanded it.
BOMB = "".join(
    [
        '<!DOCTYPE sst [<!ENTITY lol0 "lol">',
        *(f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10}">' for n in range(1, 10)),
        "]>",
    ]
)
MARKER = "the-contents-of-a-private-file"


def _scdesk(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The command as a user runs it, importing the scdesk these tests run from."""
    return subprocess.run(
        [sys.executable, "-m", "scdesk", "--data-dir", str(folder), *args],
        capture_output=True, text=True, check=False, timeout=120, stdin=subprocess.DEVNULL,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip


def _workbook(rows: Sequence[Sequence[object]], dates: tuple[str, ...] = ()) -> bytes:
    """A cities workbook as openpyxl writes it, with the cells named in dates shown as dates."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "cities"
    for row in rows:
        sheet.append(row)
    for cell in dates:
        sheet[cell].number_format = "yyyy-mm-dd"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _edited(data: bytes, edit: Callable[[str, bytes], bytes], added: dict[str, bytes]) -> bytes:
    """The XLSX file with each part passed through edit, and parts added."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            target.writestr(info, edit(info.filename, source.read(info.filename)))
        for name, part in added.items():
            target.writestr(name, part)
    return out.getvalue()


def _with_entity(data: bytes, part: str, doctype: str, reference: str) -> bytes:
    """The workbook with a DOCTYPE in its sheet or its shared strings, the first city's name
    being the entity. openpyxl writes strings inline: for the shared strings, the name moves
    into a new sharedStrings part that the cell points to, as Excel writes it."""
    prolog = f'<?xml version="1.0" encoding="UTF-8"?>{doctype}'.encode()
    namespace = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    strings = f"<sst {namespace}><si><t>{reference}</t></si></sst>".encode()
    content_type = (
        b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
        b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'
    )
    first = b'<c r="A2" t="inlineStr"><is><t>Mardan</t></is></c>'

    def edit(name: str, xml: bytes) -> bytes:
        assert first in xml or name != SHEET
        if name == SHEET and part == SHEET:  # openpyxl writes no XML declaration of its own
            named = f'<c r="A2" t="inlineStr"><is><t>{reference}</t></is></c>'.encode()
            return prolog + xml.replace(first, named)
        if name == SHEET:
            return xml.replace(first, b'<c r="A2" t="s"><v>0</v></c>')
        if name == "[Content_Types].xml" and part == STRINGS:
            return xml.replace(b"</Types>", content_type)
        return xml

    added = {STRINGS: prolog + strings} if part == STRINGS else {}
    return _edited(data, edit, added)


def _with_dimension(data: bytes, ref: str) -> bytes:
    """The workbook claiming to span only ref, as a program that forgot to update it leaves it."""

    def edit(name: str, xml: bytes) -> bytes:
        if name != SHEET:
            return xml
        stale, count = re.subn(rb'<dimension ref="[^"]*" ?/>', f'<dimension ref="{ref}"/>'.encode(),
                               xml)  # fmt: skip
        assert count == 1
        return stale

    return _edited(data, edit, {})


def _bad_files(folder: Path) -> dict[str, tuple[str, str, str]]:
    """Each case written to folder: the table kind, the path, and what the first line says."""
    private = folder / "private.txt"
    private.write_text(MARKER, encoding="utf-8")
    cities = _workbook([["name", "country"], ["Mardan", "PK"], ["Swat", "PK"]])
    external = f'<!DOCTYPE sst [<!ENTITY xxe SYSTEM "{private.as_uri()}">]>'
    long_cell = "x" * 200_000
    cases: dict[str, tuple[str, str, bytes, str]] = {
        "a cell past csv's field limit": (
            "cities", "long.csv", f"name,country\nSwat,PK\n{long_cell},PK\n".encode(),
            "row 3: A cell holds more than 131072 characters",
        ),
        "an organisation without a name": (
            "organisations", "organisations.csv", b"name,sector\nYouth Forum,youth\n,education\n",
            "row 3: Name is required.",
        ),
        "a city without a name": (
            "cities", "cities.csv", b"name,country\nSwat,PK\n  ,PK\n",
            "row 3: City name is required.",
        ),
        "an entity bomb in the sheet": (
            "cities", "bomb.xlsx", _with_entity(cities, SHEET, BOMB, "&lol9;"),
            "The spreadsheet declares XML entities",
        ),
        "an entity bomb in the shared strings": (
            "cities", "bomb-strings.xlsx", _with_entity(cities, STRINGS, BOMB, "&lol9;"),
            "The spreadsheet declares XML entities",
        ),
        "an external entity in the sheet": (
            "cities", "xxe.xlsx", _with_entity(cities, SHEET, external, "&xxe;"),
            "The spreadsheet declares XML entities",
        ),
        "an external entity in the shared strings": (
            "cities", "xxe-strings.xlsx", _with_entity(cities, STRINGS, external, "&xxe;"),
            "The spreadsheet declares XML entities",
        ),
        "a date cell past the calendar": (
            "cities", "dates.xlsx",
            _workbook([["name", "country", "joined_on"], ["Swat", "PK", 99_999_999]], ("C2",)),
            "row 2: #VALUE! in joined_on is not a date",
        ),
        "a column named twice": (
            "cities", "twice.csv", b"name,country,Name\nSwat,PK,Mingora\n",
            'The first row names the column "name" twice',
        ),
        "a NUL byte in a cell": (
            "cities", "nul.csv", b"name,country\nSwat,PK\nMar\x00dan,PK\n",
            "row 3: A cell holds a NUL character",
        ),
        "no row of column names": (
            "cities", "no-heading.csv", b"Mardan,PK\nSwat,PK\n",
            "The first row names no column scdesk reads",
        ),
        "an unquoted comma": (
            "cities", "comma.csv", b"name,country,province\nSwat,PK,KP\nMardan, KP,PK,KP\n",
            "row 3: The row has 4 cells but the first row names only 3 columns",
        ),
        "a quotation mark never closed": (
            "cities", "open-quote.csv", b'name,country\nSwat,PK\n"Mardan, PK\nDir,PK\n',
            "row 3: A quotation mark in this row is never closed, or has text right after it.",
        ),
        "text after a closing quotation mark": (
            "cities", "after-quote.csv", b'name,country\n"Mardan" city,PK\n',
            "row 2: A quotation mark in this row is never closed, or has text right after it.",
        ),
        "a CSV file not in UTF-8": (
            "cities", "latin.csv", "name,country\nMérdan,PK\n".encode("latin-1"),
            "The file is not in UTF-8",
        ),
        "an XLSX file that is not a zip": (
            "cities", "text.xlsx", b"name,country\nSwat,PK\n",
            "The file is damaged or not a spreadsheet.",
        ),
        "an XLSX file with its sheet cut short": (
            "cities", "cut.xlsx",
            _edited(cities, lambda name, xml: xml[:400] if name == SHEET else xml, {}),
            "The file is damaged or not a spreadsheet.",
        ),
    }  # fmt: skip
    found = {}
    for case, (kind, name, data, said) in cases.items():
        (folder / name).write_bytes(data)
        found[case] = (kind, str(folder / name), said)
    return found


def test_each_bad_table_is_refused_with_a_sentence_naming_its_problem(
    store: Store, tmp_path: Path
) -> None:
    set_up_device(store, DeviceSetup("Hub", DeviceRole.HUB, "Hub staff"))
    files = tmp_path / "files"
    files.mkdir()
    before = dump(store)
    for case, (kind, path, said) in _bad_files(files).items():
        result = _scdesk(tmp_path, "import-table", kind, path)
        first = result.stderr.splitlines()[0] if result.stderr else ""
        assert result.returncode == 1, (case, result.stderr)
        assert "Traceback" not in result.stderr + result.stdout, (case, result.stderr)
        assert said in first, (case, result.stderr)
        assert first.rstrip().endswith("."), (case, first)
        assert MARKER not in result.stderr + result.stdout, case
    assert dump(store) == before


def test_an_xlsx_file_with_a_stale_size_is_imported_whole(store: Store, tmp_path: Path) -> None:
    set_up_device(store, DeviceSetup("Hub", DeviceRole.HUB, "Hub staff"))
    names = [f"City {n}" for n in range(1, 31)]
    data = _workbook([["name", "country"], *([name, "PK"] for name in names)])
    path = tmp_path / "cities.xlsx"
    path.write_bytes(_with_dimension(data, "A1:B2"))

    result = _scdesk(tmp_path, "import-table", "cities", str(path))

    assert result.returncode == 0, result.stderr
    assert "30 rows read; 30 added" in result.stdout
    for name in names:
        find_city(store, name)  # refused with a sentence if the row was dropped


def test_a_column_with_a_misspelt_name_is_named_after_the_import(
    store: Store, tmp_path: Path
) -> None:
    set_up_device(store, DeviceSetup("Hub", DeviceRole.HUB, "Hub staff"))
    path = tmp_path / "cities.csv"
    path.write_bytes(b"name,country,provnce\r\nSwat,PK,Khyber Pakhtunkhwa\r\n")

    result = _scdesk(tmp_path, "import-table", "cities", str(path))

    assert result.returncode == 0, result.stderr
    assert "1 rows read; 1 added" in result.stdout
    assert "Not read: provnce. scdesk does not use these columns in this table" in result.stdout
