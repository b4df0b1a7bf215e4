# ruff: noqa: RUF001 - the scripts' own punctuation is what these tests are about
"""No missing glyphs: every character of every catalogue string and of the demo's records, set
in every report language, is shaped with a shipped font that draws it."""

import pytest
from sqlalchemy import String, Text, select

from scdesk.reports.catalog import catalog
from scdesk.reports.direction import Direction
from scdesk.reports.fonts import Weight
from scdesk.reports.text import TextStyle, lay_out, pieces
from scdesk.store.base import Base
from scdesk.store.store import Store
from tests.conftest import TestClock
from tests.demo_stores import make_demo_template

LANGUAGES = ("en", "ur", "hi", "ne", "bn", "ta", "si")


def _missing(texts: set[str], language: str) -> list[str]:
    """The texts that, laid out in a report of that language, draw some glyph id 0 (.notdef)."""
    found = []
    for weight in (Weight.REGULAR, Weight.BOLD):
        style = TextStyle(language=language, weight=weight, naskh=language != "ur")
        for text in texts:
            layout = lay_out(text, style, 1e6)
            drawn = [p for line in layout.lines for p in line.pieces if p.glyphs is not None]
            if any(p.glyphs.missing for p in drawn if p.glyphs is not None):
                found.append(text)
    return sorted(found)


def _catalogue_strings(language: str) -> set[str]:
    """What a report in the language may set: its translations, and the English sources (an
    unfinished translation falls back to them)."""
    sources = [catalog(other) for other in LANGUAGES]
    texts = {text for each in sources for _, text in (*each.messages, *each.plurals)}
    found = catalog(language)
    texts.update(found.messages.values())
    texts.update(form for forms in found.plurals.values() for form in forms)
    return texts


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_catalogue_string_has_every_glyph(language: str) -> None:
    texts = _catalogue_strings(language)
    assert len(texts) > 1000  # the language's messages were read
    assert _missing(texts, language) == []


@pytest.fixture(scope="module")
def demo_texts(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    """Every text value of every table of the demo store, but the change journal's JSON copies
    of the records (whose values are the records' own, already in)."""
    path = make_demo_template(tmp_path_factory.mktemp("demo"))
    texts: set[str] = set()
    with Store.open(path, clock=TestClock()) as store, store.read() as session:
        for table in Base.metadata.sorted_tables:
            for column in table.columns:
                if isinstance(column.type, String | Text):
                    values = session.scalars(select(column))
                    texts.update(v for v in values if v and not v.startswith("{"))
    return texts


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_demo_record_has_every_glyph(language: str, demo_texts: set[str]) -> None:
    assert any("।" in text for text in demo_texts)  # the Hindi and Bengali minutes are there
    assert _missing(demo_texts, language) == []


@pytest.mark.parametrize(
    ("text", "language", "font"),
    [
        ("Sports Club।", "hi", "NotoSansDevanagari-Regular"),
        ("Sports Club।", "ne", "NotoSansDevanagari-Regular"),
        ("Sports Club।", "bn", "NotoSansBengali-Regular"),
        ("Sports Club॥", "en", "NotoSansDevanagari-Regular"),
        ("Colombo۔", "ur", "NotoNastaliqUrdu-Regular"),
        ("Fee: ৳ 500", "en", "NotoSansBengali-Regular"),
    ],
)
def test_a_character_the_run_s_font_lacks_is_set_in_a_font_that_has_it(
    text: str, language: str, font: str
) -> None:
    cut = pieces(text, TextStyle(language=language), Direction.LTR)
    sign = next(p for p in cut if p.text in {"।", "॥", "۔", "৳"})
    assert sign.font == font
    assert sign.glyphs is not None
    assert sign.glyphs.missing == 0


def test_joiners_shared_punctuation_and_currency_signs_are_drawn() -> None:
    texts = {
        "ශ්‍රී ලංකාව", "ہم‌آہنگی", "क्‍ष", "₹ 450,000", "Rs 1,500,000", "₨ 10", "৳ 600,000",
        "فیس ₹ 500 اور ৳ 20", "Colombo۔", "Club।", "Club॥", "সভা Club।",
    }  # fmt: skip
    for language in LANGUAGES:
        assert _missing(texts, language) == []
