"""A member city's committees in the demo: members, meetings, attendance, minutes and actions."""

import itertools
from datetime import date, timedelta

from scdesk.domain import meetings as mt
from scdesk.domain.committees import (
    CommitteeId,
    CommitteeInput,
    CommitteeKind,
    MemberRole,
    MembershipInput,
)
from scdesk.domain.people import PersonId
from scdesk.services import actions, committees, meetings
from scdesk.services import demo_content as text
from scdesk.services.demo_people import Town
from scdesk.services.demo_phrases import PHRASES, Phrases

_PRESENT, _APOLOGIES = mt.AttendanceStatus.PRESENT, mt.AttendanceStatus.APOLOGIES
_ABSENT = mt.AttendanceStatus.ABSENT
_COMMITTEE = mt.MeetingKind.COMMITTEE_MEETING


def run_committee(town: Town, kind: CommitteeKind, *, count: int, gap: int, offset: int) -> None:
    """Meetings every `gap` days, the last `offset` days ago, and one planned; their actions
    closed later, dropped or carried over; their minutes approved by the next meeting, except
    the latest (circulated or still a draft), and one approved set amended."""
    tx, rng, local = town.tx, town.rng, kind is CommitteeKind.LOCAL_PREVENTION
    words = town.words if local else PHRASES["en"]
    language = town.place.language if local else "en"
    began = town.day(offset + gap * count + 30)
    name = words.committee.format(city=town.local if local else town.name)
    mandate, quorum = text.MANDATES[kind], 5 if local else 4
    setup = CommitteeInput(town.city, name, kind, mandate, quorum, began, language)
    committee = committees.add_committee(tx, setup)
    seats = []
    for seat_kind, key, role, start, end in text.SEATS:
        if seat_kind == kind:
            starts = began + timedelta(days=int(start))
            ends = began + timedelta(days=int(end)) if end != "-" else None
            seat = MembershipInput(committee, town.who[key], MemberRole(role), starts, ends)
            committees.add_membership(tx, seat)
            seats.append(seat)
    held: list[tuple[mt.MeetingId, date]] = []
    opened: list[tuple[mt.ActionItemId, int]] = []
    for number in range(count):
        day = town.day(offset + gap * (count - 1 - number) + rng.randint(0, 3))
        cancelled = not local and number == 2
        title = words.meeting.format(n=number + 1)
        status = mt.MeetingStatus.CANCELLED if cancelled else mt.MeetingStatus.HELD
        summary = text.CANCELLED if cancelled else None
        meeting = hold_meeting(town, _COMMITTEE, title, day, language, status, committee, summary)
        if not cancelled:
            present = _committee_attendance(town, meeting, day, seats)
            _minutes_content(town, words, meeting, present, first=not held)
            for wording in rng.sample(words.actions, rng.randint(1, 3)):
                due = day + timedelta(days=rng.randint(14, 70))
                action = mt.ActionItemInput(wording, rng.choice(present), due)
                opened.append((actions.add_action_item(tx, meeting, action), len(held)))
            held.append((meeting, day))
    for action_id, at in opened:  # done or dropped at one of the next two meetings, or open
        roll, later = rng.random(), held[at + 1 : at + 3]
        if later and roll < 0.75:
            outcome = mt.ActionStatus.DONE if roll < 0.68 else mt.ActionStatus.DROPPED
            closing = later[int(roll * 10) % len(later)][0]
            actions.close_action_item(tx, action_id, outcome, closing, None)
    title = words.meeting.format(n=count + 1)
    day = town.day(offset - gap)
    planned = hold_meeting(
        town, _COMMITTEE, title, day, language, mt.MeetingStatus.PLANNED, committee
    )
    for item in (words.confirm, *rng.sample(words.items, 2), words.other_business):
        meetings.add_agenda(tx, planned, mt.AgendaItemInput(item[0]))
    for (meeting, day), (approving, _) in itertools.pairwise(held):
        meetings.circulate(tx, meeting, day + timedelta(days=7))
        meetings.approve(tx, meeting, approving)
    if local:
        meetings.circulate(tx, held[-1][0], held[-1][1] + timedelta(days=7))
    meetings.amend(tx, held[-2][0], *words.amendment, agreed_in_id=held[-1][0])


def hold_meeting(
    town: Town,
    kind: mt.MeetingKind,
    title: str,
    day: date,
    language: str,
    status: mt.MeetingStatus = mt.MeetingStatus.HELD,
    committee: CommitteeId | None = None,
    summary: str | None = None,
    *,
    hours: int = 2,
    venue: str | None = None,
) -> mt.MeetingId:
    """Committees meet in the council hall for two hours unless told otherwise."""
    venue = venue or f"Council hall, {town.name}"
    starts, ends = town.at(day), town.at(day, hours)
    meeting = mt.MeetingInput(
        kind, title, town.city, starts, ends, committee, venue, language, status, summary=summary
    )
    return meetings.add_meeting(town.tx, meeting)


def _committee_attendance(
    town: Town, meeting: mt.MeetingId, day: date, seats: list[MembershipInput]
) -> list[PersonId]:
    """Members seated on the day: mostly present, some apologies, a few absent; the chair
    always comes, and a coach sometimes reports on the youth programme."""
    rng, attendance = town.rng, []
    for seat in seats:
        if seat.starts_on is not None and seat.starts_on <= day <= (seat.ends_on or day):
            status = rng.choices((_PRESENT, _APOLOGIES, _ABSENT), weights=(80, 13, 7))[0]
            status = _PRESENT if seat.role is MemberRole.CHAIR else status
            role = mt.AttendanceRole(seat.role.value)
            attendance.append(mt.AttendanceInput(seat.person_id, status, role))
    if rng.random() < 0.4:
        attendance.append(
            mt.AttendanceInput(town.who["coach1"], _PRESENT, mt.AttendanceRole.SPEAKER)
        )
    meetings.set_attendance(town.tx, meeting, attendance, [], None)
    return [a.person_id for a in attendance if a.status is _PRESENT]


def _minutes_content(
    town: Town, words: Phrases, meeting: mt.MeetingId, present: list[PersonId], *, first: bool
) -> None:
    """The agenda as minuted: the last minutes confirmed, two or three items (the first of
    them often with sub-items), then any other business."""
    rng, tx = town.rng, town.tx
    items = [] if first else [words.confirm]
    items += [*rng.sample(words.items, rng.randint(2, 3)), words.other_business]
    nested = rng.random() < 0.7
    for position, (title, discussion, decision) in enumerate(items):
        presenter = present[0] if position == 0 else rng.choice(present)
        item = mt.AgendaItemInput(title, None, presenter, discussion, decision)
        parent = meetings.add_agenda(tx, meeting, item)
        if nested and position == (0 if first else 1):
            for sub_title, sub_discussion in rng.sample(words.subitems, rng.randint(1, 2)):
                sub = mt.AgendaItemInput(sub_title, parent, None, sub_discussion)
                meetings.add_agenda(tx, meeting, sub)
