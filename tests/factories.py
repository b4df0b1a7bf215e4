"""Arranging records through the services, as a user would make them."""

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any, TypeVar
from uuid import UUID

from scdesk.domain.activities import (
    ActivityId,
    ActivityInput,
    ActivityKind,
    ActivityRecord,
    SessionEntry,
)
from scdesk.domain.committees import (
    CommitteeId,
    CommitteeInput,
    CommitteeKind,
    CommitteeRecord,
    MemberRole,
    MembershipEntry,
)
from scdesk.domain.meetings import (
    ActionEntry,
    ActionItemId,
    ActionItemInput,
    AgendaEntry,
    AgendaItemId,
    AgendaItemInput,
    AttendanceInput,
    HeadcountInput,
    MeetingId,
    MeetingInput,
    MeetingKind,
    MeetingRecord,
    MeetingStatus,
)
from scdesk.domain.people import (
    CityId,
    ConsentForm,
    ConsentGiver,
    Gender,
    GroupTag,
    PersonId,
    PersonInput,
    PersonRecord,
    StakeholderType,
)
from scdesk.domain.places import CityInput, CityRecord
from scdesk.services import activities, committees, meetings, people, places
from scdesk.store.queries.activity_detail import activity_detail
from scdesk.store.queries.meeting_detail import stored_meeting_record
from scdesk.store.queries.record_detail import city_detail, committee_detail, person_detail
from scdesk.store.store import Store

T = TypeVar("T")

CONSENT: dict[str, Any] = {
    "consent_participation": True,
    "consent_by": ConsentGiver.SELF,
    "consent_form": ConsentForm.WRITTEN,
    "consent_on": date(2025, 1, 10),
}


def city(store: Store, name: str = "Mardan", country: str = "PK", **extra: Any) -> CityId:
    return places.save_city(store, CityRecord(None, CityInput(name, country, **extra))).id


def adult(**extra: Any) -> PersonInput:
    values: dict[str, Any] = {"name": "Ayesha Khan", "gender": Gender.FEMALE, "birth_year": 1985}
    return PersonInput(**(values | CONSENT | extra))


def person(store: Store, groups: tuple[GroupTag, ...] = (), **extra: Any) -> PersonId:
    return people.save_person(store, PersonRecord(None, adult(**extra), frozenset(groups))).id


def mayor(store: Store, city_id: CityId, name: str = "Himayat Ullah", **extra: Any) -> PersonId:
    values: dict[str, Any] = {
        "gender": Gender.MALE, "stakeholder_type": StakeholderType.MAYOR, "city_id": city_id,
    }  # fmt: skip
    return person(store, name=name, **(values | extra))


def committee(store: Store, city_id: CityId, name: str = "Liaison committee") -> CommitteeId:
    committee = CommitteeInput(city_id=city_id, name=name, kind=CommitteeKind.LIAISON)
    return committees.save_committee(store, CommitteeRecord(None, committee)).id


def at(year: int, month: int, day: int, hour: int = 10) -> datetime:
    return datetime(year, month, day, hour, tzinfo=UTC)


def meeting_input(city_id: CityId, **extra: Any) -> MeetingInput:
    base = MeetingInput(
        kind=MeetingKind.WORKSHOP,
        title="Regional workshop",
        city_id=city_id,
        starts_at=at(2026, 3, 2),
        status=MeetingStatus.HELD,
    )
    return replace(base, **extra)


def meeting(store: Store, city_id: CityId, **extra: Any) -> MeetingId:
    record = MeetingRecord(None, meeting_input(city_id, **extra))
    return meetings.save_meeting(store, record).id


def committee_meeting(
    store: Store, city_id: CityId, committee_id: CommitteeId, starts_at: datetime, **extra: Any
) -> MeetingId:
    values: dict[str, Any] = {
        "kind": MeetingKind.COMMITTEE_MEETING,
        "title": f"Committee meeting {starts_at:%B %Y}",
        "committee_id": committee_id,
        "starts_at": starts_at,
    }
    return meeting(store, city_id, **(values | extra))


def activity(store: Store, city_id: CityId, **extra: Any) -> ActivityId:
    base = ActivityInput(
        city_id=city_id,
        title="Cricket coaching",
        kind=ActivityKind.SPORTS,
        starts_on=date(2026, 4, 1),
        ends_on=date(2026, 4, 30),
        status=MeetingStatus.HELD,
    )
    return activities.save_activity(store, ActivityRecord(None, replace(base, **extra))).id


# ------------------------------------------------------------- changes, as a form makes them
# Each reads the record as its form would load it, changes one part and saves it whole through
# the one save function of its kind.
def change_meeting(store: Store, meeting_id: MeetingId, **changes: Any) -> MeetingRecord:
    """Change a meeting's details (`meeting=` a whole MeetingInput, or its fields) or its parts
    (attendees, headcounts, agenda, actions)."""
    with store.read() as session:
        record = stored_meeting_record(session, meeting_id)
    assert record is not None
    details = changes.pop("meeting", record.meeting)
    named = ("attendees", "headcounts", "agenda", "actions")
    parts: dict[str, Any] = {k: tuple(changes.pop(k)) for k in named if k in changes}
    changed = replace(record, meeting=replace(details, **changes), **parts)
    meetings.save_meeting(store, changed)
    return changed


def attend(
    store: Store,
    meeting_id: MeetingId,
    attendees: Sequence[AttendanceInput],
    headcounts: Sequence[HeadcountInput] = (),
    total: int | None = None,
) -> None:
    """The meeting's attendance, headcounts and stated total, as its Attendance tab saves them."""
    change_meeting(
        store, meeting_id, attendees=attendees, headcounts=headcounts, total_attendance=total
    )


def add_agenda_item(
    store: Store, meeting_id: MeetingId, item: AgendaItemInput, parent: AgendaItemId | None = None
) -> AgendaItemId:
    """A new item last among its siblings; returns its id."""
    with store.read() as session:
        record = stored_meeting_record(session, meeting_id)
    assert record is not None
    entry = AgendaEntry("new", None, str(parent) if parent else None, item)
    change_meeting(store, meeting_id, agenda=_after_siblings(record.agenda, entry))
    with store.read() as session:
        stored = stored_meeting_record(session, meeting_id)
    assert stored is not None
    known = {e.item_id for e in record.agenda}
    return next(e.item_id for e in stored.agenda if e.item_id not in known and e.item_id)


def _after_siblings(agenda: tuple[AgendaEntry, ...], entry: AgendaEntry) -> list[AgendaEntry]:
    """The agenda with entry placed after its parent's last sub-item (or last of all)."""
    entries = list(agenda)
    if entry.parent_key is None:
        return [*entries, entry]
    place = max(
        i for i, e in enumerate(entries) if entry.parent_key in (e.key, e.parent_key)
    )  # fmt: skip
    return [*entries[: place + 1], entry, *entries[place + 1 :]]


def add_action(store: Store, meeting_id: MeetingId, action: ActionItemInput) -> ActionItemId:
    """A new action agreed at the meeting; returns its id."""
    with store.read() as session:
        record = stored_meeting_record(session, meeting_id)
    assert record is not None
    change_meeting(store, meeting_id, actions=[*record.actions, ActionEntry(None, action)])
    with store.read() as session:
        stored = stored_meeting_record(session, meeting_id)
    assert stored is not None
    return stored.actions[-1].action_id or ActionItemId(UUID(int=0))


def change_person(store: Store, person_id: PersonId, **changes: Any) -> None:
    """Change a person's fields (or `groups=`), as their form saves them."""
    with store.read() as session:
        detail = person_detail(session, person_id)
    assert detail is not None
    groups = frozenset(changes.pop("groups", detail.groups))
    record = PersonRecord(person_id, replace(detail.person, **changes), groups)
    people.save_person(store, record)


def change_city(store: Store, city_id: CityId, **changes: Any) -> None:
    with store.read() as session:
        detail = city_detail(session, city_id)
    assert detail is not None
    places.save_city(store, CityRecord(city_id, replace(detail.city, **changes)))


def seat(
    store: Store,
    committee_id: CommitteeId,
    person_id: PersonId,
    role: MemberRole = MemberRole.MEMBER,
    starts_on: date | None = None,
    ends_on: date | None = None,
) -> None:
    """A person joins the committee, as its form saves them."""
    with store.read() as session:
        detail = committee_detail(session, committee_id)
    assert detail is not None
    seats = tuple(
        MembershipEntry(m.id, m.person_id, m.role, m.starts_on, m.ends_on)
        for m in detail.memberships
    )
    entry = MembershipEntry(None, person_id, role, starts_on, ends_on)
    record = CommitteeRecord(committee_id, detail.committee, (*seats, entry))
    committees.save_committee(store, record)


def change_activity(store: Store, activity_id: ActivityId, **parts: Any) -> ActivityRecord:
    """Change an activity's parts (sessions, coaches, communities, participants, counts) or
    (`activity=`) its details, as its form saves them."""
    with store.read() as session:
        detail = activity_detail(session, activity_id)
    assert detail is not None
    record = ActivityRecord(
        activity_id,
        detail.activity,
        tuple(SessionEntry(s.id, s.session) for s in detail.sessions),
        tuple((c.person_id, c.role) for c in detail.coaches),
        detail.communities,
        tuple(p.person_id for p in detail.participants),
        detail.counts,
    )
    given: dict[str, Any] = {k: v if k == "activity" else tuple(v) for k, v in parts.items()}
    changed = replace(record, **given)
    activities.save_activity(store, changed)
    return changed


def written(store: Store, action: Callable[..., T], *args: Any) -> T:
    """A tx-level service action in a transaction of its own, as a batch caller runs it."""
    with store.write() as tx:
        return action(tx, *args)
