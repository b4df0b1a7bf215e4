"""Benchmark: the key figures report and the minutes, against floors measured in the same run.

1. The key figures report over `demo --scale N` (default 50), outward, for all time: figures
   counted through the services and the report set with scdesk's own text layout, against the
   raw SQL aggregation of the same figures (sqlite3: each person's latest engagement once into a
   temporary table, then one GROUP BY per breakdown) plus a bare ReportLab table with as many
   rows as the report's tables, in the same font, unshaped. Before anything is timed, the
   floor's counts, suppressed by the domain's suppress(), must equal scdesk's figures. Cold, it
   is timed twice: after a write (the search for probable duplicates done anew) and with the
   last search's answer kept, as for every report until the next write.
2. The minutes of a committee meeting, in English and in Urdu: the whole minutes_report (queries,
   layout, PDF) against a bare ReportLab document of the same text (pdftotext of ours), one
   Paragraph per paragraph, shaped (shaping=1) but without line breaking of its own.

Each runs as `scdesk report` runs it (make_report on a ReportRequest, the services imported once
the store is open), timed cold (shaping caches emptied; fonts already loaded, for the floors too)
and warm (the best of --repeat runs, as in the GUI, where the caches outlive a report). Prints;
stops only when the floor's figures differ from scdesk's.

    .venv/bin/python bench/bench_reports.py [--scale N | --store FILE] [--repeat N] [--profile N]
"""

import argparse
import cProfile
import gc
import io
import pstats
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping
from contextlib import closing
from pathlib import Path
from uuid import UUID

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table
from sqlalchemy import delete, select

from scdesk.domain.figures import Dimension, Figure, FigureKey, suppress
from scdesk.domain.languages import Script
from scdesk.domain.meetings import MeetingId, MeetingKind, MeetingStatus, MinutesStatus
from scdesk.domain.people import AgeBand
from scdesk.reports import shaping, text
from scdesk.reports.fonts import Weight, face, latin
from scdesk.services.actions import actions_for_meeting
from scdesk.services.demo import fill_demo
from scdesk.store.models import DuplicateSearch, Meeting
from scdesk.store.store import STORE_FILE, Store

#: The people a hand-written report would count, once: each person's latest engagement (the
#: latest day, then the greater city id, a meeting before an activity before its coaching, then
#: the smaller event id), their cells taken from it, their place their home city or else where
#: that was; people who withdrew their consent by today left out (the report is outward).
_LATEST = """
CREATE TEMP TABLE latest AS
WITH m AS (SELECT id, city_id, date(starts_at) AS day FROM meeting
    WHERE deleted = 0 AND status = 'held'),
a AS (SELECT id, city_id, coalesce(ends_on, starts_on) AS day FROM activity
    WHERE deleted = 0 AND status = 'held'),
e AS (
  SELECT t.person_id, m.day, m.city_id, t.age_band, 0 AS source, m.id AS event_id
    FROM attendance t JOIN m ON t.meeting_id = m.id WHERE t.deleted = 0 AND t.status = 'present'
  UNION ALL SELECT p.person_id, a.day, a.city_id, p.age_band, 1, a.id
    FROM activity_participant p JOIN a ON p.activity_id = a.id WHERE p.deleted = 0
  UNION ALL SELECT c.person_id, a.day, a.city_id, CASE
      WHEN x.birth_year IS NULL THEN x.age_band
      WHEN CAST(strftime('%Y', a.day) AS INTEGER) - x.birth_year - 1 >= 65 THEN '65+'
      WHEN CAST(strftime('%Y', a.day) AS INTEGER) - x.birth_year - 1 >= 50 THEN '50-64'
      WHEN CAST(strftime('%Y', a.day) AS INTEGER) - x.birth_year - 1 >= 35 THEN '35-49'
      WHEN CAST(strftime('%Y', a.day) AS INTEGER) - x.birth_year - 1 >= 25 THEN '25-34'
      WHEN CAST(strftime('%Y', a.day) AS INTEGER) - x.birth_year - 1 >= 18 THEN '18-24'
      WHEN CAST(strftime('%Y', a.day) AS INTEGER) - x.birth_year - 1 >= 15 THEN '15-17'
      ELSE '0-14' END, 2, a.id
    FROM activity_coach c JOIN a ON c.activity_id = a.id JOIN person x ON x.id = c.person_id
    WHERE c.deleted = 0),
ranked AS (SELECT *, row_number() OVER (PARTITION BY person_id
    ORDER BY day DESC, city_id DESC, source, event_id) AS n FROM e)
SELECT p.id, p.gender, coalesce(r.age_band, 'not_recorded') AS age_band, p.stakeholder_type,
    coalesce(p.city_id, r.city_id) AS place, p.stakeholder_type = 'mayor' AS mayor,
    coalesce(r.age_band IN ('0-14', '15-17', '18-24'), 0) AS youth
  FROM ranked r JOIN person p ON p.id = r.person_id
  WHERE r.n = 1 AND p.deleted = 0
    AND (p.consent_withdrawn_on IS NULL OR p.consent_withdrawn_on > :today)
"""
_HELD = """
WITH m AS (SELECT id, kind, city_id FROM meeting WHERE deleted = 0 AND status = 'held'),
a AS (SELECT id, city_id FROM activity WHERE deleted = 0 AND status = 'held')
"""
#: One GROUP BY per breakdown of the people, by (mayor, youth); then the headcounts, the events
#: and the member cities.
_QUERIES = {
    "": "SELECT '', mayor, youth, count(*) FROM latest GROUP BY 2, 3",
    "gender": "SELECT gender, mayor, youth, count(*) FROM latest GROUP BY 1, 2, 3",
    "age_band": "SELECT age_band, mayor, youth, count(*) FROM latest GROUP BY 1, 2, 3",
    "stakeholder_type": "SELECT stakeholder_type, mayor, youth, count(*) FROM latest "
    "GROUP BY 1, 2, 3",
    "city": "SELECT place, mayor, youth, count(*) FROM latest GROUP BY 1, 2, 3",
    "country": "SELECT city.country, mayor, youth, count(*) FROM latest "
    "JOIN city ON city.id = latest.place GROUP BY 1, 2, 3",
    "group": "SELECT coalesce(g.\"group\", 'none'), mayor, youth, count(*) FROM latest "
    'LEFT JOIN (SELECT DISTINCT person_id, "group" FROM person_group WHERE deleted = 0) g '
    "ON g.person_id = latest.id GROUP BY 1, 2, 3",
    "anonymous": _HELD  # noqa: S608 - constants only
    + "SELECT gender, coalesce(age_band, 'not_recorded'), \"group\", "
    'country, city_id, sum(count) FROM (SELECT h.gender, h.age_band, h."group", m.city_id, '
    "h.count FROM headcount h JOIN m ON h.meeting_id = m.id WHERE h.deleted = 0 "
    "UNION ALL SELECT h.gender, h.age_band, NULL, a.city_id, h.count FROM activity_headcount h "
    "JOIN a ON h.activity_id = a.id WHERE h.deleted = 0) JOIN city ON city.id = city_id "
    "GROUP BY 1, 2, 3, 4, 5",
    "events": _HELD  # noqa: S608 - constants only
    + "SELECT kind, country, city_id, count(*) FROM (SELECT kind, city_id FROM m "
    "UNION ALL SELECT 'youth_activity', city_id FROM a) JOIN city ON city.id = city_id "
    "GROUP BY 1, 2, 3",
    "members": "SELECT country, count(*) FROM city WHERE deleted = 0 AND is_member = 1 "
    "GROUP BY country",
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=3)
    profile = "also the N costliest functions of a warm key figures report"
    parser.add_argument("--profile", type=int, default=0, metavar="N", help=profile)
    copied = "a copy of an existing demo store instead of a new one"
    parser.add_argument("--store", type=Path, help=copied)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="scdesk-bench-") as folder:
        path = Path(folder) / STORE_FILE
        if args.store:
            shutil.copy(args.store, path)
        with Store.open(path) as store:
            start = time.perf_counter()
            if args.store:
                print(f"scdesk reports benchmark: a copy of {args.store}")
            else:
                summary = fill_demo(store, scale=args.scale)
                print(f"scdesk reports benchmark: demo scale {args.scale}, "
                      f"{summary.records:,} records "
                      f"(filled in {time.perf_counter() - start:.0f} s)")  # fmt: skip
            _load_fonts()
            _key_figures(store, path, args.repeat, args.profile)
            for language in ("en", "ur"):
                _minutes(store, language, args.repeat)
    return 0


def _key_figures(store: Store, path: Path, repeat: int, profile: int) -> None:
    # What `scdesk report key-figures` imports once the store is open (cli/reports.py).
    from scdesk.services.figures import FigureQuery, compute_figures, reviews_of
    from scdesk.services.report_requests import ReportRequest, make_report
    from scdesk.services.reports import ReportKind

    query = FigureQuery(outward=True)
    request = ReportRequest(ReportKind.KEY_FIGURES, figures=query)
    today = store.now().date().isoformat()
    figures = compute_figures(store, query)
    _check_floor(figures.figures, _floor_figures(path, today))

    def ours() -> bytes:
        return make_report(store, request)

    def forget() -> None:  # as after any write: the search's kept answer no longer holds
        with store.engine.begin() as connection:
            connection.execute(delete(DuplicateSearch))

    # Cold first with the answer compute_figures just kept, as every report until the next
    # write; then with it forgotten, after that report (its compiled queries are warm).
    cold, pdf = _cold(ours)
    searched, pdf = _cold(ours, forget)
    warm = _best(repeat, ours)
    rows = sum(
        len([v for v in cells.values() if v != 0 or d not in (Dimension.CITY, Dimension.COUNTRY)])
        for f in figures.figures.values()
        for d, cells in f.breakdowns.items()
    ) + len(figures.figures)
    counting = _best(repeat, lambda: compute_figures(store, query))
    reviews = _best(repeat, lambda: reviews_of(store))
    search = _best(repeat, lambda: reviews_of(store), forget)
    sql = _best(repeat, lambda: _timed_floor(path, today))
    table = _best(repeat, lambda: _bare_table(rows))
    floor = sql + table
    print(f"\nkey figures report, outward, all time ({_pages(pdf)} pages, {rows} table rows)")
    _line("report, cold, the last search's answer kept", f"{cold:.3f} s",
          f"{cold / floor:.2f}x floor")  # fmt: skip
    _line("report, cold, records written since the last search", f"{searched:.3f} s",
          f"{searched / floor:.2f}x floor")  # fmt: skip
    _line("report, warm (best of runs)", f"{warm:.3f} s", f"{warm / floor:.2f}x floor")
    _line("  of which compute_figures (services.figures)", f"{counting:.3f} s",
          f"{counting / sql:.2f}x the raw SQL")  # fmt: skip
    _line("    of which reviews_of, its answer read back", f"{reviews:.3f} s")
    _line("    and the counting (the rest)", f"{counting - reviews:.3f} s",
          f"{(counting - reviews) / sql:.2f}x the raw SQL")  # fmt: skip
    _line("  of which the report's layout and PDF", f"{warm - counting:.3f} s",
          f"{(warm - counting) / table:.2f}x the bare table")  # fmt: skip
    _line("reviews_of searching anew (probable duplicates)", f"{search:.3f} s")
    _line(f"floor: raw SQL (people once, {len(_QUERIES)} GROUP BYs)", f"{sql:.3f} s")
    _line(f"floor: bare ReportLab table, {rows} rows", f"{table:.3f} s")
    if profile:
        profiler = cProfile.Profile()
        profiler.enable()
        ours()
        profiler.disable()
        stats = pstats.Stats(profiler, stream=sys.stdout).strip_dirs()
        stats.sort_stats("cumulative").print_stats(profile)


def _timed_floor(path: Path, today: str) -> None:
    _floor_counts(path, today)


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

    from scdesk.services.report_requests import ReportRequest, make_report
    from scdesk.services.reports import ReportKind

    request = ReportRequest(ReportKind.MINUTES, meeting_id=meeting)

    def ours() -> bytes:
        return make_report(store, request)

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


Cells = dict[str, dict[str, int]]
_ABOUT_PEOPLE = (FigureKey.PEOPLE_ENGAGED, FigureKey.MAYORS_ENGAGED, FigureKey.YOUTH_REACHED)
_YOUTH = {band.value for band in AgeBand if band.is_youth}


def _floor_counts(path: Path, today: str) -> dict[FigureKey, tuple[int, Cells]]:
    """The figures counted in raw SQL: the people once into a temporary table, then GROUP BYs."""
    totals: Counter[FigureKey] = Counter()
    tallies: dict[FigureKey, dict[str, Counter[str]]] = {
        k: defaultdict(Counter) for k in (*_ABOUT_PEOPLE, FigureKey.EVENTS_HELD,
                                           FigureKey.MEMBER_CITIES)
    }  # fmt: skip
    with closing(sqlite3.connect(path)) as db:
        db.execute(_LATEST, {"today": today})
        for dimension, query in _QUERIES.items():
            rows = db.execute(query).fetchall()
            if dimension == "anonymous":
                for gender, band, group, country, city, count in rows:
                    cells = {"gender": gender, "age_band": band, "country": country,
                             "city": _id(city), "stakeholder_type": "not_recorded",
                             "group": group or "none"}  # fmt: skip
                    for key in _ABOUT_PEOPLE:
                        if key is FigureKey.MAYORS_ENGAGED or (
                            key is FigureKey.YOUTH_REACHED and band not in _YOUTH
                        ):
                            continue
                        totals[key] += count
                        for name, value in cells.items():
                            tallies[key][name][value] += count
            elif dimension == "events":
                for kind, country, city, count in rows:
                    totals[FigureKey.EVENTS_HELD] += count
                    for name, value in (("kind", kind), ("country", country), ("city", _id(city))):
                        tallies[FigureKey.EVENTS_HELD][name][value] += count
            elif dimension == "members":
                for country, count in rows:
                    totals[FigureKey.MEMBER_CITIES] += count
                    tallies[FigureKey.MEMBER_CITIES]["country"][country] += count
            else:
                for value, mayor, youth, count in rows:
                    key_value = _id(value) if dimension == "city" else value
                    for key, counted in ((FigureKey.PEOPLE_ENGAGED, True),
                                         (FigureKey.MAYORS_ENGAGED, mayor),
                                         (FigureKey.YOUTH_REACHED, youth)):  # fmt: skip
                        if not counted:
                            continue
                        if dimension:
                            tallies[key][dimension][key_value] += count
                        else:
                            totals[key] += count
        db.execute("DROP TABLE latest")
    return {key: (totals[key], {d: dict(c) for d, c in tallies[key].items()}) for key in tallies}


def _id(hex_id: str) -> str:
    return str(UUID(hex_id))


def _floor_figures(path: Path, today: str) -> dict[FigureKey, Figure]:
    """The floor's counts as figures, suppressed as scdesk suppresses an outward report's."""
    figures = {}
    for key, (total, cells) in _floor_counts(path, today).items():
        figure = Figure(total, {Dimension(d): dict(c) for d, c in cells.items()})
        figures[key] = suppress(figure) if key in _ABOUT_PEOPLE else figure
    return figures


def _shown(figures: Mapping[FigureKey, Figure]) -> dict[str, object]:
    """The totals and the cells that are not zero (zeros reveal no one and are filled in)."""
    return {
        key.value: (
            figure.total,
            {d.value: {k: v for k, v in c.items() if v != 0} for d, c in figure.breakdowns.items()
             if any(v != 0 for v in c.values())},
            {d.value: sorted(k) for d, k in figure.secondary.items() if k},
        )
        for key, figure in figures.items()
    }  # fmt: skip


def _check_floor(ours: Mapping[FigureKey, Figure], floor: Mapping[FigureKey, Figure]) -> None:
    """Stops the benchmark unless the floor counted what scdesk counted."""
    mine, theirs = _shown(ours), _shown(floor)
    if mine == theirs:
        print("floor figures equal scdesk's: yes")
        return
    for key in mine:
        if mine[key] != theirs.get(key):
            print(f"floor figures equal scdesk's: no, {key} differs:\n  scdesk {mine[key]}\n"
                  f"  floor  {theirs.get(key)}")  # fmt: skip
    raise SystemExit(1)


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


def _load_fonts() -> None:
    """Every shipped face registered before anything is timed, so that no cold report pays for
    loading a font its floor finds loaded (the Urdu minutes registered Nastaliq, the floor's
    font, inside their own cold timing)."""
    for script in Script:
        for weight in Weight:
            face(script, weight)
            face(script, weight, naskh=True)


def _cold(
    run: Callable[[], bytes], before: Callable[[], None] = lambda: None
) -> tuple[float, bytes]:
    """With the shaping cache emptied: the first report a fresh command line process makes
    (fonts are loaded beforehand, as for the floors). The garbage earlier work left is
    collected first, as for every timing here: a fresh process has none of it. before: run
    untimed first."""
    before()
    shaping._shape.cache_clear()
    text._cut.cache_clear()
    text._lay_out.cache_clear()
    gc.collect()
    start = time.perf_counter()
    pdf = run()
    return time.perf_counter() - start, pdf


def _best(
    repeat: int, run: Callable[[], object], before: Callable[[], None] = lambda: None
) -> float:
    """The fastest of repeat runs; before: run untimed ahead of each."""
    times = []
    for _ in range(max(repeat, 1)):
        before()
        gc.collect()
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
