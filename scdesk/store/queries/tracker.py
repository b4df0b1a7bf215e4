"""The open actions of every committee (or of a city's), for the action tracker, with the actions
of each city's adopted prevention plan beside them."""

from dataclasses import dataclass
from datetime import date
from uuid import UUID

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from scdesk.domain.meetings import ActionStatus, MeetingStatus
from scdesk.domain.people import consent_withdrawn, shown_owner
from scdesk.domain.plans import PlanActionStatus, PlanStatus
from scdesk.store.models import (
    ActionItem,
    City,
    Committee,
    Meeting,
    Organisation,
    Person,
    PlanAction,
    PreventionPlan,
)

#: A plan's actions still to do: not done, not dropped.
_PLAN_OPEN = (PlanActionStatus.PLANNED, PlanActionStatus.IN_PROGRESS, PlanActionStatus.DELAYED)


@dataclass(frozen=True, slots=True)
class OpenAction:
    id: UUID
    text: str
    owner: str | None
    owner_withdrawn: bool
    due_on: date | None
    opened_on: date
    opened_in: str
    committee_id: UUID | None
    committee: str | None
    committee_language: str | None
    city: str
    city_local: str | None
    country: str
    #: An action of a city's adopted prevention plan: the plan's version (its title in
    #: committee, its id in committee_id); None for a committee's action.
    plan_version: int | None = None


def open_actions(
    session: Session,
    *,
    today: date,
    city_id: UUID | None = None,
    committee_id: UUID | None = None,
) -> list[OpenAction]:
    """Actions still open, of meetings that were held, by committee then due date (undated
    last) then the meeting that opened them."""
    conditions: list[ColumnElement[bool]] = [
        ActionItem.deleted.is_(False),
        ActionItem.status == ActionStatus.OPEN,
        Meeting.deleted.is_(False),
        Meeting.status == MeetingStatus.HELD,
    ]
    if city_id is not None:
        conditions.append(Meeting.city_id == city_id)
    if committee_id is not None:
        conditions.append(Meeting.committee_id == committee_id)
    rows = session.execute(
        select(
            ActionItem,
            Meeting.title,
            Meeting.starts_at,
            Meeting.committee_id,
            Committee.name,
            Committee.language,
            City.name,
            City.name_local,
            City.country,
            Person.name,
            Person.consent_withdrawn_on,
        )
        .join(Meeting, ActionItem.meeting_id == Meeting.id)
        .join(City, Meeting.city_id == City.id)
        .outerjoin(Committee, Meeting.committee_id == Committee.id)
        .outerjoin(Person, ActionItem.owner_id == Person.id)
        .where(*conditions)
    ).all()
    found = [
        OpenAction(
            id=action.id,
            text=action.text,
            owner=owner,
            owner_withdrawn=consent_withdrawn(withdrawn, today),
            due_on=action.due_on,
            opened_on=starts.date(),
            opened_in=title,
            committee_id=committee,
            committee=committee_name,
            committee_language=language,
            city=city,
            city_local=city_local,
            country=country,
        )
        for (
            action, title, starts, committee, committee_name, language, city, city_local,
            country, owner, withdrawn,
        ) in rows
    ]  # fmt: skip
    if committee_id is None:
        found += _plan_actions(session, today, city_id)
    return sorted(
        found,
        key=lambda a: (
            a.country,
            a.city,
            a.committee is None,
            a.committee or "",
            a.due_on is None,
            a.due_on or date.max,
            a.opened_on,
            str(a.id),
        ),
    )


def _plan_actions(session: Session, today: date, city_id: UUID | None) -> list[OpenAction]:
    """The open actions of each city's adopted prevention plan, grouped as the plan (its title
    and version) in the place of a committee, opened on the day it was adopted."""
    conditions: list[ColumnElement[bool]] = [
        PlanAction.deleted.is_(False),
        PlanAction.status.in_(_PLAN_OPEN),
        PreventionPlan.deleted.is_(False),
        PreventionPlan.status == PlanStatus.ADOPTED,
    ]
    if city_id is not None:
        conditions.append(PreventionPlan.city_id == city_id)
    rows = session.execute(
        select(
            PlanAction,
            PreventionPlan.id,
            PreventionPlan.title,
            PreventionPlan.version,
            PreventionPlan.adopted_on,
            City.name,
            City.name_local,
            City.country,
            Person.name,
            Person.consent_withdrawn_on,
            Organisation.name,
        )
        .join(PreventionPlan, PlanAction.plan_id == PreventionPlan.id)
        .join(City, PreventionPlan.city_id == City.id)
        .outerjoin(Person, PlanAction.owner_id == Person.id)
        .outerjoin(Organisation, PlanAction.owner_organisation_id == Organisation.id)
        .where(*conditions)
    ).all()
    found = []
    for (
        action, plan, title, version, adopted, city, city_local, country, person, withdrawn,
        organisation,
    ) in rows:  # fmt: skip
        owner, hidden = shown_owner(person, withdrawn, organisation, today)
        found.append(OpenAction(
            id=action.id, text=action.text, owner=owner, owner_withdrawn=hidden,
            due_on=action.due_on, opened_on=action.starts_on or adopted or today,
            opened_in=title, committee_id=plan, committee=title,
            committee_language=None, plan_version=version, city=city, city_local=city_local,
            country=country,
        ))  # fmt: skip
    return found
