"""Benchmark: `scdesk demo --scale 10` through the service layer, against raw sqlite3 floors.

Fills a fresh store with fill_demo, then reads back every row the fill wrote (the records' own
rows, and the sync_field and audit rows beside them) and times a plain sqlite3 executemany of the
same rows into a fresh database with the same schema but no guard triggers. The ratios say how
far the service layer is from the cost of simply storing what it stored. Prints; asserts nothing.

    .venv/bin/python bench/bench_demo.py [--scale N] [--profile N]
"""

import argparse
import cProfile
import pstats
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from contextlib import closing
from pathlib import Path

from scdesk.services.demo import fill_demo
from scdesk.store.base import Base
from scdesk.store.shapes import synced_models
from scdesk.store.store import STORE_FILE, Store

Rows = dict[str, tuple[list[str], list[tuple[object, ...]]]]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=10)
    profile = "also print the N costliest functions of the fill, by cProfile"
    parser.add_argument("--profile", type=int, default=0, metavar="N", help=profile)
    parser.add_argument("--repeat", type=int, default=3, help="raw inserts timed this often")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="scdesk-bench-") as folder:
        path = Path(folder) / "store" / STORE_FILE
        with Store.open(path) as store:  # migrations run here, outside the timing
            before = _counts(path)
            profiler = cProfile.Profile() if args.profile else None
            start = time.perf_counter()
            if profiler is not None:
                profiler.enable()
            summary = fill_demo(store, scale=args.scale)
            if profiler is not None:
                profiler.disable()
            filled = time.perf_counter() - start
        after = _counts(path)
        written = [t for t in _table_order(path) if after.get(t, 0) > before.get(t, 0)]
        rows = _read(path, written)
        records = [m.__tablename__ for m in synced_models()]
        record_rows = {t: rows[t] for t in written if t in records}
        other_rows = {t: rows[t] for t in written if t not in records}
        schema = _schema(path)
        floor_all = _best(args.repeat, lambda n: _raw_insert(Path(folder), f"all{n}", schema, rows))
        floor_records = _best(
            args.repeat, lambda n: _raw_insert(Path(folder), f"rec{n}", schema, record_rows)
        )
    n_records = sum(len(r) for _, r in record_rows.values())
    n_other = sum(len(r) for _, r in other_rows.values())
    print(f"scdesk demo benchmark, scale {args.scale} ({summary.records:,} records)")
    _line("records' own rows written", f"{n_records:,}")
    for table, (_, table_rows) in other_rows.items():
        _line(f"{table} rows written", f"{len(table_rows):,}")
    _line("fill_demo through the services", f"{filled:.2f} s", f"{n_records / filled:,.0f} rec/s")
    ratio = f"fill_demo is {filled / floor_all:.1f}x this"
    _line(f"raw executemany, all {n_records + n_other:,} rows", f"{floor_all:.3f} s", ratio)
    ratio = f"fill_demo is {filled / floor_records:.1f}x this"
    _line(f"raw executemany, {n_records:,} record rows", f"{floor_records:.3f} s", ratio)
    if profiler is not None:
        stats = pstats.Stats(profiler, stream=sys.stdout).strip_dirs()
        print("\nby cumulative time:")
        stats.sort_stats("cumulative").print_stats(args.profile)
        print("by own time:")
        stats.sort_stats("tottime").print_stats(args.profile)
    return 0


def _line(label: str, value: str, note: str = "") -> None:
    print(f"  {label + ':':<44} {value:>10}  {note}".rstrip())


def _counts(path: Path) -> dict[str, int]:
    with closing(sqlite3.connect(path)) as db:
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {t: db.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}  # noqa: S608 - names from sqlite_master


def _table_order(path: Path) -> list[str]:
    """Parents before children, as the store's writer flushes them; then any others."""
    known = [t.name for t in Base.metadata.sorted_tables]
    return known + sorted(set(_counts(path)) - set(known))


def _read(path: Path, tables: Iterable[str]) -> Rows:
    rows: Rows = {}
    with closing(sqlite3.connect(path)) as db:
        for table in tables:
            cursor = db.execute(f'SELECT * FROM "{table}"')  # noqa: S608 - names from sqlite_master
            rows[table] = ([c[0] for c in cursor.description], cursor.fetchall())
    return rows


def _schema(path: Path) -> list[str]:
    """Tables and indexes as the store has them; triggers (the write guard) left out."""
    with closing(sqlite3.connect(path)) as db:
        return [
            r[0]
            for r in db.execute(
                "SELECT sql FROM sqlite_master WHERE type IN ('table', 'index') AND sql IS NOT "
                "NULL AND name NOT LIKE 'sqlite_%' ORDER BY type = 'index', rowid"
            )
        ]


def _raw_insert(folder: Path, name: str, schema: list[str], rows: Rows) -> float:
    """One transaction of executemany per table, with the store's own pragmas."""
    path = folder / f"{name}.sqlite3"
    with closing(sqlite3.connect(path, isolation_level=None)) as db:
        for statement in schema:
            db.execute(statement)
        for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON"):
            db.execute(f"PRAGMA {pragma}")
        start = time.perf_counter()
        db.execute("BEGIN IMMEDIATE")
        for table, (columns, table_rows) in rows.items():
            marks = ", ".join("?" * len(columns))
            names = ", ".join(f'"{c}"' for c in columns)
            db.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', table_rows)  # noqa: S608 - names from sqlite_master
        db.execute("COMMIT")
        return time.perf_counter() - start


def _best(repeat: int, run: Callable[[int], float]) -> float:
    """The floor is the fastest of a few runs: the others measured the machine's noise."""
    return min(run(n) for n in range(max(repeat, 1)))


if __name__ == "__main__":
    raise SystemExit(main())
