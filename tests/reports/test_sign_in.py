"""A printed sign-in sheet: row numbers and tick-box labels read whole, however many rows."""

from scdesk.services import reports
from scdesk.store.store import Store
from tests import factories
from tests.pdf_tools import pdf_text, pdf_words


def test_row_numbers_of_a_long_sign_in_sheet_stay_whole_on_one_line(store: Store) -> None:
    city = factories.city(store, "Mardan", "PK")
    meeting = factories.meeting(store, city, title="Open day")
    pdf = reports.sign_in_report(store, meeting_id=meeting, blank_rows=150)
    words = pdf_words(pdf)
    column = next(w for w in words if w.text == "#")
    numbers = [w.text for w in words if w.text.isdigit() and abs(w.left - column.left) < 1]
    assert numbers == [str(n) for n in range(1, 151)]  # "150" cut would read "15", "0"


def test_a_tick_box_label_too_wide_to_share_a_row_keeps_its_words_whole(store: Store) -> None:
    """In Tamil, "prefer not to say" ends in one long word: the gender boxes then stand one
    under another rather than cut it."""
    city = factories.city(store, "Mardan", "PK")
    meeting = factories.meeting(store, city, title="Open day")
    pdf = reports.sign_in_report(store, meeting_id=meeting, language="ta", blank_rows=5)
    assert pdf_text(pdf).count("கூற விரும்பவில்லை") == 5
