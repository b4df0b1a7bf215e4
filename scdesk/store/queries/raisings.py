"""The Cooperation page's list: what was raised for each city with which national body, what
came of it and what it came from; and the records of a city a raising may come from."""

from dataclasses import dataclass
from datetime import date
from typing import Any
from uuid import UUID

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from scdesk.domain.cooperation import SOURCE_FIELDS, RaisingInput, RaisingStatus
from scdesk.domain.people import CityId
from scdesk.store.models import (
    City,
    ConsultationFinding,
    ExpertAdvice,
    Meeting,
    NationalRaising,
    PlanAction,
    PreventionPlan,
    SupportGrant,
)
from scdesk.store.queries.record_names import record_names

#: The table each link of a raising names, by its field.
SOURCE_TABLES: dict[str, Any] = {
    "finding_id": ConsultationFinding,
    "plan_action_id": PlanAction,
    "meeting_id": Meeting,
    "grant_id": SupportGrant,
    "advice_id": ExpertAdvice,
}


@dataclass(frozen=True, slots=True)
class RaisingFilter:
    """Every raising, or those of one city, national body (as typed, any case) and status,
    raised within the period; search finds a text in the body, what was raised or the outcome."""

    city_id: UUID | None = None
    national_body: str | None = None
    status: RaisingStatus | None = None
    period_from: date | None = None
    period_to: date | None = None
    search: str = ""


@dataclass(frozen=True, slots=True)
class Source:
    """A record a raising came from: its table (a record kind, such as support_grant) and name."""

    field: str
    id: UUID
    table: str
    name: str


@dataclass(frozen=True, slots=True)
class RaisingRow:
    id: UUID
    city: str
    national_body: str
    raised_on: date
    subject: str
    status: RaisingStatus
    outcome: str | None
    #: The first record it came from (in SOURCE_FIELDS order), if any.
    source: Source | None


def raising_rows(session: Session, wanted: RaisingFilter) -> list[RaisingRow]:
    """Live raisings, the latest first."""
    statement = (
        select(NationalRaising, City.name.label("city"))
        .join(City, City.id == NationalRaising.city_id)
        .where(NationalRaising.deleted.is_(False))
    )
    if wanted.city_id is not None:
        statement = statement.where(NationalRaising.city_id == wanted.city_id)
    if wanted.national_body:
        body = _escaped(wanted.national_body.strip())
        statement = statement.where(NationalRaising.national_body.ilike(body, escape="\\"))
    if wanted.status is not None:
        statement = statement.where(NationalRaising.status == wanted.status)
    if wanted.period_from is not None:
        statement = statement.where(NationalRaising.raised_on >= wanted.period_from)
    if wanted.period_to is not None:
        statement = statement.where(NationalRaising.raised_on <= wanted.period_to)
    if wanted.search.strip():
        typed = f"%{_escaped(wanted.search.strip())}%"
        searched = (NationalRaising.national_body, NationalRaising.subject, NationalRaising.outcome)
        statement = statement.where(or_(*(c.ilike(typed, escape="\\") for c in searched)))
    order = (NationalRaising.raised_on.desc(), City.name, NationalRaising.id)
    found = [(row.NationalRaising, row.city) for row in session.execute(statement.order_by(*order))]
    sources = _sources(session, [raising for raising, _ in found])
    return [
        RaisingRow(
            raising.id,
            city,
            raising.national_body,
            raising.raised_on,
            raising.subject,
            raising.status,
            raising.outcome,
            sources.get(raising.id),
        )
        for raising, city in found
    ]


def national_bodies(session: Session) -> list[str]:
    """The national bodies of live raisings, each once, by name."""
    query = select(NationalRaising.national_body).where(NationalRaising.deleted.is_(False))
    bodies = {body.strip(): None for body in session.scalars(query.distinct())}
    return sorted(bodies, key=lambda body: (body.casefold(), body))


def raising_input(session: Session, raising_id: UUID) -> RaisingInput | None:
    """A stored raising as its form edits it; None when it is gone."""
    raising = session.get(NationalRaising, raising_id)
    if raising is None or raising.deleted:
        return None
    return RaisingInput(
        CityId(raising.city_id),
        raising.national_body,
        raising.raised_on,
        raising.subject,
        raising.status,
        raising.outcome,
        **{field: getattr(raising, field) for field in SOURCE_FIELDS},
    )


def source_choices(session: Session, city_id: UUID) -> list[Source]:
    """The live records of a city a raising may come from, kind by kind (SOURCE_FIELDS order),
    each kind by name."""
    found: list[Source] = []
    for field, model in SOURCE_TABLES.items():
        query = select(model.id).where(model.deleted.is_(False), _city_column(model) == city_id)
        if model is PlanAction:
            query = query.join(PreventionPlan, PreventionPlan.id == PlanAction.plan_id)
        ids = list(session.scalars(query))
        table = model.__tablename__
        names = record_names(session, table, ids)
        found += sorted(
            (Source(field, record_id, table, names.get(record_id, "")) for record_id in ids),
            key=lambda s: (s.name.casefold(), str(s.id)),
        )
    return found


def _city_column(model: Any) -> Any:
    """The column that names the city of a record a raising may come from (a plan action's is
    its plan's)."""
    return PreventionPlan.city_id if model is PlanAction else model.city_id


def _sources(session: Session, raisings: list[NationalRaising]) -> dict[UUID, Source]:
    wanted: dict[UUID, tuple[str, UUID]] = {}
    for raising in raisings:
        for field in SOURCE_FIELDS:
            linked = getattr(raising, field)
            if linked is not None:
                wanted[raising.id] = (field, linked)
                break
    names: dict[UUID, str] = {}
    for field, model in SOURCE_TABLES.items():
        ids = [linked for f, linked in wanted.values() if f == field]
        names.update(record_names(session, model.__tablename__, ids))
    return {
        raising_id: Source(field, linked, SOURCE_TABLES[field].__tablename__, names.get(linked, ""))
        for raising_id, (field, linked) in wanted.items()
    }


def _escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
