"""The priorities the hub adds beside the fixed ones a consultation's findings may raise, such as
"social media hate speech"; a retired one stays on the findings that name it."""

from dataclasses import dataclass
from typing import NewType
from uuid import UUID

from scdesk.domain import limits
from scdesk.domain.devices import DeviceRole
from scdesk.domain.rules import Problem, optional_text, required_text
from scdesk.i18n import translate

HubPriorityId = NewType("HubPriorityId", UUID)


@dataclass(frozen=True, slots=True)
class HubPriorityInput:
    #: In the hub's words, as the findings editor and the reports show it.
    name: str
    description: str | None = None
    #: A retired priority is no longer offered for new findings; those that name it keep it.
    retired: bool = False


@dataclass(frozen=True, slots=True)
class HubPriorityRecord:
    """A priority as save_priority stores it: a new one when priority_id is None or names no
    record yet (then it is made with that id)."""

    priority_id: HubPriorityId | None
    priority: HubPriorityInput


def priority_problems(priority: HubPriorityInput) -> list[Problem]:
    problems = required_text("name", priority.name, translate("Priorities", "Name"), limits.TITLE)
    problems += optional_text(
        "description", priority.description, translate("Priorities", "Description"), limits.PASSAGE
    )
    return problems


def adding_problems(role: DeviceRole, configured: bool) -> list[Problem]:
    """Only the hub adds or changes priorities, so that every city's findings speak of the same
    ones; a store not set up yet (a demo, a first import) has no role to refuse."""
    if role is DeviceRole.OFFICER and configured:
        text = translate(
            "Priorities", "Only the hub adds or changes priorities: ask the hub to add this one."
        )
        return [Problem("name", text)]
    return []


def chosen_priority_problems(retired: bool | None, kept: bool) -> list[Problem]:
    """The rule on a finding's hub priority: one the hub has (retired is None when it has no
    such priority), and not retired unless the finding named it already (kept)."""
    if retired is None:
        text = translate("Priorities", "The priority chosen is not one the hub has added.")
        return [Problem("priority_id", text)]
    if retired and not kept:
        text = translate(
            "Priorities", "The hub has retired this priority: choose another for a new finding."
        )
        return [Problem("priority_id", text)]
    return []
