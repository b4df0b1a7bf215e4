"""Names sort as their readers expect, not by code point."""

from scdesk.domain.collation import collated, sort_key


def test_urdu_names_follow_the_urdu_alphabet() -> None:
    names = ["نیپال", "پاکستان", "سری لنکا", "بھارت", "ٹنڈو آدم", "تربت", "گوادر", "کراچی"]
    # code points put پ, ٹ, ک and گ after every letter of Arabic's own alphabet
    assert sorted(names, key=sort_key) == [
        "بھارت", "پاکستان", "تربت", "ٹنڈو آدم", "سری لنکا", "کراچی", "گوادر", "نیپال",
    ]  # fmt: skip


def test_latin_names_sort_without_regard_to_case_or_accents_first() -> None:
    names = ["trincomalee", "Mardan", "Éluru", "Colombo", "delhi"]
    assert sorted(names, key=sort_key) == ["Colombo", "delhi", "Éluru", "Mardan", "trincomalee"]


def test_devanagari_names_follow_their_alphabet() -> None:
    names = ["नेपालगन्ज", "काठमाडौं", "अयोध्या", "क्षेत्र", "ज्ञान"]
    assert sorted(names, key=sort_key) == ["अयोध्या", "काठमाडौं", "क्षेत्र", "ज्ञान", "नेपालगन्ज"]


def test_a_list_in_latin_letters_and_a_mixed_one_sort_alike() -> None:
    latin = ["trincomalee", "Mardan", "Colombo", "delhi"]
    assert collated(latin, str) == sorted(latin, key=sort_key)
    mixed = ["Mardan", "مردان", "Colombo", "कोलंबो"]
    assert collated(mixed, str) == sorted(mixed, key=sort_key)
