"""Committees (liaison and local prevention committees) and who sits on them."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import NewType, Protocol
from uuid import UUID

from scdesk.domain import limits
from scdesk.domain.people import CityId, PersonId
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

CommitteeId = NewType("CommitteeId", UUID)
MembershipId = NewType("MembershipId", UUID)


class CommitteeKind(StrEnum):
    LIAISON = "liaison"
    LOCAL_PREVENTION = "local_prevention"
    OTHER = "other"


class MemberRole(StrEnum):
    CHAIR = "chair"
    SECRETARY = "secretary"
    MEMBER = "member"
    OBSERVER = "observer"


@dataclass(frozen=True, slots=True)
class CommitteeInput:
    #: None until the user chooses it; saving needs it (committee_problems).
    city_id: CityId | None
    name: str
    kind: CommitteeKind = CommitteeKind.LOCAL_PREVENTION
    mandate: str | None = None
    #: The quorum rule: how many voting members (chair, secretary, members) must be present.
    quorum: int | None = None
    established_on: date | None = None
    language: str = "en"


@dataclass(frozen=True, slots=True)
class MembershipInput:
    committee_id: CommitteeId
    person_id: PersonId
    role: MemberRole = MemberRole.MEMBER
    starts_on: date | None = None
    ends_on: date | None = None


@dataclass(frozen=True, slots=True)
class MembershipEntry:
    """A seat on the committee as its record holds it: a new one when membership_id is None, or
    names no record yet (an id a spreadsheet brings)."""

    membership_id: MembershipId | None
    person_id: PersonId
    role: MemberRole = MemberRole.MEMBER
    starts_on: date | None = None
    ends_on: date | None = None


@dataclass(frozen=True, slots=True)
class CommitteeRecord:
    """A committee whole, as its form edits it and save_committee stores it: a new committee
    when committee_id is None, or names no record yet (an id a spreadsheet brings). Seats left
    out of memberships are removed."""

    committee_id: CommitteeId | None
    committee: CommitteeInput
    memberships: tuple[MembershipEntry, ...] = ()


class Term(Protocol):
    @property
    def starts_on(self) -> date | None: ...
    @property
    def ends_on(self) -> date | None: ...


def current_member_problems(current: Sequence[PersonId]) -> list[Problem]:
    """A person holds one current membership of a committee (past ones may repeat)."""
    if len(set(current)) == len(current):
        return []
    text = translate("Committees", "The same person is listed twice as a current member.")
    return [Problem("memberships", text)]


def committee_problems(committee: CommitteeInput, today: date) -> list[Problem]:
    problems = required_text("name", committee.name, translate("Committees", "Name"), limits.TITLE)
    problems += chosen(
        "city_id", committee.city_id, translate("Committees", "Choose the committee's city.")
    )
    problems += optional_text(
        "mandate", committee.mandate, translate("Committees", "Mandate"), limits.MANDATE
    )
    problems += not_negative("quorum", committee.quorum, translate("Committees", "Quorum"))
    problems += language_code("language", committee.language)
    if committee.established_on is not None and committee.established_on > today:
        text = translate("Committees", "The date the committee was established is in the future.")
        problems.append(Problem("established_on", text))
    return problems


def membership_problems(membership: Term) -> list[Problem]:
    return date_order("ends_on", membership.starts_on, membership.ends_on)


def committee_record_problems(record: CommitteeRecord, today: date) -> list[Problem]:
    """Every rule on a committee that needs nothing from the store: save_committee requires
    them inside its transaction, and the form shows them as the user types. A membership's
    problems are located in its row."""
    problems = committee_problems(record.committee, today)
    for row, entry in enumerate(record.memberships):
        problems += located(membership_problems(entry), Part.MEMBERSHIPS, row)
    current = [m.person_id for m in record.memberships if m.ends_on is None]
    return problems + current_member_problems(current)


def is_voting(role: MemberRole) -> bool:
    """Observers take no part in the quorum."""
    return role is not MemberRole.OBSERVER
