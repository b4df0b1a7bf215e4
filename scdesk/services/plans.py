"""Consultation findings, and a city's versioned risk profile and prevention plan, each version
saved whole."""

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date
from enum import StrEnum
from typing import Any, TypeVar
from uuid import UUID

from scdesk.domain.errors import NotFoundError
from scdesk.domain.identity import derived_id
from scdesk.domain.meetings import MeetingId
from scdesk.domain.plans import (
    FindingEntry,
    FindingId,
    FindingInput,
    FindingRecord,
    ObjectiveEntry,
    ObjectiveId,
    PlanHeader,
    PlanStatus,
    PreventionPlanId,
    PreventionPlanRecord,
    RiskProfileId,
    RiskProfileRecord,
    adoption_problems,
    findings_problems,
    prevention_plan_record_problems,
    risk_profile_record_problems,
)
from scdesk.domain.priorities import chosen_priority_problems
from scdesk.domain.rules import InvalidRecordError, Part, Problem, located, require
from scdesk.i18n import translate
from scdesk.services.saved import Saved
from scdesk.store.models import (
    City,
    ConsultationFinding,
    HubPriority,
    Meeting,
    Organisation,
    Person,
    PlanAction,
    PlanObjective,
    PlanSource,
    PreventionPlan,
    RiskFactor,
    RiskProfile,
    RiskProfileSource,
)
from scdesk.store.queries.plan_lists import CityPlans, city_plans
from scdesk.store.queries.plan_records import prevention_plan_record, risk_profile_record
from scdesk.store.shapes import values_of
from scdesk.store.store import Store
from scdesk.store.writer import WriteTx

Document = type[RiskProfile] | type[PreventionPlan]


def save_findings_in(tx: WriteTx, meeting_id: MeetingId, findings: Sequence[FindingEntry]) -> None:
    """A consultation's findings whole, its rules checked here: findings keep their ids and
    follow the given order, new ones are added, those left out are deleted; all belong to the
    meeting's city."""
    meeting = tx.get(Meeting, meeting_id)
    require(findings_problems(meeting.kind, findings))
    before = {f.id: f.priority_id for f in tx.linked(ConsultationFinding, "meeting_id", meeting_id)}
    require(_hub_priority_problems(tx, findings, before))
    stored = set(before)
    kept: set[UUID] = set()
    for position, entry in enumerate(findings, start=1):
        values = values_of(entry.finding) | {"position": position, "city_id": meeting.city_id}
        if entry.finding_id is not None and entry.finding_id in stored:
            tx.update(ConsultationFinding, entry.finding_id, values)
            kept.add(entry.finding_id)
        else:
            tx.create(ConsultationFinding, values | {"meeting_id": meeting_id})
    for gone in stored - kept:
        tx.delete(ConsultationFinding, gone)


def _hub_priority_problems(
    tx: WriteTx, findings: Sequence[FindingEntry], before: Mapping[UUID, UUID | None]
) -> list[Problem]:
    """Each finding's hub priority is one the hub has, and not retired unless the finding named
    it already (before: the stored findings' priorities), located by the finding's row."""
    wanted = {e.finding.priority_id for e in findings if e.finding.priority_id is not None}
    if not wanted:
        return []
    known = tx.get_many(HubPriority, wanted)
    problems: list[Problem] = []
    for row, entry in enumerate(findings):
        chosen = entry.finding.priority_id
        if chosen is None:
            continue
        found = known.get(chosen)
        kept = entry.finding_id is not None and before.get(entry.finding_id) == chosen
        retired = None if found is None else found.retired
        problems += located(chosen_priority_problems(retired, kept), Part.FINDINGS, row)
    return problems


class PlanKind(StrEnum):
    """The two versioned documents of a city (their form names)."""

    RISK_PROFILE = "risk_profile"
    PLAN = "plan"


_MODELS: dict[PlanKind, Document] = {
    PlanKind.RISK_PROFILE: RiskProfile,
    PlanKind.PLAN: PreventionPlan,
}


def add_finding_in(tx: WriteTx, meeting_id: MeetingId, finding: FindingInput) -> FindingId:
    """What a consultation found about a city's needs; it belongs to the meeting's city."""
    return save_finding_in(tx, FindingRecord(None, meeting_id, finding))


def save_finding_in(tx: WriteTx, record: FindingRecord) -> FindingId:
    """Every rule on the finding is checked here, inside the transaction that writes it (only a
    consultation has findings, as its form's save checks). A new finding comes last in its
    consultation and belongs to the meeting's city; a stored one keeps
    its place and its consultation."""
    meeting = tx.get(Meeting, record.meeting_id)
    given = record.finding_id
    entry = FindingEntry(given, record.finding)
    require(findings_problems(meeting.kind, [entry]))
    new = given is None or tx.unclaimed(ConsultationFinding, given)
    before: dict[UUID, UUID | None] = {}
    if given is not None and not new:
        before[given] = tx.get(ConsultationFinding, given).priority_id
    require(_hub_priority_problems(tx, [entry], before))
    if given is None or new:
        values = values_of(record.finding) | {
            "meeting_id": record.meeting_id,
            "city_id": meeting.city_id,
            "position": tx.next_number(ConsultationFinding, meeting_id=record.meeting_id),
        }
        return FindingId(tx.create(ConsultationFinding, values, record_id=given))
    stored = tx.get(ConsultationFinding, given)
    if stored.meeting_id != record.meeting_id:
        text = translate(
            "Plans", "This finding belongs to another consultation: leave its id empty to add it "
            "to this one.",
        )  # fmt: skip
        require([Problem("meeting_id", text)])
    tx.update(ConsultationFinding, given, values_of(record.finding))
    return given


def save_risk_profile_in(tx: WriteTx, record: RiskProfileRecord) -> RiskProfileId:
    """Every rule on the profile is checked here, inside the transaction that writes it; an
    adopted or superseded version is changed only by starting a new one. Factors keep their
    ids and follow the record's order; factors left out are deleted."""
    require(risk_profile_record_problems(record))
    header = record.header
    tx.check(City, header.city_id)
    new = _is_new(tx, RiskProfile, record.profile_id)
    if new:
        profile_id = RiskProfileId(_add_document(tx, RiskProfile, header, {}, record.profile_id))
    else:
        assert record.profile_id is not None  # noqa: S101 - a stored version has its id
        profile_id = record.profile_id
        _require_draft(tx.get(RiskProfile, profile_id))
        tx.update(RiskProfile, profile_id, _editable(header))
    _link_sources(tx, RiskProfileSource, "profile_id", profile_id, record.sources)
    stored = set() if new else {f.id for f in tx.linked(RiskFactor, "profile_id", profile_id)}
    kept: set[UUID] = set()
    for position, entry in enumerate(record.factors, start=1):
        values = values_of(entry.factor) | {"position": position}
        if entry.factor_id is not None and entry.factor_id in stored:
            tx.update(RiskFactor, entry.factor_id, values)
            kept.add(entry.factor_id)
        else:
            given = _claimable(tx, RiskFactor, entry.factor_id)
            kept.add(tx.create(RiskFactor, values | {"profile_id": profile_id}, record_id=given))
    for gone in stored - kept:
        tx.delete(RiskFactor, gone)
    return profile_id


def save_prevention_plan_in(tx: WriteTx, record: PreventionPlanRecord) -> PreventionPlanId:
    """Every rule on the plan is checked here, inside the transaction that writes it; an
    adopted or superseded version is changed only by starting a new one. Objectives and actions
    keep their ids and follow the record's order; those left out are deleted."""
    require(prevention_plan_record_problems(record))
    header = record.header
    tx.check(City, header.city_id)
    if record.risk_profile_id is not None:
        profile = tx.get(RiskProfile, record.risk_profile_id)
        if profile.city_id != header.city_id:
            text = translate("Plans", "The plan and its risk profile belong to different cities.")
            require([Problem("risk_profile_id", text)])
    new = _is_new(tx, PreventionPlan, record.plan_id)
    linked: dict[str, object] = {"risk_profile_id": record.risk_profile_id}
    if new:
        plan_id = PreventionPlanId(
            _add_document(tx, PreventionPlan, header, linked, record.plan_id)
        )
    else:
        assert record.plan_id is not None  # noqa: S101 - a stored version has its id
        plan_id = record.plan_id
        _require_draft(tx.get(PreventionPlan, plan_id))
        tx.update(PreventionPlan, plan_id, _editable(header) | linked)
    _link_sources(tx, PlanSource, "plan_id", plan_id, record.sources)
    objectives = _save_objectives(tx, plan_id, record.objectives, new=new)
    stored = set() if new else {a.id for a in tx.linked(PlanAction, "plan_id", plan_id)}
    kept: set[UUID] = set()
    for position, entry in enumerate(record.actions, start=1):
        action = entry.action
        if action.owner_id is not None:
            tx.check(Person, action.owner_id)
        if action.owner_organisation_id is not None:
            tx.check(Organisation, action.owner_organisation_id)
        objective = objectives[entry.objective_key] if entry.objective_key is not None else None
        values = values_of(replace(action, objective_id=objective)) | {"position": position}
        if entry.action_id is not None and entry.action_id in stored:
            tx.update(PlanAction, entry.action_id, values)
            kept.add(entry.action_id)
        else:
            given = _claimable(tx, PlanAction, entry.action_id)
            kept.add(tx.create(PlanAction, values | {"plan_id": plan_id}, record_id=given))
    for gone in stored - kept:
        tx.delete(PlanAction, gone)
    return plan_id


def _save_objectives(
    tx: WriteTx, plan_id: PreventionPlanId, entries: Sequence[ObjectiveEntry], *, new: bool
) -> dict[str, ObjectiveId]:
    stored = set() if new else {o.id for o in tx.linked(PlanObjective, "plan_id", plan_id)}
    ids: dict[str, ObjectiveId] = {}
    for position, entry in enumerate(entries, start=1):
        values = {"text": entry.text, "position": position}
        if entry.objective_id is not None and entry.objective_id in stored:
            tx.update(PlanObjective, entry.objective_id, values)
            ids[entry.key] = entry.objective_id
        else:
            given = _claimable(tx, PlanObjective, entry.objective_id)
            created = tx.create(PlanObjective, values | {"plan_id": plan_id}, record_id=given)
            ids[entry.key] = ObjectiveId(created)
    for gone in stored - set(ids.values()):
        tx.delete(PlanObjective, gone)
    return ids


def adopt_in(tx: WriteTx, model: Document, document_id: UUID, on: date) -> None:
    document = tx.get(model, document_id)
    _require_draft(document)
    require(adoption_problems(on, document.review_on, tx.today))
    for other in tx.linked(model, "city_id", document.city_id):
        if other.status is PlanStatus.ADOPTED:
            tx.update(model, other.id, {"status": PlanStatus.SUPERSEDED})
    tx.update(model, document.id, {"status": PlanStatus.ADOPTED, "adopted_on": on})


def new_risk_profile_version_in(tx: WriteTx, profile_id: RiskProfileId) -> RiskProfileId:
    """A draft copy of a profile, with its factors and sources, to edit into the next version."""
    source = risk_profile_record(tx.reader(), profile_id)
    if source is None:
        raise NotFoundError()
    factors = tuple(replace(entry, factor_id=None) for entry in source.factors)
    copy = replace(source, profile_id=None, header=_draft(source.header), factors=factors)
    return save_risk_profile_in(tx, copy)


def new_plan_version_in(tx: WriteTx, plan_id: PreventionPlanId) -> PreventionPlanId:
    """A draft copy of a plan, with its objectives, actions and sources, to edit."""
    source = prevention_plan_record(tx.reader(), plan_id)
    if source is None:
        raise NotFoundError()
    copy = replace(
        source,
        plan_id=None,
        header=_draft(source.header),
        objectives=tuple(replace(entry, objective_id=None) for entry in source.objectives),
        actions=tuple(replace(entry, action_id=None) for entry in source.actions),
    )
    return save_prevention_plan_in(tx, copy)


def _draft(header: PlanHeader) -> PlanHeader:
    return replace(header, status=PlanStatus.DRAFT, adopted_on=None)


def _editable(header: PlanHeader) -> dict[str, Any]:
    """What a save changes of a draft's header: adopting it is an action of its own."""
    return {"title": header.title, "review_on": header.review_on, "summary": header.summary}


def _add_document(
    tx: WriteTx,
    model: Document,
    header: PlanHeader,
    extra: dict[str, object],
    record_id: UUID | None,
) -> UUID:
    _one_adopted(tx, model, header)
    version = tx.next_number(model, city_id=header.city_id)
    values = values_of(header) | extra | {"version": version}
    return tx.create(model, values, record_id=record_id)


def _one_adopted(tx: WriteTx, model: Document, header: PlanHeader) -> None:
    """A city has one adopted version at a time: adopting one supersedes the other, so a new
    version comes in adopted only where none is (a version adopted on another device)."""
    if header.status is not PlanStatus.ADOPTED:
        return
    if any(o.status is PlanStatus.ADOPTED for o in tx.linked(model, "city_id", header.city_id)):
        text = translate(
            "Plans", "The city has an adopted version already: add this one as a draft, then "
            "adopt it.",
        )  # fmt: skip
        raise InvalidRecordError([Problem("status", text)])


def _is_new(tx: WriteTx, model: Document, record_id: UUID | None) -> bool:
    """A version to make: no id, or an id no record holds yet (a spreadsheet's, so the same
    file imported on two devices makes the same version)."""
    return record_id is None or tx.unclaimed(model, record_id)


def _claimable(
    tx: WriteTx,
    model: type[RiskFactor] | type[PlanObjective] | type[PlanAction],
    given: UUID | None,
) -> UUID | None:
    """The id a new part is made with: the one given, when no record holds it yet."""
    return given if given is not None and tx.unclaimed(model, given) else None


def _require_draft(document: RiskProfile | PreventionPlan) -> None:
    if document.status is not PlanStatus.DRAFT:
        text = translate(
            "Plans", "This version is adopted or superseded: start a new version to change it."
        )
        raise InvalidRecordError([Problem("status", text)])


def _link_sources(
    tx: WriteTx,
    model: type[RiskProfileSource] | type[PlanSource],
    column: str,
    owner: UUID,
    sources: Sequence[MeetingId],
) -> None:
    """The consultations a profile or plan came from: a set of links, one per meeting."""
    for meeting_id in sources:
        tx.check(Meeting, meeting_id)
    links = {
        derived_id(model.__tablename__, owner, meeting): {column: owner, "meeting_id": meeting}
        for meeting in sources
    }
    tx.replace_set(model, column, owner, links)


def _sources(
    tx: WriteTx, model: type[RiskProfileSource] | type[PlanSource], owner: str, owner_id: UUID
) -> list[MeetingId]:
    return [MeetingId(link.meeting_id) for link in tx.linked(model, owner, owner_id)]


Ordered = TypeVar("Ordered", RiskFactor, PlanObjective, PlanAction)


def _in_order(records: list[Ordered]) -> list[Ordered]:
    return sorted(records, key=lambda r: (r.position, str(r.id)))


# ---------------------------------------------------------------------- the store-wide doors
def save_risk_profile(store: Store, record: RiskProfileRecord) -> Saved[RiskProfileId]:
    """Add a version of a city's risk profile, or change a draft one."""
    with store.write() as tx:
        return Saved(save_risk_profile_in(tx, record), tx.changes)


def save_prevention_plan(store: Store, record: PreventionPlanRecord) -> Saved[PreventionPlanId]:
    """Add a version of a city's prevention plan, or change a draft one."""
    with store.write() as tx:
        return Saved(save_prevention_plan_in(tx, record), tx.changes)


def adopt(store: Store, kind: PlanKind, document_id: UUID, on: date) -> Saved[UUID]:
    """Publish a draft version: the city's adopted one before it is superseded, and stays
    readable."""
    with store.write() as tx:
        adopt_in(tx, _MODELS[kind], document_id, on)
        return Saved(document_id, tx.changes)


def new_version(store: Store, kind: PlanKind, document_id: UUID) -> Saved[UUID]:
    """A draft copy of a version, to edit into the next one."""
    with store.write() as tx:
        if kind is PlanKind.RISK_PROFILE:
            made: UUID = new_risk_profile_version_in(tx, RiskProfileId(document_id))
        else:
            made = new_plan_version_in(tx, PreventionPlanId(document_id))
        return Saved(made, tx.changes)


def plans_by_city(store: Store) -> list[CityPlans]:
    """Every city with its risk profile and prevention plan versions, for the Plans page."""
    with store.read() as session:
        return city_plans(session)


def profile_matrix(store: Store, profile_id: UUID) -> RiskProfileRecord | None:
    """A version of a risk profile as its save takes it (for its matrix and factors)."""
    with store.read() as session:
        return risk_profile_record(session, profile_id)
