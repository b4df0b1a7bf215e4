"""Commands on the records themselves: the demo, the store check and the key figures."""

import argparse
import json
import sys
from pathlib import Path

from scdesk.cli.options import Commands, day, open_store, whole
from scdesk.domain.counts import MOST_DEMO_SCALE
from scdesk.domain.figures import Dimension, Figure, KeyFigures
from scdesk.domain.labels import country_label, label
from scdesk.domain.places import country_code, country_problems
from scdesk.domain.rules import require
from scdesk.i18n import translate
from scdesk.start import database
from scdesk.store.store import BACKUP_FOLDER, STORE_FILE


def register(commands: Commands, common: argparse.ArgumentParser) -> None:
    demo = commands.add_parser(
        "demo", parents=[common], help="fill an empty store with realistic sample records"
    )
    demo.add_argument(
        "--scale",
        type=whole,
        default=1,
        metavar="N",
        help=f"make it N times larger, for benchmarks (the same records every time); N is 1 to "
        f"{MOST_DEMO_SCALE}",
    )
    demo.set_defaults(run=_demo)

    check = commands.add_parser(
        "check", parents=[common], help="schema version, integrity check and record counts"
    )
    check.set_defaults(run=_check)

    figures = commands.add_parser(
        "figures", parents=[common], help="the key figures and their breakdowns"
    )
    figures.add_argument("--from", dest="period_from", type=day, metavar="DATE")
    figures.add_argument("--to", dest="period_to", type=day, metavar="DATE")
    figures.add_argument(
        "--country", metavar="C", help="a country code or name, such as PK or Nepal"
    )
    figures.add_argument("--city", metavar="C", help="a city name or id")
    figures.add_argument(
        "--outward",
        action="store_true",
        help="for a report leaving the hub: suppress counts under 5",
    )
    figures.add_argument("--json", action="store_true", help="print the documented JSON object")
    figures.set_defaults(run=_figures)


def _demo(args: argparse.Namespace, folder: Path) -> int:
    from scdesk.services.demo import fill_demo

    with open_store(args, folder) as store:
        summary = fill_demo(store, scale=args.scale)
    print(
        f"demo records written: {summary.records} (scale {args.scale}); "
        f"store at {store.backend.label}"
    )
    return 0


def _check(args: argparse.Namespace, folder: Path) -> int:
    from scdesk.services.maintenance import check_database, check_store

    url = database(args)
    report = check_store(folder / STORE_FILE) if url is None else check_database(url, folder)
    integrity = report.integrity
    print(f"store:      {report.location}")
    if integrity is None:
        print("integrity:  not checked (the store cannot be reached)")
    else:
        print(f"integrity:  {'ok' if integrity.ok else 'DAMAGED'}")
        for problem in integrity.problems[:10]:
            print(f"  {problem}")
        if integrity.broken_references:
            print(f"  {integrity.broken_references} broken references between records")
    if report.failure:
        print(f"opening:    {report.failure}")
    if report.schema is not None:
        state = "current" if report.schema == report.latest_schema else "NOT CURRENT"
        print(f"schema:     {report.schema} ({state}; this scdesk writes {report.latest_schema})")
    if report.device is not None:
        device = report.device
        setup = "" if device.configured else ", not yet set up"
        print(f"device:     {device.name} ({device.role.value}{setup}), id {device.device_id}")
    if report.counts:
        live = sum(c.live for c in report.counts)
        deleted = sum(c.deleted for c in report.counts)
        print(f"records:    {live} ({deleted} in the trash)")
        for count in report.counts:
            if count.live or count.deleted:
                trash = f" (+{count.deleted} in the trash)" if count.deleted else ""
                print(f"  {count.table:<22} {count.live:>8}{trash}")
    outside = [c for c in report.counts if c.unaudited]
    for count in outside:
        unaudited = count.unaudited
        rows = translate("Cli", "%n row(s) of {table} have no audit entry", "", unaudited)
        print(f"  WRITTEN OUTSIDE scdesk: {rows.format(table=count.table)}")
    print(f"backups:    {len(report.backups)} in {folder / BACKUP_FOLDER}")
    print("            records only: the device's keys are never in them "
          "(scdesk device backup-keys FILE keeps those)")  # fmt: skip
    if outside:
        print("Rows added by another program bypass sync and the audit trail: restore a backup.")
    damaged = integrity is not None and not integrity.ok
    if damaged or report.failure or outside:
        if report.restore:
            print(f"To restore: {report.restore}")
        if report.failure:
            print(f"scdesk: {report.failure}", file=sys.stderr)
        return 1
    return 0


def _figures(args: argparse.Namespace, folder: Path) -> int:
    from scdesk.services.figures import FigureQuery, compute_figures, figures_document
    from scdesk.services.places import find_city

    country = None
    if args.country:
        country = country_code(args.country)
        if country is None:
            require(country_problems("country", args.country))
    with open_store(args, folder) as store:
        city = find_city(store, args.city) if args.city else None
        query = FigureQuery(args.period_from, args.period_to, country, city, args.outward)
        figures = compute_figures(store, query)
        if args.json:
            document = figures_document(figures, store.now())
            print(json.dumps(document, ensure_ascii=False, indent=2))
        else:
            print(_figures_text(figures))
    return 0


def _figures_text(figures: KeyFigures) -> str:
    period = f"{figures.period_from or 'the beginning'} to {figures.period_to or 'today'}"
    place = []
    if figures.country:
        place.append(country_label(figures.country))
    if figures.city and figures.city in figures.cities:
        place.append(figures.cities[figures.city].name)
    scope = ", ".join(place) or "all cities"
    mode = (
        "outward: counts under 5 shown as <5, and counts that would reveal them as hidden"
        if figures.outward
        else "inward: no counts suppressed"
    )
    lines = [f"Key figures, {period}, {scope} ({mode})", ""]
    for key, figure in figures.figures.items():
        lines.append(f"{label(key):<40} {_count(figure.total):>8}")
        for dimension, cells in figure.breakdowns.items():
            shown = [
                f"{_cell(dimension, k, figures)} {_shown(figure, dimension, k, v)}"
                for k, v in cells.items()
                if v != 0
            ]
            if shown:
                lines.append(f"  by {label(dimension)}: " + ", ".join(shown))
        lines.append("")
    if figures.unsettled_duplicates:
        unsettled = figures.unsettled_duplicates
        text = translate(
            "Cli",
            "Warning: %n pair(s) of probable duplicates counted here are not settled yet; "
            "`scdesk duplicates` lists them.",
            "",
            unsettled,
        )
        lines.append(text)
    if figures.under_review:
        under_review = figures.under_review
        text = translate(
            "Cli",
            "Warning: %n record(s) counted here break a rule after edits on two devices and wait "
            "for review (counted as they stand); `scdesk conflicts` lists them.",
            "",
            under_review,
        )
        lines.append(text)
    return "\n".join(lines).rstrip()


def _cell(dimension: Dimension, key: str, figures: KeyFigures) -> str:
    if dimension is Dimension.COUNTRY:
        return country_label(key)
    if dimension is Dimension.CITY:
        for ref in figures.cities.values():
            if str(ref.id) == key:
                return ref.name
    return label(key)


def _shown(figure: Figure, dimension: Dimension, key: str, value: int | None) -> str:
    """A cell's count; "hidden" where it was hidden only to protect a smaller one (it may be 5
    or more, so "<5" would not be true)."""
    return "hidden" if figure.hidden_to_protect(dimension, key) else _count(value)


def _count(value: int | None) -> str:
    return "<5" if value is None else f"{value:,}"
