"""The dialog base: remembers its size and place between uses (Picard's PreserveGeometry), and
opens within the screen."""

from PySide6.QtGui import QCloseEvent, QHideEvent, QShowEvent
from PySide6.QtWidgets import QDialog, QWidget

from scdesk.ui.screen_fit import place, remember
from scdesk.ui.settings_store import SettingsStore


class PreservedDialog(QDialog):
    """Its size when first shown (set by resize in the subclass) is the size it wants."""

    def __init__(self, name: str, settings: SettingsStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._geometry_name = name
        self._settings_store = settings
        self._restored = False

    def showEvent(self, event: QShowEvent) -> None:
        if not self._restored:
            self._restored = True
            place(self, self.size(), self._settings_store, self._geometry_name)
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        remember(self, self._settings_store, self._geometry_name)
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        remember(self, self._settings_store, self._geometry_name)
        super().closeEvent(event)
