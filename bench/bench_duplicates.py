"""Benchmark: the full duplicate search against an exact-name SQL self-join, in the same run.

The search (`find_duplicates`, every kind, the default threshold) over `demo --scale N`
(default 50) is timed cold (its caches of spelled words emptied, as in a fresh `scdesk
duplicates` process) and warm (the best of --repeat runs, as in the GUI). The floor is what a
search for exact duplicates would cost: one indexed self-join per kind through sqlite3, on the
same name in the same city (people, organisations), the same name in the same country (cities),
the same title on the same day in the same city (meetings, youth activities). It prints how many
pairs each finds and how many of the floor's exact pairs the search also suggests. The answer
the store keeps until something is written is forgotten before each timing of the search, and
reading it back is timed apart. Asserts nothing.

    .venv/bin/python bench/bench_duplicates.py [--scale N] [--repeat N] [--profile N]
    .venv/bin/python bench/bench_duplicates.py --store DIR/scdesk.sqlite3   # an existing demo
"""

import argparse
import cProfile
import pstats
import sqlite3
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import TypeVar

from sqlalchemy import delete

from scdesk.domain import duplicates as scoring
from scdesk.domain import name_keys
from scdesk.domain.duplicates import DuplicateKind
from scdesk.services.demo import fill_demo
from scdesk.services.duplicates import find_duplicates
from scdesk.store.models import DuplicateSearch
from scdesk.store.queries import duplicate_facts
from scdesk.store.store import STORE_FILE, Store

T = TypeVar("T")

#: Exact duplicates by kind: the plain self-join on an indexed name, each pair once.
_FLOOR = {
    DuplicateKind.PERSON: "SELECT a.id, b.id FROM person a JOIN person b ON b.name = a.name "
    "AND b.id > a.id AND b.city_id IS a.city_id WHERE a.deleted = 0 AND b.deleted = 0",
    DuplicateKind.CITY: "SELECT a.id, b.id FROM city a JOIN city b ON b.name = a.name "
    "AND b.id > a.id AND b.country = a.country WHERE a.deleted = 0 AND b.deleted = 0",
    DuplicateKind.ORGANISATION: "SELECT a.id, b.id FROM organisation a JOIN organisation b "
    "ON b.name = a.name AND b.id > a.id AND b.city_id IS a.city_id "
    "WHERE a.deleted = 0 AND b.deleted = 0",
    DuplicateKind.MEETING: "SELECT a.id, b.id FROM meeting a JOIN meeting b "
    "ON b.title = a.title AND b.id > a.id AND b.city_id = a.city_id "
    "AND date(b.starts_at) = date(a.starts_at) WHERE a.deleted = 0 AND b.deleted = 0",
    DuplicateKind.ACTIVITY: "SELECT a.id, b.id FROM activity a JOIN activity b "
    "ON b.title = a.title AND b.id > a.id AND b.city_id = a.city_id "
    "AND b.starts_on = a.starts_on WHERE a.deleted = 0 AND b.deleted = 0",
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--store", type=Path, help="time an existing store instead of a new demo")
    parser.add_argument("--profile", type=int, default=0, metavar="N",
                        help="also the N costliest functions of a warm search")  # fmt: skip
    args = parser.parse_args()
    if args.store:
        with Store.open(args.store) as store:
            print(f"scdesk duplicates benchmark: {args.store}")
            _run(store, args.store, args.repeat, args.profile)
        return 0
    with tempfile.TemporaryDirectory(prefix="scdesk-bench-") as folder:
        path = Path(folder) / STORE_FILE
        with Store.open(path) as store:
            start = time.perf_counter()
            summary = fill_demo(store, scale=args.scale)
            print(f"scdesk duplicates benchmark: demo scale {args.scale}, {summary.records:,} "
                  f"records, {summary.people:,} people "
                  f"(filled in {time.perf_counter() - start:.0f} s)")  # fmt: skip
            _run(store, path, args.repeat, args.profile)
    return 0


def _run(store: Store, path: Path, repeat: int, profile: int) -> None:
    def forget() -> None:  # as after any write: the answer kept from the last search is stale
        with store.engine.begin() as connection:
            connection.execute(delete(DuplicateSearch))

    forget()
    _empty_caches()
    cold_start = time.perf_counter()
    found = find_duplicates(store)
    cold = time.perf_counter() - cold_start
    warm = _best(repeat, lambda: find_duplicates(store), forget)
    kept = _best(repeat, lambda: find_duplicates(store))
    reading = _best(repeat, lambda: _read_facts(store))
    floor, exact = _floor(path, repeat, _FLOOR)
    people = _best(repeat, lambda: find_duplicates(store, [DuplicateKind.PERSON]), forget)
    person_floor, _ = _floor(path, repeat, {DuplicateKind.PERSON: _FLOOR[DuplicateKind.PERSON]})

    print("\nfull duplicate search, every kind, default threshold")
    _line("find_duplicates, cold", f"{cold:.3f} s", f"{cold / floor:.2f}x floor")
    _line("find_duplicates, warm (best of runs)", f"{warm:.3f} s", f"{warm / floor:.2f}x floor")
    _line("  of which reading the records (5 queries)", f"{reading:.3f} s")
    _line("floor: exact-name self-joins (5, sqlite3)", f"{floor:.3f} s")
    _line(
        "find_duplicates, the answer kept read back", f"{kept:.3f} s", f"{kept / floor:.2f}x floor"
    )
    _line("people only, warm", f"{people:.3f} s", f"{people / person_floor:.2f}x its floor")
    _line("floor: people's self-join", f"{person_floor:.3f} s")
    print("\npairs by kind: suggested / exact pairs in the floor / exact pairs also suggested")
    suggested = Counter(c.kind for c in found)
    keys = {(c.kind, str(c.first_id), str(c.second_id)) for c in found}
    for kind, pairs in exact.items():
        also = sum((kind, *sorted(pair)) in keys for pair in pairs)
        _line(f"  {kind.value}", f"{suggested[kind]:,}", f"{len(pairs):,} / {also:,}")
    if profile:
        forget()
        profiler = cProfile.Profile()
        profiler.enable()
        find_duplicates(store)
        profiler.disable()
        stats = pstats.Stats(profiler, stream=sys.stdout).strip_dirs()
        stats.sort_stats("cumulative").print_stats(profile)


def _empty_caches() -> None:
    """What a fresh process starts without: the spelled words, phones, age bands."""
    name_keys._word.cache_clear()
    scoring._phone.cache_clear()
    scoring._fits.cache_clear()


def _read_facts(store: Store) -> int:
    with store.read() as session:
        return sum(
            len(rows)
            for rows in (
                duplicate_facts.people_facts(session),
                duplicate_facts.city_facts(session),
                duplicate_facts.organisation_facts(session),
                duplicate_facts.meeting_facts(session),
                duplicate_facts.activity_facts(session),
            )
        )


def _floor(
    path: Path, repeat: int, queries: dict[DuplicateKind, str]
) -> tuple[float, dict[DuplicateKind, list[tuple[str, str]]]]:
    """The best of repeat runs of the self-joins, and the pairs the last run found (ids as
    the text the store keeps, in hex without dashes, made comparable below)."""
    best, pairs = float("inf"), {}
    with closing(sqlite3.connect(path)) as db:
        for _ in range(repeat):
            start = time.perf_counter()
            pairs = {kind: db.execute(query).fetchall() for kind, query in queries.items()}
            best = min(best, time.perf_counter() - start)
    return best, {kind: [tuple(map(_dashed, p)) for p in found] for kind, found in pairs.items()}


def _dashed(value: str) -> str:
    text = str(value)
    if len(text) == 32:
        return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"
    return text


def _best(repeat: int, run: Callable[[], T], before: Callable[[], None] = lambda: None) -> float:
    """The fastest of repeat runs; before: run untimed ahead of each."""
    best = float("inf")
    for _ in range(repeat):
        before()
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best


def _line(what: str, value: str, note: str = "") -> None:
    print(f"  {what:<48} {value:>10}  {note}")


if __name__ == "__main__":
    sys.exit(main())
