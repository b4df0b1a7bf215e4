"""Sheets to and from files: CSV (one file per sheet, zipped) and XLSX (a worksheet per sheet).

A sheet is rows of cells under a heading row that names the columns: what users call a table.
CSV is UTF-8 with a byte-order mark, so that Excel shows Urdu, Hindi and Bengali names as they
are; dates are ISO (2026-11-25), yes/no for true and false. XLSX has a worksheet per sheet with
the heading row frozen and dates as date cells. Reading takes a CSV (comma, semicolon or tab), an
XLSX (the worksheet named for the sheet, or its only one) or a zip of CSVs as the export writes.
"""

import csv
import io
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import PurePath

from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from scdesk.domain.errors import UserError
from scdesk.domain.outside import shown
from scdesk.i18n import translate
from scdesk.store.queries.export_sheets import ExportSheet, Value

#: What a spreadsheet program takes for the start of a formula at the start of a cell.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_GUARD = "'"

#: Files larger than this are refused before they are read (a participant list is far smaller).
MAX_BYTES = 30 * 1024 * 1024
#: What the parts of an XLSX or zip may unpack to, together.
MAX_UNPACKED = 300 * 1024 * 1024
MAX_ROWS = 200_000


@dataclass(frozen=True, slots=True)
class SheetRow:
    """A row as the spreadsheet numbers it (the heading is row 1), by column name."""

    number: int
    cells: dict[str, Value]


@dataclass(frozen=True, slots=True)
class Sheet:
    columns: tuple[str, ...]
    rows: tuple[SheetRow, ...]


# ---------------------------------------------------------------------- writing
def csv_zip(sheets: Sequence[ExportSheet], readme: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("README.txt", readme)
        for sheet in sheets:
            text = io.StringIO()
            writer = csv.writer(text, lineterminator="\r\n")
            writer.writerow(sheet.columns)
            writer.writerows([_csv_value(v) for v in row] for row in sheet.rows)
            archive.writestr(f"{sheet.name}.csv", "\ufeff" + text.getvalue())
    return out.getvalue()


def xlsx(sheets: Sequence[ExportSheet]) -> bytes:
    book = Workbook(write_only=True)
    for sheet in sheets:
        worksheet = book.create_sheet(sheet.name)
        worksheet.freeze_panes = "A2"
        for index, column in enumerate(sheet.columns):
            worksheet.column_dimensions[_letter(index)].width = max(10, min(40, len(column) + 4))
        head = []
        for column in sheet.columns:
            cell = _text_cell(worksheet, column)
            cell.font = Font(bold=True)
            head.append(cell)
        worksheet.append(head)
        for row in sheet.rows:
            worksheet.append([_xlsx_value(worksheet, v) for v in row])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _csv_value(value: Value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, str):
        return guarded(value)
    return str(value)


def guarded(text: str) -> str:
    """A CSV cell's text as a spreadsheet program shows it and never runs it."""
    return _GUARD + text if text.startswith(FORMULA_STARTS) else text


def unguarded(text: str) -> str:
    """The text a guarded CSV cell holds: the apostrophe guarded() put before it taken off."""
    if text.startswith(_GUARD) and text[1:].startswith(FORMULA_STARTS):
        return text[1:]
    return text


def _xlsx_value(sheet: object, value: Value) -> object:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, date) and not isinstance(value, datetime):
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = "yyyy-mm-dd"
        return cell
    if isinstance(value, str):
        return _text_cell(sheet, value)
    return value


def _text_cell(sheet: object, text: str) -> WriteOnlyCell:
    """A string cell, whatever its text begins with: openpyxl would store a text beginning with
    = as a formula for Excel to run."""
    cell = WriteOnlyCell(sheet, value=text)
    cell.data_type = "s"
    return cell


def _letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


# ---------------------------------------------------------------------- reading
def check_size(size: int) -> None:
    """A file to read is no larger than MAX_BYTES, asked before it is read where its size is
    known."""
    if size > MAX_BYTES:
        text = translate(
            "Tables", "The file is larger than {limit} MB: split it into smaller files."
        )
        raise UserError(text.format(limit=MAX_BYTES // (1024 * 1024)))


def read_sheet(data: bytes, filename: str, name: str) -> Sheet:
    """The rows of a CSV or XLSX file (or of <name>.csv in a zip the export wrote); name is the
    sheet's, which picks the worksheet of an XLSX file too."""
    check_size(len(data))
    suffix = PurePath(filename).suffix.lower()
    if suffix == ".xlsx":
        return _read_xlsx(data, name)
    if suffix == ".zip":
        return _read_zip(data, name)
    if suffix in (".csv", ".txt", ".tsv"):
        return _read_csv(data)
    text = translate("Tables", "{name} is not a CSV or XLSX file: save it as one of those.")
    raise UserError(text.format(name=shown(PurePath(filename).name)))


def _read_csv(data: bytes) -> Sheet:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        message = translate(
            "Tables",
            'The file is not in UTF-8: save it from your spreadsheet as "CSV UTF-8" and try again.',
        )
        raise UserError(message) from None
    first = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=first.count)
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    return _sheet([[unguarded(cell) for cell in row] for row in rows])


def _read_xlsx(data: bytes, wanted: str) -> Sheet:
    _check_archive(data)
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (OSError, KeyError, ValueError, zipfile.BadZipFile) as error:
        message = translate("Tables", "The spreadsheet cannot be read: {reason}")
        raise UserError(message.format(reason=error)) from None
    try:
        names = book.sheetnames
        if wanted in names:
            found = wanted
        elif len(names) == 1:
            found = names[0]
        else:
            text = translate("Tables", "The spreadsheet has no sheet called {table}.")
            raise UserError(text.format(table=wanted))
        rows = [list(row) for row in book[found].iter_rows(values_only=True)]
    finally:
        book.close()
    return _sheet(rows)


def _read_zip(data: bytes, wanted: str) -> Sheet:
    _check_archive(data)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        found = [n for n in archive.namelist() if PurePath(n).name == f"{wanted}.csv"]
        if not found:
            text = translate("Tables", "The zip file holds no {table}.csv.")
            raise UserError(text.format(table=wanted))
        return _read_csv(archive.read(found[0]))


def _check_archive(data: bytes) -> None:
    """Refuse an archive that would unpack to far more than any real sheet."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except zipfile.BadZipFile:
        text = translate("Tables", "The file is damaged or not a spreadsheet.")
        raise UserError(text) from None
    if unpacked > MAX_UNPACKED:
        text = translate("Tables", "The file unpacks to more than {limit} MB: it is refused.")
        raise UserError(text.format(limit=MAX_UNPACKED // (1024 * 1024)))


def _sheet(rows: Sequence[Sequence[object]]) -> Sheet:
    if not rows or not any(_filled(v) for v in rows[0]):
        raise UserError(translate("Tables", "The first row must name the columns; it is empty."))
    columns = tuple(_column(v) for v in rows[0])
    if len(rows) - 1 > MAX_ROWS:
        text = translate("Tables", "The file has more than {limit} rows: split it.")
        raise UserError(text.format(limit=MAX_ROWS))
    found = []
    for number, row in enumerate(rows[1:], start=2):
        if not any(_filled(v) for v in row):
            continue  # spreadsheets keep blank rows at the end
        cells = {c: _cell(row[i]) if i < len(row) else None for i, c in enumerate(columns) if c}
        found.append(SheetRow(number, cells))
    return Sheet(tuple(c for c in columns if c), tuple(found))


def _column(value: object) -> str:
    return str(value or "").strip().lower().replace(" ", "_")


def _filled(value: object) -> bool:
    return value is not None and str(value).strip() != ""


def _cell(value: object) -> Value:
    if value is None:
        return None
    if isinstance(value, str):
        stripped = value.strip()
        return stripped or None
    if isinstance(value, bool | int | date | datetime):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else str(value)
    return str(value)
