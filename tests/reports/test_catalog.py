"""The Qt-free reader of the .ts files, and that every report label is translated."""

import ast
import re
import threading
from pathlib import Path

import pytest

from scdesk.domain.languages import translated_codes
from scdesk.i18n import translate, translating
from scdesk.reports.catalog import catalog, parse_ts, translator

ROOT = Path(__file__).resolve().parents[2]
#: Where the words a report prints are written.
SOURCES = [
    *sorted((ROOT / "scdesk" / "reports").glob("*.py")),
    ROOT / "scdesk" / "domain" / "labels.py",
    ROOT / "scdesk" / "services" / "reports.py",
]
REPORT_CONTEXTS = {"Reports", "Labels", "Months", "Countries"}

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur_PK" sourcelanguage="en">
<context>
    <name>Reports</name>
    <message><source>Minutes</source><translation>رودادِ اجلاس</translation></message>
    <message><source>Venue</source><translation type="unfinished">مقام</translation></message>
    <message><source>Chair</source><translation type="unfinished"></translation></message>
    <message><source>Old</source><translation type="vanished">پرانا</translation></message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n دن کی تاخیر</numerusform><numerusform>%n دن</numerusform>
        </translation>
    </message>
</context>
</TS>
"""


def _report_strings() -> set[tuple[str, str]]:
    """Every translate(context, literal) of the report code, as pyside6-lupdate collects them."""
    found = set()
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            args = node.args[:2]
            literal = [a.value for a in args if isinstance(a, ast.Constant)]
            if node.func.id in ("translate", "t") and len(literal) == 2:
                context, text = literal
                if isinstance(text, str) and context in REPORT_CONTEXTS:
                    found.add((context, text))
    return found


def test_a_ts_file_gives_finished_and_filled_unfinished_translations() -> None:
    found = parse_ts(TS.encode(), "ur")
    assert found.translate("Reports", "Minutes") == "رودادِ اجلاس"
    assert found.translate("Reports", "Venue") == "مقام"  # lrelease keeps filled unfinished ones
    assert found.translate("Reports", "Chair") == "Chair"  # empty: the English source
    assert found.translate("Reports", "Old") == "Old"  # vanished entries are gone
    assert found.translate("Reports", "%n day(s) late", "", 1) == "1 دن کی تاخیر"
    assert found.translate("Reports", "%n day(s) late", "", 3) == "3 دن"


def test_english_reads_its_plurals_properly() -> None:
    english = catalog("en")
    assert english.translate("Reports", "%n day(s) late", "", 1) == "1 day late"
    assert english.translate("Reports", "%n day(s) late", "", 12) == "12 days late"


def test_the_report_code_has_words_to_translate() -> None:
    strings = _report_strings()
    assert ("Reports", "Minutes") in strings
    assert ("Labels", "female") in strings
    assert len(strings) > 200


@pytest.mark.parametrize("language", translated_codes())
def test_every_report_label_is_translated_with_its_placeholders(language: str) -> None:
    words = catalog(language)
    missing, placeholders = [], []
    for context, text in sorted(_report_strings()):
        key = (context, text)
        if key not in words.messages and key not in words.plurals:
            missing.append(key)
            continue
        translated = words.translate(context, text, "", 2 if "%n" in text else -1)
        if sorted(re.findall(r"\{\w+\}", translated)) != sorted(re.findall(r"\{\w+\}", text)):
            placeholders.append((context, text))
    assert missing == []
    assert placeholders == []


def test_a_report_language_holds_in_its_own_thread_only() -> None:
    seen: dict[str, str] = {}
    inside = threading.Event()
    done = threading.Event()

    def worker() -> None:
        with translating(translator("ur")):
            seen["worker"] = translate("Reports", "Minutes")
            inside.set()
            done.wait(5)

    thread = threading.Thread(target=worker)
    thread.start()
    inside.wait(5)
    seen["main"] = translate("Reports", "Minutes")
    done.set()
    thread.join(5)
    assert seen == {"worker": "رودادِ اجلاس", "main": "Minutes"}
