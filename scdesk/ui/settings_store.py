"""The settings and window geometry, kept through QSettings in an INI file in the data folder."""

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from scdesk.settings import Settings, settings_from

SETTINGS_FILE = "settings.ini"


class SettingsStore:
    """Reads and writes the typed Settings (section [settings]) and the geometry of windows
    (section [geometry]); nothing else in the GUI touches QSettings."""

    def __init__(self, data: Path) -> None:
        self._qsettings = QSettings(str(data / SETTINGS_FILE), QSettings.Format.IniFormat)

    def load(self) -> Settings:
        self._qsettings.beginGroup("settings")
        try:
            stored = {key: self._qsettings.value(key) for key in self._qsettings.childKeys()}
        finally:
            self._qsettings.endGroup()
        return settings_from(stored)

    def save(self, settings: Settings) -> None:
        self._qsettings.beginGroup("settings")
        try:
            for key, value in settings.to_dict().items():
                self._qsettings.setValue(key, value)
        finally:
            self._qsettings.endGroup()
        self._qsettings.sync()

    def geometry(self, name: str) -> QByteArray | None:
        value = self._qsettings.value(f"geometry/{name}")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, name: str, geometry: QByteArray) -> None:
        self._qsettings.setValue(f"geometry/{name}", geometry)
