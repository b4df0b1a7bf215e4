"""A form's state read as typed values, whatever an old draft holds. No Qt."""

from datetime import date
from uuid import UUID

from scdesk.domain.meetings import MeetingStatus
from scdesk.ui.form_records.values import FormValues

ID = "6f1c1d0e-8b1a-4c53-9c1e-2f4a5b6c7d8e"


def test_values_are_read_with_their_types() -> None:
    values = FormValues(
        {"title": " Title ", "day": "2026-11-10", "id": ID, "n": 3, "on": True, "status": "held"}
    )
    assert (values.text("title"), values.optional_text("title")) == (" Title ", "Title")
    assert (values.day("day"), values.id("id"), values.number("n")) == (
        date(2026, 11, 10), UUID(ID), 3,
    )  # fmt: skip
    assert values.flag("on")
    assert values.choice("status", MeetingStatus, MeetingStatus.PLANNED) is MeetingStatus.HELD


def test_a_value_missing_or_of_another_kind_reads_as_empty() -> None:
    values = FormValues(
        {"title": 7, "day": "soon", "id": "nobody", "n": True, "on": "yes", "status": "later"}
    )
    assert (values.text("title"), values.optional_text("blank")) == ("", None)
    assert (values.day("day"), values.id("id"), values.number("n")) == (None, None, None)
    assert not values.flag("on")
    assert values.choice("status", MeetingStatus, MeetingStatus.PLANNED) is MeetingStatus.PLANNED


def test_rows_and_parts_are_read_as_forms_of_their_own() -> None:
    values = FormValues({"tab": {"rows": [{"name": "Ayesha"}, "not a row", {"name": "Bilal"}]}})
    assert [row.text("name") for row in values.part("tab").rows("rows")] == ["Ayesha", "Bilal"]
    assert values.part("missing").rows("rows") == []
