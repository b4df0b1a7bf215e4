"""The line across the top of a form that offers a choice without a modal box."""

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class Banner(QFrame):
    """A line across the top of a form with a message and buttons: a draft to restore, unsaved
    changes on closing, locked minutes. Never a modal box: the user keeps typing if they like."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("Banner { background: #fff4ce; }")
        self._row = QHBoxLayout(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self._row.addWidget(self.message, 1)
        self._buttons: list[QPushButton] = []
        self.hide()

    def offer(self, text: str, actions: list[tuple[str, Callable[[], None]]]) -> None:
        for button in self._buttons:
            button.deleteLater()
        self._buttons = []
        self.message.setText(text)
        self.setAccessibleDescription(text)
        for label, action in actions:
            button = QPushButton(label, self)
            button.setAccessibleName(label)
            button.clicked.connect(action)
            self._row.addWidget(button)
            self._buttons.append(button)
        self.show()

    def button(self, label: str) -> QPushButton:
        return next(b for b in self._buttons if b.text() == label)
