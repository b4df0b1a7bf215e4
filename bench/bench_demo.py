"""Benchmark: `scdesk demo --scale 10` through the service layer, against raw sqlite3 floors.

Fills a fresh store with fill_demo, then reads back every row the fill wrote (the records' own
rows, and the sync_field and audit rows beside them) and times a plain sqlite3 executemany of the
same rows into a fresh database with the same schema but no guard triggers. The ratios say how
far the service layer is from the cost of simply storing what it stored. Then the same rows, as
Python values, go into fresh stores through the writer's bulk path (store/bulk.py) and through
SQLAlchemy's own bulk inserts (Core executemany, ORM bulk INSERT): the ratios say what the
writer's path gains. Prints; asserts nothing.

    .venv/bin/python bench/bench_demo.py [--scale N] [--profile N]
"""

import argparse
import cProfile
import pstats
import shutil
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from contextlib import closing
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, insert, select
from sqlalchemy.orm import Session

from scdesk.services.demo import fill_demo
from scdesk.store.base import Base
from scdesk.store.bulk import insert_rows
from scdesk.store.shapes import synced_models
from scdesk.store.store import STORE_FILE, Store

Rows = dict[str, tuple[list[str], list[tuple[object, ...]]]]
#: Rows as the writer holds them (Python values by column name), per table, parents first.
Values = list[tuple[Table, list[dict[str, Any]]]]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=10)
    profile = "also print the N costliest functions of the fill, by cProfile"
    parser.add_argument("--profile", type=int, default=0, metavar="N", help=profile)
    parser.add_argument("--repeat", type=int, default=3, help="raw inserts timed this often")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="scdesk-bench-") as folder:
        path = Path(folder) / "store" / STORE_FILE
        empty = Path(folder) / "empty.sqlite3"
        with Store.open(path) as store:  # migrations run here, outside the timing
            shutil.copy(path, empty)
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
        written = [
            t
            for t in _table_order(path)
            if after.get(t, 0) > before.get(t, 0) and not t.startswith(_FTS_OWN)
        ]
        rows = _read(path, written)
        records = [m.__tablename__ for m in synced_models()]
        record_rows = {t: rows[t] for t in written if t in records}
        other_rows = {t: rows[t] for t in written if t not in records}
        schema = _schema(path)
        floor_all = _best(args.repeat, lambda n: _raw_insert(Path(folder), f"all{n}", schema, rows))
        floor_records = _best(
            args.repeat, lambda n: _raw_insert(Path(folder), f"rec{n}", schema, record_rows)
        )
        values = _values(path, [t for t in written if not t.startswith("search")])
        bulk = {
            how: _best(args.repeat, _timed_insert(empty, Path(folder), how, values, run))
            for how, run in (("writer", _writer_bulk), ("core", _core), ("orm", _orm))
        }
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
    n_values = sum(len(table_rows) for _, table_rows in values)
    print(f"the same {n_values:,} rows as Python values, one transaction, into a fresh store:")
    _line("the writer's bulk path (store/bulk.py)", f"{bulk['writer']:.3f} s")
    for how, label in (
        ("core", "SQLAlchemy Core executemany"),
        ("orm", "SQLAlchemy ORM bulk insert"),
    ):
        _line(label, f"{bulk[how]:.3f} s", f"{bulk[how] / bulk['writer']:.1f}x the writer's")
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
    """Every row of tables as stored; the search index's text with its rowid, as the writer
    puts it."""
    rows: Rows = {}
    with closing(sqlite3.connect(path)) as db:
        for table in tables:
            columns = "rowid, *" if table == _FTS else "*"
            cursor = db.execute(f'SELECT {columns} FROM "{table}"')  # noqa: S608 - names from sqlite_master
            rows[table] = ([c[0] for c in cursor.description], cursor.fetchall())
    return rows


def _schema(path: Path) -> list[str]:
    """Tables and indexes as the store has them; triggers (the write guard) and the tables FTS5
    makes for itself left out."""
    with closing(sqlite3.connect(path)) as db:
        return [
            r[0]
            for r in db.execute(
                "SELECT sql FROM sqlite_master WHERE type IN ('table', 'index') AND sql IS NOT "
                "NULL AND name NOT LIKE 'sqlite_%' AND name NOT LIKE ? ORDER BY type = 'index', "
                "rowid",
                (_FTS_OWN + "%",),
            )
        ]


_FTS = "search_fts"
_FTS_OWN = "search_fts_"  # its shadow tables: FTS5 makes and fills them itself


def _values(path: Path, tables: Iterable[str]) -> Values:
    """The rows of tables as SQLAlchemy reads them back: the values the writer had in hand."""
    with Store.open(path, check=False) as store, store.engine.connect() as connection:
        chosen = [Base.metadata.tables[t] for t in tables]
        return [(t, [dict(r) for r in connection.execute(select(t)).mappings()]) for t in chosen]


def _timed_insert(
    empty: Path, folder: Path, how: str, values: Values, run: Callable[[Connection, Values], None]
) -> Callable[[int], float]:
    """Run n: one write transaction, as the writer opens it, into a fresh copy of an empty
    store; the copy and the opening are not timed."""

    def timed(n: int) -> float:
        path = folder / f"{how}{n}.sqlite3"
        shutil.copy(empty, path)
        with Store.open(path, check=False) as store, store.engine.connect() as base:
            connection = base.execution_options(**store.backend.write_options())
            guard = store.backend.open_guard(connection.connection.dbapi_connection)
            start = time.perf_counter()
            with connection.begin(), guard:
                run(connection, values)
            return time.perf_counter() - start

    return timed


def _writer_bulk(connection: Connection, values: Values) -> None:
    for table, rows in values:
        insert_rows(connection, table, rows)


def _core(connection: Connection, values: Values) -> None:
    for table, rows in values:
        connection.execute(insert(table), rows)


def _orm(connection: Connection, values: Values) -> None:
    models = {m.local_table: m.class_ for m in Base.registry.mappers}
    with Session(bind=connection) as session:
        for table, rows in values:
            session.execute(insert(models[table]), rows)


def _raw_insert(
    folder: Path,
    name: str,
    schema: list[str],
    rows: Rows,
    clock: Callable[[], float] = time.perf_counter,
) -> float:
    """One transaction of executemany per table, with the store's own pragmas; timed by clock
    (the wall's, or time.process_time for the processor time this process took)."""
    path = folder / f"{name}.sqlite3"
    with closing(sqlite3.connect(path, isolation_level=None)) as db:
        for statement in schema:
            db.execute(statement)
        return _timed_executemany(db, rows, clock)


def _timed_executemany(
    db: sqlite3.Connection, rows: Rows, clock: Callable[[], float] = time.perf_counter
) -> float:
    """The rows inserted by executemany, one transaction, with the store's own pragmas."""
    for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON"):
        db.execute(f"PRAGMA {pragma}")
    start = clock()
    db.execute("BEGIN IMMEDIATE")
    for table, (columns, table_rows) in rows.items():
        marks = ", ".join("?" * len(columns))
        names = ", ".join(f'"{c}"' for c in columns)
        db.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', table_rows)  # noqa: S608 - names from sqlite_master
    db.execute("COMMIT")
    return clock() - start


def _best(repeat: int, run: Callable[[int], float]) -> float:
    """The floor is the fastest of a few runs: the others measured the machine's noise."""
    return min(run(n) for n in range(max(repeat, 1)))


if __name__ == "__main__":
    raise SystemExit(main())
