"""Sheets out, for analysts: CSV (one file per sheet, zipped) or XLSX (a worksheet per sheet).

De-identified unless the caller passes personal=True, which the GUI and the command line only do
after the user has asked for personal data and confirmed it. docs/reports.md lists the sheets
(the user's "tables") and their columns; import-table reads the same columns back.
"""

import logging
from datetime import date
from enum import StrEnum

from sqlalchemy.orm import Session

from scdesk import __version__
from scdesk.reports.sheet_files import csv_zip, xlsx
from scdesk.store.queries.export_programme import programme_sheets
from scdesk.store.queries.export_sheets import ExportSheet, export_sheets, shared_people
from scdesk.store.store import Store

log = logging.getLogger(__name__)


class SheetFormat(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"


def all_sheets(session: Session, today: date, *, personal: bool) -> list[ExportSheet]:
    """Every table the export writes, in the order a reader joins them: the records of meetings
    and people, then the programme's (findings, plans, support, indicators)."""
    sheets = export_sheets(session, today, personal=personal)
    shared = shared_people(session, today)
    return sheets + programme_sheets(session, shared, personal=personal)


def export_sheet_file(store: Store, form: SheetFormat, *, personal: bool = False) -> bytes:
    """The sheets as a zip of CSV files or as an XLSX workbook."""
    today = store.now().date()
    with store.read() as session:
        sheets = all_sheets(session, today, personal=personal)
    log.info(
        "sheets exported as %s (%s): %d rows",
        form.value, "with personal data" if personal else "de-identified",
        sum(len(s.rows) for s in sheets),
    )  # fmt: skip
    if form is SheetFormat.XLSX:
        return xlsx(sheets)
    return csv_zip(sheets, _readme(sheets, personal, store.now().isoformat(timespec="seconds")))


def _readme(sheets: list[ExportSheet], personal: bool, when: str) -> str:
    mode = (
        "WITH PERSONAL DATA: names, birth years and contact details. Keep it safe and delete it "
        "when you are done."
        if personal
        else "De-identified: people by stable codes, without names or contact details; people "
        "who withdrew consent or did not consent to the use of their data are left out."
    )
    lines = [
        f"Tables exported by scdesk {__version__} on {when}.",
        mode,
        "UTF-8 CSV, one file per table; dates are ISO (YYYY-MM-DD), times UTC.",
        "The columns are described in docs/reports.md of scdesk.",
        "",
    ]
    lines += [f"{t.name}.csv: {len(t.rows)} rows; {', '.join(t.columns)}" for t in sheets]
    return "\r\n".join(lines) + "\r\n"
