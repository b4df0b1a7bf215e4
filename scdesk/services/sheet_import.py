"""import-table: people, organisations, cities, committees and their seats, meetings, activities,
the attendance of a meeting or an activity, or the programme's work (the hub's priorities,
consultation findings, risk profiles and prevention plans with their parts, support grants,
expert advice, raisings with national bodies, indicators and their targets), read from CSV or
XLSX with the columns the export writes (docs/reports.md lists them).

Every row is checked against the domain rules inside one transaction, through the same service
functions a form uses; a bad row is reported with its row number and the rule's sentence, and
unless every row is good nothing is written. A person already recorded (the same id, or the same
name, birth year and city) is matched, not added again; so are a city (id, or name and country)
and an organisation (id, or name and city). For a matched record only the columns in the file
change it, so a sheet exported, edited and imported back changes what was edited and nothing else.
A row whose id names no record yet makes one with that id, so the same sheet imported on two
devices makes the same records.
"""

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from uuid import UUID

from scdesk.domain.changes import Changes
from scdesk.domain.errors import UserError
from scdesk.domain.rules import InvalidRecordError
from scdesk.i18n import translate
from scdesk.paths import cannot_read, not_a_file
from scdesk.reports.sheet_files import SheetRow, check_size, read_part_sheet, read_sheet
from scdesk.services.sheet_attendance import meeting_attendance, participation
from scdesk.services.sheet_events import activity_row, committee_row, meeting_row, membership_row
from scdesk.services.sheet_plans import Rows, import_plans, import_profiles
from scdesk.services.sheet_rows import RowProblem, RowReader
from scdesk.services.sheet_support import (
    advice_row,
    finding_row,
    grant_row,
    indicator_row,
    priority_row,
    raising_row,
    target_row,
)
from scdesk.store.models import Activity, Meeting
from scdesk.store.store import Store

log = logging.getLogger(__name__)


class SheetKind(StrEnum):
    PEOPLE = "people"
    ORGANISATIONS = "organisations"
    CITIES = "cities"
    ATTENDANCE = "attendance"
    COMMITTEES = "committees"
    MEMBERSHIPS = "memberships"
    MEETINGS = "meetings"
    ACTIVITIES = "activities"
    PRIORITIES = "priorities"
    FINDINGS = "findings"
    RISK_PROFILES = "risk-profiles"
    RISK_FACTORS = "risk-factors"
    PREVENTION_PLANS = "prevention-plans"
    PLAN_OBJECTIVES = "plan-objectives"
    PLAN_ACTIONS = "plan-actions"
    GRANTS = "grants"
    ADVICE = "advice"
    RAISINGS = "raisings"
    INDICATORS = "indicators"
    INDICATOR_TARGETS = "indicator-targets"

    @property
    def sheet(self) -> str:
        """The name of its table in an export (risk_factors), which picks the sheet of a
        workbook or the CSV file of a zip."""
        return self.value.replace("-", "_")


#: How a row of each kind of events sheet becomes a record (sheet_events.py).
_EVENT_ROWS: dict[SheetKind, Callable[[RowReader, SheetRow], None]] = {
    SheetKind.COMMITTEES: committee_row,
    SheetKind.MEMBERSHIPS: membership_row,
    SheetKind.MEETINGS: meeting_row,
    SheetKind.ACTIVITIES: activity_row,
    SheetKind.PRIORITIES: priority_row,
    SheetKind.FINDINGS: finding_row,
    SheetKind.GRANTS: grant_row,
    SheetKind.ADVICE: advice_row,
    SheetKind.RAISINGS: raising_row,
    SheetKind.INDICATORS: indicator_row,
    SheetKind.INDICATOR_TARGETS: target_row,
}
#: The parts of a risk profile or a prevention plan, read beside the versions from a workbook or
#: an exported zip, or alone from a file of their own (sheet_plans.py).
_PROFILE_KINDS = (SheetKind.RISK_PROFILES, SheetKind.RISK_FACTORS)
_PLAN_KINDS = (SheetKind.PREVENTION_PLANS, SheetKind.PLAN_OBJECTIVES, SheetKind.PLAN_ACTIONS)


class SheetRefusedError(UserError):
    """The file was refused and nothing written; problems lists every bad row."""

    def __init__(self, problems: list[RowProblem]) -> None:
        #: Translators: %n is how many problems were found, {first} the first of them.
        found = len(problems)
        text = translate("Tables", "Nothing was imported: %n problem(s) found; {first}", "", found)
        super().__init__(text.format(first=problems[0]))
        self.problems = tuple(problems)


@dataclass(frozen=True, slots=True)
class ImportSummary:
    rows: int
    created: int
    updated: int
    unchanged: int
    #: Rows of an attendance file that belong to another meeting or activity.
    skipped: int
    #: People an attendance file added because they were not recorded yet.
    people_added: int
    changes: Changes
    #: Columns the file names that the import never read (a misspelt name, most often).
    unread: tuple[str, ...] = ()


def import_sheet_file(
    store: Store,
    kind: SheetKind,
    path: Path,
    *,
    meeting_id: UUID | None = None,
    activity_id: UUID | None = None,
) -> ImportSummary:
    unreadable = not_a_file(path)
    if unreadable is not None:
        raise UserError(unreadable)
    try:
        check_size(path.stat().st_size)
        data = path.read_bytes()
    except OSError as error:
        raise UserError(cannot_read(path, error)) from None
    return import_sheet(
        store, kind, data, path.name, meeting_id=meeting_id, activity_id=activity_id
    )


def import_sheet(
    store: Store,
    kind: SheetKind,
    data: bytes,
    filename: str,
    *,
    meeting_id: UUID | None = None,
    activity_id: UUID | None = None,
) -> ImportSummary:
    """Check every row, then write them all in one transaction, or refuse the whole file."""
    if kind is SheetKind.ATTENDANCE and (meeting_id is None) == (activity_id is None):
        text = translate("Tables", "Say which meeting or which activity the attendance is for.")
        raise UserError(text)
    sheet_name = kind.sheet
    if kind is SheetKind.ATTENDANCE and activity_id is not None:
        sheet_name = "participation"
    sheet = read_sheet(data, filename, sheet_name)
    parts = 0  # rows of the parts' sheets read beside a file's versions
    with store.write() as tx:
        reader = RowReader(
            tx, sheet.columns, [RowProblem(f.number, f.message) for f in sheet.faults]
        )
        rows: tuple[SheetRow, ...] = sheet.rows
        if kind is SheetKind.PEOPLE:
            for row in rows:
                reader.guarded(row, lambda r: reader.person(r, update=True))
        elif kind is SheetKind.CITIES:
            for row in rows:
                reader.guarded(row, reader.city)
        elif kind is SheetKind.ORGANISATIONS:
            for row in rows:
                reader.guarded(row, reader.organisation)
        elif kind in _EVENT_ROWS:
            handle = _EVENT_ROWS[kind]
            for row in rows:
                reader.guarded(row, lambda r: handle(reader, r))
        elif kind in _PROFILE_KINDS or kind in _PLAN_KINDS:
            parts = _versions(reader, kind, data, filename, rows)
        elif meeting_id is not None:
            tx.get(Meeting, meeting_id)  # a meeting that is not here is refused as it is
            _whole_file(reader, lambda: meeting_attendance(reader, meeting_id, rows))
        elif activity_id is not None:
            tx.get(Activity, activity_id)
            _whole_file(reader, lambda: participation(reader, activity_id, rows))
        if reader.problems:
            log.info(
                "sheet import refused: %d problems in %d rows", len(reader.problems), len(rows)
            )
            raise SheetRefusedError(sorted(reader.problems, key=lambda p: p.row or 0))
        counts = reader.counts
        summary = ImportSummary(
            len(rows) + parts, counts.created, counts.updated, counts.unchanged, counts.skipped,
            counts.people_added, tx.changes, sheet.unread(sheet_name) if rows else (),
        )  # fmt: skip
    log.info(
        "sheet import of %s: %d rows, %d created, %d updated",
        kind.value, summary.rows, summary.created, summary.updated,
    )  # fmt: skip
    return summary


def _versions(
    reader: RowReader, kind: SheetKind, data: bytes, filename: str, rows: Sequence[SheetRow]
) -> int:
    """Versions with the parts a workbook or an exported zip holds beside them, or parts alone;
    returns how many rows of other sheets were read."""
    sheets: dict[SheetKind, Rows] = {kind: (reader, rows)}
    if kind in (SheetKind.RISK_PROFILES, SheetKind.PREVENTION_PLANS):
        for part in (_PROFILE_KINDS if kind in _PROFILE_KINDS else _PLAN_KINDS)[1:]:
            sheet = read_part_sheet(data, filename, part.sheet)
            if sheet is not None:
                reader.problems += [
                    RowProblem(f.number, f.message, part.sheet) for f in sheet.faults
                ]
                sheets[part] = (reader.part(sheet.columns, part.sheet), sheet.rows)
    if kind in _PROFILE_KINDS:
        profiles = rows if kind is SheetKind.RISK_PROFILES else ()
        import_profiles(reader, profiles, sheets.get(SheetKind.RISK_FACTORS))
    else:
        import_plans(
            reader,
            rows if kind is SheetKind.PREVENTION_PLANS else (),
            sheets.get(SheetKind.PLAN_OBJECTIVES),
            sheets.get(SheetKind.PLAN_ACTIONS),
        )
    return sum(len(part_rows) for part, (_, part_rows) in sheets.items() if part is not kind)


def _whole_file(reader: RowReader, work: Callable[[], None]) -> None:
    """Problems of the attendance as a whole (approved minutes, a stated total that no longer
    adds up) belong to the file, not to a row."""
    try:
        work()
    except InvalidRecordError as error:
        reader.problems += [RowProblem(None, p.message) for p in error.problems]
