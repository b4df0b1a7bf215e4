"""Build every report in every language from the demo records and render the pages as PNGs.

Usage: .venv/bin/python scripts/render_reports.py [--out DIR] [--data-dir DIR] [--dpi N]
           [--languages en,ur,hi,ne,ta,si,bn] [--only minutes,sign-in,...]

DIR defaults to scdesk-reports in the system's temporary folder. Without --data-dir, a demo
store is made in a temporary folder. Each language's reports go to
DIR/<language>/<report>.pdf with one <report>-<page>.png per page (pdftoppm, from poppler-utils),
to be looked at: no boxes for missing glyphs, no broken conjuncts, Urdu reading right to left
with its numbers and English words in the right order, Nastaliq lines not clipped.
"""

import argparse
import subprocess
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from uuid import UUID

from sqlalchemy import select

from scdesk.domain.languages import language_codes
from scdesk.domain.meetings import MeetingId, MeetingKind, MeetingStatus, MinutesStatus
from scdesk.services import reports
from scdesk.services.demo import fill_demo
from scdesk.services.figures import FigureQuery
from scdesk.store.models import Activity, City, Committee, Meeting
from scdesk.store.store import STORE_FILE, Store

#: The funders' acknowledgement, as an impact sheet gives it.
ACKNOWLEDGEMENT = (
    "With thanks to the European Union, through its STRIVE Cities Initiative, and the U.S. "
    "Department of State, whose generous support makes this work possible."
)
#: The demo city whose committee minutes are in each language.
HOME = {"en": "PK", "ur": "PK", "hi": "IN", "ne": "NP", "ta": "LK", "si": "LK", "bn": "BD"}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = Path(tempfile.gettempdir()) / "scdesk-reports"
    parser.add_argument("--out", type=Path, default=default)
    parser.add_argument("--data-dir", type=Path, help="a store with the demo records in it")
    parser.add_argument("--dpi", type=int, default=60)
    parser.add_argument("--languages", default=",".join(language_codes()))
    parser.add_argument("--only", default="", help="report kinds, comma-separated")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="scdesk-render-") as scratch:
        folder = args.data_dir or Path(scratch)
        with Store.open(folder / STORE_FILE) as store:
            if args.data_dir is None:
                fill_demo(store)
            only = {k for k in args.only.split(",") if k}
            for language in args.languages.split(","):
                for name, build in _reports(store, language).items():
                    if only and name.split("-")[0] not in only and name not in only:
                        continue
                    _write(args.out / language, name, build(), args.dpi)
    print(f"reports and pages in {args.out}")
    return 0


def _reports(store: Store, language: str) -> dict[str, Callable[[], bytes]]:
    """Each report on records in the language where the demo has them."""
    draft, approved = _minutes(store, language)
    activity = _activity(store, language)
    city = _city(store, HOME[language], local=language != "en")
    # the key figures report's own period: one city, the last complete quarter of the demo
    quarter = FigureQuery(date(2026, 7, 1), date(2026, 9, 30), city_id=city, outward=True)
    return {
        "minutes-draft": lambda: reports.minutes_report(store, draft, language=language),
        "minutes-approved": lambda: reports.minutes_report(store, approved, language=language),
        "sign-in-meeting": lambda: reports.sign_in_report(
            store, meeting_id=draft, language=language
        ),
        "sign-in-activity": lambda: reports.sign_in_report(
            store, activity_id=activity, language=language
        ),
        "activity": lambda: reports.activity_report(store, activity, language=language),
        "key-figures": lambda: reports.key_figures_report(
            store, quarter, language=language, acknowledgement=ACKNOWLEDGEMENT
        ),
        "indicators": lambda: reports.indicators_report(
            store, FigureQuery(outward=True), language=language
        ),
        "actions": lambda: reports.action_tracker_report(store, city_id=city, language=language),
        "city-plan": lambda: reports.city_plan_report(store, city, language=language),
    }


def _minutes(store: Store, language: str) -> tuple[MeetingId, MeetingId]:
    """The latest committee meeting in the language with draft or circulated minutes, and the
    latest with approved ones."""
    with store.read() as session:
        meetings = (
            session.execute(
                select(Meeting)
                .where(
                    Meeting.kind == MeetingKind.COMMITTEE_MEETING,
                    Meeting.language == language,
                    Meeting.status == MeetingStatus.HELD,
                )
                .order_by(Meeting.starts_at.desc())
            )
            .scalars()
            .all()
        )
    draft = next(m.id for m in meetings if m.minutes_status is not MinutesStatus.APPROVED)
    approved = next(m.id for m in meetings if m.minutes_status is MinutesStatus.APPROVED)
    return MeetingId(draft), MeetingId(approved)


def _activity(store: Store, language: str) -> UUID:
    with store.read() as session:
        found = session.execute(
            select(Activity.id)
            .where(Activity.status == MeetingStatus.HELD, Activity.language == language)
            .order_by(Activity.starts_on.desc())
        ).scalar()
        if found is None:
            found = session.execute(
                select(Activity.id).where(Activity.status == MeetingStatus.HELD)
            ).scalar()
    assert found is not None  # noqa: S101 - the demo holds activities
    return UUID(str(found))


def _city(store: Store, country: str, *, local: bool) -> UUID:
    with store.read() as session:
        rows = session.execute(
            select(City.id, Committee.language)
            .join(Committee, Committee.city_id == City.id)
            .where(City.country == country)
            .order_by(City.name)
        ).all()
    for city_id, language in rows:
        if (language != "en") == local:
            return UUID(str(city_id))
    return UUID(str(rows[0][0]))


def _write(folder: Path, name: str, pdf: bytes, dpi: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.pdf"
    path.write_bytes(pdf)
    for old in folder.glob(f"{name}-*.png"):
        old.unlink()
    subprocess.run(  # noqa: S603 - pdftoppm from poppler-utils, our own file
        ["pdftoppm", "-png", "-r", str(dpi), str(path), str(folder / name)],  # noqa: S607
        check=True,
    )
    pages = len(list(folder.glob(f"{name}-*.png")))
    print(f"{folder.name}/{name}: {pages} page(s), {len(pdf) // 1024} KB")


if __name__ == "__main__":
    sys.exit(main())
