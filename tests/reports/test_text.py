# ruff: noqa: RUF001 - the scripts' own letters and punctuation are what these tests are about
"""The reports' own text setting: script runs, bidi order, shaping and line breaks."""

import os
import subprocess
import sys
from datetime import date

import pytest

from scdesk.domain.languages import Script
from scdesk.reports.direction import (
    Direction,
    base_direction,
    embedding_levels,
    isolate,
    line_levels,
    visual_order,
)
from scdesk.reports.fonts import Weight
from scdesk.reports.formats import short_date
from scdesk.reports.scripts import script_runs
from scdesk.reports.text import Align, TextStyle, lay_out, pieces

URDU = TextStyle(size=12, language="ur")
#: "Meeting no. 12: Imran Khan spoke about the 2026 budget (draft)."
SENTENCE = "اجلاس نمبر 12 میں Imran Khan نے 2026 کے بجٹ (مسودہ) پر بات کی۔"

SAMPLES = {
    "ur": "کمیٹی کا اجلاس، 25 نومبر 2026؛ ہم‌آہنگی",
    "hi": "क्षेत्र, श्रेष्ठ, द्वार, कार्यवृत्त और प्रत्येक",
    "ne": "काठमाडौं महानगरपालिका, गुरुङ, झ ५",
    "ta": "திருகோணமலை, க்ஷ, ஸ்ரீ, பயிற்சியாளர்கள்",
    "si": "ශ්‍රී ලංකාව, ප්‍රජාව, ක්‍රීඩා, වාර්තාව",
    "bn": "কার্যবিবরণী, ক্ষ, জ্ঞ, স্ত্র, প্রশিক্ষণ",
    "en": "Liaison committee — Zoë’s “first” meeting",
}


def test_characters_without_a_script_join_the_run_around_them() -> None:
    text = "(12) اجلاس 3، Imran"
    runs = [(text[r.start : r.end], r.script) for r in script_runs(text)]
    assert runs == [("(12) اجلاس 3، ", Script.ARABIC), ("Imran", Script.LATIN)]


def test_each_script_is_set_in_its_own_font() -> None:
    text = "राहुल சுரேஷ் නුවන් রফিক عمران Imran"
    fonts = {p.text: p.font for p in pieces(text, TextStyle(), Direction.LTR) if not p.is_space}
    assert fonts == {
        "राहुल": "NotoSansDevanagari-Regular",
        "சுரேஷ்": "NotoSansTamil-Regular",
        "නුවන්": "NotoSansSinhala-Regular",
        "রফিক": "NotoSansBengali-Regular",
        "عمران": "NotoNastaliqUrdu-Regular",
        "Imran": "NotoSans-Regular",
    }


def test_a_bold_style_uses_each_script_s_bold_font() -> None:
    style = TextStyle(weight=Weight.BOLD)
    fonts = {p.font for p in pieces("कार्यवृत्त روداد", style, Direction.LTR) if not p.is_space}
    assert fonts == {"NotoSansDevanagari-Bold", "NotoNastaliqUrdu-Bold"}


@pytest.mark.parametrize("language", sorted(SAMPLES))
def test_every_script_shapes_with_no_missing_glyph(language: str) -> None:
    cut = pieces(SAMPLES[language], TextStyle(language=language), base_direction(SAMPLES[language]))
    glyphs = [p.glyphs for p in cut if p.glyphs is not None]
    assert glyphs
    assert [g.missing for g in glyphs] == [0] * len(glyphs)


def test_conjuncts_and_joined_letters_become_other_glyphs_than_the_characters() -> None:
    for text, language in (("क्षेत्र", "hi"), ("ශ්‍රී", "si"), ("ক্ষ", "bn"), ("نمبر", "ur")):
        (piece,) = pieces(text, TextStyle(language=language), base_direction(text))
        assert piece.glyphs is not None
        assert piece.glyphs.substituted, text


def test_urdu_takes_right_to_left_levels_and_keeps_numbers_and_english_left_to_right() -> None:
    levels = embedding_levels(SENTENCE, Direction.RTL)
    assert base_direction(SENTENCE) is Direction.RTL
    assert levels[SENTENCE.index("اجلاس")] == 1
    assert levels[SENTENCE.index("12")] == 2
    assert levels[SENTENCE.index("Imran")] == levels[SENTENCE.index("Khan")] == 2


def test_a_zero_width_non_joiner_stays_inside_its_urdu_word() -> None:
    text = "ہم\u200cآہنگی"
    assert embedding_levels(text, Direction.RTL) == [1] * len(text)


def test_visual_order_reverses_right_to_left_stretches_and_keeps_numbers_inside_them() -> None:
    # Two English words, then Urdu words with a number between them, in an RTL paragraph.
    assert visual_order([2, 2, 1, 1, 2, 1]) == [5, 4, 3, 2, 0, 1]
    assert visual_order([0, 0, 0]) == [0, 1, 2]
    assert visual_order([1, 1, 1]) == [2, 1, 0]


def test_an_urdu_line_reads_from_the_right_with_numbers_and_names_in_their_own_order() -> None:
    (line,) = lay_out(SENTENCE, URDU, 2000, Direction.RTL).lines
    words = line.visual_words
    assert words[-1] == "اجلاس"  # the first word read stands rightmost
    assert words[0] == "کی۔"  # the last word read stands leftmost, with its full stop
    assert words.index("Imran") + 1 == words.index("Khan")  # English keeps its order
    assert words.index("12") == words.index("نمبر") - 1  # 12 follows "number" leftwards
    assert "2026" in words  # the number stays whole
    assert "(مسودہ)" in words  # and so do the brackets around a word


def test_urdu_wraps_in_reading_order_and_each_line_fits_and_is_set_from_the_right() -> None:
    layout = lay_out(SENTENCE, URDU, 120, Direction.RTL)
    assert len(layout.lines) >= 3
    assert all(line.width <= 120.01 for line in layout.lines)
    read = " ".join(line.logical_text for line in layout.lines)
    assert read == SENTENCE  # no word lost, none moved: the lines follow each other as read
    assert layout.lines[0].logical_text.startswith("اجلاس نمبر")
    for line in layout.lines:
        assert layout.left_of(line) == pytest.approx(120 - line.width)
        visual = line.visual_words
        logical = [w for w in line.logical_text.split(" ") if w]
        assert visual[-1] == logical[0]  # every line starts at the right


def test_english_in_an_urdu_report_keeps_its_order_and_starts_at_the_right() -> None:
    layout = lay_out("Council hall, Mardan", URDU, 300, Direction.RTL)
    (line,) = layout.lines
    assert line.visual_words == ["Council", "hall,", "Mardan"]
    assert layout.left_of(line) == pytest.approx(300 - line.width)


def test_an_urdu_sentence_in_an_english_report_reads_right_to_left_from_the_left_edge() -> None:
    layout = lay_out("اجلاس نمبر 3", TextStyle(), 300, None, Direction.LTR)
    (line,) = layout.lines
    assert line.visual_words == ["3", "نمبر", "اجلاس"]
    assert layout.left_of(line) == 0


def test_hindi_wraps_at_spaces_and_never_inside_a_conjunct() -> None:
    text = "स्थानीय रोकथाम समिति की बैठक में कार्यवृत्त की पुष्टि की गई"
    layout = lay_out(text, TextStyle(language="hi"), 90)
    assert len(layout.lines) > 2
    assert " ".join(line.logical_text for line in layout.lines) == text
    assert all(line.width <= 90.01 for line in layout.lines)


def test_a_word_wider_than_the_line_is_cut_between_clusters() -> None:
    word = "प्रतिनिधित्वकर्ताओंकेलिएक्षेत्रीयसम्मेलन"
    layout = lay_out(word, TextStyle(language="hi"), 40)
    assert len(layout.lines) > 1
    assert "".join(line.logical_text for line in layout.lines) == word
    for line in layout.lines[1:]:
        first = line.logical_text[0]
        assert first not in "\u094d\u200d\u200c"
        assert not 0x093E <= ord(first) <= 0x094C


def test_nastaliq_lines_are_tall_enough_for_its_climbing_words() -> None:
    urdu = lay_out("اجلاس", TextStyle(size=10, language="ur"), 100)
    latin = lay_out("Meeting", TextStyle(size=10), 100)
    assert urdu.line_height == pytest.approx(22)
    assert latin.line_height == pytest.approx(13.5)


def test_an_urdu_report_sets_its_english_lines_as_tall_as_its_urdu_ones() -> None:
    style = TextStyle(size=10, language="ur", line_script=Script.ARABIC)
    english = lay_out("Farzana Khan", style, 100, Direction.RTL)
    urdu = lay_out("زبیر خان", style, 100, Direction.RTL)
    assert (english.line_height, english.baseline) == (urdu.line_height, urdu.baseline)


def test_sinhala_spaces_are_as_wide_as_latin_ones() -> None:
    gaps = {
        p.width
        for text, lang in (("ශ්‍රී ලංකාව", "si"), ("Sri Lanka", "en"))
        for p in pieces(text, TextStyle(language=lang), Direction.LTR)
        if p.is_space
    }
    assert len(gaps) == 1


def test_centred_text_sits_in_the_middle() -> None:
    layout = lay_out("DRAFT", TextStyle(align=Align.CENTER), 200)
    (line,) = layout.lines
    assert layout.left_of(line) == pytest.approx((200 - line.width) / 2)


def test_an_iso_date_after_urdu_words_keeps_its_order() -> None:
    text = f"مشاورت ({short_date(date(2025, 9, 18))})"
    (line,) = lay_out(text, URDU, 500, Direction.RTL).lines
    assert [w.strip("\u200e") for w in line.visual_words] == [")", "2025-09-18", "(", "مشاورت"]
    # Without the mark the bidi algorithm takes the numbers for Arabic ones: 18-09-2025.
    (bare,) = lay_out("مشاورت (2025-09-18)", URDU, 500, Direction.RTL).lines
    assert bare.visual_words[1:6] == ["18", "-", "09", "-", "2025"]


def test_a_line_of_english_in_an_urdu_report_reads_left_to_right() -> None:
    layout = lay_out("Consultation, Mardan (2025)", URDU, 400, None, Direction.RTL)
    (line,) = layout.lines
    assert line.visual_words == ["Consultation,", "Mardan", "(2025)"]
    assert layout.left_of(line) == pytest.approx(400 - line.width)


def test_a_paragraph_takes_the_direction_of_its_first_letter_in_any_report() -> None:
    assert base_direction("Council hall, Mardan (2025)") is Direction.LTR
    assert base_direction("12 اجلاس") is Direction.RTL  # digits are not strong
    assert base_direction("Mardan (مردان) · پاکستان") is Direction.LTR
    assert base_direction(isolate("Imran Khan") + " نے بات کی") is Direction.RTL
    assert base_direction("") is Direction.LTR


def test_an_urdu_sentence_with_an_english_name_reads_from_the_right_in_an_english_report() -> None:
    layout = lay_out(SENTENCE, TextStyle(size=12), 2000, None, Direction.LTR)
    assert layout.direction is Direction.RTL
    (line,) = layout.lines
    words = line.visual_words
    assert words[-1] == "اجلاس"  # the clauses are not reversed
    assert words[0] == "کی۔"
    assert words.index("Imran") + 1 == words.index("Khan")
    assert layout.left_of(line) == 0  # set on the English report's side


def test_an_isolated_name_keeps_its_place_and_takes_no_room() -> None:
    #: "Presented by {name}" in Urdu, the name being English and then an Urdu one.
    text = f"{isolate('Imran Khan 2')} نے پیش کیا"
    (line,) = lay_out(text, URDU, 500).lines
    assert line.visual_words == ["کیا", "پیش", "نے", "Imran", "Khan", "2"]
    assert line.logical_text == "Imran Khan 2 نے پیش کیا"
    bare = lay_out("Imran Khan 2 نے پیش کیا", URDU, 500)
    assert bare.direction is Direction.LTR  # without the isolate the name decides
    english = f"The minutes of {isolate('اجلاس 3')} were approved"
    (line,) = lay_out(english, TextStyle(), 500).lines
    assert line.visual_words == ["The", "minutes", "of", "3", "اجلاس", "were", "approved"]


def test_an_urdu_heading_s_item_number_stands_at_its_right() -> None:
    for side in Direction:
        (line,) = lay_out("2.1. بجٹ کی منظوری", URDU, 500, None, side).lines
        assert line.visual_words == ["منظوری", "کی", "بجٹ", ".", "2.1"]


def test_line_levels_put_trailing_spaces_back_on_the_paragraph_s_level() -> None:
    text = "abc ابج  "
    levels = embedding_levels(text, Direction.RTL)
    assert line_levels(text, levels, Direction.RTL)[-2:] == [1, 1]
    assert line_levels("ab\tc", [2, 2, 2, 2], Direction.LTR) == [2, 2, 0, 2]


def test_visual_order_nests_numbers_in_english_in_urdu() -> None:
    # Urdu (1), an English name (2) holding a number (2), then Urdu again: L2 from the top.
    assert visual_order([1, 1, 2, 2, 2, 1]) == [5, 2, 3, 4, 1, 0]
    assert visual_order([0, 1, 1, 2, 1, 0]) == [0, 4, 3, 2, 1, 5]
    assert visual_order([]) == []


def test_a_paragraph_without_letters_takes_the_report_s_direction() -> None:
    urdu = lay_out("12 – 14", URDU, 500, None, Direction.RTL)
    assert urdu.direction is Direction.RTL
    assert urdu.lines[0].visual_words == ["14", "–", "12"]  # read from the right
    english = lay_out("12 – 14", TextStyle(), 500, None, Direction.LTR)
    assert english.lines[0].visual_words == ["12", "–", "14"]


def test_running_text_is_set_from_the_side_its_own_direction_starts_at() -> None:
    style = TextStyle(own_side=True)
    layout = lay_out(f"{SENTENCE}\nCouncil hall, Mardan", style, 150, None, Direction.LTR)
    assert len(layout.lines) > 2
    *urdu, english = layout.lines
    for line in urdu:
        assert layout.left_of(line) == pytest.approx(150 - line.width)  # from the right
    assert layout.left_of(english) == 0
    cell = lay_out(SENTENCE, TextStyle(), 300, None, Direction.LTR)
    assert all(cell.left_of(line) == 0 for line in cell.lines)  # a cell keeps its side


def test_a_line_of_two_scripts_as_tall_sits_on_the_same_baseline_in_every_process() -> None:
    """Sinhala and Bengali lines are as tall, their baselines not: which one a line takes must
    not follow the order of a set, which changes from process to process."""
    measure = (
        "from scdesk.reports.text import TextStyle, lay_out;"
        "print(lay_out('සිංහල বাংলা', TextStyle(language='si'), 300).baseline)"
    )

    def baseline(seed: int) -> str:
        env = {**os.environ, "PYTHONHASHSEED": str(seed)}
        ran = subprocess.run(
            [sys.executable, "-c", measure], capture_output=True, text=True, check=True, env=env
        )
        return ran.stdout

    baselines = {baseline(seed) for seed in range(6)}
    assert len(baselines) == 1
