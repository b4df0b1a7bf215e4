"""Names from outside are shown so that they cannot fake a line or turn a message around, while
the marks that Indic and Urdu names need are kept."""

import os

from scdesk.domain.outside import is_utf8, shown

RLM, LRM = chr(0x200F), chr(0x200E)


def test_control_characters_separators_and_overrides_are_escaped() -> None:
    assert shown("week 48\nmerged: all.scdesk") == "week 48\\x0amerged: all.scdesk"
    assert shown("a\tb\rc\x1b[2Jd\x7fe\x85f") == "a\\x09b\\x0dc\\x1b[2Jd\\x7fe\\x85f"
    assert shown("one\u2028two\u2029three") == "one\\u2028two\\u2029three"
    assert shown("invoice\u202egpj.scdesk") == "invoice\\u202egpj.scdesk"
    overrides = "".join(map(chr, [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]))
    assert "\\u" in shown(overrides)
    assert all(char not in shown(overrides) for char in overrides)


def test_names_in_every_script_keep_their_joiners_and_marks() -> None:
    names = [
        "ہب لیپ ٹاپ",
        "क्‍ष",
        "ಕ್‌ಷ",
        RLM + "مردان" + LRM,
        "Zainab Bibi",
        "C:\\Mardan\\week.scdesk",
    ]
    assert [shown(name) for name in names] == names


def test_a_name_that_is_not_utf8_is_told_apart_and_shown_by_its_bytes() -> None:
    name = os.fsdecode(b"bundle-\xff.scdesk")
    assert not is_utf8(name)
    assert is_utf8("مردان.scdesk")
    assert shown(name) == "bundle-\\xff.scdesk"
    assert shown(name).encode("utf-8")
