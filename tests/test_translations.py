"""Every message of the code has its translation in every language, with the same placeholders."""

import ast
import csv
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from scdesk.domain.languages import translated_codes

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
_PLACEHOLDER = re.compile(r"\{\w*\}|%n|%\d")


def _messages(language: str) -> list[tuple[str, str, list[str]]]:
    """(context, source, translated texts) of every message of a language's file."""
    root = ET.parse(FOLDER / f"scdesk_{language}.ts").getroot()  # noqa: S314 - our own file
    found = []
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")]
            texts = forms if message.get("numerus") == "yes" else [translation.text or ""]
            found.append((context.findtext("name") or "", message.findtext("source") or "", texts))
    return found


def test_the_files_are_in_step_with_the_code_and_finished() -> None:
    """What pyside6-lupdate collects from the package is every message of the files, each one
    translated: a new string left untranslated fails here (scripts/translations.py update, then
    translate what it marks unfinished)."""
    checked = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "translations.py"), "check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert checked.stdout == ""
    assert checked.returncode == 0


@pytest.mark.parametrize("language", translated_codes())
def test_each_translation_keeps_its_placeholders(language: str) -> None:
    wrong = [
        (context, source, text)
        for context, source, texts in _messages(language)
        for text in texts
        if text and sorted(_PLACEHOLDER.findall(text)) != sorted(_PLACEHOLDER.findall(source))
    ]
    assert wrong == []


@pytest.mark.parametrize("language", translated_codes())
def test_a_shortcut_letter_is_kept_where_the_source_has_one(language: str) -> None:
    """A label with &N in English keeps one shortcut in the translation, so Alt and a letter
    still reaches the field."""
    lost = [
        (context, source)
        for context, source, texts in _messages(language)
        if re.search(r"&[^&\s]", source.replace("&&", ""))
        for text in texts
        if len(re.findall(r"&[^&\s]", text.replace("&&", ""))) != 1
    ]
    assert lost == []


def _glossary() -> list[dict[str, str]]:
    with (FOLDER / "glossary.csv").open(encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file))


@pytest.mark.parametrize("language", translated_codes())
def test_a_glossary_term_is_translated_as_the_glossary_says_wherever_it_stands_alone(
    language: str,
) -> None:
    """The hub's terms read the same in the window and in the reports: a message that is just a
    glossary term (a column, a label, a choice) holds the glossary's word for it."""
    words = {row["en"].casefold(): row[language] for row in _glossary()}
    assert len(words) > 50
    differing = [
        (context, source, text)
        for context, source, texts in _messages(language)
        if source.replace("&", "").casefold() in words
        for text in texts
        if words[source.replace("&", "").casefold()] not in text
    ]
    assert differing == []


def _literal_messages() -> set[str]:
    """The source text of every translate() and tr() call of the package with a literal text."""
    found = set()
    for path in (ROOT / "scdesk").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else None
            if isinstance(node.func, ast.Attribute):
                name = node.func.attr
            index = {"translate": 1, "tr": 0}.get(name or "")
            if index is None or len(node.args) <= index:
                continue
            text = node.args[index]
            if isinstance(text, ast.Constant) and isinstance(text.value, str):
                found.add(text.value)
    return found


def test_lupdate_collects_every_message_the_code_translates() -> None:
    """lupdate's Python parser passes over a call it cannot read (a count given as an
    expression, such as len(rows), is one): such a message would show untranslated."""
    sources = {source for _context, source, _texts in _messages("ur")}
    missed = sorted(_literal_messages() - sources)
    assert missed == []
