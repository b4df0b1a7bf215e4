"""The desktop app on a large store: time to a usable main window against a bare PySide6 window,
and time to filter the meetings list against the raw SQL behind it. Prints; asserts nothing.

    .venv/bin/python bench/bench_gui.py                       # makes a demo --scale 50 store
    .venv/bin/python bench/bench_gui.py --data-dir /tmp/big   # copies an existing demo store
    .venv/bin/python bench/bench_gui.py --scale 5 --repeat 3  # quicker, smaller

Start-up is measured from outside, as a user waits for it: the wall time from starting a Python
process to the moment its window is on screen with its event loop running, for a bare
QMainWindow and for scdesk (the same steps as `scdesk`: the command's imports, fonts, settings,
the store, the main window on its first page). The filter is measured inside one process: from
choosing a city and a kind in the meetings list to the list showing the first page of matches
and their count, against sqlite3 running the same two SQL statements.
"""

import argparse
import dataclasses
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

_BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1200, 760)
window.show()
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
app.exec()
"""


def _child_scdesk(folder: Path, page: str) -> int:
    """What `scdesk` does to show its window, with markers on stdout."""
    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QApplication

    import scdesk.cli  # noqa: F401 - the command imports it before starting the GUI
    from scdesk import i18n
    from scdesk.ui.app import Launcher, open_context
    from scdesk.ui.fonts import load_fonts

    app = QApplication(sys.argv[:1])
    i18n.install(lambda c, t, n, k: QCoreApplication.translate(c, t, n or None, k))
    load_fonts(app)
    context = open_context(folder)
    if context is None:
        return 1
    context.settings = dataclasses.replace(context.settings, last_page=page)
    window = Launcher(context).start()
    from scdesk.ui.pages.list_page import ListPage

    shown = getattr(window, "pages", {}).get(page)
    if isinstance(shown, ListPage):
        shown.loaded.connect(lambda: (print("rows", flush=True), app.quit()))
    QTimer.singleShot(0, lambda: print("shown", flush=True))
    if not isinstance(shown, ListPage):
        QTimer.singleShot(0, app.quit)
    app.exec()
    context.ops.wait_idle()
    context.store.close()
    return 0


def _spawn(arguments: list[str], markers: tuple[str, ...]) -> dict[str, float]:
    """Seconds from starting the process to each marker line it prints."""
    env = os.environ | {"QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    start = time.perf_counter()
    process = subprocess.Popen(  # noqa: S603 - our own interpreter and script
        [sys.executable, *arguments], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env,
        text=True, cwd=ROOT,
    )  # fmt: skip
    found: dict[str, float] = {}
    assert process.stdout is not None
    for line in process.stdout:
        word = line.strip()
        if word in markers and word not in found:
            found[word] = time.perf_counter() - start
    process.wait()
    process.stdout.close()
    return found


def bench_start(folder: Path, repeat: int) -> None:
    bare = [_spawn(["-c", _BARE], ("shown",))["shown"] for _ in range(repeat)]
    me = Path(__file__).resolve()
    dash = [
        _spawn([str(me), "--child", str(folder), "dashboard"], ("shown",))["shown"]
        for _ in range(repeat)
    ]
    meetings = [
        _spawn([str(me), "--child", str(folder), "meetings"], ("shown", "rows"))
        for _ in range(repeat)
    ]
    floor = min(bare)
    print(f"start-up, best of {repeat} (median in brackets), seconds from process start:")
    print(f"  bare PySide6 window shown               {floor:6.3f} ({statistics.median(bare):.3f})")
    for label, times in (
        ("scdesk shown, on the dashboard", dash),
        ("scdesk shown, on the meetings list", [m["shown"] for m in meetings]),
        ("scdesk meetings list with its rows", [m["rows"] for m in meetings]),
    ):
        best = min(times)
        print(
            f"  {label:<40} {best:6.3f} ({statistics.median(times):.3f})"
            f"   ratio {best / floor:5.2f}"
        )


def bench_filter(folder: Path, repeat: int) -> None:
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from scdesk.domain.meetings import MeetingKind
    from scdesk.store.models import City
    from scdesk.store.queries.meeting_list import (
        MeetingFilter,
        meeting_count_select,
        meeting_select,
    )
    from scdesk.ui.app import open_context
    from scdesk.ui.main_window import MainWindow
    from scdesk.ui.pages.meetings import MeetingsPage

    app = QApplication.instance() or QApplication(sys.argv[:1])
    context = open_context(folder)
    assert context is not None
    window = MainWindow(context)
    window.show()
    page = window.show_page("meetings")
    assert isinstance(page, MeetingsPage)
    _wait(app, lambda: page.count > 0)
    from sqlalchemy import select

    with context.store.read() as session:
        cities = session.execute(select(City.id).order_by(City.name).limit(repeat)).scalars().all()
    kinds = [MeetingKind.COMMITTEE_MEETING, MeetingKind.CONSULTATION]
    gui: list[float] = []
    raw: list[float] = []
    connection = sqlite3.connect(context.store.path)
    for round_no in range(repeat):
        for kind in kinds:
            city = cities[round_no % len(cities)]
            wanted = MeetingFilter(city_id=city, kind=kind)
            page_sql = _literal(meeting_select(wanted, None, page.model.PAGE))
            count_sql = _literal(meeting_count_select(wanted))
            begin = time.perf_counter()
            rows = connection.execute(page_sql).fetchall()
            if len(rows) == page.model.PAGE:  # as the list: a full page needs a count
                connection.execute(count_sql).fetchall()
            raw.append(time.perf_counter() - begin)

            page.city_filter.setCurrentIndex(page.city_filter.findData(str(city)))
            page.kind_filter.setCurrentIndex(page.kind_filter.findData(kind.value))
            loop = QEventLoop()
            page.loaded.connect(loop.quit)
            begin = time.perf_counter()
            page.filters_changed()  # what choosing in a filter box calls
            loop.exec()  # sleeps in the event loop, as the app does, until the list is shown
            gui.append(time.perf_counter() - begin)
            page.loaded.disconnect(loop.quit)
            assert page.model.wanted == wanted
    connection.close()
    floor, best = min(raw), min(gui)
    print(f"filtering the meetings list by city and kind, best of {len(gui)}:")
    print(f"  raw SQL (a page of up to {page.model.PAGE})              {floor * 1000:7.2f} ms")
    print(
        f"  list shows the first page and the count   {best * 1000:7.2f} ms   "
        f"ratio {best / floor:5.2f}  (median {statistics.median(gui) * 1000:.2f} ms)"
    )
    window.close()
    context.drafts.close()
    context.store.close()


def _literal(statement: Any) -> str:
    from sqlalchemy.dialects import sqlite

    dialect = sqlite.dialect()
    return str(statement.compile(dialect=dialect, compile_kwargs={"literal_binds": True}))


def _wait(app: Any, done: Any, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not answer in time")
        app.processEvents()


def _prepare(source: Path | None, scale: int, work: Path) -> Path:
    """A data folder holding a demo store of the scale, its device set up as the hub."""
    from scdesk.domain.devices import DeviceRole, DeviceSetup
    from scdesk.services.demo import fill_demo
    from scdesk.services.first_run import set_up_device
    from scdesk.store.store import STORE_FILE, Store

    folder = work / "data"
    folder.mkdir()
    if source is not None:
        shutil.copy(source / STORE_FILE, folder / STORE_FILE)
    with Store.open(folder / STORE_FILE) as store:
        if source is None:
            begin = time.perf_counter()
            summary = fill_demo(store, scale=scale)
            took = time.perf_counter() - begin
            print(f"demo --scale {scale}: {summary.records} records in {took:.1f} s")
        if not store.device().configured:
            set_up_device(store, DeviceSetup("Hub desktop", DeviceRole.HUB, "Hub staff"))
    return folder


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, help="copy the store of this demo folder")
    parser.add_argument("--scale", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--child", nargs=2, metavar=("FOLDER", "PAGE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return _child_scdesk(Path(args.child[0]), args.child[1])
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="scdesk-bench-") as work:
        folder = _prepare(args.data_dir, args.scale, Path(work))
        bench_start(folder, args.repeat)
        bench_filter(folder, args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
