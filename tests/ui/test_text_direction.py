"""A record's own text inside a sentence of the interface keeps its direction and leaves the
sentence's words in their order: an English name in an Urdu sentence, an Urdu title in an English
one."""

from PySide6.QtGui import QFont, QTextLayout
from PySide6.QtWidgets import QApplication

from scdesk.ui.text_direction import FSI, PDI, is_left_to_right, is_right_to_left, isolate


def x_of(text: str, index: int) -> float:
    """Where the character at index is drawn, on one line laid out as Qt lays out a label."""
    layout = QTextLayout(text, QFont())
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(2000)
    layout.endLayout()
    position = line.cursorToX(index)  # (x, the cursor's position): PySide's own pair
    assert isinstance(position, tuple)
    return float(position[0])


def test_an_isolated_text_is_marked_at_both_ends_and_nothing_is_added_to_an_empty_one() -> None:
    assert isolate("Amina") == f"{FSI}Amina{PDI}"
    assert isolate("") == ""


def test_the_first_letter_decides_a_texts_direction() -> None:
    assert is_left_to_right("12 scdesk")
    assert not is_left_to_right("12 اجلاس scdesk")
    assert is_right_to_left("12 اجلاس scdesk")
    assert not is_left_to_right("12 · 3")


def test_an_urdu_sentence_starting_with_an_english_name_reads_from_the_right(
    qapp: QApplication,
) -> None:
    del qapp  # laying text out needs the application's fonts
    sentence = "{name} اس آلے کا مرکز ہے"
    plain = sentence.format(name="Hub 2")
    isolated = sentence.format(name=isolate("Hub 2"))
    # Set in as it is, the name makes the whole sentence read from the left: the name first on
    # the left, the Urdu words after it, in the wrong order.
    assert x_of(plain, plain.index("Hub")) < x_of(plain, plain.index("اس"))
    # Isolated, the name is the sentence's first word from the right.
    assert x_of(isolated, isolated.index("Hub")) > x_of(isolated, isolated.index("اس"))


def test_an_urdu_title_in_an_english_sentence_keeps_the_sentences_order(
    qapp: QApplication,
) -> None:
    del qapp
    sentence = "“{title}” on 2026-05-04: minutes approved."
    shown = sentence.format(title=isolate("شہری کمیٹی 3"))
    # The title stays whole between its quotes, and the words after it follow on the right.
    assert x_of(shown, shown.index("on")) > x_of(shown, shown.index("شہری"))
    assert x_of(shown, shown.index("on")) > x_of(shown, shown.index("3"))
    assert x_of(shown, shown.index("minutes")) > x_of(shown, shown.index("on"))
