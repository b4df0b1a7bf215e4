"""National-local cooperation: what the hub raised for a city with a national body (a ministry,
a national commission), and what came of it."""

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from uuid import UUID

from scdesk.domain import limits
from scdesk.domain.people import CityId
from scdesk.domain.rules import Problem, chosen, optional_text, required_text
from scdesk.i18n import translate


class RaisingStatus(StrEnum):
    RAISED = "raised"
    ANSWERED = "answered"
    ACTED_ON = "acted_on"
    DECLINED = "declined"


#: The records a raising may have come from, by the field that links each (in the order the
#: list names the first one found).
SOURCE_FIELDS = ("finding_id", "plan_action_id", "meeting_id", "grant_id", "advice_id")


@dataclass(frozen=True, slots=True)
class RaisingInput:
    #: None only while a form has no city chosen yet (raising_problems says to choose one).
    city_id: CityId | None
    national_body: str
    raised_on: date | None
    subject: str
    status: RaisingStatus = RaisingStatus.RAISED
    outcome: str | None = None
    finding_id: UUID | None = None
    plan_action_id: UUID | None = None
    meeting_id: UUID | None = None
    grant_id: UUID | None = None
    advice_id: UUID | None = None


@dataclass(frozen=True, slots=True)
class RaisingRecord:
    """A raising as save_raising stores it: a new one when raising_id is None."""

    raising_id: UUID | None
    raising: RaisingInput


def raising_problems(raising: RaisingInput, today: date) -> list[Problem]:
    """The rules a raising meets on its own; that each linked record is of the raising's city
    needs the store, and save_raising checks it."""
    problems = chosen(
        "city_id",
        raising.city_id,
        translate("Cooperation", "Choose the city whose priority was raised."),
    )
    problems += required_text(
        "national_body",
        raising.national_body,
        translate("Cooperation", "National body"),
        limits.TITLE,
    )
    if raising.raised_on is None:
        problems.append(
            Problem("raised_on", translate("Cooperation", "Give the day it was raised."))
        )
    elif raising.raised_on > today:
        text = translate("Cooperation", "The day it was raised is in the future.")
        problems.append(Problem("raised_on", text))
    problems += required_text(
        "subject", raising.subject, translate("Cooperation", "What was raised"), limits.ITEM
    )
    problems += optional_text(
        "outcome", raising.outcome, translate("Cooperation", "Outcome"), limits.DOCUMENT
    )
    return problems
