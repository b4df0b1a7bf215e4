"""Benchmark: merging an officer's bundle at the hub, against floors measured in the same run.

An officer's laptop holds the demo (`fill_demo`, scale chosen so its bundle carries about
100,000 fields) and exports everything to a hub that has none of it. Printed:

1. the merge of that bundle (opening, checking, merging, committing; the backup before it is
   timed apart) as a ratio to a raw sqlite3 executemany of the rows the merge wrote; then the
   same into a hub that already holds the records of a bundle --big times larger (other
   records), against the same executemany into a copy of that hub; each also in processor
   time, which other work on the machine moves less;
2. importing the same file again (refused at once as already merged), and importing the
   officer's next bundle, which carries the same writes again because the hub has not yet
   acknowledged them (its covered range ends where the hub holds every write of the sender, so
   its lines are not read: the weekly no-op; the fastest of --repeat such bundles), each as a
   ratio to (1);
3. peak memory of an import of that bundle and of one ten times larger (each in a fresh
   process: the growth of its resident memory over what it had before the import), as a ratio;
4. the bundle's size (its payload compressed with xz) as a ratio to the gzip of the same records
   as plain JSON (full field names, device ids written out), and to the gzip of its own payload
   lines.

Prints; asserts nothing.

    .venv/bin/python bench/bench_sync.py [--scale N] [--big M] [--repeat R]
"""

import argparse
import gzip
import json
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import orjson
from bench_demo import (
    _FTS,
    _FTS_OWN,
    Rows,
    _best,
    _counts,
    _line,
    _raw_insert,
    _read,
    _schema,
    _table_order,
    _timed_executemany,
)
from sqlalchemy import select

from scdesk.domain.devices import DeviceRole, DeviceSetup
from scdesk.services import devices, sync
from scdesk.services.demo import fill_demo
from scdesk.services.first_run import set_up_device
from scdesk.store.models import City
from scdesk.store.store import STORE_FILE, Store
from scdesk.sync.lines import DeviceIndex
from scdesk.sync.selection import Tally, unacknowledged

#: Run in a fresh process per bundle, so that one import's memory does not hide another's.
_MEASURE = """
import sys, time
from pathlib import Path
from scdesk.services import sync
from scdesk.store.store import STORE_FILE, Store

def status_kib(name):  # VmRSS now, VmHWM its peak (getrusage's would include our parent's)
    for line in open("/proc/self/status"):
        if line.startswith(name + ":"):
            return int(line.split()[1])

folder, bundle = Path(sys.argv[1]), Path(sys.argv[2])
store = Store.open(folder / STORE_FILE)
store.backup = lambda reason: folder / "no-backup"
before = status_kib("VmRSS")
start = time.perf_counter()
(result,) = sync.import_bundles(store, [bundle])
took = time.perf_counter() - start
print(result.outcome.value, before, status_kib("VmHWM"), took)
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=2, help="demo scale of the bundle")
    parser.add_argument("--big", type=int, default=10, help="the larger bundle, times --scale")
    parser.add_argument("--repeat", type=int, default=3, help="raw inserts timed this often")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="scdesk-bench-sync-") as name:
        root = Path(name)
        hub = _device(root / "hub", "Hub", DeviceRole.HUB, 0)
        # The senders are hubs because the demo writes the hub's priorities, which a hub takes
        # from a hub only (provenance.HUB_TABLES); otherwise their bundles are an officer's:
        # their own writes only, checked as such.
        officer = _device(root / "officer", "Laptop 1", DeviceRole.HUB, args.scale)
        big = _device(root / "big", "Laptop 2", DeviceRole.HUB, args.scale * args.big)
        mail = root / "mail"
        mail.mkdir()
        for laptop in (officer, big):
            devices.trust_device(
                hub, devices.this_party(laptop, devices.ensure_device_keys(laptop))
            )
            devices.trust_device(laptop, devices.this_party(hub, devices.ensure_device_keys(hub)))
        hub.close()
        _as_hubs(root / "hub" / STORE_FILE)
        clean = root / "hub-clean"
        shutil.copytree(root / "hub", clean)
        hub = Store.open(root / "hub" / STORE_FILE)
        hub_id = hub.device().device_id

        start = time.perf_counter()
        exported = sync.export_bundle(officer, mail, hub_id)
        export_time = time.perf_counter() - start
        # the same writes, not yet acknowledged: the weekly no-op, timed as often as the floor
        agains = [sync.export_bundle(officer, mail, hub_id) for _ in range(max(args.repeat, 1))]
        large = sync.export_bundle(big, mail, hub_id)

        path = root / "hub" / STORE_FILE
        before = _counts(path)
        start = time.perf_counter()
        hub.backup("before-merge")
        backup_time = time.perf_counter() - start
        hub.backup = lambda reason: root / "no-backup"  # type: ignore[method-assign]
        start, cpu = time.perf_counter(), time.process_time()
        (first,) = sync.import_bundles(hub, [exported.path])
        merge_time, merge_cpu = time.perf_counter() - start, time.process_time() - cpu
        start = time.perf_counter()
        (same,) = sync.import_bundles(hub, [exported.path])
        same_time = time.perf_counter() - start
        repeat_times = []
        for again in agains:
            start = time.perf_counter()
            (repeat,) = sync.import_bundles(hub, [again.path])
            repeat_times.append(time.perf_counter() - start)
        repeat_time = min(repeat_times)  # the others measured the machine's noise
        hub.close()

        after = _counts(path)
        written = [  # the search index's own tables are filled by FTS5 as its text goes in
            t
            for t in _table_order(path)
            if after.get(t, 0) > before.get(t, 0) and not t.startswith(_FTS_OWN)
        ]
        rows = _read(path, written)
        schema = _schema(path)
        floor = _best(args.repeat, lambda n: _raw_insert(root, f"raw{n}", schema, rows))
        floor_cpu = _best(
            args.repeat, lambda n: _raw_insert(root, f"rawc{n}", schema, rows, time.process_time)
        )
        n_rows = sum(len(r) for _, r in rows.values())

        full, full_floor, full_rows = _into_full_hub(
            clean, root / "full", large.path, exported.path, args.repeat
        )
        small_memory = _memory(clean, root / "m1", exported.path)
        large_memory = _memory(clean, root / "m2", large.path)

        plain, lines = _plain_json(officer)
        bundle_size = exported.path.stat().st_size
        officer.close()
        big.close()

    assert first.outcome is sync.Outcome.MERGED, first.message
    print(f"scdesk sync benchmark: demo scale {args.scale} into an empty hub (SQLite)")
    _line("bundle", f"{exported.records:,} rec", f"{exported.fields:,} fields")
    _line("export (select, compress, seal, sign)", f"{export_time:.2f} s")
    _line("backup before the merge (apart)", f"{backup_time:.3f} s")
    _line("merge", f"{merge_time:.2f} s", f"{exported.fields / merge_time:,.0f} fields/s")
    ratio = f"merge is {merge_time / floor:.2f}x this (aim 2.0 or less)"
    _line(f"raw executemany of the {n_rows:,} rows written", f"{floor:.3f} s", ratio)
    ratio = f"merge {merge_cpu:.2f} s, {merge_cpu / floor_cpu:.2f}x"
    _line("  the same in processor time", f"{floor_cpu:.3f} s", ratio)
    _line("merge into a hub holding the larger bundle", f"{full[0]:.2f} s")
    ratio = f"merge is {full[0] / full_floor[0]:.2f}x this (aim 2.0 or less)"
    _line(f"raw executemany of its {full_rows:,} rows there", f"{full_floor[0]:.3f} s", ratio)
    ratio = f"merge {full[1]:.2f} s, {full[1] / full_floor[1]:.2f}x"
    _line("  the same in processor time", f"{full_floor[1]:.3f} s", ratio)
    ratio = f"{same_time / merge_time:.4f}x the merge"
    _line(f"same file again: {same.outcome.value}", f"{same_time:.3f} s", ratio)
    counts = repeat.counts
    ratio = f"{repeat_time / merge_time:.3f}x the merge (aim 0.05 or less)"
    label = f"next bundle, same writes: {counts.skipped:,} known, {counts.new} new"
    _line(label, f"{repeat_time:.2f} s", ratio)
    small_kib, large_kib = small_memory[1] - small_memory[0], large_memory[1] - large_memory[0]
    _line(f"import growth, {exported.fields:,} fields", f"{small_kib / 1024:.0f} MiB",
          f"process peak {small_memory[1] / 1024:.0f} MiB")  # fmt: skip
    _line(f"import growth, {large.fields:,} fields", f"{large_kib / 1024:.0f} MiB",
          f"process peak {large_memory[1] / 1024:.0f} MiB")  # fmt: skip
    whole = large_memory[1] / small_memory[1]
    ratio = f"{large_kib / small_kib:.2f}x (aim 1.2 or less); process peak {whole:.2f}x"
    _line(f"memory, {args.big}x larger bundle", ratio)
    _line("bundle file", f"{bundle_size / 1024:.0f} KiB")
    _line("gzip of the records as plain JSON", f"{len(plain) / 1024:.0f} KiB",
          f"bundle is {bundle_size / len(plain):.2f}x this (aim 0.5 or less)")  # fmt: skip
    _line("gzip of the bundle's own lines", f"{len(lines) / 1024:.0f} KiB",
          f"bundle is {bundle_size / len(lines):.2f}x this")  # fmt: skip
    return 0


def _device(folder: Path, name: str, role: DeviceRole, scale: int) -> Store:
    store = Store.open(folder / STORE_FILE)
    city = None
    if scale:
        fill_demo(store, scale=scale)
        with store.read() as session:
            city = session.scalars(select(City.id).order_by(City.name).limit(1)).first()
    set_up_device(store, DeviceSetup(name, role, f"{name} user", city))  # its keys too
    return store


def _as_hubs(path: Path) -> None:
    """The hub counts the laptops as hubs: the demo adds a priority beside the fixed ones, which
    a hub takes from a hub only (scdesk.sync.provenance), and the laptops' demo goes in whole."""
    with closing(sqlite3.connect(path)) as db, db:
        db.execute("UPDATE device SET role = 'hub' WHERE role = 'officer'")


def _into_full_hub(
    clean: Path, folder: Path, large: Path, bundle: Path, repeat: int
) -> tuple[tuple[float, float], tuple[float, float], int]:
    """(the merge's time, the floor's, the rows written), each time on the wall and in processor
    time: bundle merged into a copy of clean that holds large's records; the floor, the rows
    that merge wrote inserted by executemany into a copy of that hub as it was before it (its
    write guard left out)."""
    shutil.copytree(clean, folder)
    path = folder / STORE_FILE
    with Store.open(path) as store:
        store.backup = lambda reason: folder / "no-backup"  # type: ignore[method-assign]
        (filled,) = sync.import_bundles(store, [large])
    if filled.outcome is not sync.Outcome.MERGED:
        raise RuntimeError(filled.message)
    before = folder.parent / "full-before.sqlite3"
    shutil.copy(path, before)
    last = _last_rowids(before)
    with Store.open(path) as store:
        store.backup = lambda reason: folder / "no-backup"  # type: ignore[method-assign]
        start, cpu = time.perf_counter(), time.process_time()
        (merged,) = sync.import_bundles(store, [bundle])
        took = (time.perf_counter() - start, time.process_time() - cpu)
    if merged.outcome is not sync.Outcome.MERGED:
        raise RuntimeError(merged.message)
    after = _last_rowids(path)
    written = [t for t in _table_order(path) if after.get(t, 0) > last.get(t, 0)]
    rows = _read_after(path, written, last)

    def floor(clock: Callable[[], float]) -> float:
        return _best(repeat, lambda n: _raw_insert_into(before, folder / f"raw{n}", rows, clock))

    floors = [floor(time.perf_counter), floor(time.process_time)]
    return took, (floors[0], floors[1]), sum(len(r) for _, r in rows.values())


def _last_rowids(path: Path) -> dict[str, int]:
    """The highest rowid of each table (a row inserted later has a higher one), FTS5's own
    tables left out."""
    with closing(sqlite3.connect(path)) as db:
        tables = [
            r[0]
            for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if not r[0].startswith((_FTS_OWN, "sqlite_"))
        ]
        return {t: db.execute(f'SELECT max(rowid) FROM "{t}"').fetchone()[0] or 0 for t in tables}  # noqa: S608 - names from sqlite_master


def _read_after(path: Path, tables: list[str], last: dict[str, int]) -> Rows:
    """The rows of tables inserted after last (the search index's with their rowid)."""
    rows: Rows = {}
    with closing(sqlite3.connect(path)) as db:
        for table in tables:
            columns = "rowid, *" if table == _FTS else "*"
            cursor = db.execute(
                f'SELECT {columns} FROM "{table}" WHERE rowid > ?',  # noqa: S608 - names from sqlite_master
                (last.get(table, 0),),
            )
            rows[table] = ([c[0] for c in cursor.description], cursor.fetchall())
    return rows


def _raw_insert_into(store_file: Path, name: Path, rows: Rows, clock: Callable[[], float]) -> float:
    """The rows inserted by executemany into a copy of store_file, in one transaction with the
    store's pragmas, its write guard (triggers) dropped before clock starts."""
    path = name.with_suffix(".sqlite3")
    shutil.copy(store_file, path)
    with closing(sqlite3.connect(path, isolation_level=None)) as db:
        triggers = [
            r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        ]
        for trigger in triggers:
            db.execute(f'DROP TRIGGER "{trigger}"')
        return _timed_executemany(db, rows, clock)


def _memory(clean: Path, folder: Path, bundle: Path) -> tuple[int, int]:
    """(resident KiB before the import, peak KiB), importing bundle into a copy of clean."""
    shutil.copytree(clean, folder)
    done = subprocess.run(  # noqa: S603 - this interpreter, our own script
        [sys.executable, "-c", _MEASURE, str(folder), str(bundle)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    outcome, before, peak, _ = done.stdout.split()
    if outcome != "merged":
        raise RuntimeError(f"the import in the measuring process was {outcome}")
    return int(before), int(peak)


def _plain_json(store: Store) -> tuple[bytes, bytes]:
    """The bundle's records gzipped two ways: as plain JSON objects (every name and device id
    written out), and as the bundle's own payload lines."""
    index = DeviceIndex()
    with store.read() as session:
        lines = list(unacknowledged(session, {}, index, Tally()))
    devices_by_index = [str(d) for d in index.devices]
    plain = []
    for line in lines:
        raw = orjson.loads(line)
        plain.append({
            "table": raw["t"], "id": raw["i"], "origin": devices_by_index[raw["o"]],
            "created_counter": raw["c"], "created_clock": raw["h"],
            "version_vector": {devices_by_index[d]: c for d, c in raw["v"]},
            "fields": raw["f"],
            "changed": {
                n: {"value": v, "device": devices_by_index[d], "counter": c, "clock": h}
                for n, (v, d, c, h) in raw["u"].items()
            },
        })  # fmt: skip
    text = "\n".join(json.dumps(record, ensure_ascii=False) for record in plain).encode()
    return gzip.compress(text, compresslevel=6), gzip.compress(b"".join(lines), compresslevel=6)


if __name__ == "__main__":
    raise SystemExit(main())
