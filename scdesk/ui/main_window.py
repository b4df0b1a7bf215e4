"""The main window (a plain one for now: the pages arrive with the desktop app's own work)."""

from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

from scdesk.store.queries.counts import record_counts
from scdesk.store.store import Store


class MainWindow(QMainWindow):
    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.setWindowTitle(self.tr("scdesk"))
        device = store.device()
        with store.read() as session:
            total = sum(c.live for c in record_counts(session))
        body = QWidget(self)
        layout = QVBoxLayout(body)
        heading = QLabel(self.tr("scdesk on {device}").format(device=device.name), body)
        heading.setAccessibleName(self.tr("Device"))
        summary = QLabel(
            self.tr("{count} records in {path}").format(count=total, path=store.path), body
        )
        layout.addWidget(heading)
        layout.addWidget(summary)
        layout.addStretch(1)
        self.setCentralWidget(body)
        self.resize(900, 600)
        self.statusBar().showMessage(self.tr("Ready"))
