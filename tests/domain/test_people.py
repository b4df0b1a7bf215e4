"""A person as the rules read them: fields of expertise typed in any script, and who a report
names as the owner of an action."""

from datetime import date

from scdesk.domain.people import expertise_fields, shown_owner


def test_fields_of_expertise_typed_in_urdu_split_at_the_arabic_comma() -> None:
    assert expertise_fields("شہری منصوبہ بندی، نوجوانوں کا کام؛ شہری منصوبہ بندی") == (
        "شہری منصوبہ بندی",
        "نوجوانوں کا کام",
    )


def test_an_owner_who_withdrew_gives_way_to_their_organisation_or_is_not_named() -> None:
    today = date(2026, 7, 1)
    withdrawn, later = date(2026, 6, 1), date(2026, 8, 1)
    assert shown_owner("Nadia Masih", None, "Youth Forum", today) == ("Nadia Masih", False)
    assert shown_owner("Nadia Masih", later, None, today) == ("Nadia Masih", False)
    assert shown_owner("Nadia Masih", withdrawn, "Youth Forum", today) == ("Youth Forum", False)
    assert shown_owner("Nadia Masih", withdrawn, None, today) == ("Nadia Masih", True)
    assert shown_owner(None, None, "Youth Forum", today) == ("Youth Forum", False)
    assert shown_owner(None, None, None, today) == (None, False)
