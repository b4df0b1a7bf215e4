"""Run as a program by test_drafts: starts scdesk on a data folder, opens a new meeting, types
into it, says so on stdout, and waits to be killed."""

import sys
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from scdesk.ui.app import Launcher, open_context
from scdesk.ui.forms.meeting_form import MeetingForm
from scdesk.ui.main_window import MainWindow


def _type(widget: QWidget, text: str) -> None:
    widget.setFocus()
    QApplication.sendEvent(
        widget, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, text)
    )


def main(folder: Path, title: str, item: str) -> int:
    app = QApplication([])
    context = open_context(folder)
    if context is None:
        return 1
    window = Launcher(context).start()
    assert isinstance(window, MainWindow)
    form = window.opener.open("meeting", None)
    assert isinstance(form, MeetingForm)

    def type_when_ready() -> None:
        _type(form.title, title)
        form.agenda.add_item()
        _type(form.agenda.title, item)
        print("typed", flush=True)

    form.ready.connect(lambda: QTimer.singleShot(0, type_when_ready))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), sys.argv[2], sys.argv[3]))
