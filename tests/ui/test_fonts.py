"""The bundled Noto fonts load and cover every script the network writes in."""

import pytest
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from scdesk.ui.fonts import FAMILIES, load_fonts


@pytest.mark.parametrize(
    ("family", "system"),
    [
        ("Noto Sans", QFontDatabase.WritingSystem.Latin),
        ("Noto Naskh Arabic", QFontDatabase.WritingSystem.Arabic),
        ("Noto Sans Devanagari", QFontDatabase.WritingSystem.Devanagari),
        ("Noto Sans Tamil", QFontDatabase.WritingSystem.Tamil),
        ("Noto Sans Sinhala", QFontDatabase.WritingSystem.Sinhala),
        ("Noto Sans Bengali", QFontDatabase.WritingSystem.Bengali),
    ],
)
def test_each_scripts_font_is_loaded_and_in_the_application_font(
    qtbot: QtBot, family: str, system: QFontDatabase.WritingSystem
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.font()
    try:
        loaded = load_fonts(app)
        assert family in loaded
        assert system in QFontDatabase.writingSystems(family)
        assert app.font().families() == list(FAMILIES)
    finally:
        app.setFont(before)
