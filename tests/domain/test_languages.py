"""The languages scdesk supports, their scripts and directions."""

from scdesk.domain.languages import (
    Script,
    language_codes,
    language_name,
    reads_right_to_left,
    script_of_language,
    translated_codes,
)


def test_the_forms_offer_english_first_then_the_six_translated_languages() -> None:
    assert language_codes() == ("en", "ur", "hi", "ne", "ta", "si", "bn")
    assert translated_codes() == ("ur", "hi", "ne", "ta", "si", "bn")


def test_urdu_and_other_arabic_script_languages_read_right_to_left_with_or_without_a_region() -> (
    None
):
    assert reads_right_to_left("ur")
    assert reads_right_to_left("ur-PK")
    assert reads_right_to_left("ps")
    assert not reads_right_to_left("hi")
    assert not reads_right_to_left("en-GB")


def test_nepali_is_written_in_devanagari_and_an_unknown_language_in_no_known_script() -> None:
    assert script_of_language("ne-NP") is Script.DEVANAGARI
    assert script_of_language("fr") is None


def test_a_language_is_named_with_its_own_name_in_its_script() -> None:
    assert language_name("ur") == "Urdu (اردو)"
    assert language_name("hi-IN") == "Hindi (हिन्दी)"
    assert language_name("fr") == "fr"
