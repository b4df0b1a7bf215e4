"""A Qt-free reader of the Qt Linguist sources (resources/translations/scdesk_<lang>.ts), so that
reports and the command line speak a committee's language without a QTranslator.

The .ts files are the sources the GUI's .qm files are built from; reading them here means one set
of translations for both. Like lrelease, an unfinished translation that is filled in is used, an
empty one falls back to the English source, and vanished or obsolete entries are ignored.
"""

import logging
import threading
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from scdesk.i18n import Translator
from scdesk.resources import resource_path

log = logging.getLogger(__name__)

_SKIPPED = {"vanished", "obsolete"}


@dataclass(frozen=True, slots=True)
class Catalog:
    """The translations of one language: (context, source) to the translated text, and to the
    plural forms for messages with a count."""

    language: str
    messages: Mapping[tuple[str, str], str]
    plurals: Mapping[tuple[str, str], tuple[str, ...]]

    def translate(self, context: str, text: str, note: str = "", n: int = -1) -> str:
        del note
        if n >= 0:
            forms = self.plurals.get((context, text))
            chosen = forms[_plural_form(self.language, n, len(forms))] if forms else text
            return chosen.replace("%n", str(n))
        return self.messages.get((context, text), text)


def parse_ts(data: bytes, language: str) -> Catalog:
    """The catalog in the text of a .ts file (a trusted resource shipped with scdesk)."""
    root = ET.fromstring(data)  # noqa: S314 - our own resource file, not outside input
    messages: dict[tuple[str, str], str] = {}
    plurals: dict[tuple[str, str], tuple[str, ...]] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None:
                continue
            if translation.get("type") in _SKIPPED:
                continue
            if message.get("numerus") == "yes":
                forms = tuple(f.text or "" for f in translation.iter("numerusform"))
                if forms and all(forms):
                    plurals[(name, source)] = forms
            elif translation.text:
                messages[(name, source)] = translation.text
    return Catalog(language, messages, plurals)


_cache: dict[str, Catalog] = {}
_lock = threading.Lock()


def catalog(language: str) -> Catalog:
    """The catalog of a language ("ur", "hi", ...); a language without a file gives an empty
    catalog, which shows the English sources (English has only its plural forms)."""
    code = language.split("-")[0].lower()
    with _lock:
        found = _cache.get(code)
        if found is None:
            found = _load(code)
            _cache[code] = found
        return found


def translator(language: str) -> Translator:
    """The translate function of a language, for scdesk.i18n.translating()."""
    return catalog(language).translate


def _load(code: str) -> Catalog:
    path = _path(code)
    if not path.is_file():
        return Catalog(code, {}, {})
    found = parse_ts(path.read_bytes(), code)
    log.debug("translations for %s: %d messages", code, len(found.messages))
    return found


def _path(code: str) -> Path:
    return resource_path(f"translations/scdesk_{code}.ts")


def _plural_form(language: str, n: int, count: int) -> int:
    """Qt's plural rules for the languages we ship: in Hindi, Bengali, Nepali, Tamil, Sinhala and
    Urdu as in English, the first form is for one (Hindi and Bengali: also for zero)."""
    one = n in (0, 1) if language in ("hi", "bn") else n == 1
    return 0 if one or count == 1 else 1
