"""The dialog base: remembers its size and place between uses (Picard's PreserveGeometry)."""

from PySide6.QtGui import QCloseEvent, QHideEvent, QShowEvent
from PySide6.QtWidgets import QDialog, QWidget

from scdesk.ui.settings_store import SettingsStore


class PreservedDialog(QDialog):
    def __init__(self, name: str, settings: SettingsStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._geometry_name = name
        self._settings_store = settings
        self._restored = False

    def showEvent(self, event: QShowEvent) -> None:
        if not self._restored:
            self._restored = True
            geometry = self._settings_store.geometry(self._geometry_name)
            if geometry is not None:
                self.restoreGeometry(geometry)
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self._settings_store.set_geometry(self._geometry_name, self.saveGeometry())
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._settings_store.set_geometry(self._geometry_name, self.saveGeometry())
        super().closeEvent(event)
