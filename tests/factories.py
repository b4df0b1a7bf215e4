"""Arranging records through the services, as a user would make them."""

from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

from scdesk.domain.activities import ActivityId, ActivityInput, ActivityKind
from scdesk.domain.committees import CommitteeId, CommitteeInput, CommitteeKind
from scdesk.domain.meetings import MeetingId, MeetingInput, MeetingKind, MeetingStatus
from scdesk.domain.people import (
    CityId,
    ConsentForm,
    ConsentGiver,
    Gender,
    GroupTag,
    PersonId,
    PersonInput,
    StakeholderType,
)
from scdesk.domain.places import CityInput
from scdesk.services import activities, committees, meetings, people, places
from scdesk.store.store import Store

CONSENT: dict[str, Any] = {
    "consent_participation": True,
    "consent_by": ConsentGiver.SELF,
    "consent_form": ConsentForm.WRITTEN,
    "consent_on": date(2025, 1, 10),
}


def city(store: Store, name: str = "Mardan", country: str = "PK", **extra: Any) -> CityId:
    return places.create_city(store, CityInput(name=name, country=country, **extra))


def adult(**extra: Any) -> PersonInput:
    values: dict[str, Any] = {"name": "Ayesha Khan", "gender": Gender.FEMALE, "birth_year": 1985}
    return PersonInput(**(values | CONSENT | extra))


def person(store: Store, groups: tuple[GroupTag, ...] = (), **extra: Any) -> PersonId:
    return people.create_person(store, adult(**extra), groups)


def mayor(store: Store, city_id: CityId, name: str = "Himayat Ullah", **extra: Any) -> PersonId:
    values: dict[str, Any] = {
        "gender": Gender.MALE, "stakeholder_type": StakeholderType.MAYOR, "city_id": city_id,
    }  # fmt: skip
    return person(store, name=name, **(values | extra))


def committee(store: Store, city_id: CityId, name: str = "Liaison committee") -> CommitteeId:
    return committees.create_committee(
        store, CommitteeInput(city_id=city_id, name=name, kind=CommitteeKind.LIAISON)
    )


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
    return meetings.create_meeting(store, meeting_input(city_id, **extra))


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
    return activities.create_activity(store, replace(base, **extra))
