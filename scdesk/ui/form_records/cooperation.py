"""The raising form's state read as the record save_raising takes."""

from collections.abc import Mapping
from uuid import UUID

from scdesk.domain.cooperation import SOURCE_FIELDS, RaisingInput, RaisingRecord, RaisingStatus
from scdesk.domain.people import CityId
from scdesk.ui.form_records.values import FormValues, State, as_id


def source_value(field: str, record_id: UUID) -> str:
    """What the "came from" choice holds for a linked record: its link's field and its id."""
    return f"{field}:{record_id}"


def raising_record(
    state: State, raising_id: UUID | None, kept: tuple[str | None, Mapping[str, UUID | None]]
) -> RaisingRecord:
    """kept is the choice the stored record was shown with and all its links: while that
    choice stays, the links stay as stored (a record from a table may have several); another
    choice links that record alone."""
    values = FormValues(state)
    city = values.id("city_id")
    chosen = values.get("came_from")
    shown, stored = kept
    links: dict[str, UUID | None] = dict.fromkeys(SOURCE_FIELDS)
    if chosen == shown:
        links.update(stored)
    elif isinstance(chosen, str) and ":" in chosen:
        field, _, linked = chosen.partition(":")
        if field in links:
            links[field] = as_id(linked)
    raising = RaisingInput(
        city_id=CityId(city) if city else None,
        national_body=values.text("national_body").strip(),
        raised_on=values.day("raised_on"),
        subject=values.text("subject").strip(),
        status=values.choice("status", RaisingStatus, RaisingStatus.RAISED),
        outcome=values.optional_text("outcome"),
        **links,
    )
    return RaisingRecord(raising_id, raising)
