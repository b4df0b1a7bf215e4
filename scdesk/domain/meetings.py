"""Meetings of every kind: attendance and headcounts, agenda, actions and the minutes lifecycle."""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import NewType, Protocol, TypeVar
from uuid import UUID

from scdesk.domain import limits
from scdesk.domain.committees import CommitteeId
from scdesk.domain.people import AgeBand, CityId, Gender, GroupTag, PersonId
from scdesk.domain.rules import (
    Part,
    Problem,
    chosen,
    language_code,
    located,
    not_negative,
    optional_text,
    required_text,
)
from scdesk.i18n import translate

MeetingId = NewType("MeetingId", UUID)
AgendaItemId = NewType("AgendaItemId", UUID)
ActionItemId = NewType("ActionItemId", UUID)


class MeetingKind(StrEnum):
    COMMITTEE_MEETING = "committee_meeting"
    CONSULTATION = "consultation"
    WORKSHOP = "workshop"
    ROUNDTABLE = "roundtable"
    TRAINING = "training"
    SUMMIT = "summit"
    OTHER = "other"


class MeetingStatus(StrEnum):
    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"


class MinutesStatus(StrEnum):
    """Draft, circulated, then approved by a later meeting; approved minutes are locked."""

    DRAFT = "draft"
    CIRCULATED = "circulated"
    APPROVED = "approved"


class AttendanceStatus(StrEnum):
    INVITED = "invited"
    PRESENT = "present"
    APOLOGIES = "apologies"
    ABSENT = "absent"


class AttendanceRole(StrEnum):
    CHAIR = "chair"
    SECRETARY = "secretary"
    MEMBER = "member"
    OBSERVER = "observer"
    PARTICIPANT = "participant"
    SPEAKER = "speaker"
    FACILITATOR = "facilitator"
    GUEST = "guest"


class ActionStatus(StrEnum):
    """What is stored; "overdue" and "carried over" are derived (see action_state)."""

    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"


class ActionState(StrEnum):
    """What a tracker shows for an action at a given meeting or day."""

    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"
    OVERDUE = "overdue"
    CARRIED_OVER = "carried_over"


@dataclass(frozen=True, slots=True)
class MeetingInput:
    kind: MeetingKind
    title: str
    #: None until the user chooses it; saving needs it (meeting_problems).
    city_id: CityId | None
    starts_at: datetime
    ends_at: datetime | None = None
    committee_id: CommitteeId | None = None
    venue: str | None = None
    language: str = "en"
    status: MeetingStatus = MeetingStatus.PLANNED
    #: The stated total of people present, named and anonymous together; None when not counted.
    total_attendance: int | None = None
    summary: str | None = None


class Attending(Protocol):
    """A line of a meeting's attendance, as typed or as stored."""

    @property
    def status(self) -> AttendanceStatus: ...
    @property
    def role(self) -> AttendanceRole: ...


_Line = TypeVar("_Line", bound=Attending)


@dataclass(frozen=True, slots=True)
class AttendanceInput:
    person_id: PersonId
    status: AttendanceStatus = AttendanceStatus.PRESENT
    role: AttendanceRole = AttendanceRole.PARTICIPANT


@dataclass(frozen=True, slots=True)
class HeadcountInput:
    """Anonymous people present, counted by gender, age band and (optionally) group."""

    gender: Gender
    count: int
    age_band: AgeBand | None = None
    group: GroupTag | None = None


@dataclass(frozen=True, slots=True)
class AgendaItemInput:
    title: str
    parent_id: AgendaItemId | None = None
    presenter_id: PersonId | None = None
    discussion: str | None = None
    decisions: str | None = None


@dataclass(frozen=True, slots=True)
class ActionItemInput:
    text: str
    owner_id: PersonId | None = None
    due_on: date | None = None


def meeting_problems(meeting: MeetingInput, now: datetime) -> list[Problem]:
    problems = required_text("title", meeting.title, translate("Meetings", "Title"), limits.TITLE)
    problems += chosen(
        "city_id", meeting.city_id, translate("Meetings", "Choose the city the meeting is in.")
    )
    problems += optional_text("venue", meeting.venue, translate("Meetings", "Venue"), limits.TITLE)
    problems += optional_text(
        "summary", meeting.summary, translate("Meetings", "Summary"), limits.DOCUMENT
    )
    problems += language_code("language", meeting.language)
    problems += not_negative(
        "total_attendance", meeting.total_attendance, translate("Meetings", "Total attendance")
    )
    if meeting.ends_at is not None and meeting.ends_at <= meeting.starts_at:
        text = translate("Meetings", "The meeting ends before it starts: check the times.")
        problems.append(Problem("ends_at", text))
    if meeting.kind is MeetingKind.COMMITTEE_MEETING and meeting.committee_id is None:
        text = translate("Meetings", "Choose the committee this meeting belongs to.")
        problems.append(Problem("committee_id", text))
    if meeting.status is MeetingStatus.HELD and meeting.starts_at > now:
        text = translate("Meetings", "A meeting that has not started yet cannot be marked as held.")
        problems.append(Problem("status", text))
    return problems


def headcount_problems(counts: Iterable[HeadcountInput]) -> list[Problem]:
    problems = []
    seen: set[tuple[Gender, AgeBand | None, GroupTag | None]] = set()
    for count in counts:
        problems += not_negative("headcounts", count.count, translate("Meetings", "A headcount"))
        key = (count.gender, count.age_band, count.group)
        if key in seen:
            text = translate("Meetings", "The same gender, age band and group is counted twice.")
            problems.append(Problem("headcounts", text))
        seen.add(key)
    return problems


def attendee_list_problems(attendees: Sequence[AttendanceInput]) -> list[Problem]:
    """A person is listed once in a meeting's attendance, with one status and one role."""
    if len({a.person_id for a in attendees}) == len(attendees):
        return []
    text = translate("Meetings", "The same person is listed twice in the attendance.")
    return [Problem("attendance", text)]


def secretary_problems(attendees: Sequence[AttendanceInput]) -> list[Problem]:
    """The meeting's secretary signs its minutes, so it is one person who was there: when the
    committee's secretary sent apologies, someone present takes the role for that meeting."""
    secretaries = [a for a in attendees if a.role is AttendanceRole.SECRETARY]
    if any(a.status is not AttendanceStatus.PRESENT for a in secretaries):
        text = translate(
            "Meetings",
            "The meeting's secretary signs the minutes and must have been present: give the "
            "secretary's role to someone who was.",
        )
        return [Problem("attendance", text)]
    if len(secretaries) > 1:
        text = translate(
            "Meetings", "A meeting has one secretary: give the secretary's role to one person."
        )
        return [Problem("attendance", text)]
    return []


def signing_officer(lines: Iterable[_Line], role: AttendanceRole) -> _Line | None:
    """Who signs the minutes in a role (chair or secretary): the first person present in that
    role at the meeting, never someone who sent apologies or was absent."""
    return next((a for a in lines if a.role is role and a.status is AttendanceStatus.PRESENT), None)


def attendance_problems(
    attendees: Sequence[AttendanceInput], headcounts: Sequence[HeadcountInput], total: int | None
) -> list[Problem]:
    """The attendance as a whole: each person once, one secretary and present, each headcount
    cell once and not negative, and named plus anonymous people adding up to the stated total."""
    problems = attendee_list_problems(attendees)
    problems += secretary_problems(attendees)
    problems += headcount_problems(headcounts)
    return problems + attendance_total_problems(total, attendees, headcounts)


def counted_present(
    attendees: Iterable[AttendanceInput], headcounts: Iterable[HeadcountInput]
) -> tuple[int, int]:
    """Who counts toward a meeting's stated total: the named attendees present, and the people
    of the anonymous headcounts (a negative count, refused on its own, counts as none)."""
    named = sum(1 for a in attendees if a.status is AttendanceStatus.PRESENT)
    return named, sum(max(c.count, 0) for c in headcounts)


def attendance_total_problems(
    total: int | None, attendees: Iterable[AttendanceInput], headcounts: Iterable[HeadcountInput]
) -> list[Problem]:
    """An attendance adds up to the meeting's stated total, when one is stated."""
    return total_problems(total, *counted_present(attendees, headcounts))


def total_problems(total: int | None, named_present: int, anonymous: int) -> list[Problem]:
    """Named attendees plus anonymous headcounts add up to the stated total, when one is stated."""
    if total is None or named_present + anonymous == total:
        return []
    #: Translators: {named}, {anonymous} and {total} are numbers of people at one meeting.
    text = translate(
        "Meetings",
        "Named attendees ({named}) and anonymous headcounts ({anonymous}) add up to "
        "{sum}, not to the stated total of {total}.",
    )
    message = text.format(
        named=named_present, anonymous=anonymous, sum=named_present + anonymous, total=total
    )
    return [Problem("total_attendance", message)]


def agenda_item_problems(item: AgendaItemInput) -> list[Problem]:
    problems = required_text(
        "title", item.title, translate("Meetings", "Agenda item"), limits.HEADING
    )
    problems += optional_text(
        "discussion", item.discussion, translate("Meetings", "Discussion"), limits.DISCUSSION
    )
    problems += optional_text(
        "decisions", item.decisions, translate("Meetings", "Decisions"), limits.DOCUMENT
    )
    return problems


def action_item_problems(action: ActionItemInput, meeting_day: date) -> list[Problem]:
    """An action is due on or after the meeting that opened it."""
    problems = required_text("text", action.text, translate("Meetings", "Action"), limits.ITEM)
    if action.due_on is not None and action.due_on < meeting_day:
        text = translate(
            "Meetings", "The action is due on {due}, before the meeting on {day} that opened it."
        )
        problems.append(
            Problem(
                "due_on", text.format(due=action.due_on.isoformat(), day=meeting_day.isoformat())
            )
        )
    return problems


def amendment_problems(text: str, reason: str | None) -> list[Problem]:
    """A correction to approved minutes says what it corrects, and briefly why."""
    problems = required_text("text", text, translate("Meetings", "Amendment"), limits.PASSAGE)
    problems += optional_text("reason", reason, translate("Meetings", "Reason"), limits.HEADING)
    return problems


def editable_problems(minutes: MinutesStatus) -> list[Problem]:
    """Approved minutes are locked: what they record changes only through an amendment."""
    if minutes is not MinutesStatus.APPROVED:
        return []
    text = translate(
        "Meetings", "These minutes are approved and locked: record a correction as an amendment."
    )
    return [Problem("minutes_status", text)]


def minutes_transition_problems(
    current: MinutesStatus, wanted: MinutesStatus, meeting_status: MeetingStatus
) -> list[Problem]:
    """Draft and circulated move freely while the meeting is held; approved is final."""
    if current is MinutesStatus.APPROVED:
        return editable_problems(current)
    if wanted is not MinutesStatus.DRAFT and meeting_status is not MeetingStatus.HELD:
        text = translate(
            "Meetings", "Only a meeting that was held has minutes to circulate or approve."
        )
        return [Problem("minutes_status", text)]
    return []


def approval_problems(
    approved: datetime, approving: datetime, same_committee: bool, approving_held: bool
) -> list[Problem]:
    """Minutes are approved by a later meeting of the same committee, once that meeting is held."""
    if not same_committee:
        text = translate("Meetings", "Minutes are approved by a meeting of the same committee.")
        return [Problem("minutes_approved_in_id", text)]
    if approving <= approved:
        text = translate("Meetings", "Minutes are approved by a later meeting.")
        return [Problem("minutes_approved_in_id", text)]
    if not approving_held:
        text = translate("Meetings", "The approving meeting has to be marked as held first.")
        return [Problem("minutes_approved_in_id", text)]
    return []


def action_state(
    status: ActionStatus, due_on: date | None, opened_here: bool, today: date
) -> ActionState:
    """Overdue and carried over are not typed by anyone: they follow from dates and meetings."""
    if status is ActionStatus.DONE:
        return ActionState.DONE
    if status is ActionStatus.DROPPED:
        return ActionState.DROPPED
    if due_on is not None and due_on < today:
        return ActionState.OVERDUE
    return ActionState.OPEN if opened_here else ActionState.CARRIED_OVER


@dataclass(frozen=True, slots=True)
class AgendaEntry:
    """An agenda item as the meeting's record holds it: `key` names it within the record (its
    id once stored), `parent_key` the item it sits under."""

    key: str
    item_id: AgendaItemId | None
    parent_key: str | None
    item: AgendaItemInput


@dataclass(frozen=True, slots=True)
class ActionEntry:
    action_id: ActionItemId | None
    action: ActionItemInput
    status: ActionStatus = ActionStatus.OPEN


@dataclass(frozen=True, slots=True)
class MeetingRecord:
    """A meeting whole, as its form edits it and save_meeting stores it: a new meeting when
    meeting_id is None, or names no record yet (an id a spreadsheet brings)."""

    meeting_id: MeetingId | None
    meeting: MeetingInput
    attendees: tuple[AttendanceInput, ...] = ()
    headcounts: tuple[HeadcountInput, ...] = ()
    #: In reading order: every item after the item it sits under.
    agenda: tuple[AgendaEntry, ...] = ()
    actions: tuple[ActionEntry, ...] = ()


def meeting_record_problems(record: MeetingRecord, now: datetime) -> list[Problem]:
    """Every rule on a meeting that needs nothing from the store: save_meeting requires them
    inside its transaction, and the form shows them as the user types. Agenda and action
    problems are located in their part: an agenda item by its key, an action by its row."""
    problems = meeting_problems(record.meeting, now)
    problems += attendance_problems(
        record.attendees, record.headcounts, record.meeting.total_attendance
    )
    keys: set[str] = set()
    for entry in record.agenda:
        problems += located(agenda_item_problems(entry.item), Part.AGENDA, entry.key)
        if entry.parent_key is not None and entry.parent_key not in keys:
            raise ValueError("an agenda item comes after the item it sits under")
        keys.add(entry.key)
    day = record.meeting.starts_at.date()
    for row, action in enumerate(record.actions):
        problems += located(action_item_problems(action.action, day), Part.ACTIONS, row)
    return problems
