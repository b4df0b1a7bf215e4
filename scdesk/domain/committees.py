"""Committees (liaison and local prevention committees) and who sits on them."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import NewType
from uuid import UUID

from scdesk.domain import limits
from scdesk.domain.people import CityId, PersonId
from scdesk.domain.rules import (
    Problem,
    date_order,
    language_code,
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
    city_id: CityId
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


def current_member_problems(current: Sequence[PersonId]) -> list[Problem]:
    """A person holds one current membership of a committee (past ones may repeat)."""
    if len(set(current)) == len(current):
        return []
    text = translate("Committees", "The same person is listed twice as a current member.")
    return [Problem("memberships", text)]


def committee_problems(committee: CommitteeInput, today: date) -> list[Problem]:
    problems = required_text("name", committee.name, translate("Committees", "Name"), limits.TITLE)
    problems += optional_text(
        "mandate", committee.mandate, translate("Committees", "Mandate"), limits.MANDATE
    )
    problems += not_negative("quorum", committee.quorum, translate("Committees", "Quorum"))
    problems += language_code("language", committee.language)
    if committee.established_on is not None and committee.established_on > today:
        text = translate("Committees", "The date the committee was established is in the future.")
        problems.append(Problem("established_on", text))
    return problems


def membership_problems(membership: MembershipInput) -> list[Problem]:
    return date_order("ends_on", membership.starts_on, membership.ends_on)


def is_voting(role: MemberRole) -> bool:
    """Observers take no part in the quorum."""
    return role is not MemberRole.OBSERVER
