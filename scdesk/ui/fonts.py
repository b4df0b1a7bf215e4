"""The Noto fonts shipped in resources/fonts, loaded at start so that records in Urdu, Hindi,
Nepali, Tamil, Sinhala and Bengali show on a machine with no fonts of its own.

Urdu is shown in Noto Naskh Arabic: Qt 6.12 misdraws Nastaliq (the PDFs use Noto Nastaliq Urdu).
The application font lists every script's family, so mixed-script text falls back from one to
the next within a line.
"""

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from scdesk.resources import resource_path

log = logging.getLogger(__name__)

FONT_FILES = (
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoSans-Italic.ttf",
    "NotoNaskhArabic-Regular.ttf",
    "NotoNaskhArabic-Bold.ttf",
    "NotoSansDevanagari-Regular.ttf",
    "NotoSansDevanagari-Bold.ttf",
    "NotoSansTamil-Regular.ttf",
    "NotoSansTamil-Bold.ttf",
    "NotoSansSinhala-Regular.ttf",
    "NotoSansSinhala-Bold.ttf",
    "NotoSansBengali-Regular.ttf",
    "NotoSansBengali-Bold.ttf",
)

#: The application font's families, in order: Latin first, then each script's.
FAMILIES = (
    "Noto Sans",
    "Noto Naskh Arabic",
    "Noto Sans Devanagari",
    "Noto Sans Tamil",
    "Noto Sans Sinhala",
    "Noto Sans Bengali",
)


def load_fonts(app: QApplication) -> list[str]:
    """Register the bundled fonts and make them the application font; returns the families
    that were loaded (a missing or damaged file is logged, and the rest still load)."""
    loaded: list[str] = []
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resource_path(f"fonts/{name}")))
        if font_id < 0:
            log.warning("font %s could not be loaded", name)
            continue
        loaded += [f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in loaded]
    font = QFont(app.font())
    font.setFamilies([family for family in FAMILIES if family in loaded] or [font.family()])
    app.setFont(font)
    return loaded
