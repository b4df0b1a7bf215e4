"""Pages whose content comes with its own work: reports."""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class ComingPage(QWidget):
    """A heading and one sentence saying what the page will hold; nothing pretends to work."""

    def __init__(self, heading: str, sentence: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        title = QLabel(heading, self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        title.setAccessibleName(heading)
        text = QLabel(sentence, self)
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addStretch(1)


def reports_page(parent: QWidget) -> ComingPage:
    translate = QCoreApplication.translate
    return ComingPage(
        translate("ComingPage", "Reports"),
        translate(
            "ComingPage",
            "Here you will print minutes, sign-in sheets, activity and key-figure reports, and "
            "export tables as CSV or XLSX.",
        ),
        parent,
    )
