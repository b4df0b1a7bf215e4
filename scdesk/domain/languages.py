"""The languages scdesk speaks: their codes, names, scripts and writing directions.

Records carry a BCP 47 tag ("ur", "hi-IN"); what matters about a tag is its first part. The forms
offer the languages below, the reports are translated into all of them, and the GUI lays a
record's text fields out in its language's direction.
"""

from dataclasses import dataclass
from enum import StrEnum

from scdesk.i18n import translate


class Script(StrEnum):
    """The scripts scdesk sets in their own fonts; LATIN stands for everything Noto Sans covers
    (Latin, Greek, Cyrillic and the common punctuation)."""

    LATIN = "latin"
    ARABIC = "arabic"
    DEVANAGARI = "devanagari"
    BENGALI = "bengali"
    TAMIL = "tamil"
    SINHALA = "sinhala"

    @property
    def tag(self) -> str:
        """The ISO 15924 code (what HarfBuzz takes)."""
        return _TAGS[self]


_TAGS = {
    Script.LATIN: "Latn",
    Script.ARABIC: "Arab",
    Script.DEVANAGARI: "Deva",
    Script.BENGALI: "Beng",
    Script.TAMIL: "Taml",
    Script.SINHALA: "Sinh",
}


@dataclass(frozen=True, slots=True)
class Language:
    """A language records are written in and reports are printed in."""

    code: str
    script: Script
    right_to_left: bool = False


#: The languages scdesk supports, in the order the forms offer them; English is the language of
#: the sources, every other one has its translations in resources/translations.
LANGUAGES = (
    Language("en", Script.LATIN),
    Language("ur", Script.ARABIC, right_to_left=True),
    Language("hi", Script.DEVANAGARI),
    Language("ne", Script.DEVANAGARI),
    Language("ta", Script.TAMIL),
    Language("si", Script.SINHALA),
    Language("bn", Script.BENGALI),
)
#: The source language of every sentence and word.
SOURCE = "en"
#: Right-to-left languages scdesk has no translations for: a record tagged with one of them (from
#: a spreadsheet, say) still has its text laid out from the right.
OTHER_RIGHT_TO_LEFT = frozenset({"ar", "fa", "ps", "sd"})

_BY_CODE = {language.code: language for language in LANGUAGES}


def language_codes() -> tuple[str, ...]:
    """The codes of the supported languages, in the order the forms offer them."""
    return tuple(language.code for language in LANGUAGES)


def translated_codes() -> tuple[str, ...]:
    """The languages with a translation of their own (every supported one but the source)."""
    return tuple(code for code in language_codes() if code != SOURCE)


def base_code(tag: str) -> str:
    """The language of a BCP 47 tag, without its region or script: "hi" for "hi-IN"."""
    return tag.split("-")[0].lower()


def language_of(tag: str) -> Language | None:
    """The supported language a tag names, if it names one."""
    return _BY_CODE.get(base_code(tag))


def is_supported(tag: str) -> bool:
    return language_of(tag) is not None


def reads_right_to_left(tag: str) -> bool:
    """Whether text in the language is written from the right."""
    found = language_of(tag)
    return found.right_to_left if found is not None else base_code(tag) in OTHER_RIGHT_TO_LEFT


def script_of_language(tag: str) -> Script | None:
    """The script the language is written in, so that shaping applies its own forms (Nepali's
    forms of some Devanagari letters and digits, for one)."""
    found = language_of(tag)
    return found.script if found is not None else None


def language_name(tag: str) -> str:
    """The language's name in the user's language, followed by its own name in its script."""
    names = {
        "en": translate("Languages", "English"),
        "ur": translate("Languages", "Urdu (اردو)"),
        "hi": translate("Languages", "Hindi (हिन्दी)"),
        "ne": translate("Languages", "Nepali (नेपाली)"),
        "ta": translate("Languages", "Tamil (தமிழ்)"),
        "si": translate("Languages", "Sinhala (සිංහල)"),
        "bn": translate("Languages", "Bengali (বাংলা)"),
    }
    return names.get(base_code(tag), tag)
