"""A member city's committees in the demo: members, meetings, attendance, minutes and actions."""

import itertools
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from uuid import UUID

from scdesk.domain import meetings as mt
from scdesk.domain.committees import (
    CommitteeId,
    CommitteeInput,
    CommitteeKind,
    CommitteeRecord,
    MemberRole,
    MembershipEntry,
)
from scdesk.domain.people import PersonId
from scdesk.services import actions, committees, meetings
from scdesk.services import demo_content as text
from scdesk.services.demo_people import Town
from scdesk.services.demo_phrases import PHRASES, Phrases
from scdesk.store.models import ActionItem

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
    seats = []
    for seat_kind, key, role, start, end in text.SEATS:
        if seat_kind == kind:
            starts = began + timedelta(days=int(start))
            ends = began + timedelta(days=int(end)) if end != "-" else None
            seats.append(MembershipEntry(None, town.who[key], MemberRole(role), starts, ends))
    committee = committees.save_committee_in(tx, CommitteeRecord(None, setup, tuple(seats)))
    held: list[tuple[mt.MeetingId, date]] = []
    opened: list[tuple[UUID, int]] = []
    for number in range(count):
        day = town.day(offset + gap * (count - 1 - number) + rng.randint(0, 3))
        title = words.meeting.format(n=number + 1)
        if not local and number == 2:
            status, summary = mt.MeetingStatus.CANCELLED, text.CANCELLED
            hold_meeting(town, _COMMITTEE, title, day, language, status, committee, summary)
            continue
        attendance = _committee_attendance(town, day, seats)
        present = [a.person_id for a in attendance if a.status is _PRESENT]
        agenda = _minutes_content(town, words, present, first=not held)
        agreed = []
        for wording in rng.sample(words.actions, rng.randint(1, 3)):
            due = day + timedelta(days=rng.randint(14, 70))
            action = mt.ActionItemInput(wording, rng.choice(present), due)
            agreed.append(mt.ActionEntry(None, action))
        meeting = hold_meeting(
            town, _COMMITTEE, title, day, language, mt.MeetingStatus.HELD, committee,
            attendees=attendance, agenda=agenda, actions=agreed,
        )  # fmt: skip
        own = sorted(tx.linked(ActionItem, "meeting_id", meeting), key=lambda a: a.position)
        opened += [(a.id, len(held)) for a in own]
        held.append((meeting, day))
    for action_id, at in opened:  # done or dropped at one of the next two meetings, or open
        roll, later = rng.random(), held[at + 1 : at + 3]
        if later and roll < 0.75:
            outcome = mt.ActionStatus.DONE if roll < 0.68 else mt.ActionStatus.DROPPED
            closing = later[int(roll * 10) % len(later)][0]
            actions.close_action_in(tx, mt.ActionItemId(action_id), outcome, closing, None)
    title = words.meeting.format(n=count + 1)
    day = town.day(offset - gap)
    items = (words.confirm, *rng.sample(words.items, 2), words.other_business)
    hold_meeting(
        town, _COMMITTEE, title, day, language, mt.MeetingStatus.PLANNED, committee,
        agenda=[_entry(str(n), mt.AgendaItemInput(item[0])) for n, item in enumerate(items)],
    )  # fmt: skip
    for (meeting, day), (approving, _) in itertools.pairwise(held):
        meetings.circulate_minutes_in(tx, meeting, day + timedelta(days=7))
        meetings.approve_minutes_in(tx, meeting, approving)
    if local:
        meetings.circulate_minutes_in(tx, held[-1][0], held[-1][1] + timedelta(days=7))
    meetings.add_amendment_in(tx, held[-2][0], *words.amendment, agreed_in_id=held[-1][0])


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
    attendees: Sequence[mt.AttendanceInput] = (),
    headcounts: Sequence[mt.HeadcountInput] = (),
    agenda: Sequence[mt.AgendaEntry] = (),
    actions: Sequence[mt.ActionEntry] = (),
) -> mt.MeetingId:
    """A meeting saved whole, as its form would save it. Committees meet in the council hall
    for two hours unless told otherwise; the stated total is the people counted, when anyone
    was counted without a name."""
    venue = venue or f"Council hall, {town.name}"
    starts, ends = town.at(day), town.at(day, hours)
    present = sum(1 for a in attendees if a.status is _PRESENT)
    total = present + sum(c.count for c in headcounts) if headcounts else None
    meeting = mt.MeetingInput(
        kind, title, town.city, starts, ends, committee, venue, language, status, total, summary
    )
    record = mt.MeetingRecord(
        None, meeting, tuple(attendees), tuple(headcounts), tuple(agenda), tuple(actions)
    )
    return meetings.save_meeting_in(town.tx, record)


def _entry(key: str, item: mt.AgendaItemInput, parent: str | None = None) -> mt.AgendaEntry:
    return mt.AgendaEntry(key, None, parent, item)


def _committee_attendance(
    town: Town, day: date, seats: list[MembershipEntry]
) -> list[mt.AttendanceInput]:
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
    return _stand_in_secretary(attendance)


def _stand_in_secretary(attendance: list[mt.AttendanceInput]) -> list[mt.AttendanceInput]:
    """When the committee's secretary is away, the first member present takes the minutes."""
    secretary, member = mt.AttendanceRole.SECRETARY, mt.AttendanceRole.MEMBER
    if all(a.status is _PRESENT for a in attendance if a.role is secretary):
        return attendance
    stand_in = next((a for a in attendance if a.role is member and a.status is _PRESENT), None)
    return [
        replace(a, role=member) if a.role is secretary
        else replace(a, role=secretary) if a is stand_in
        else a
        for a in attendance
    ]  # fmt: skip


def _minutes_content(
    town: Town, words: Phrases, present: list[PersonId], *, first: bool
) -> list[mt.AgendaEntry]:
    """The agenda as minuted: the last minutes confirmed, two or three items (the first of
    them often with sub-items), then any other business."""
    rng, agenda = town.rng, []
    items = [] if first else [words.confirm]
    items += [*rng.sample(words.items, rng.randint(2, 3)), words.other_business]
    nested = rng.random() < 0.7
    for position, (title, discussion, decision) in enumerate(items):
        presenter = present[0] if position == 0 else rng.choice(present)
        key = str(position)
        agenda.append(_entry(key, mt.AgendaItemInput(title, None, presenter, discussion, decision)))
        if nested and position == (0 if first else 1):
            for sub_title, sub_discussion in rng.sample(words.subitems, rng.randint(1, 2)):
                sub = mt.AgendaItemInput(sub_title, None, None, sub_discussion)
                agenda.append(_entry(f"{key}.{len(agenda)}", sub, key))
    return agenda
