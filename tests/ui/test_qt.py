"""The Qt binding itself: a long session must not wear out Python's shared objects."""

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


class _Sender(QObject):
    happened = Signal()


def test_thousands_of_qt_calls_and_signals_leave_none_and_true_their_references(
    qtbot: QtBot,
) -> None:
    """PySide6 6.12.0 on Python 3.11 dropped a reference to None at each call returning nothing
    and to True at each signal emitted: a session aborted after a few thousand (none_dealloc)."""
    label = QLabel()
    qtbot.addWidget(label)
    sender = _Sender()
    heard: list[int] = []
    sender.happened.connect(lambda: heard.append(1))
    nones, trues = sys.getrefcount(None), sys.getrefcount(True)
    for number in range(2000):
        label.setText(str(number))
        sender.happened.emit()
    assert len(heard) == 2000
    assert sys.getrefcount(None) - nones > -100
    assert sys.getrefcount(True) - trues > -100
