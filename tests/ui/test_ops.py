"""Background work: results come back to the GUI thread, long work shows progress with Cancel,
a refusal shows its sentence, and anything unexpected names the log file."""

import threading

from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from scdesk.domain.errors import UserError
from scdesk.domain.progress import Progress
from scdesk.ui.context import AppContext
from tests.ui.conftest import click


def _parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_a_result_is_delivered_on_the_gui_thread(qtbot: QtBot, context: AppContext) -> None:
    parent = _parent(qtbot)
    threads: list[object] = []
    with qtbot.waitSignal(context.ops.idle):
        context.ops.run(
            parent,
            lambda _p: threading.current_thread(),
            lambda worker: threads.extend([worker, threading.current_thread()]),
            label="Working",
            writes=False,
        )
    assert threads[0] is not threading.main_thread()
    assert threads[1] is threading.main_thread()


def test_long_work_shows_progress_and_cancel_stops_it_without_a_result(
    qtbot: QtBot, context: AppContext
) -> None:
    parent = _parent(qtbot)
    started = threading.Event()
    delivered: list[object] = []

    stop = threading.Event()

    def work(progress: Progress) -> str:
        started.set()
        for step in range(100_000):  # far longer than the test waits: only Cancel ends it
            progress.step(step, 100_000)
            if stop.wait(0.005):
                break
        return "finished"

    context.ops.run(parent, work, delivered.append, label="Counting", writes=False)
    try:
        qtbot.waitUntil(started.is_set)
        qtbot.waitUntil(lambda: any(d.isVisible() for d in parent.findChildren(QProgressDialog)))
        dialog = next(d for d in parent.findChildren(QProgressDialog) if d.isVisible())
        assert dialog.labelText() == "Counting"
        cancel = dialog.findChild(QPushButton)
        assert cancel is not None
        assert cancel.text() == "Cancel"
        with qtbot.waitSignal(context.ops.idle):
            click(cancel)
    finally:
        stop.set()
    assert delivered == []


def test_a_refusal_shows_its_sentence(qtbot: QtBot, context: AppContext) -> None:
    parent = _parent(qtbot)

    def refuse(_progress: Progress) -> None:
        raise UserError("The disk is full: free some space, then try again.")

    with qtbot.waitSignal(context.ops.idle):
        context.ops.run(parent, refuse, lambda _r: None, label="Saving", writes=True)
    boxes = parent.findChildren(QMessageBox)
    assert [b.text() for b in boxes] == ["The disk is full: free some space, then try again."]


def test_an_unexpected_error_is_logged_and_the_crash_box_names_the_log(
    qtbot: QtBot, context: AppContext, caplog: object
) -> None:
    parent = _parent(qtbot)

    def fail(_progress: Progress) -> None:
        raise RuntimeError("a bug")

    with qtbot.waitSignal(context.ops.idle):
        context.ops.run(parent, fail, lambda _r: None, label="Saving", writes=True)
    boxes = parent.findChildren(QMessageBox)
    assert len(boxes) == 1
    assert str(context.ops.log_path) in boxes[0].text()
