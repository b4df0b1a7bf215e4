"""Benchmark: a hub on PostgreSQL beside a hub on SQLite, on the same records.

The hub's laptop holds the demo (`fill_demo`, default scale 50; its priorities are the hub's
own, which only a hub may send) and exports everything to two new hubs that have none of it: one
in an SQLite file, one in a PostgreSQL database on a throwaway server (tests/postgres.py:
Debian's binaries, a fresh cluster in a temporary folder, reached by a Unix socket only,
durability off). Printed side by side, with PostgreSQL's time as a ratio to SQLite's:

1. the merge of the laptop's bundle (opening, checking, merging, committing; no backup), and the
   laptop's next bundle, which carries the same writes again (every field compared);
2. the key figures, outward, all time: compute_figures, and the whole report (figures, layout,
   PDF), warm (best of --repeat);
3. a search of the people list by the start of a name, count and first page, warm.

Prints; asserts nothing.

    .venv/bin/python bench/bench_postgres.py [--scale N] [--repeat R]
"""

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from uuid import uuid4

from sqlalchemy import select

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from scdesk.domain.devices import DeviceRole, DeviceSetup  # noqa: E402
from scdesk.services import devices, reports, sync  # noqa: E402
from scdesk.services.demo import fill_demo  # noqa: E402
from scdesk.services.figures import FigureQuery, compute_figures  # noqa: E402
from scdesk.services.first_run import set_up_device  # noqa: E402
from scdesk.store.models import City, Person  # noqa: E402
from scdesk.store.queries.people_list import PersonFilter, person_count, person_page  # noqa: E402
from scdesk.store.store import STORE_FILE, Store  # noqa: E402
from tests.postgres import start_server  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=50, help="demo scale of the bundle")
    parser.add_argument("--repeat", type=int, default=3, help="warm runs, the best one kept")
    args = parser.parse_args()
    server = start_server()
    try:
        with tempfile.TemporaryDirectory(prefix="scdesk-bench-pg-") as name:
            root = Path(name)
            start = time.perf_counter()
            laptop = Store.open(root / "laptop" / STORE_FILE)
            summary = fill_demo(laptop, scale=args.scale)
            with laptop.read() as session:
                city = session.scalars(select(City.id).order_by(City.name).limit(1)).first()
            set_up_device(laptop, DeviceSetup("Hub laptop", DeviceRole.HUB, "Hub staff", city))
            fill = time.perf_counter() - start
            url = server.create_database(f"scdesk_{uuid4().hex[:16]}")
            (root / "hub-postgres").mkdir()
            hubs = {
                "SQLite": Store.open(root / "hub-sqlite" / STORE_FILE),
                "PostgreSQL": Store.connect(url, root / "hub-postgres"),
            }
            timings = {label: _run(laptop, hub, root, args.repeat) for label, hub in hubs.items()}
            for hub in hubs.values():
                hub.close()
            laptop.close()
    finally:
        server.stop()

    print(f"scdesk PostgreSQL benchmark: demo scale {args.scale}, {summary.records:,} records "
          f"(filled in {fill:.0f} s), into an empty hub on each")  # fmt: skip
    sqlite, postgres = timings["SQLite"], timings["PostgreSQL"]
    print(f"  {'':<46} {'SQLite':>10} {'PostgreSQL':>11}")
    for label in sqlite:
        a, b = sqlite[label], postgres[label]
        print(f"  {label + ':':<46} {a:>8.3f} s {b:>9.3f} s  {b / a:.2f}x SQLite's")
    return 0


def _run(laptop: Store, hub: Store, root: Path, repeat: int) -> dict[str, float]:
    """The timings of one hub, by what was timed."""
    set_up_device(hub, DeviceSetup("Hub", DeviceRole.HUB, "Hub staff"))
    devices.trust_device(hub, devices.this_party(laptop, devices.ensure_device_keys(laptop)))
    devices.trust_device(laptop, devices.this_party(hub, devices.ensure_device_keys(hub)))
    hub_id = hub.device().device_id
    mail = root / f"mail-{hub_id}"
    mail.mkdir()
    bundle = sync.export_bundle(laptop, mail, hub_id)
    again = sync.export_bundle(laptop, mail, hub_id)  # the same writes, not yet acknowledged
    hub.backup = lambda reason: root / "no-backup"  # type: ignore[method-assign]
    found: dict[str, float] = {}
    start = time.perf_counter()
    (merged,) = sync.import_bundles(hub, [bundle.path])
    found[f"merge, {bundle.fields:,} fields"] = time.perf_counter() - start
    if merged.outcome is not sync.Outcome.MERGED:
        raise RuntimeError(merged.message)
    start = time.perf_counter()
    sync.import_bundles(hub, [again.path])
    found["next bundle, the same writes"] = time.perf_counter() - start
    query = FigureQuery(outward=True)
    found["compute_figures, warm"] = _best(repeat, lambda: compute_figures(hub, query))
    found["key figures report, warm"] = _best(
        repeat, lambda: reports.key_figures_report(hub, query)
    )
    with hub.read() as session:
        first = session.scalars(select(Person.name).order_by(Person.name).limit(1)).one()
    wanted = PersonFilter(search=first.split()[0][:3])

    def search() -> None:
        with hub.read() as session:
            person_count(session, wanted)
            person_page(session, wanted, None, 100)

    found[f'people list searched for "{wanted.search}"'] = _best(repeat, search)
    return found


def _best(repeat: int, run: Callable[[], object]) -> float:
    times = []
    for _ in range(max(repeat, 1)):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


if __name__ == "__main__":
    raise SystemExit(main())
