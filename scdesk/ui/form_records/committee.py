"""The committee form's state read as the record save_committee takes."""

from uuid import UUID

from scdesk.domain.committees import (
    CommitteeId,
    CommitteeInput,
    CommitteeKind,
    CommitteeRecord,
    MemberRole,
    MembershipEntry,
    MembershipId,
)
from scdesk.domain.people import CityId, PersonId
from scdesk.ui.form_records.values import FormValues, State


def committee_record(state: State, committee_id: UUID | None) -> CommitteeRecord:
    """The record to save, as the form holds it; its problems are the record's own (a committee
    with no city chosen yet among them)."""
    values = FormValues(state)
    city = values.id("city_id")
    committee = CommitteeInput(
        city_id=CityId(city) if city else None,
        name=values.text("name").strip(),
        kind=values.choice("kind", CommitteeKind, CommitteeKind.OTHER),
        mandate=values.optional_text("mandate"),
        quorum=values.number("quorum"),
        established_on=values.day("established_on"),
        language=values.text("language") or "en",
    )
    memberships = []
    for row in values.rows("memberships"):
        person, membership = row.id("person_id"), row.id("membership_id")
        if person is None:
            continue
        memberships.append(
            MembershipEntry(
                membership_id=MembershipId(membership) if membership else None,
                person_id=PersonId(person),
                role=row.choice("role", MemberRole, MemberRole.MEMBER),
                starts_on=row.day("starts_on"),
                ends_on=row.day("ends_on"),
            )
        )
    return CommitteeRecord(
        CommitteeId(committee_id) if committee_id else None, committee, tuple(memberships)
    )
