"""The desktop app on a large store: time to its window against a bare PySide6 window, and time
to filter the meetings list against a bare PySide6 list doing the same query. Prints; asserts
nothing.

    .venv/bin/python bench/bench_gui.py                       # makes a demo --scale 50 store
    .venv/bin/python bench/bench_gui.py --data-dir /tmp/big   # copies an existing demo store
    .venv/bin/python bench/bench_gui.py --scale 5 --repeat 3  # quicker, smaller

Start-up is measured from outside, as a user waits for it: the wall time from starting a Python
process to the moment its window is on screen, for a bare QMainWindow and for scdesk itself
(`python -m scdesk --data-dir FOLDER`, the program a user starts, its imports in its own order),
which says when its frame is painted ("shown") and when its first page has its rows ("rows")
through SCDESK_START_PROBE. The filter is measured inside one process and event loop: from
choosing a city and a kind in the meetings list to the list showing the first page of matches
and their count, against a bare QAbstractListModel whose worker thread runs the same SQL through
sqlite3 and whose model is reset on the GUI thread; the raw SQL's own time is printed beside.
"""

import argparse
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from functools import partial
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


def _spawn(arguments: list[str], markers: tuple[str, ...]) -> dict[str, float]:
    """Seconds from starting the process to each marker line it prints."""
    from scdesk.ui.app import PROBE

    env = os.environ | {
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "PYTHONPATH": str(ROOT),
        PROBE: "1",
    }
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
    from scdesk.settings import Settings
    from scdesk.ui.settings_store import SettingsStore

    scdesk = ["-m", "scdesk", "--data-dir", str(folder)]
    bare: list[float] = []
    runs: dict[str, list[dict[str, float]]] = {"dashboard": [], "meetings": []}
    for _ in range(repeat):  # a round of each in turn: the machine's load drifts alike for all
        bare.append(_spawn(["-c", _BARE], ("shown",))["shown"])
        for page, times in runs.items():
            SettingsStore(folder).save(Settings(last_page=page))
            times.append(_spawn(scdesk, ("shown", "rows")))
    floor = min(bare)
    print(f"start-up, best of {repeat} (median in brackets), seconds from process start:")
    print(f"  bare PySide6 window shown               {floor:6.3f} ({statistics.median(bare):.3f})")
    for label, times in (
        ("scdesk window shown, on the dashboard", [r["shown"] for r in runs["dashboard"]]),
        ("scdesk window shown, on the meetings list", [r["shown"] for r in runs["meetings"]]),
        ("scdesk meetings list with its rows", [r["rows"] for r in runs["meetings"]]),
        ("scdesk dashboard with its figures", [r["rows"] for r in runs["dashboard"]]),
    ):
        best = min(times)
        print(
            f"  {label:<41} {best:6.3f} ({statistics.median(times):.3f})"
            f"   ratio {best / floor:5.2f}"
        )


def _bare_list(path: Path, limit: int) -> Any:
    """The floor of the filter: a bare PySide6 list model whose worker thread (a QThreadPool, as
    scdesk's Ops) runs the two SQL statements through sqlite3 and hands the rows to the GUI
    thread, which resets the model. Its `loaded` signal says when the reset is done."""
    from PySide6.QtCore import (
        QAbstractListModel,
        QModelIndex,
        QObject,
        QPersistentModelIndex,
        QRunnable,
        Qt,
        QThreadPool,
        Signal,
    )

    root = QModelIndex()

    class BareModel(QAbstractListModel):
        def __init__(self) -> None:
            super().__init__()
            self.rows: list[tuple[Any, ...]] = []

        def rowCount(self, parent: QModelIndex | QPersistentModelIndex = root) -> int:
            return 0 if parent.isValid() else len(self.rows)

        def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.rows[index.row()][1]
            return None

    class Task(QRunnable):
        """One query on a pool thread, through that thread's own sqlite3 connection."""

        def __init__(self, owner: "BareList", page_sql: str, count_sql: str) -> None:
            super().__init__()
            self.owner, self.page_sql, self.count_sql = owner, page_sql, count_sql

        def run(self) -> None:
            local = self.owner.local
            connection = getattr(local, "connection", None)
            if connection is None:
                connection = local.connection = sqlite3.connect(path)
            rows = connection.execute(self.page_sql).fetchall()
            count = len(rows)
            if count == limit:
                count = connection.execute(self.count_sql).fetchone()[0]
            self.owner.found.emit(rows, count)

    class BareList(QObject):
        loaded = Signal()
        found = Signal(object, int)

        def __init__(self) -> None:
            super().__init__()
            self.model = BareModel()
            self.count = 0
            self.pool = QThreadPool(self)
            self.pool.setMaxThreadCount(2)
            self.local = threading.local()
            self.found.connect(self._show, Qt.ConnectionType.QueuedConnection)

        def run(self, page_sql: str, count_sql: str) -> None:
            self.pool.start(Task(self, page_sql, count_sql))

        def _show(self, rows: list[tuple[Any, ...]], count: int) -> None:
            self.model.beginResetModel()
            self.model.rows = rows
            self.model.endResetModel()
            self.count = count
            self.loaded.emit()

    return BareList()


def bench_filter(folder: Path, repeat: int) -> None:
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication, QListView

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
    bare = _bare_list(context.store.path, page.model.PAGE)
    view = QListView()
    view.setModel(bare.model)
    view.resize(400, 600)
    view.show()
    from sqlalchemy import select

    with context.store.read() as session:
        cities = session.execute(select(City.id).order_by(City.name).limit(repeat)).scalars().all()
    kinds = [MeetingKind.COMMITTEE_MEETING, MeetingKind.CONSULTATION]
    gui: list[float] = []
    floor: list[float] = []
    raw: list[float] = []
    connection = sqlite3.connect(context.store.path)

    def timed(signal: Any, start: Any) -> float:
        loop = QEventLoop()
        signal.connect(loop.quit)
        begin = time.perf_counter()
        start()
        loop.exec()  # sleeps in the event loop, as the app does, until the list is shown
        took = time.perf_counter() - begin
        signal.disconnect(loop.quit)
        return took

    # Warm both: the bare list's threads open their sqlite3 connections, as the store's pool has.
    first = MeetingFilter(city_id=cities[0], kind=kinds[0])
    warm = (
        _literal(meeting_select(first, None, page.model.PAGE)),
        _literal(meeting_count_select(first)),
    )
    timed(bare.loaded, partial(bare.run, *warm))
    timed(page.loaded, page.filters_changed)
    for round_no in range(2 * repeat):
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
            ours = partial(timed, page.loaded, page.filters_changed)  # what a filter box calls
            floors = partial(timed, bare.loaded, partial(bare.run, page_sql, count_sql))
            if round_no % 2:  # each goes first in half the rounds
                floor.append(floors())
                gui.append(ours())
            else:
                gui.append(ours())
                floor.append(floors())
            assert page.model.wanted == wanted
            assert bare.count == page.count
    connection.close()
    best, bare_best, raw_best = min(gui), min(floor), min(raw)
    print(f"filtering the meetings list by city and kind, best of {len(gui)} (median in brackets):")
    print(
        f"  raw SQL through sqlite3, a page of {page.model.PAGE:<4}      {raw_best * 1000:7.2f} ms"
        f" ({statistics.median(raw) * 1000:.2f})"
    )
    print(
        f"  bare PySide6 list, worker thread, model reset {bare_best * 1000:7.2f} ms"
        f" ({statistics.median(floor) * 1000:.2f})"
    )
    print(
        f"  scdesk list shows the first page and count    {best * 1000:7.2f} ms"
        f" ({statistics.median(gui) * 1000:.2f})   ratio {best / bare_best:5.2f}"
        f" against the bare list, {best / raw_best:5.2f} against the raw SQL"
    )
    view.close()
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
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="scdesk-bench-") as work:
        folder = _prepare(args.data_dir, args.scale, Path(work))
        bench_start(folder, args.repeat)
        bench_filter(folder, args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
