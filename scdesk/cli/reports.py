"""Commands for reports and sheets: `report KIND ... -o FILE` and `import-table KIND FILE`."""

import argparse
import sys
from pathlib import Path
from uuid import UUID

from scdesk.cli.options import Commands, day, open_store, record_id, say_duplicates, whole
from scdesk.domain.counts import BLANK_ROWS, MOST_BLANK_ROWS
from scdesk.domain.errors import UserError
from scdesk.domain.places import country_code, country_problems
from scdesk.domain.rules import require
from scdesk.i18n import translate

KINDS = ("minutes", "sign-in", "activity", "key-figures", "indicators", "actions", "city-plan",
         "csv", "xlsx")  # fmt: skip
_CONFIRM = "personal data"
#: What import-table reads (services/sheet_import.py SheetKind, which the CLI loads lazily).
_SHEET_KINDS = ("people", "organisations", "cities", "committees", "memberships", "meetings",
                "activities", "priorities", "findings", "risk-profiles", "risk-factors",
                "prevention-plans", "plan-objectives", "plan-actions", "grants", "advice",
                "raisings", "indicators", "indicator-targets", "attendance")  # fmt: skip


def register(commands: Commands, common: argparse.ArgumentParser) -> None:
    report = commands.add_parser(
        "report",
        parents=[common],
        help="write a report (PDF) or the tables (CSV or XLSX) to a file",
        description="Write a report as a PDF, or the tables for analysts as CSV or XLSX.",
    )
    report.add_argument("kind", choices=KINDS, metavar="KIND", help=", ".join(KINDS))
    report.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    report.add_argument("--meeting", type=record_id, metavar="ID", help="for minutes and sign-in")
    report.add_argument("--activity", type=record_id, metavar="ID", help="for activity and sign-in")
    report.add_argument("--city", metavar="C", help="a city name or id (key-figures, indicators, "
                        "actions, city-plan)")  # fmt: skip
    report.add_argument("--committee", type=record_id, metavar="ID", help="for actions")
    report.add_argument("--country", metavar="C", help="for key-figures: a code or name")
    report.add_argument("--from", dest="period_from", type=day, metavar="DATE")
    report.add_argument("--to", dest="period_to", type=day, metavar="DATE")
    report.add_argument("--lang", metavar="L", help="ur, hi, ne, ta, si, bn or en (default: the "
                        "meeting's or activity's own, else en)")  # fmt: skip
    report.add_argument("--letter", action="store_true", help="US Letter instead of A4")
    report.add_argument(
        "--outward",
        action="store_true",
        help="activity: suppress counts under 5, for a report leaving the hub (key-figures and "
        "indicators do so unless --inward)",
    )
    report.add_argument(
        "--inward",
        action="store_true",
        help="key-figures, indicators: for the hub's own use, no counts suppressed",
    )
    report.add_argument(
        "--highlight",
        action="append",
        default=[],
        metavar="TEXT",
        help="key-figures: a highlight to add (repeat for more)",
    )
    report.add_argument(
        "--acknowledgement", metavar="TEXT", help="key-figures: a sentence thanking the funders"
    )
    report.add_argument(
        "--blank-rows",
        type=whole,
        default=BLANK_ROWS,
        metavar="N",
        help=f"sign-in: empty rows after the printed names, 0 to {MOST_BLANK_ROWS} "
        f"(default {BLANK_ROWS})",
    )
    report.add_argument(
        "--personal-data",
        action="store_true",
        help="csv, xlsx: include names and contact details (asks to confirm)",
    )
    report.add_argument("--yes", action="store_true", help="confirm --personal-data")  # fmt: skip
    report.set_defaults(run=_report)

    sheets = commands.add_parser(
        "import-table",
        parents=[common],
        help="read people, organisations, cities, committees, memberships, meetings, activities, "
        "the programme's findings, plans, support and indicators, or attendance from CSV or XLSX",
        description="Check every row, then add or update the records; a file with any bad row "
        "is refused whole, with each bad row's number and what is wrong.",
    )
    sheets.add_argument(
        "kind",
        choices=_SHEET_KINDS,
        metavar="KIND",
        help=", ".join(_SHEET_KINDS[:-1]) + " or " + _SHEET_KINDS[-1],
    )
    sheets.add_argument("file", type=Path, metavar="FILE", help="a .csv, .xlsx or exported .zip")
    sheets.add_argument(
        "--meeting", type=record_id, metavar="ID", help="attendance of this meeting"
    )
    sheets.add_argument("--activity", type=record_id, metavar="ID",
                       help="registered participants of this activity")  # fmt: skip
    sheets.set_defaults(run=_import_sheet)


def _report(args: argparse.Namespace, folder: Path) -> int:
    from scdesk.domain.periods import Period, period_bounds
    from scdesk.services.figures import FigureQuery
    from scdesk.services.places import find_city
    from scdesk.services.report_requests import ReportRequest, make_report, write_report_file
    from scdesk.services.reports import Paper, ReportKind

    kind = ReportKind(args.kind)
    if kind in (ReportKind.CSV, ReportKind.XLSX) and args.personal_data:
        _confirm(args.yes)
    if kind is ReportKind.MINUTES:
        _need(args.meeting, "--meeting")
    elif kind is ReportKind.SIGN_IN and (args.meeting is None) == (args.activity is None):
        raise UserError(translate("Cli", "Give --meeting ID or --activity ID."))
    elif kind is ReportKind.ACTIVITY:
        _need(args.activity, "--activity")
    elif kind is ReportKind.INDICATORS and args.country:
        text = translate("Cli", "Indicators are reported for a city or for all cities: give "
                         "--city instead of --country.")  # fmt: skip
        raise UserError(text)
    elif kind is ReportKind.CITY_PLAN and not args.city:
        raise UserError(translate("Cli", "Give {option}.").format(option="--city"))
    with open_store(args, folder) as store:
        city = find_city(store, args.city) if args.city else None
        start, end = args.period_from, args.period_to
        if kind is ReportKind.KEY_FIGURES and start is None and end is None:
            start, end = period_bounds(Period.LAST_QUARTER, store.now().date())
            text = translate("Cli", "The key figures of the last complete quarter, {start} to "
                             "{end}: --from and --to choose another period.")  # fmt: skip
            print(text.format(start=start, end=end))
        figures = FigureQuery(start, end, _country(args.country), city,
                              outward=not args.inward)  # fmt: skip
        request = ReportRequest(
            kind, language=args.lang, paper=Paper.LETTER if args.letter else Paper.A4,
            meeting_id=args.meeting, activity_id=args.activity, city_id=city,
            committee_id=args.committee, figures=figures, highlights=tuple(args.highlight),
            acknowledgement=args.acknowledgement, outward=args.outward,
            blank_rows=args.blank_rows, personal=args.personal_data,
        )  # fmt: skip
        data = make_report(store, request)
    write_report_file(args.output, data)
    print(f"{kind} written to {args.output} ({max(1, len(data) // 1024)} KB)")
    return 0


def _import_sheet(args: argparse.Namespace, folder: Path) -> int:
    from scdesk.services.merges import unsettled_pairs
    from scdesk.services.sheet_import import SheetKind, SheetRefusedError, import_sheet_file

    kind = SheetKind(args.kind)
    if kind is not SheetKind.ATTENDANCE and (args.meeting or args.activity):
        raise UserError(translate("Cli", "--meeting and --activity are for attendance only."))
    with open_store(args, folder) as store:
        try:
            summary = import_sheet_file(
                store, kind, args.file, meeting_id=args.meeting, activity_id=args.activity
            )
        except SheetRefusedError as error:
            for problem in error.problems:
                print(f"  {problem}", file=sys.stderr)
            #: Translators: %n is how many problems were listed above.
            problems = len(error.problems)
            text = translate("Cli", "Nothing was imported: fix the %n problem(s) above and import "
                             "the file again.", "", problems)  # fmt: skip
            raise UserError(text) from None
        written = summary.created + summary.updated + summary.people_added
        duplicates = unsettled_pairs(store) if written else 0
    parts = [f"{summary.created} added", f"{summary.updated} changed",
             f"{summary.unchanged} unchanged"]  # fmt: skip
    if summary.people_added:
        parts.append(f"{summary.people_added} new people recorded")
    if summary.skipped:
        parts.append(f"{summary.skipped} rows of other meetings or activities skipped")
    print(f"{kind.value}: {summary.rows} rows read; " + ", ".join(parts))
    if summary.unread:
        #: Translators: {columns} are column names, as the file's first row gives them.
        text = translate(
            "Cli", "Not read: {columns}. scdesk does not use these columns in this table; check "
            "how they are spelt.",
        )  # fmt: skip
        print(text.format(columns=", ".join(summary.unread)))
    say_duplicates(duplicates)
    return 0


def _confirm(yes: bool) -> None:
    """Personal data leaves the device only when the user says so twice."""
    if yes:
        return
    if not sys.stdin.isatty():
        text = translate(
            "Cli", "The tables will hold names and contact details: add --yes to confirm."
        )
        raise UserError(text)
    print(
        "The tables will hold names, birth years and contact details of the people recorded.\n"
        f"Type '{_CONFIRM}' to go on: ",
        end="",
        flush=True,
    )
    if sys.stdin.readline().strip().casefold() != _CONFIRM:
        raise UserError(translate("Cli", "Not confirmed: nothing was written."))


def _need(value: UUID | None, option: str) -> UUID:
    if value is None:
        raise UserError(translate("Cli", "Give {option}.").format(option=option))
    return value


def _country(text: str | None) -> str | None:
    if text is None:
        return None
    code = country_code(text)
    if code is None:
        require(country_problems("country", text))
    return code
