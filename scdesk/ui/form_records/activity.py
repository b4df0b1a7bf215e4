"""The youth activity form's state read as the record save_activity takes."""

from datetime import date
from uuid import UUID

from scdesk.domain.activities import (
    ActivityId,
    ActivityInput,
    ActivityKind,
    ActivityRecord,
    CoachRole,
    ParticipationCount,
    SessionEntry,
    SessionId,
    SessionInput,
)
from scdesk.domain.meetings import MeetingStatus
from scdesk.domain.people import AgeBand, CityId, Gender, PersonId
from scdesk.ui.form_records.values import FormValues, State


def activity_record(state: State, activity_id: UUID | None, today: date) -> ActivityRecord:
    """The record to save, as the form holds it; its problems are the record's own (an activity
    with no city chosen yet among them). A session's day left empty is the activity's first
    day."""
    values = FormValues(state)
    city = values.id("city_id")
    starts = values.day("starts_on") or today
    activity = ActivityInput(
        city_id=CityId(city) if city else None,
        title=values.text("title").strip(),
        kind=values.choice("kind", ActivityKind, ActivityKind.OTHER),
        starts_on=starts,
        ends_on=values.day("ends_on"),
        venue=values.optional_text("venue"),
        language=values.text("language") or "en",
        status=values.choice("status", MeetingStatus, MeetingStatus.PLANNED),
        outcomes=values.optional_text("outcomes"),
        notes=values.optional_text("notes"),
    )
    sessions = []
    for row in values.rows("sessions"):
        session_id = row.id("session_id")
        session = SessionInput(
            held_on=row.day("held_on") or starts,
            topic=row.optional_text("topic"),
            notes=row.optional_text("notes"),
        )
        sessions.append(SessionEntry(SessionId(session_id) if session_id else None, session))
    people, participation = values.part("people"), values.part("participation")
    return ActivityRecord(
        activity_id=ActivityId(activity_id) if activity_id else None,
        activity=activity,
        sessions=tuple(sessions),
        coaches=tuple(coaches(people)),
        communities=tuple(communities(participation)),
        participants=tuple(participants(people)),
        counts=tuple(participation_counts(participation)),
    )


def coaches(people: FormValues) -> list[tuple[PersonId, CoachRole]]:
    """The coaches and facilitators on the people tab, with their roles."""
    found = []
    for row in people.rows("coaches"):
        person = row.id("person_id")
        if person is not None:
            found.append((PersonId(person), row.choice("role", CoachRole, CoachRole.COACH)))
    return found


def participants(people: FormValues) -> list[PersonId]:
    """The registered participants on the people tab."""
    found = (row.id("person_id") for row in people.rows("participants"))
    return [PersonId(person) for person in found if person is not None]


def communities(participation: FormValues) -> list[str]:
    """The communities as typed: a blank one is a problem the rules report."""
    return [row.text("community") for row in participation.rows("communities")]


def participation_counts(participation: FormValues) -> list[ParticipationCount]:
    """The anonymous participants by gender, age band and community."""
    return [
        ParticipationCount(
            gender=row.choice("gender", Gender, Gender.UNDISCLOSED),
            count=row.number("count") or 0,
            age_band=row.optional_choice("age_band", AgeBand),
            community=row.optional_text("community"),
        )
        for row in participation.rows("counts")
    ]
