"""Committees, their seats, meetings and youth activities from a sheet, a row at a time, each
saved whole through its record's save function, so the rules a form meets refuse the same rows.

A row's id matches the record it names, or makes a new record with it; a matched record changes
only in the columns the file has, and keeps what no column gives (a meeting's agenda, attendance
and actions; an activity's sessions, coaches and participants; a committee's seats).
"""

from collections.abc import Callable
from dataclasses import replace
from typing import Any, NoReturn, TypeVar
from uuid import UUID

from sqlalchemy import select

from scdesk.domain.activities import ActivityId, ActivityInput, ActivityKind, ActivityRecord
from scdesk.domain.committees import (
    CommitteeId,
    CommitteeInput,
    CommitteeKind,
    CommitteeRecord,
    MemberRole,
    MembershipEntry,
    MembershipId,
)
from scdesk.domain.errors import gone_sentence
from scdesk.domain.meetings import (
    MeetingId,
    MeetingInput,
    MeetingKind,
    MeetingRecord,
    MeetingStatus,
)
from scdesk.domain.people import PersonId
from scdesk.i18n import translate
from scdesk.reports import sheet_cells as cell
from scdesk.reports.sheet_files import SheetRow
from scdesk.services.activities import save_activity_in
from scdesk.services.committees import save_committee_in
from scdesk.services.meetings import save_meeting_in
from scdesk.services.sheet_rows import RowReader
from scdesk.store.models import Activity, Committee, Meeting, Membership, Person
from scdesk.store.queries.activity_detail import stored_activity_record
from scdesk.store.queries.meeting_detail import stored_meeting_record
from scdesk.store.queries.record_detail import stored_committee_record

T = TypeVar("T")
K = TypeVar("K")
R = TypeVar("R")

#: The meeting's fields the export writes under other names (its times are UTC).
_MEETING_COLUMNS = {"starts_at_utc": "starts_at", "ends_at_utc": "ends_at"}


def committee_row(reader: RowReader, row: SheetRow) -> None:
    """A committee's details; its seats stay as stored (they come in as memberships)."""
    cells = row.cells
    given = reader.record_id(cells, "id")
    stored = stored_record(reader, row, Committee, given, stored_committee_record)
    base = stored.committee if stored else CommitteeInput(city_id=None, name="")
    wanted = replace(
        base,
        **named_text(reader, row, "name"),
        **reader.texts(row, ("mandate",)),
        **reader.present({
            "kind": lambda: cell.choice(cells, "kind", CommitteeKind) or base.kind,
            "quorum": lambda: cell.whole(cells, "quorum"),
            "established_on": lambda: cell.day(cells, "established_on"),
            "language": lambda: cell.text(cells, "language") or base.language,
        }),
        city_id=reader.city_of(row, base.city_id),
    )  # fmt: skip
    if stored is None:
        save_committee_in(reader.tx, CommitteeRecord(_as(CommitteeId, given), wanted))
        reader.counts.created += 1
    else:
        reader.count(wanted != base)
        save_committee_in(reader.tx, replace(stored, committee=wanted))


def membership_row(reader: RowReader, row: SheetRow) -> None:
    """A seat joins its committee's seats, or changes where the row names it by id; the
    committee is then saved whole."""
    cells = row.cells
    given = reader.record_id(cells, "id")
    seat = reader.stored(row, Membership, given)
    committee_id = _committee_of(reader, row, seat.committee_id if seat else None)
    person_id = _person_of(reader, row, seat.person_id if seat else None)
    if seat is not None and committee_id != seat.committee_id:
        text = translate(
            "Tables", "This seat is on another committee: leave its id empty to seat the person "
            "on this one.",
        )  # fmt: skip
        reader.fail(row, [text])
    if committee_id is None or person_id is None:
        text = translate(
            "Tables", "Give the committee (committee_id or committee) and the person (person_id "
            "or person)."
        )  # fmt: skip
        reader.fail(row, [text])
    stored = stored_committee_record(reader.tx.reader(), committee_id)
    if stored is None:
        reader.fail(row, [gone_sentence()])  # the seat's committee was deleted
    seats = list(stored.memberships)
    index = next((i for i, s in enumerate(seats) if s.membership_id == given), None)
    base = (
        seats[index] if index is not None else MembershipEntry(_as(MembershipId, given), person_id)
    )
    entry = replace(
        base,
        person_id=person_id,
        **reader.present({
            "role": lambda: cell.choice(cells, "role", MemberRole) or base.role,
            "starts_on": lambda: cell.day(cells, "starts_on"),
            "ends_on": lambda: cell.day(cells, "ends_on"),
        }),
    )  # fmt: skip
    if index is None:
        seats.append(entry)
        reader.counts.created += 1
    else:
        seats[index] = entry
        reader.count(entry != base)
    save_committee_in(reader.tx, replace(stored, memberships=tuple(seats)))


def meeting_row(reader: RowReader, row: SheetRow) -> None:
    """A meeting's details; its agenda, attendance, headcounts and actions stay as stored.
    The minutes' status is changed by circulating and approving them, never by a sheet."""
    cells = row.cells
    given = reader.record_id(cells, "id")
    stored = stored_record(reader, row, Meeting, given, stored_meeting_record)
    if stored is None:
        kind = needed(reader, row, "kind", lambda: cell.choice(cells, "kind", MeetingKind))
        start = needed(reader, row, "starts_at_utc", lambda: cell.moment(cells, "starts_at_utc"))
        base = MeetingInput(kind, "", None, start)
    else:
        base = stored.meeting
    given_values = reader.present({
        "kind": lambda: cell.choice(cells, "kind", MeetingKind) or base.kind,
        "starts_at_utc": lambda: cell.moment(cells, "starts_at_utc") or base.starts_at,
        "ends_at_utc": lambda: cell.moment(cells, "ends_at_utc"),
        "language": lambda: cell.text(cells, "language") or base.language,
        "status": lambda: cell.choice(cells, "status", MeetingStatus) or base.status,
        "total_attendance": lambda: cell.whole(cells, "total_attendance"),
    })  # fmt: skip
    wanted = replace(
        base,
        **named_text(reader, row, "title"),
        **reader.texts(row, ("venue", "summary")),
        **{_MEETING_COLUMNS.get(name, name): value for name, value in given_values.items()},
        city_id=reader.city_of(row, base.city_id),
        committee_id=_committee_of(reader, row, base.committee_id),
    )  # fmt: skip
    if stored is None:
        save_meeting_in(reader.tx, MeetingRecord(_as(MeetingId, given), wanted))
        reader.counts.created += 1
    elif wanted == base:  # approved minutes are locked: a row that changes nothing is no edit
        reader.count(False)
    else:
        reader.count(True)
        save_meeting_in(reader.tx, replace(stored, meeting=wanted))


def activity_row(reader: RowReader, row: SheetRow) -> None:
    """An activity's details and communities; its sessions, coaches, participants and counts
    stay as stored (the sessions column the export writes is only their number)."""
    cells = row.cells
    given = reader.record_id(cells, "id")
    stored = stored_record(reader, row, Activity, given, stored_activity_record)
    if stored is None:
        kind = needed(reader, row, "kind", lambda: cell.choice(cells, "kind", ActivityKind))
        start = needed(reader, row, "starts_on", lambda: cell.day(cells, "starts_on"))
        stored = ActivityRecord(_as(ActivityId, given), ActivityInput(None, "", kind, start))
        new = True
    else:
        new = False
    base = stored.activity
    wanted = replace(
        base,
        **named_text(reader, row, "title"),
        **reader.texts(row, ("venue", "outcomes", "notes")),
        **reader.present({
            "kind": lambda: cell.choice(cells, "kind", ActivityKind) or base.kind,
            "starts_on": lambda: cell.day(cells, "starts_on") or base.starts_on,
            "ends_on": lambda: cell.day(cells, "ends_on"),
            "language": lambda: cell.text(cells, "language") or base.language,
            "status": lambda: cell.choice(cells, "status", MeetingStatus) or base.status,
        }),
        city_id=reader.city_of(row, base.city_id),
    )  # fmt: skip
    communities = stored.communities
    if "communities" in reader.columns:
        listed = (cell.text(cells, "communities") or "").split(";")
        communities = tuple(dict.fromkeys(c.strip() for c in listed if c.strip()))
    changed = replace(stored, activity=wanted, communities=communities)
    if new:
        reader.counts.created += 1
    else:
        reader.count(changed != stored)
    save_activity_in(reader.tx, changed)


def stored_record(
    reader: RowReader,
    row: SheetRow,
    model: Any,
    given: UUID | None,
    load: Callable[[Any, UUID], R | None],
) -> R | None:
    """The whole record the row's id names, as its form would load it; None for a new one."""
    if given is None or reader.stored(row, model, given) is None:
        return None
    return load(reader.tx.reader(), given)


def named_text(reader: RowReader, row: SheetRow, column: str) -> dict[str, Any]:
    """A required name or title: an empty cell is refused by the record's own rule."""
    if column not in reader.columns:
        return {}
    return {column: cell.text(row.cells, column) or ""}


def needed(reader: RowReader, row: SheetRow, column: str, read: Callable[[], T | None]) -> T:
    """A value a new record cannot be made without, and that its rules cannot check unset."""
    value = read() if column in reader.columns else None
    if value is None:
        missing(reader, row, column)
    return value


def missing(reader: RowReader, row: SheetRow, column: str) -> NoReturn:
    """Fail the row for a value a new record cannot be made without."""
    #: Translators: {column} is the name of a column of the spreadsheet.
    text = translate("Tables", "Fill {column}: a new record needs it.")
    reader.fail(row, [text.format(column=column)])


def _committee_of(reader: RowReader, row: SheetRow, current: UUID | None) -> CommitteeId | None:
    """By committee_id, or by a name only one live committee has."""
    found = _linked(reader, row, Committee, "committee", current)
    return CommitteeId(found) if found else None


def _person_of(reader: RowReader, row: SheetRow, current: UUID | None) -> PersonId | None:
    """By person_id, or by a name only one live person has."""
    found = _linked(reader, row, Person, "person", current)
    return PersonId(found) if found else None


def _linked(
    reader: RowReader, row: SheetRow, model: Any, column: str, current: UUID | None
) -> UUID | None:
    cells = row.cells
    given = reader.record_id(cells, f"{column}_id")
    if given is not None:
        reader.check(row, model, given)
        return given
    name = (cell.text(cells, column) or "").strip().casefold()
    if not name:
        named = f"{column}_id" in reader.columns or column in reader.columns
        return None if named else current
    rows = reader.tx.execute(select(model.id, model.name).where(model.deleted.is_(False)))
    found = [r.id for r in rows if r.name.strip().casefold() == name]
    if len(found) != 1:
        #: Translators: {name} is what the cell holds, {column} the column that takes the record's
        #: id.
        text = translate(
            "Tables", "No single record called {name} is recorded here: give its {column}."
        )
        reader.fail(row, [text.format(name=cell.text(cells, column), column=f"{column}_id")])
    return UUID(str(found[0]))


def _as(kind: Callable[[UUID], K], value: UUID | None) -> K | None:
    return None if value is None else kind(value)
