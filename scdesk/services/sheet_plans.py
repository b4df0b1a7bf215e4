"""Versions of risk profiles and prevention plans from sheets: the versions themselves, and
their factors, objectives and planned actions, each version saved whole through its save
function once every row of the file that belongs to it is read.

A version is changed as a whole because its rules are on the whole (an action serves an
objective of its own plan), and because an adopted version is changed only by starting a new
one: a version and its parts come in together, from the sheets of one workbook or exported zip,
so an adopted version imported where it is not recorded yet comes in whole. A row naming a
stored version changes its title, review date, summary and consultations; its city, status and
adoption stay as they are (a version is adopted in the app). A part's row changes the part its
id names, or adds a part at the end of its version; parts the file does not list stay.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Generic, TypeVar
from uuid import UUID, uuid4

from scdesk.domain.errors import UserError, gone_sentence
from scdesk.domain.meetings import MeetingId
from scdesk.domain.people import CityId, OrganisationId, PersonId
from scdesk.domain.plans import (
    FactorEntry,
    FactorKind,
    Level,
    ObjectiveEntry,
    ObjectiveId,
    PlanActionEntry,
    PlanActionId,
    PlanActionInput,
    PlanActionStatus,
    PlanHeader,
    PlanStatus,
    PreventionPlanId,
    PreventionPlanRecord,
    RiskFactorId,
    RiskFactorInput,
    RiskProfileId,
    RiskProfileRecord,
)
from scdesk.domain.rules import InvalidRecordError, Part
from scdesk.i18n import translate
from scdesk.reports import sheet_cells as cell
from scdesk.reports.sheet_files import SheetRow
from scdesk.services.plans import save_prevention_plan_in, save_risk_profile_in
from scdesk.services.sheet_events import missing, named_text, needed, stored_record
from scdesk.services.sheet_rows import RowReader
from scdesk.store.models import (
    Meeting,
    Organisation,
    Person,
    PlanAction,
    PlanObjective,
    PreventionPlan,
    RiskFactor,
    RiskProfile,
)
from scdesk.store.queries.plan_records import prevention_plan_record, risk_profile_record

R = TypeVar("R", RiskProfileRecord, PreventionPlanRecord)

#: A sheet of the file: the reader of its columns, and its rows.
Rows = tuple[RowReader, Sequence[SheetRow]]


@dataclass(slots=True)
class _Version(Generic[R]):
    """A version as the file leaves it, and the rows it came from, for the problems its save
    finds."""

    record: R
    stored: R | None
    first: tuple[RowReader, SheetRow]
    parts: dict[tuple[Part, int], tuple[RowReader, SheetRow]] = field(default_factory=dict)


def import_profiles(reader: RowReader, profiles: Sequence[SheetRow], factors: Rows | None) -> None:
    versions: dict[UUID, _Version[RiskProfileRecord]] = {}
    for row in profiles:
        reader.guarded(row, lambda r: _profile(reader, r, versions))
    refused = _refused(reader, profiles, versions)
    _read_parts(factors, "profile_id", refused, lambda p, r: _factor(p, r, versions))
    _save(versions, save_risk_profile_in)


def import_plans(
    reader: RowReader,
    plans: Sequence[SheetRow],
    objectives: Rows | None,
    actions: Rows | None,
) -> None:
    versions: dict[UUID, _Version[PreventionPlanRecord]] = {}
    for row in plans:
        reader.guarded(row, lambda r: _plan(reader, r, versions))
    refused = _refused(reader, plans, versions)
    _read_parts(objectives, "plan_id", refused, lambda p, r: _objective(p, r, versions))
    _read_parts(actions, "plan_id", refused, lambda p, r: _action(p, r, versions))
    _save(versions, save_prevention_plan_in)


def _refused(reader: RowReader, rows: Sequence[SheetRow], versions: dict[UUID, Any]) -> set[UUID]:
    """The versions whose own rows were refused: the file is refused for those rows already,
    so their parts' rows are not read (each would only say that its version is missing)."""
    if not reader.problems:
        return set()
    found = set()
    for row in rows:
        try:
            given = reader.record_id(row.cells, "id")
        except cell.CellError:
            continue
        if given is not None and given not in versions:
            found.add(given)
    return found


def _read_parts(
    parts: Rows | None,
    column: str,
    refused: set[UUID],
    handle: Callable[[RowReader, SheetRow], None],
) -> None:
    if parts is None:
        return
    reader, rows = parts
    for row in rows:
        try:
            owner = reader.record_id(row.cells, column)
        except cell.CellError:
            owner = None
        if owner is None or owner not in refused:
            reader.guarded(row, lambda r: handle(reader, r))


# ---------------------------------------------------------------------- versions
def _profile(
    reader: RowReader, row: SheetRow, versions: dict[UUID, _Version[RiskProfileRecord]]
) -> None:
    given = reader.record_id(row.cells, "id") or uuid4()
    stored = stored_record(reader, row, RiskProfile, given, risk_profile_record)
    header = _header(reader, row, stored.header if stored else None)
    base = stored or RiskProfileRecord(RiskProfileId(given), header)
    record = replace(base, header=header, sources=_sources(reader, row, base.sources))
    _counted(reader, stored, record)
    versions[given] = _Version(record, stored, (reader, row))


def _plan(
    reader: RowReader, row: SheetRow, versions: dict[UUID, _Version[PreventionPlanRecord]]
) -> None:
    cells = row.cells
    given = reader.record_id(cells, "id") or uuid4()
    stored = stored_record(reader, row, PreventionPlan, given, prevention_plan_record)
    header = _header(reader, row, stored.header if stored else None)
    base = stored or PreventionPlanRecord(PreventionPlanId(given), header)
    profile = base.risk_profile_id
    if "risk_profile_id" in reader.columns:
        found = reader.record_id(cells, "risk_profile_id")
        if found is not None:
            reader.check(row, RiskProfile, found)
        profile = RiskProfileId(found) if found else None
    record = replace(
        base, header=header, risk_profile_id=profile, sources=_sources(reader, row, base.sources)
    )
    _counted(reader, stored, record)
    versions[given] = _Version(record, stored, (reader, row))


def _header(reader: RowReader, row: SheetRow, stored: PlanHeader | None) -> PlanHeader:
    """A new version's header whole; of a stored one, what a save of it changes."""
    cells = row.cells
    texts = {**named_text(reader, row, "title"), **reader.texts(row, ("summary",))}
    review = reader.present({"review_on": lambda: cell.day(cells, "review_on")})
    if stored is not None:
        return replace(stored, **texts, **review)
    city = reader.city_of(row, None)
    if city is None:
        missing(reader, row, "city_id")
    return replace(
        PlanHeader(CityId(city), ""),
        **texts,
        **review,
        **reader.present({
            "status": lambda: cell.choice(cells, "status", PlanStatus) or PlanStatus.DRAFT,
            "adopted_on": lambda: cell.day(cells, "adopted_on"),
        }),
    )  # fmt: skip


def _sources(
    reader: RowReader, row: SheetRow, current: tuple[MeetingId, ...]
) -> tuple[MeetingId, ...]:
    """The consultations a version came from: meeting ids separated by semicolons."""
    if "sources" not in reader.columns:
        return current
    found = []
    for part in (cell.text(row.cells, "sources") or "").split(";"):
        meeting = cell.record_id({"sources": part.strip() or None}, "sources")
        if meeting is not None:
            reader.check(row, Meeting, meeting)
            found.append(MeetingId(meeting))
    return tuple(sorted(dict.fromkeys(found), key=str))


# ---------------------------------------------------------------------- parts
def _factor(
    reader: RowReader, row: SheetRow, versions: dict[UUID, _Version[RiskProfileRecord]]
) -> None:
    cells = row.cells
    version = _owner(reader, row, "profile_id", RiskProfile, risk_profile_record, versions)
    given = _part_id(reader, row, RiskFactor, "profile_id", version.record.profile_id)
    entries = list(version.record.factors)
    index = next((i for i, e in enumerate(entries) if given and e.factor_id == given), None)
    if index is None:
        kind = needed(reader, row, "kind", lambda: cell.choice(cells, "kind", FactorKind))
        base = RiskFactorInput(kind, "")
    else:
        base = entries[index].factor
    wanted = replace(
        base,
        **named_text(reader, row, "description"),
        **reader.texts(row, ("affected_communities",)),
        **reader.present({
            "kind": lambda: cell.choice(cells, "kind", FactorKind) or base.kind,
            "likelihood": lambda: cell.choice(cells, "likelihood", Level),
            "impact": lambda: cell.choice(cells, "impact", Level),
        }),
    )  # fmt: skip
    entry = FactorEntry(RiskFactorId(given) if given else None, wanted)
    index = _placed(reader, entries, index, entry, base != wanted)
    version.record = replace(version.record, factors=tuple(entries))
    version.parts[(Part.FACTORS, index)] = (reader, row)


def _objective(
    reader: RowReader, row: SheetRow, versions: dict[UUID, _Version[PreventionPlanRecord]]
) -> None:
    version = _owner(reader, row, "plan_id", PreventionPlan, prevention_plan_record, versions)
    given = _part_id(reader, row, PlanObjective, "plan_id", version.record.plan_id)
    entries = list(version.record.objectives)
    index = next((i for i, e in enumerate(entries) if given and e.key == str(given)), None)
    base = entries[index].text if index is not None else ""
    text = named_text(reader, row, "text").get("text", base)
    key = str(given or uuid4())
    entry = ObjectiveEntry(key, ObjectiveId(given) if given else None, text)
    index = _placed(reader, entries, index, entry, text != base)
    version.record = replace(version.record, objectives=tuple(entries))
    version.parts[(Part.OBJECTIVES, index)] = (reader, row)


def _action(
    reader: RowReader, row: SheetRow, versions: dict[UUID, _Version[PreventionPlanRecord]]
) -> None:
    cells = row.cells
    version = _owner(reader, row, "plan_id", PreventionPlan, prevention_plan_record, versions)
    given = _part_id(reader, row, PlanAction, "plan_id", version.record.plan_id)
    entries = list(version.record.actions)
    index = next((i for i, e in enumerate(entries) if given and e.action_id == given), None)
    stored = entries[index] if index is not None else None
    base = stored.action if stored is not None else PlanActionInput("")
    wanted = replace(
        base,
        **named_text(reader, row, "text"),
        **reader.present({
            "owner_id": lambda: _linked(reader, row, Person, "owner_id", PersonId),
            "owner_organisation_id": lambda: _linked(
                reader, row, Organisation, "owner_organisation_id", OrganisationId
            ),
            "starts_on": lambda: cell.day(cells, "starts_on"),
            "due_on": lambda: cell.day(cells, "due_on"),
            "status": lambda: cell.choice(cells, "status", PlanActionStatus) or base.status,
        }),
    )  # fmt: skip
    objective = stored.objective_key if stored is not None else None
    if "objective_id" in reader.columns:
        found = reader.record_id(cells, "objective_id")
        objective = str(found) if found else None
    changed = stored is None or wanted != base or objective != stored.objective_key
    entry = PlanActionEntry(PlanActionId(given) if given else None, objective, wanted)
    index = _placed(reader, entries, index, entry, changed)
    version.record = replace(version.record, actions=tuple(entries))
    version.parts[(Part.PLAN_ACTIONS, index)] = (reader, row)


def _owner(
    reader: RowReader,
    row: SheetRow,
    column: str,
    model: Any,
    load: Callable[[Any, UUID], R | None],
    versions: dict[UUID, _Version[R]],
) -> _Version[R]:
    """The version a part's row belongs to: one the file gives, or one stored here."""
    owner = needed(reader, row, column, lambda: reader.record_id(row.cells, column))
    if owner in versions:
        return versions[owner]
    reader.check(row, model, owner)
    stored = load(reader.tx.reader(), owner)
    if stored is None:
        reader.fail(row, [gone_sentence()])
    versions[owner] = _Version(stored, stored, (reader, row))
    return versions[owner]


def _part_id(
    reader: RowReader, row: SheetRow, model: Any, owner: str, version: UUID | None
) -> UUID | None:
    """The part's id; one held by a part of another version is refused, as a part stays in its
    version (a new version copies its parts with ids of their own)."""
    given = reader.record_id(row.cells, "id")
    stored = reader.stored(row, model, given)
    if stored is not None and getattr(stored, owner) != version:
        text = translate(
            "Tables", "This row's id belongs to a part of another version: leave it empty to add "
            "the part to this one.",
        )  # fmt: skip
        reader.fail(row, [text])
    return given


def _placed(
    reader: RowReader, entries: list[Any], index: int | None, entry: Any, changed: bool
) -> int:
    if index is None:
        entries.append(entry)
        reader.counts.created += 1
        return len(entries) - 1
    entries[index] = entry
    reader.count(changed)
    return index


def _linked(
    reader: RowReader, row: SheetRow, model: Any, column: str, kind: Callable[[UUID], Any]
) -> Any:
    found = reader.record_id(row.cells, column)
    if found is None:
        return None
    reader.check(row, model, found)
    return kind(found)


def _counted(reader: RowReader, stored: object | None, record: object) -> None:
    if stored is None:
        reader.counts.created += 1
    else:
        reader.count(record != stored)


# ---------------------------------------------------------------------- saving
def _save(versions: dict[UUID, _Version[R]], save: Callable[[Any, R], object]) -> None:
    """Each version whole, unless the file left it as stored (an adopted version is locked, so
    a row that changes nothing in it is no edit); what its save refuses goes to the rows it
    came from."""
    for version in versions.values():
        if version.stored is not None and version.record == version.stored:
            continue
        reader, row = version.first
        try:
            save(reader.tx, version.record)
        except InvalidRecordError as error:
            for problem in error.problems:
                location = problem.location
                where = None
                if location is not None and isinstance(location.row, int):
                    where = version.parts.get((location.part, location.row))
                part_reader, part_row = where or version.first
                part_reader.note(part_row, [problem.message])
        except UserError as error:
            reader.note(row, [str(error)])
