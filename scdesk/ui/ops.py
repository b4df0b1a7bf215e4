"""Background work: every service call that can take more than a frame runs here, off the GUI
thread, with a progress dialog that appears only after half a second, and Cancel.

Writes run on a pool of one thread (SQLite has one writer: queue rather than wait on its lock);
reads on another pool. A progress dialog is made only for a call still running after half a
second (a clock polls ten times a second, as Anki's does), so the many quick calls cost no
window. Results and errors come back to the GUI thread through one queued signal.
Workers touch no widget and emit only on Ops, which lives as long as the app; per-call state is
plain Python (see STYLE 3.2: per-call QObjects deleted on delivery can crash in ~QObject).
"""

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from scdesk.domain.changes import Changes
from scdesk.domain.errors import UserError
from scdesk.domain.progress import CancelledError, Progress

log = logging.getLogger(__name__)

T = TypeVar("T")

#: Handles a refusal itself (a form showing it inline); True when it did.
FailureHandler = Callable[[UserError], bool]


#: A call still running after this long shows its progress dialog.
SHOW_AFTER = 0.5


@dataclass(slots=True)
class _Call:
    number: int
    work: Callable[[Progress], Any]
    parent: QWidget
    on_done: Callable[[Any], None]
    on_failure: FailureHandler | None
    label: str
    writes: bool
    quiet: bool
    started: float = field(default_factory=time.monotonic)
    cancel: threading.Event = field(default_factory=threading.Event)
    #: Made only for a call that outlives SHOW_AFTER: most calls take milliseconds.
    dialog: QProgressDialog | None = None
    done: int = 0
    total: int = 0


class _Task(QRunnable):
    """Runs one call on a pool thread. It holds the work only in a box the thread empties, so
    that the thread never drops the last reference to anything the work captured (forms,
    pages): Python objects wrapping Qt objects must be destroyed on the GUI thread, where the
    call itself keeps the work until its result is delivered."""

    def __init__(self, ops: "Ops", number: int, cancel: threading.Event, box: list[Any]) -> None:
        super().__init__()
        self._ops = ops
        self._number = number
        self._cancel = cancel
        self._box = box

    def run(self) -> None:
        self._ops._work(self._number, self._cancel, self._box)


class Ops(QObject):
    #: Changes, and the widget whose call made them (so it can skip its own refresh).
    changes_applied = Signal(object, object)
    #: Every call handed out so far has delivered its result.
    idle = Signal()
    _finished = Signal(int, object, object)  # call number, result, error: emitted by workers
    _progressed = Signal(int, int, int)

    def __init__(self, log_path: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_path = log_path
        self._writes, self._reads = QThreadPool(self), QThreadPool(self)
        self._writes.setMaxThreadCount(1)
        self._reads.setMaxThreadCount(2)
        self._pending: dict[int, _Call] = {}
        self._numbers = 0
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._progressed.connect(self._show_progress, Qt.ConnectionType.QueuedConnection)
        self._clock = QTimer(self)  # polls for calls slow enough to show their progress
        self._clock.setInterval(100)
        self._clock.timeout.connect(self._on_clock_timeout)

    @property
    def pending(self) -> int:
        """Calls started whose result has not been delivered yet."""
        return len(self._pending)

    def run(
        self,
        parent: QWidget,
        work: Callable[[Progress], T],
        on_done: Callable[[T], None],
        *,
        label: str,
        writes: bool,
        on_failure: FailureHandler | None = None,
        quiet: bool = False,
    ) -> None:
        """Run work(progress) in the background and hand its result to on_done on the GUI
        thread. A refusal (UserError) goes to on_failure, else to a message box; anything else
        is logged and shown in the crash dialog. quiet: no progress dialog (for work that is
        quick and that the user did not ask for, such as refreshing the status bar)."""
        self._numbers += 1
        call = _Call(self._numbers, work, parent, on_done, on_failure, label, writes, quiet)
        self._pending[call.number] = call
        self._clock.start()
        pool = self._writes if writes else self._reads
        pool.start(_Task(self, call.number, call.cancel, [work]))

    def cancel_reads(self) -> None:
        for call in self._pending.values():
            if not call.writes:
                call.cancel.set()

    def wait_idle(self) -> None:
        """Block until every started call has finished its work (its result may still wait in
        the event queue); closing the main window calls this."""
        self._writes.waitForDone()
        self._reads.waitForDone()
        if not self._pending:
            self._clock.stop()

    # ------------------------------------------------------------------ worker side
    def _work(self, number: int, cancel: threading.Event, box: list[Any]) -> None:
        work = box.pop()
        progress = Progress(cancel, partial(self._progressed.emit, number))
        result: object = None
        error: Exception | None = None
        try:
            result = work(progress)
        except Exception as failure:  # noqa: BLE001 - handed to the GUI thread below
            error = failure
        del work, progress  # before the result leaves: see _Task
        self._finished.emit(number, result, error)

    # ------------------------------------------------------------------ GUI side
    @Slot(int, int, int)
    def _show_progress(self, number: int, done: int, total: int) -> None:
        call = self._pending.get(number)
        if call is None:
            return
        call.done, call.total = done, total
        if call.dialog is not None and shiboken6.isValid(call.dialog):
            call.dialog.setMaximum(total)
            call.dialog.setValue(done)

    def _on_clock_timeout(self) -> None:
        now = time.monotonic()
        for call in self._pending.values():
            late = now - call.started >= SHOW_AFTER
            if late and call.dialog is None and not call.quiet and shiboken6.isValid(call.parent):
                call.dialog = self._dialog(call)
        if not self._pending:
            self._clock.stop()

    def _dialog(self, call: _Call) -> QProgressDialog:
        cancel = QCoreApplication.translate("Ops", "Cancel")
        dialog = QProgressDialog(call.label, cancel, 0, call.total, call.parent)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setAccessibleName(call.label)
        dialog.canceled.connect(call.cancel.set)
        dialog.setValue(call.done)
        dialog.show()
        return dialog

    @Slot(int, object, object)
    def _deliver(self, number: int, result: object, error: Exception | None) -> None:
        call = self._pending.pop(number)
        try:
            if call.dialog is not None and shiboken6.isValid(call.dialog):
                call.dialog.canceled.disconnect()
                call.dialog.cancel()  # hides it, and keeps its timer from showing it again
                call.dialog.deleteLater()
            if not shiboken6.isValid(call.parent):  # the window closed meanwhile
                return
            if error is None:
                # Changes, or a result carrying them (a save, an export, an import run).
                changes = getattr(result, "changes", result)
                if isinstance(changes, Changes) and changes:
                    self.changes_applied.emit(changes, call.parent)
                if not call.cancel.is_set() or call.writes:
                    call.on_done(result)
            elif isinstance(error, CancelledError):
                log.info("cancelled by the user")
            elif isinstance(error, UserError):
                if call.on_failure is None or not call.on_failure(error):
                    show_refusal(call.parent, error)
            else:
                log.error("background work failed", exc_info=error)
                show_crash(call.parent, self.log_path)
        finally:
            if not self._pending:
                self.idle.emit()


def show_refusal(parent: QWidget, error: UserError) -> None:
    """The sentence, in a message box that does not block the caller."""
    translate = QCoreApplication.translate
    box = QMessageBox(
        QMessageBox.Icon.Warning, translate("Ops", "scdesk"), str(error), parent=parent
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setAccessibleName(translate("Ops", "Could not be done"))
    box.open()


def show_crash(parent: QWidget | None, log_path: Path | None) -> None:
    """Something went wrong that is not the user's to fix: say so and name the log file."""
    translate = QCoreApplication.translate
    if log_path is None:
        text = translate("Ops", "Something went wrong. Nothing half-done was saved.")
    else:
        text = translate(
            "Ops",
            "Something went wrong. Nothing half-done was saved. The details are in {path}; "
            "please send that file to your support person.",
        ).format(path=log_path)
    box = QMessageBox(
        QMessageBox.Icon.Critical, translate("Ops", "scdesk: unexpected error"), text, parent=parent
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setAccessibleName(translate("Ops", "Unexpected error"))
    box.open()
