"""Benchmark: the key figures report and the minutes, against floors measured in the same run.

1. The key figures report over `demo --scale N` (default 50), outward, for all time: figures
   counted through the services and the report set with scdesk's own text layout, against the
   raw SQL aggregation of the same figures (sqlite3, GROUP BY) plus a bare ReportLab table with
   as many rows as the report's tables, in the same font, unshaped.
2. The minutes of a committee meeting, in English and in Urdu: the whole minutes_report (queries,
   layout, PDF) against a bare ReportLab document of the same text (pdftotext of ours), one
   Paragraph per paragraph, shaped (shaping=1) but without line breaking of its own.

Each is timed cold (shaping caches emptied; fonts already loaded, for the floors too) and warm
(the best of --repeat runs, as in the GUI, where the caches outlive a report). Prints; asserts
nothing.

    .venv/bin/python bench/bench_reports.py [--scale N] [--repeat N] [--profile N]
"""

import argparse
import cProfile
import io
import pstats
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table
from sqlalchemy import select

from scdesk.domain.figures import Dimension
from scdesk.domain.languages import Script
from scdesk.domain.meetings import MeetingId, MeetingKind, MeetingStatus, MinutesStatus
from scdesk.reports import shaping, text
from scdesk.reports.fonts import face, latin
from scdesk.services import reports
from scdesk.services.actions import actions_for_meeting
from scdesk.services.demo import fill_demo
from scdesk.services.figures import FigureQuery, compute_figures
from scdesk.store.models import Meeting
from scdesk.store.store import STORE_FILE, Store

#: The aggregation a hand-written report would run: figures and breakdowns in SQL.
_HELD = """
WITH m AS (SELECT id, kind, city_id FROM meeting WHERE deleted = 0 AND status = 'held'),
a AS (SELECT id, city_id FROM activity WHERE deleted = 0 AND status = 'held'),
engaged AS (
  SELECT t.person_id FROM attendance t JOIN m ON t.meeting_id = m.id
    WHERE t.deleted = 0 AND t.status = 'present'
  UNION SELECT p.person_id FROM activity_participant p JOIN a ON p.activity_id = a.id
    WHERE p.deleted = 0
  UNION SELECT c.person_id FROM activity_coach c JOIN a ON c.activity_id = a.id
    WHERE c.deleted = 0),
people AS (SELECT person.* FROM person JOIN engaged ON engaged.person_id = person.id
    WHERE person.deleted = 0 AND (consent_withdrawn_on IS NULL OR consent_withdrawn_on > '{today}'))
"""
_QUERIES = [
    "SELECT gender, count(*) FROM people GROUP BY gender",
    "SELECT coalesce(age_band, ''), count(*) FROM people GROUP BY 1",
    "SELECT stakeholder_type, count(*) FROM people GROUP BY stakeholder_type",
    "SELECT city.country, count(*) FROM people JOIN city ON city.id = people.city_id GROUP BY 1",
    "SELECT people.city_id, count(*) FROM people GROUP BY people.city_id",
    'SELECT g."group", count(*) FROM people JOIN person_group g ON g.person_id = people.id '
    "WHERE g.deleted = 0 GROUP BY 1",
    "SELECT gender, count(*) FROM people WHERE stakeholder_type = 'mayor' GROUP BY gender",
    "SELECT gender, count(*) FROM people WHERE age_band IN ('0-14', '15-17', '18-24') "
    "GROUP BY gender",
    "SELECT h.gender, h.age_band, sum(h.count) FROM headcount h JOIN m ON h.meeting_id = m.id "
    "WHERE h.deleted = 0 GROUP BY 1, 2",
    "SELECT h.gender, h.age_band, sum(h.count) FROM activity_headcount h "
    "JOIN a ON h.activity_id = a.id WHERE h.deleted = 0 GROUP BY 1, 2",
    "SELECT kind, count(*) FROM m GROUP BY kind",
    "SELECT city_id, count(*) FROM (SELECT city_id FROM m UNION ALL SELECT city_id FROM a) "
    "GROUP BY city_id",
    "SELECT country, count(*) FROM city WHERE deleted = 0 AND is_member = 1 GROUP BY country",
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=3)
    profile = "also the N costliest functions of a warm key figures report"
    parser.add_argument("--profile", type=int, default=0, metavar="N", help=profile)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="scdesk-bench-") as folder:
        path = Path(folder) / STORE_FILE
        with Store.open(path) as store:
            start = time.perf_counter()
            summary = fill_demo(store, scale=args.scale)
            print(f"scdesk reports benchmark: demo scale {args.scale}, {summary.records:,} records "
                  f"(filled in {time.perf_counter() - start:.0f} s)")  # fmt: skip
            _key_figures(store, path, args.repeat, args.profile)
            for language in ("en", "ur"):
                _minutes(store, language, args.repeat)
    return 0


def _key_figures(store: Store, path: Path, repeat: int, profile: int) -> None:
    query = FigureQuery(outward=True)
    today = store.now().date().isoformat()

    def ours() -> bytes:
        return reports.key_figures_report(store, query)

    cold, pdf = _cold(ours)
    warm = _best(repeat, ours)
    figures = compute_figures(store, query)
    rows = sum(
        len([v for v in cells.values() if v != 0 or d not in (Dimension.CITY, Dimension.COUNTRY)])
        for f in figures.figures.values()
        for d, cells in f.breakdowns.items()
    ) + len(figures.figures)
    counting = _best(repeat, lambda: compute_figures(store, query))
    sql = _best(repeat, lambda: _raw_sql(path, today))
    table = _best(repeat, lambda: _bare_table(rows))
    floor = sql + table
    print(f"\nkey figures report, outward, all time ({_pages(pdf)} pages, {rows} table rows)")
    _line("report (figures + layout + PDF), cold", f"{cold:.3f} s", f"{cold / floor:.2f}x floor")
    _line("report, warm (best of runs)", f"{warm:.3f} s", f"{warm / floor:.2f}x floor")
    _line("  of which compute_figures (services.figures)", f"{counting:.3f} s",
          f"{counting / sql:.2f}x the raw SQL")  # fmt: skip
    _line("  of which the report's layout and PDF", f"{warm - counting:.3f} s",
          f"{(warm - counting) / table:.2f}x the bare table")  # fmt: skip
    _line(f"floor: raw SQL ({len(_QUERIES)} GROUP BYs)", f"{sql:.3f} s")
    _line(f"floor: bare ReportLab table, {rows} rows", f"{table:.3f} s")
    if profile:
        profiler = cProfile.Profile()
        profiler.enable()
        ours()
        profiler.disable()
        stats = pstats.Stats(profiler, stream=sys.stdout).strip_dirs()
        stats.sort_stats("cumulative").print_stats(profile)


def _minutes(store: Store, language: str, repeat: int) -> None:
    with store.read() as session:
        meeting = session.execute(
            select(Meeting.id)
            .where(
                Meeting.kind == MeetingKind.COMMITTEE_MEETING,
                Meeting.language == language,
                Meeting.status == MeetingStatus.HELD,
                Meeting.minutes_status == MinutesStatus.CIRCULATED,
            )
            .order_by(Meeting.starts_at.desc())
        ).scalars().first() or session.execute(
            select(Meeting.id).where(
                Meeting.language == language, Meeting.status == MeetingStatus.HELD
            )
        ).scalars().first()  # fmt: skip
    assert meeting is not None  # the demo has committee meetings in both languages

    def ours() -> bytes:
        return reports.minutes_report(store, meeting)

    cold, pdf = _cold(ours)
    warm = _best(repeat, ours)
    carried = _best(repeat, lambda: actions_for_meeting(store, MeetingId(meeting)))
    words = _pdf_text(pdf)
    floor = _best(repeat, lambda: _bare_page(words, language))
    print(f"\nminutes of a committee meeting in {language} ({_pages(pdf)} pages, "
          f"{len(words):,} characters)")  # fmt: skip
    _line("minutes_report (queries + layout + PDF), cold", f"{cold:.3f} s",
          f"{cold / floor:.2f}x floor")  # fmt: skip
    _line("minutes_report, warm (best of runs)", f"{warm:.3f} s", f"{warm / floor:.2f}x floor")
    _line("  of which actions_for_meeting (its actions_at query)", f"{carried:.3f} s")
    _line("floor: bare ReportLab paragraphs, same text", f"{floor:.3f} s")


def _raw_sql(path: Path, today: str) -> float:
    with closing(sqlite3.connect(path)) as db:
        start = time.perf_counter()
        for query in _QUERIES:
            db.execute(_HELD.replace("{today}", today) + query).fetchall()
        return time.perf_counter() - start


def _bare_table(rows: int) -> float:
    """A two-column table of plain strings in Noto Sans, over as many pages as it takes."""
    font = latin().name
    data = [["Category", "Count"]] + [[f"category {n}", f"{n * 37 % 1000:,}"] for n in range(rows)]
    start = time.perf_counter()
    out = io.BytesIO()
    table = Table(data, colWidths=[300, 80], repeatRows=1)
    table.setStyle([("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), 9)])
    SimpleDocTemplate(out, pagesize=A4, initialFontName=font, pageCompression=1).build([table])
    return time.perf_counter() - start


def _bare_page(text: str, language: str) -> float:
    """The same text as plain ReportLab paragraphs in the report's main font, shaped."""
    font = (face(Script.ARABIC) if language == "ur" else latin()).name
    style = ParagraphStyle("body", fontName=font, fontSize=10, leading=22 if language == "ur"
                           else 13.5, shaping=1)  # fmt: skip
    parts = [p.replace("\n", " ").replace("&", "&amp;").replace("<", "&lt;")
             for p in text.split("\n\n") if p.strip()]  # fmt: skip
    start = time.perf_counter()
    out = io.BytesIO()
    story = [Paragraph(p, style) for p in parts]
    SimpleDocTemplate(out, pagesize=A4, initialFontName=font, pageCompression=1).build(story)
    return time.perf_counter() - start


def _cold(run: Callable[[], bytes]) -> tuple[float, bytes]:
    """With the shaping cache emptied: the first report a fresh command line process makes
    (fonts are loaded beforehand, as for the floors)."""
    shaping._shape.cache_clear()
    text._lay_out.cache_clear()
    start = time.perf_counter()
    pdf = run()
    return time.perf_counter() - start, pdf


def _best(repeat: int, run: Callable[[], object]) -> float:
    times = []
    for _ in range(max(repeat, 1)):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def _pdf_text(pdf: bytes) -> str:
    tool = ["pdftotext", "-enc", "UTF-8", "-", "-"]
    result = subprocess.run(tool, input=pdf, capture_output=True, check=True)  # noqa: S603 - ours
    return result.stdout.decode()


def _pages(pdf: bytes) -> int:
    return pdf.count(b"/Type /Page\n") or pdf.count(b"/Type /Page ")


def _line(label: str, value: str, note: str = "") -> None:
    print(f"  {label + ':':<50} {value:>9}  {note}".rstrip())


if __name__ == "__main__":
    sys.exit(main())
