"""A Qt-free reader of the Qt Linguist sources (resources/translations/scdesk_<lang>.ts), so that
reports and the command line speak a committee's language without a QTranslator.

The .ts files are the sources the GUI's .qm files are built from; reading them here means one set
of translations for both. Like lrelease, an unfinished translation that is filled in is used, an
empty one falls back to the English source, and vanished or obsolete entries are ignored.
"""

import html
import logging
import re
import threading
import xml.etree.ElementTree as ET
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from scdesk.i18n import Translator
from scdesk.resources import resource_path

log = logging.getLogger(__name__)

_SKIPPED = {"vanished", "obsolete"}


#: One context's translations: source to translated text, and to the plural forms.
_Context = tuple[dict[str, str], dict[str, tuple[str, ...]]]


@dataclass(frozen=True, slots=True)
class Catalog:
    """The translations of one language, context by context. A report asks for a few of the
    file's hundred contexts, so each is parsed the first time it is asked for (in a fresh
    `scdesk report` process, parsing the whole Urdu file took longer than setting its minutes'
    English floor)."""

    language: str
    #: Each context's <context> elements, as they stand in the .ts file.
    sources: Mapping[str, tuple[bytes, ...]]
    _parsed: dict[str, _Context] = field(default_factory=dict, compare=False)

    def translate(self, context: str, text: str, note: str = "", n: int = -1) -> str:
        del note
        messages, plurals = self._context(context)
        if n >= 0:
            forms = plurals.get(text)
            chosen = forms[_plural_form(self.language, n, len(forms))] if forms else text
            return chosen.replace("%n", str(n))
        return messages.get(text, text)

    @property
    def messages(self) -> dict[tuple[str, str], str]:
        """Every (context, source) translated, plural messages left out."""
        return {(c, s): t for c in self.sources for s, t in self._context(c)[0].items()}

    @property
    def plurals(self) -> dict[tuple[str, str], tuple[str, ...]]:
        """Every (context, source) with a count, to its plural forms."""
        return {(c, s): f for c in self.sources for s, f in self._context(c)[1].items()}

    def _context(self, name: str) -> _Context:
        found = self._parsed.get(name)
        if found is None:  # two threads may both parse it: the same result either way
            found = self._parsed[name] = _parse_context(self.sources.get(name, ()))
        return found


def parse_ts(data: bytes, language: str) -> Catalog:
    """The catalog in the text of a .ts file (a trusted resource shipped with scdesk): each
    <context> element found and named, its messages parsed on first use."""
    sources: dict[str, tuple[bytes, ...]] = {}
    start = data.find(_OPEN)
    while start >= 0:
        end = data.index(_CLOSE, start) + len(_CLOSE)
        element = data[start:end]
        name = _name(element)
        sources[name] = (*sources.get(name, ()), element)
        start = data.find(_OPEN, end)
    return Catalog(language, sources)


_OPEN, _CLOSE = b"<context>", b"</context>"
_NAME = re.compile(rb"<name>(.*?)</name>", re.DOTALL)


def _name(element: bytes) -> str:
    """A context's name as XML reads it (with any character reference in it unescaped)."""
    found = _NAME.search(element)
    return html.unescape(found.group(1).decode()) if found else ""


def _parse_context(elements: Sequence[bytes]) -> _Context:
    messages: dict[str, str] = {}
    plurals: dict[str, tuple[str, ...]] = {}
    for element in elements:
        context = ET.fromstring(element)  # noqa: S314 - our own resource file, not outside input
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
                    plurals[source] = forms
            elif translation.text:
                messages[source] = translation.text
    return messages, plurals


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
        return Catalog(code, {})
    found = parse_ts(path.read_bytes(), code)
    log.debug("translations for %s: %d contexts", code, len(found.sources))
    return found


def _path(code: str) -> Path:
    return resource_path(f"translations/scdesk_{code}.ts")


def _plural_form(language: str, n: int, count: int) -> int:
    """Qt's plural rules for the languages we ship: in Hindi, Bengali, Nepali, Tamil, Sinhala and
    Urdu as in English, the first form is for one (Hindi and Bengali: also for zero)."""
    one = n in (0, 1) if language in ("hi", "bn") else n == 1
    return 0 if one or count == 1 else 1
