"""A printed sign-in sheet: every row's number reads whole, however many rows there are."""

from scdesk.services import reports
from scdesk.store.store import Store
from tests import factories
from tests.pdf_tools import pdf_words


def test_row_numbers_of_a_long_sign_in_sheet_stay_whole_on_one_line(store: Store) -> None:
    city = factories.city(store, "Mardan", "PK")
    meeting = factories.meeting(store, city, title="Open day")
    pdf = reports.sign_in_report(store, meeting_id=meeting, blank_rows=150)
    words = pdf_words(pdf)
    column = next(w for w in words if w.text == "#")
    numbers = [w.text for w in words if w.text.isdigit() and abs(w.left - column.left) < 1]
    assert numbers == [str(n) for n in range(1, 151)]  # "150" cut would read "15", "0"
