"""The language of the interface: which one (a start's --lang, the setting, the system's), and
putting it in place: scdesk's messages and Qt's own, the locale's numbers and dates, and the
direction of the whole window."""

import logging
import os

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    Qt,
    QTranslator,
)
from PySide6.QtWidgets import QApplication

from scdesk.domain.languages import SOURCE, base_code, language_codes, reads_right_to_left
from scdesk.resources import resource_path
from scdesk.ui.text_direction import RLM, is_left_to_right

log = logging.getLogger(__name__)

#: Qt's own words on its standard buttons (OK and Cancel of a dialog, Yes and No of a question):
#: Qt ships no translation of them into scdesk's languages, so scdesk's files carry them, in the
#: context Qt asks for them in.
QT_BUTTONS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
)

#: Overrides the setting for one start, like --lang.
ENVIRONMENT = "SCDESK_LANG"


def system_language() -> str:
    """The system locale's language when scdesk speaks it, else English."""
    code = base_code(QLocale.system().bcp47Name())
    return code if code in language_codes() else SOURCE


def interface_language(given: str | None, chosen: str) -> str:
    """The language to start in: given (--lang) or the environment's for this start, else the
    one chosen in the settings, else the system's; one scdesk does not speak is passed over."""
    for code in (given, os.environ.get(ENVIRONMENT), chosen):
        if code and base_code(code) in language_codes():
            return base_code(code)
    return system_language()


class RightToLeftTranslator(QTranslator):
    """Translations of a right-to-left language that read from the right even when they start
    with a Latin word: "scdesk …" in an Urdu sentence would otherwise make Qt lay the whole
    sentence out from the left, its words in the wrong order. A right-to-left mark before such a
    translation gives the sentence the interface's direction; the word itself stays as it is."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        text = super().translate(context, source, disambiguation, n)
        if not text:
            # Not here. None is Qt's null string, which sends it on to the next translator and,
            # for a widget's tr(), to the context of the class that wrote the text; an empty
            # string would be taken as the translation, and the button or choice left blank.
            return None
        return RLM + text if is_left_to_right(text) else text


class Interface:
    """The translators installed in the application, replaced as a whole when the language
    changes."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.language = SOURCE
        self._installed: list[QTranslator] = []

    def use(self, code: str) -> None:
        for translator in self._installed:
            self.app.removeTranslator(translator)
        self._installed = []
        self.language = code
        locale = QLocale(code)
        QLocale.setDefault(locale)
        self.app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft
            if reads_right_to_left(code)
            else Qt.LayoutDirection.LeftToRight
        )
        folder = str(resource_path("translations"))
        self._load(f"scdesk_{code}", folder)
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if code != SOURCE:
            self._load(f"qtbase_{code}", qt_folder, required=False)
        log.info("the interface speaks %s (%d translation files)", code, len(self._installed))

    def _load(self, name: str, folder: str, *, required: bool = True) -> None:
        right_to_left = reads_right_to_left(self.language)
        translator = RightToLeftTranslator(self.app) if right_to_left else QTranslator(self.app)
        if translator.load(name, folder):
            QCoreApplication.installTranslator(translator)
            self._installed.append(translator)
        elif required:
            log.warning("no %s.qm in %s: the interface stays in English", name, folder)
