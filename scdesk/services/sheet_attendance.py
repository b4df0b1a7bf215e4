"""The attendance of a meeting, or the registered participants of an activity, from a sheet:
the file's people join those already recorded (or change their status and role), people not yet
recorded are added, and rows of other meetings or activities are skipped."""

from collections.abc import Sequence
from datetime import date
from uuid import UUID

from scdesk.domain.activities import ActivityId, ParticipationCount
from scdesk.domain.meetings import (
    AttendanceInput,
    AttendanceRole,
    AttendanceStatus,
    HeadcountInput,
    MeetingId,
)
from scdesk.domain.people import PersonId, attending_problems
from scdesk.i18n import translate
from scdesk.reports import sheet_cells as cell
from scdesk.reports.sheet_files import SheetRow
from scdesk.services import activities, meetings
from scdesk.services.sheet_rows import RowProblem, RowReader
from scdesk.store.models import (
    Activity,
    ActivityHeadcount,
    ActivityParticipant,
    Attendance,
    Headcount,
    Meeting,
    Person,
)


def meeting_attendance(reader: RowReader, meeting_id: UUID, rows: Sequence[SheetRow]) -> None:
    """The file's people join the meeting's attendance (or change their status and role);
    those already recorded and not in the file stay as they are."""
    meeting = reader.tx.get(Meeting, meeting_id)
    day = meeting.starts_at.date()
    current = {
        a.person_id: AttendanceInput(PersonId(a.person_id), a.status, a.role)
        for a in reader.tx.linked(Attendance, "meeting_id", meeting_id)
    }
    listed: dict[UUID, int] = {}
    for row in rows:
        if not _elsewhere(reader, row, "meeting_id", meeting_id):
            reader.guarded(row, lambda r: _attendance_row(reader, r, current, listed, day))
    if reader.problems:
        return
    counts = [
        HeadcountInput(h.gender, h.count, h.age_band, h.group)
        for h in reader.tx.linked(Headcount, "meeting_id", meeting_id)
    ]
    meetings.set_attendance_in(
        reader.tx, MeetingId(meeting_id), list(current.values()), counts,
        meeting.total_attendance,
    )  # fmt: skip


def participation(reader: RowReader, activity_id: UUID, rows: Sequence[SheetRow]) -> None:
    """The file's people join the activity's registered participants."""
    activity = reader.tx.get(Activity, activity_id)
    registered = [
        PersonId(p.person_id)
        for p in reader.tx.linked(ActivityParticipant, "activity_id", activity_id)
    ]
    listed: dict[UUID, int] = {}
    day = activity.starts_on
    for row in rows:
        if not _elsewhere(reader, row, "activity_id", activity_id):
            reader.guarded(row, lambda r: _participant_row(reader, r, registered, listed, day))
    if reader.problems:
        return
    counts = [
        ParticipationCount(h.gender, h.count, h.age_band, h.community)
        for h in reader.tx.linked(ActivityHeadcount, "activity_id", activity_id)
    ]
    activities.set_participation_in(reader.tx, ActivityId(activity_id), registered, counts)


def _attendance_row(
    reader: RowReader,
    row: SheetRow,
    current: dict[UUID, AttendanceInput],
    listed: dict[UUID, int],
    day: date,
) -> None:
    person_id = _attendee(reader, row, listed, day)
    before = current.get(person_id)
    status = cell.choice(row.cells, "status", AttendanceStatus)
    role = cell.choice(row.cells, "role", AttendanceRole)
    current[person_id] = AttendanceInput(
        person_id,
        status or (before.status if before else AttendanceStatus.PRESENT),
        role or (before.role if before else AttendanceRole.PARTICIPANT),
    )
    if before is None:
        reader.counts.created += 1
    else:
        reader.count(before != current[person_id])


def _participant_row(
    reader: RowReader, row: SheetRow, registered: list[PersonId], listed: dict[UUID, int], day: date
) -> None:
    person_id = _attendee(reader, row, listed, day)
    if person_id in registered:
        reader.counts.unchanged += 1
    else:
        registered.append(person_id)
        reader.counts.created += 1


def _attendee(reader: RowReader, row: SheetRow, listed: dict[UUID, int], day: date) -> PersonId:
    person_id = reader.person(row, update=False)
    if person_id in listed:
        text = translate("Tables", "This person is listed already, in row {row}.")
        reader.fail(row, [text.format(row=listed[person_id])])
    listed[person_id] = row.number
    record = reader.tx.get(Person, person_id)
    problems = attending_problems(record, day, "attendance")
    if problems:
        reader.fail(row, [p.message for p in problems])
    return person_id


def _elsewhere(reader: RowReader, row: SheetRow, column: str, wanted: UUID) -> bool:
    """A row of the exported sheet that belongs to another meeting or activity."""
    try:
        given = reader.record_id(row.cells, column)
    except cell.CellError as error:
        reader.problems.append(RowProblem(row.number, str(error)))
        return True
    if given is not None and given != wanted:
        reader.counts.skipped += 1
        return True
    return False
