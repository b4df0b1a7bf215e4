"""Youth activities: sessions, coaches, communities, participation by gender, age and community."""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import NewType
from uuid import UUID

from scdesk.domain import limits
from scdesk.domain.meetings import MeetingStatus
from scdesk.domain.people import AgeBand, CityId, Gender, PersonId
from scdesk.domain.rules import (
    Part,
    Problem,
    chosen,
    date_order,
    language_code,
    located,
    not_negative,
    optional_text,
    required_text,
)
from scdesk.i18n import translate

ActivityId = NewType("ActivityId", UUID)
SessionId = NewType("SessionId", UUID)


class ActivityKind(StrEnum):
    SPORTS = "sports"
    ARTS = "arts"
    DIALOGUE = "dialogue"
    TRAINING = "training"
    OTHER = "other"


class CoachRole(StrEnum):
    COACH = "coach"
    FACILITATOR = "facilitator"


@dataclass(frozen=True, slots=True)
class ActivityInput:
    #: None until the user chooses it; saving needs it (activity_problems).
    city_id: CityId | None
    title: str
    kind: ActivityKind
    starts_on: date
    ends_on: date | None = None
    venue: str | None = None
    language: str = "en"
    status: MeetingStatus = MeetingStatus.PLANNED
    outcomes: str | None = None
    notes: str | None = None


@dataclass(frozen=True, slots=True)
class SessionInput:
    held_on: date
    topic: str | None = None
    notes: str | None = None


@dataclass(frozen=True, slots=True)
class ParticipationCount:
    """Anonymous participants of an activity, by gender, age band and community."""

    gender: Gender
    count: int
    age_band: AgeBand | None = None
    community: str | None = None


def activity_problems(activity: ActivityInput, today: date) -> list[Problem]:
    problems = required_text(
        "title", activity.title, translate("Activities", "Title"), limits.TITLE
    )
    problems += chosen(
        "city_id", activity.city_id, translate("Activities", "Choose the city of the activity.")
    )
    problems += optional_text(
        "venue", activity.venue, translate("Activities", "Venue"), limits.TITLE
    )
    problems += optional_text(
        "outcomes", activity.outcomes, translate("Activities", "Outcomes"), limits.DOCUMENT
    )
    problems += optional_text(
        "notes", activity.notes, translate("Activities", "Notes"), limits.DOCUMENT
    )
    problems += language_code("language", activity.language)
    problems += date_order("ends_on", activity.starts_on, activity.ends_on)
    if activity.status is MeetingStatus.HELD and activity.starts_on > today:
        text = translate("Activities", "An activity that has not started cannot be marked as held.")
        problems.append(Problem("status", text))
    return problems


def session_text_problems(session: SessionInput) -> list[Problem]:
    """A session's topic and notes fit their limits (what a bundle can check on its own)."""
    problems = optional_text("topic", session.topic, translate("Activities", "Topic"), limits.TITLE)
    problems += optional_text("notes", session.notes, translate("Activities", "Notes"), limits.ITEM)
    return problems


def session_problems(session: SessionInput, activity: ActivityInput) -> list[Problem]:
    """Sessions fall within the activity's dates."""
    problems = session_text_problems(session)
    end = activity.ends_on or activity.starts_on
    if not activity.starts_on <= session.held_on <= max(end, activity.starts_on):
        text = translate("Activities", "The session on {day} is outside the activity's dates.")
        problems.append(Problem("held_on", text.format(day=session.held_on.isoformat())))
    return problems


def community_problems(field: str, name: str) -> list[Problem]:
    """A community taking part in an activity is named, as briefly as a person's community."""
    return required_text(field, name, translate("Activities", "Community"), limits.NAME)


def participant_list_problems(participants: Sequence[PersonId]) -> list[Problem]:
    """A person is registered once for an activity."""
    if len(set(participants)) == len(participants):
        return []
    text = translate("Activities", "The same person is registered twice.")
    return [Problem("participants", text)]


def coach_list_problems(coaches: Sequence[PersonId]) -> list[Problem]:
    """A person coaches or facilitates an activity in one role."""
    if len(set(coaches)) == len(coaches):
        return []
    text = translate("Activities", "The same person is listed twice as a coach.")
    return [Problem("coaches", text)]


def participation_problems(counts: Iterable[ParticipationCount]) -> list[Problem]:
    problems = []
    seen: set[tuple[Gender, AgeBand | None, str | None]] = set()
    for count in counts:
        problems += not_negative("headcounts", count.count, translate("Activities", "A headcount"))
        problems += optional_text(
            "headcounts", count.community, translate("Activities", "Community"), limits.NAME
        )
        key = (count.gender, count.age_band, (count.community or "").strip().casefold() or None)
        if key in seen:
            text = translate(
                "Activities", "The same gender, age band and community is counted twice."
            )
            problems.append(Problem("headcounts", text))
        seen.add(key)
    return problems


@dataclass(frozen=True, slots=True)
class SessionEntry:
    session_id: SessionId | None
    session: SessionInput


@dataclass(frozen=True, slots=True)
class ActivityRecord:
    """An activity whole, as its form edits it and save_activity stores it: a new activity
    when activity_id is None, or names no record yet (an id a spreadsheet brings)."""

    activity_id: ActivityId | None
    activity: ActivityInput
    sessions: tuple[SessionEntry, ...] = ()
    coaches: tuple[tuple[PersonId, CoachRole], ...] = ()
    communities: tuple[str, ...] = ()
    participants: tuple[PersonId, ...] = ()
    counts: tuple[ParticipationCount, ...] = ()


def activity_record_problems(record: ActivityRecord, today: date) -> list[Problem]:
    """Every rule on an activity that needs nothing from the store: save_activity requires
    them inside its transaction, and the form shows them as the user types. A session's
    problems are located in its row."""
    problems = activity_problems(record.activity, today)
    for row, entry in enumerate(record.sessions):
        problems += located(session_problems(entry.session, record.activity), Part.SESSIONS, row)
    for name in record.communities:
        problems += community_problems("communities", name)
    problems += participation_problems(record.counts)
    problems += participant_list_problems(record.participants)
    return problems + coach_list_problems([person for person, _ in record.coaches])
