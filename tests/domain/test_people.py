"""A person's fields of expertise as they are typed, in any script."""

from scdesk.domain.people import expertise_fields


def test_fields_of_expertise_typed_in_urdu_split_at_the_arabic_comma() -> None:
    assert expertise_fields("شہری منصوبہ بندی، نوجوانوں کا کام؛ شہری منصوبہ بندی") == (
        "شہری منصوبہ بندی",
        "نوجوانوں کا کام",
    )
