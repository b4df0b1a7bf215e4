"""The GUI's composition root: the application, the translation hook, the store and the window."""

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from scdesk import i18n
from scdesk.domain.errors import UserError
from scdesk.store.store import STORE_FILE, Store
from scdesk.ui.main_window import MainWindow


def run_gui(folder: Path) -> int:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName("scdesk")
    i18n.install(
        lambda context, text, note, n: QCoreApplication.translate(context, text, note or None, n)
    )
    try:
        store = Store.open(folder / STORE_FILE)
    except UserError as error:
        QMessageBox.critical(None, "scdesk", str(error))
        return 1
    with store:
        window = MainWindow(store)
        window.show()
        return app.exec()
