"""Sheets to and from files: CSV (one file per sheet, zipped) and XLSX (a worksheet per sheet).

A sheet is rows of cells under a heading row that names the columns: what users call a table.
CSV is UTF-8 with a byte-order mark, so that Excel shows Urdu, Hindi and Bengali names as they
are; dates are ISO (2026-11-25), yes/no for true and false. XLSX has a worksheet per sheet with
the heading row frozen and dates as date cells. Reading takes a CSV (comma, semicolon or tab), an
XLSX (the worksheet named for the sheet, or its only one) or a zip of CSVs as the export writes.
Every row is read, as written: a row the file itself spoils (a NUL character, more cells than the
heading row names, a cell longer than csv reads) is kept as a fault for the import to list, and a
file that cannot be read as a sheet at all is refused with the sentence that says why.
"""

import csv
import io
import logging
import warnings
import zipfile
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import islice
from pathlib import PurePath
from typing import Any

from defusedxml import DefusedXmlException
from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.chartsheet import Chartsheet
from openpyxl.styles import Font
from openpyxl.utils.exceptions import InvalidFileException

from scdesk.domain.errors import UserError
from scdesk.domain.outside import shown
from scdesk.i18n import translate
from scdesk.store.queries.export_programme import PROGRAMME_COLUMNS
from scdesk.store.queries.export_sheets import IMPORTED_COLUMNS, ExportSheet, Value

log = logging.getLogger(__name__)

#: What a spreadsheet program takes for the start of a formula at the start of a cell.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_GUARD = "'"

#: Files larger than this are refused before they are read (a participant list is far smaller).
MAX_BYTES = 30 * 1024 * 1024
#: What the parts of an XLSX or zip may unpack to, together.
MAX_UNPACKED = 300 * 1024 * 1024
MAX_ROWS = 200_000


class Cells(dict[str, Value]):
    """A row's cells by column name, noting each column the import asks for, so that the
    columns it never read can be named (most often a column whose name is misspelt)."""

    __slots__ = ("asked",)

    def __init__(self, cells: dict[str, Value], asked: set[str]) -> None:
        super().__init__(cells)
        self.asked = asked

    def get(self, key: str, default: Any = None) -> Any:
        self.asked.add(key)
        return super().get(key, default)

    def __getitem__(self, key: str) -> Value:
        self.asked.add(key)
        return super().__getitem__(key)

    def __contains__(self, key: object) -> bool:
        if isinstance(key, str):
            self.asked.add(key)
        return super().__contains__(key)


@dataclass(frozen=True, slots=True)
class SheetRow:
    """A row as the spreadsheet numbers it (the heading is row 1), by column name."""

    number: int
    cells: Cells


@dataclass(frozen=True, slots=True)
class RowFault:
    """A row the file itself spoils, as the spreadsheet numbers it: not read at all."""

    number: int
    message: str


@dataclass(frozen=True, slots=True)
class Sheet:
    columns: tuple[str, ...]
    rows: tuple[SheetRow, ...]
    #: Rows that cannot be read as written; a file with any is refused whole.
    faults: tuple[RowFault, ...] = ()
    #: The columns the import has asked its rows for so far (see Cells).
    asked: set[str] = field(default_factory=set)

    def unread(self, table: str) -> tuple[str, ...]:
        """The columns the file names that the import never asked for, once it has read the
        rows, nor the export writes in the table (a person's code is written, never read)."""
        written = set(_read_columns(table) or ())
        return tuple(c for c in self.columns if c not in self.asked and c not in written)


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
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date):
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
    if isinstance(value, date):
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = "yyyy-mm-dd hh:mm" if isinstance(value, datetime) else "yyyy-mm-dd"
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
        return _read_csv(data, name)
    text = translate("Tables", "{name} is not a CSV or XLSX file: save it as one of those.")
    raise UserError(text.format(name=shown(PurePath(filename).name)))


def read_part_sheet(data: bytes, filename: str, name: str) -> Sheet | None:
    """Another sheet of an XLSX workbook or an exported zip, when the file has one of exactly
    that name (a risk profile's factors beside the profiles); None for a CSV file, one sheet."""
    suffix = PurePath(filename).suffix.lower()
    if suffix == ".zip":
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = [PurePath(n).stem for n in archive.namelist() if n.endswith(".csv")]
    elif suffix == ".xlsx":
        try:
            book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        except _UNREADABLE as error:
            raise _unreadable(error) from None
        names = list(book.sheetnames)
        book.close()
    else:
        return None
    return read_sheet(data, filename, name) if name in names else None


def _read_csv(data: bytes, wanted: str) -> Sheet:
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
    rows: list[list[str]] = []
    faults: list[RowFault] = []
    # Strict: a quotation mark astray refuses its row rather than running cells together. Not
    # for tab-separated text, which some spreadsheets write without quoting (a cell may begin
    # with a quotation mark of its own), read as before.
    strict = delimiter != "\t"
    try:
        for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=strict):
            rows.append([unguarded(cell) for cell in row])
    except csv.Error as error:  # a cell past csv's size limit, or a quotation mark astray
        fault = _too_long() if "field limit" in str(error) else _quote_astray()
        if not rows:
            raise UserError(fault) from None
        faults.append(RowFault(len(rows) + 1, fault))
    return _sheet(rows, wanted, faults)


def _quote_astray() -> str:
    """A cell opened with a quotation mark that is never closed (it runs to the end of the file),
    or one with text after its closing quotation mark."""
    return translate(
        "Tables", "A quotation mark in this row is never closed, or has text right after it."
    )


def _too_long() -> str:
    """A cell longer than csv reads is almost always a quotation mark left open, which runs the
    rest of the file into one cell; the rows after it cannot be told apart."""
    text = translate(
        "Tables", "A cell holds more than {limit} characters: look for a quotation mark that is "
        "never closed.",
    )  # fmt: skip
    return text.format(limit=csv.field_size_limit())


def _read_xlsx(data: bytes, wanted: str) -> Sheet:
    _check_archive(data)
    try:
        with warnings.catch_warnings(record=True) as warned:
            # openpyxl warns on stderr about what it leaves out (a date out of range, an
            # extension it does not know): the cells show what matters, the log counts them.
            # The filters are the process's; imports run one at a time, on the write thread.
            warnings.simplefilter("always")
            rows = _xlsx_rows(data, wanted)
    except _UNREADABLE as error:
        raise _unreadable(error) from None
    if warned:
        log.info("spreadsheet read with %d warnings from openpyxl", len(warned))
    return _sheet(rows, wanted)


def _xlsx_rows(data: bytes, wanted: str) -> list[list[object]]:
    book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        worksheet = book[_worksheet_name(book.sheetnames, wanted)]
        if isinstance(worksheet, Chartsheet):  # a chart, not cells
            raise _no_sheet(wanted)
        # The stored <dimension> is what the writing program last counted; a stale one would
        # end the rows early.
        worksheet.reset_dimensions()
        # One row past the limit is enough to refuse the file; the rest is not unpacked.
        found = islice(worksheet.iter_rows(values_only=True), MAX_ROWS + 2)
        return [list(row) for row in found]
    finally:
        book.close()


#: What openpyxl raises for a file it cannot read: a damaged part (zip, deflate, XML), a part
#: missing, a value of the wrong kind, or entities defusedxml refuses to expand.
_UNREADABLE = (
    OSError, EOFError, KeyError, ValueError, TypeError, SyntaxError, zipfile.BadZipFile,
    zlib.error, InvalidFileException,
)  # fmt: skip


def _unreadable(error: BaseException) -> UserError:
    """Entities (an entity bomb, a file on this computer named as an external entity) are
    refused by defusedxml before anything is expanded or fetched; openpyxl wraps its error."""
    cause: BaseException | None = error
    while cause is not None:
        if isinstance(cause, DefusedXmlException):
            text = translate(
                "Tables", "The spreadsheet declares XML entities, which spreadsheet programs "
                "never write: it is refused.",
            )  # fmt: skip
            return UserError(text)
        cause = cause.__cause__ or cause.__context__
    log.warning("spreadsheet unreadable: %s", type(error).__name__)
    return _damaged()


def _worksheet_name(names: Sequence[str], wanted: str) -> str:
    """The worksheet named for the sheet, or the workbook's only one."""
    if wanted in names:
        return wanted
    if len(names) == 1:
        return names[0]
    raise _no_sheet(wanted)


def _no_sheet(wanted: str) -> UserError:
    text = translate("Tables", "The spreadsheet has no sheet called {table}.")
    return UserError(text.format(table=wanted))


def _read_zip(data: bytes, wanted: str) -> Sheet:
    _check_archive(data)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        found = [n for n in archive.namelist() if PurePath(n).name == f"{wanted}.csv"]
        if not found:
            text = translate("Tables", "The zip file holds no {table}.csv.")
            raise UserError(text.format(table=wanted))
        try:
            member = archive.read(found[0])
        except (zipfile.BadZipFile, zlib.error, EOFError):
            raise _damaged() from None
    return _read_csv(member, wanted)


def _check_archive(data: bytes) -> None:
    """Refuse an archive that would unpack to far more than any real sheet."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except zipfile.BadZipFile:
        raise _damaged() from None
    if unpacked > MAX_UNPACKED:
        text = translate("Tables", "The file unpacks to more than {limit} MB: it is refused.")
        raise UserError(text.format(limit=MAX_UNPACKED // (1024 * 1024)))


def _damaged() -> UserError:
    return UserError(translate("Tables", "The file is damaged or not a spreadsheet."))


def _sheet(rows: Sequence[Sequence[object]], wanted: str, faults: Sequence[RowFault] = ()) -> Sheet:
    """The rows as written: every row is read (the heading is row 1), and a row the file
    itself spoils is kept as a fault, not read, so that the import refuses the file."""
    columns = _heading(rows, wanted)
    if len(rows) - 1 > MAX_ROWS:
        text = translate("Tables", "The file has more than {limit} rows: split it.")
        raise UserError(text.format(limit=MAX_ROWS))
    width = max((i + 1 for i, c in enumerate(columns) if c), default=0)
    found, spoilt = [], list(faults)
    asked: set[str] = set()
    for number, row in enumerate(rows, start=1):
        fault = _row_fault(row, width)
        if fault is not None:
            spoilt.append(RowFault(number, fault))
        elif number > 1 and any(_filled(v) for v in row):  # spreadsheets keep blank rows
            cells = {c: _cell(row[i]) if i < len(row) else None for i, c in enumerate(columns) if c}
            found.append(SheetRow(number, Cells(cells, asked)))
    spoilt.sort(key=lambda f: f.number)
    return Sheet(tuple(c for c in columns if c), tuple(found), tuple(spoilt), asked)


def _heading(rows: Sequence[Sequence[object]], wanted: str) -> tuple[str, ...]:
    """The column names of the first row, which must be there: without them every row would
    be read as the wrong fields, and each refused for a rule it never meant to break."""
    if not rows or not any(_filled(v) for v in rows[0]):
        raise UserError(translate("Tables", "The first row must name the columns; it is empty."))
    columns = tuple(_column(v) for v in rows[0])
    named = [c for c in columns if c]
    twice = next((c for i, c in enumerate(named) if c in named[:i]), None)
    if twice is not None:
        #: Translators: {column} is a column name, as the first row of the file gives it.
        text = translate("Tables", 'The first row names the column "{column}" twice: keep one.')
        raise UserError(text.format(column=twice))
    known = _read_columns(wanted)
    if known is not None and not set(named) & set(known):
        #: Translators: {examples} are column names, such as: id, name, name_local, country.
        text = translate(
            "Tables", "The first row names no column scdesk reads: add a row of column names "
            "at the top, such as {examples}.",
        )  # fmt: skip
        raise UserError(text.format(examples=", ".join(known[:4])))
    return columns


def _read_columns(table: str) -> tuple[str, ...] | None:
    """The columns the export writes in a table, which import-table reads back."""
    return IMPORTED_COLUMNS.get(table) or PROGRAMME_COLUMNS.get(table)


def _row_fault(row: Sequence[object], width: int) -> str | None:
    """What in the row's cells keeps it from being read as written: a NUL character, which no
    text holds, or more cells than the first row names (in a CSV file, most often a comma in
    a cell that was not put in quotation marks, which moves every cell after it)."""
    if any(isinstance(v, str) and "\0" in v for v in row):
        return translate(
            "Tables", "A cell holds a NUL character, which is not text: save the file again from "
            "your spreadsheet program.",
        )  # fmt: skip
    cells = max((i + 1 for i, v in enumerate(row) if _filled(v)), default=0)
    if cells > width:
        #: Translators: {cells} and {columns} are numbers of cells in one row.
        text = translate(
            "Tables", "The row has {cells} cells but the first row names only {columns} "
            "columns: name every column, and put a cell that holds a comma in quotation marks.",
        )  # fmt: skip
        return text.format(cells=cells, columns=width)
    return None


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
