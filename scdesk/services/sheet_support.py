"""The priorities the hub added, consultation findings, support grants, expert advice, raisings
with national bodies, indicators and their targets from a sheet, a row at a time, each saved
through its record's save function, so the rules a form meets refuse the same rows.

A row's id matches the record it names, or makes a new record with it; a matched record changes
only in the columns the file has. A finding stays with its consultation and a target with its
indicator.
"""

from collections.abc import Callable
from dataclasses import replace
from typing import Any, TypeVar, cast
from uuid import UUID

from sqlalchemy import select

from scdesk.domain.cooperation import RaisingInput, RaisingRecord, RaisingStatus
from scdesk.domain.figures import Dimension
from scdesk.domain.indicator_kinds import FIGURE_RULES
from scdesk.domain.indicators import (
    CountingRule,
    IndicatorInput,
    IndicatorLevel,
    IndicatorRecord,
    TargetInput,
    TargetRecord,
)
from scdesk.domain.meetings import MeetingId
from scdesk.domain.people import CityId, PersonId
from scdesk.domain.plans import (
    FindingCategory,
    FindingId,
    FindingInput,
    FindingRecord,
    PriorityArea,
)
from scdesk.domain.priorities import HubPriorityId, HubPriorityInput, HubPriorityRecord
from scdesk.domain.support import (
    AdviceInput,
    AdviceRecord,
    GrantInput,
    GrantRecord,
    GrantStatus,
)
from scdesk.i18n import translate
from scdesk.reports import sheet_cells as cell
from scdesk.reports.sheet_files import SheetRow
from scdesk.services.cooperation import save_raising_in
from scdesk.services.indicators import save_indicator_in, save_target_in
from scdesk.services.plans import save_finding_in
from scdesk.services.priorities import save_priority_in
from scdesk.services.sheet_events import missing, named_text, needed
from scdesk.services.sheet_rows import RowReader
from scdesk.services.support import save_advice_in, save_grant_in
from scdesk.store.models import (
    ConsultationFinding,
    ExpertAdvice,
    HubPriority,
    Indicator,
    IndicatorTarget,
    Meeting,
    NationalRaising,
    Organisation,
    Person,
    PlanAction,
    SupportGrant,
)

In = TypeVar("In")  # the input dataclass a stored record is read back as


def finding_row(reader: RowReader, row: SheetRow) -> None:
    """A finding of a consultation; a new one comes last in its consultation."""
    cells = row.cells
    given = reader.record_id(cells, "id")
    stored = reader.stored(row, ConsultationFinding, given)
    if stored is None:
        meeting = needed(reader, row, "meeting_id", lambda: reader.record_id(cells, "meeting_id"))
        category = needed(
            reader, row, "category", lambda: cell.choice(cells, "category", FindingCategory)
        )
        base = FindingInput(category, "")
    else:
        meeting = reader.record_id(cells, "meeting_id") or stored.meeting_id
        base = _input(FindingInput, stored)
    reader.check(row, Meeting, meeting)
    wanted = replace(
        base,
        **named_text(reader, row, "text"),
        **reader.present({
            "category": lambda: cell.choice(cells, "category", FindingCategory) or base.category,
            "priority_area": lambda: cell.choice(cells, "priority_area", PriorityArea),
            "priority_id": lambda: _linked(reader, row, HubPriority, "priority_id"),
        }),
    )  # fmt: skip
    _counted(reader, stored is None, wanted != base)
    record = FindingRecord(FindingId(given) if given else None, MeetingId(meeting), wanted)
    save_finding_in(reader.tx, record)


def priority_row(reader: RowReader, row: SheetRow) -> None:
    """A priority the hub added; save_priority_in refuses it on an officer's device."""
    cells = row.cells
    given = reader.record_id(cells, "id")
    stored = reader.stored(row, HubPriority, given)
    base = HubPriorityInput("") if stored is None else _input(HubPriorityInput, stored)
    wanted = replace(
        base,
        **_texts(reader, row, ("name",)),
        **reader.texts(row, ("description",)),
        **reader.present({"retired": lambda: bool(cell.boolean(cells, "retired"))}),
    )
    _counted(reader, stored is None, wanted != base)
    save_priority_in(reader.tx, HubPriorityRecord(HubPriorityId(given) if given else None, wanted))


def grant_row(reader: RowReader, row: SheetRow) -> None:
    cells = row.cells
    given = reader.record_id(cells, "id")
    stored = reader.stored(row, SupportGrant, given)
    if stored is None:
        amount = needed(reader, row, "amount", lambda: cell.amount(cells, "amount"))
        base = GrantInput(_city(reader, row, None), "", amount, "")
    else:
        base = _input(GrantInput, stored)
    wanted = replace(
        base,
        **named_text(reader, row, "purpose"),
        **reader.present({
            "amount": lambda: _given(cell.amount(cells, "amount"), base.amount),
            "currency": lambda: (cell.text(cells, "currency") or "").strip().upper(),
            "status": lambda: cell.choice(cells, "status", GrantStatus) or base.status,
            "organisation_id": lambda: _linked(reader, row, Organisation, "organisation_id"),
            "approved_on": lambda: cell.day(cells, "approved_on"),
            "starts_on": lambda: cell.day(cells, "starts_on"),
            "ends_on": lambda: cell.day(cells, "ends_on"),
        }),
        city_id=_city(reader, row, base.city_id),
    )  # fmt: skip
    _counted(reader, stored is None, wanted != base)
    save_grant_in(reader.tx, GrantRecord(given, wanted))


def advice_row(reader: RowReader, row: SheetRow) -> None:
    cells = row.cells
    given = reader.record_id(cells, "id")
    stored = reader.stored(row, ExpertAdvice, given)
    if stored is None:
        expert = needed(reader, row, "expert_id", lambda: reader.record_id(cells, "expert_id"))
        starts = needed(reader, row, "starts_on", lambda: cell.day(cells, "starts_on"))
        base = AdviceInput(_city(reader, row, None), PersonId(expert), "", starts)
    else:
        base = _input(AdviceInput, stored)
    wanted = replace(
        base,
        **named_text(reader, row, "topic"),
        **reader.texts(row, ("notes",)),
        **reader.present({
            "expert_id": lambda: _linked(reader, row, Person, "expert_id") or base.expert_id,
            "starts_on": lambda: cell.day(cells, "starts_on") or base.starts_on,
            "ends_on": lambda: cell.day(cells, "ends_on"),
        }),
        city_id=_city(reader, row, base.city_id),
    )  # fmt: skip
    _counted(reader, stored is None, wanted != base)
    save_advice_in(reader.tx, AdviceRecord(given, wanted))


def raising_row(reader: RowReader, row: SheetRow) -> None:
    """What was raised for a city with a national body; each record it came from is checked to
    be of the same city by save_raising_in."""
    cells = row.cells
    given = reader.record_id(cells, "id")
    stored = reader.stored(row, NationalRaising, given)
    if stored is None:
        raised_on = needed(reader, row, "raised_on", lambda: cell.day(cells, "raised_on"))
        base = RaisingInput(_city(reader, row, None), "", raised_on, "")
    else:
        base = _input(RaisingInput, stored)
    wanted = replace(
        base,
        **_texts(reader, row, ("national_body", "subject")),
        **reader.texts(row, ("outcome",)),
        **reader.present({
            "raised_on": lambda: cell.day(cells, "raised_on") or base.raised_on,
            "status": lambda: cell.choice(cells, "status", RaisingStatus) or base.status,
            "finding_id": lambda: _linked(reader, row, ConsultationFinding, "finding_id"),
            "plan_action_id": lambda: _linked(reader, row, PlanAction, "plan_action_id"),
            "meeting_id": lambda: _linked(reader, row, Meeting, "meeting_id"),
            "grant_id": lambda: _linked(reader, row, SupportGrant, "grant_id"),
            "advice_id": lambda: _linked(reader, row, ExpertAdvice, "advice_id"),
        }),
        city_id=_city(reader, row, base.city_id),
    )  # fmt: skip
    _counted(reader, stored is None, wanted != base)
    save_raising_in(reader.tx, RaisingRecord(given, wanted))


def indicator_row(reader: RowReader, row: SheetRow) -> None:
    cells = row.cells
    given = reader.record_id(cells, "id")
    stored = reader.stored(row, Indicator, given)
    if stored is None:
        level = needed(reader, row, "level", lambda: cell.choice(cells, "level", IndicatorLevel))
        base = IndicatorInput("", "", level, _counting_rule(reader, row), "")
    else:
        base = _input(IndicatorInput, stored)
    wanted = replace(
        base,
        **_texts(reader, row, ("code", "name", "figure")),
        **reader.present({
            "level": lambda: cell.choice(cells, "level", IndicatorLevel) or base.level,
            "counting_rule": lambda: (
                cell.choice(cells, "counting_rule", CountingRule) or base.counting_rule
            ),
            "breakdowns": lambda: (cell.text(cells, "breakdowns") or "").replace(" ", ""),
            "baseline": lambda: cell.whole(cells, "baseline"),
        }),
    )  # fmt: skip
    _counted(reader, stored is None, wanted != base)
    save_indicator_in(reader.tx, IndicatorRecord(given, wanted))


def _counting_rule(reader: RowReader, row: SheetRow) -> CountingRule:
    """A new indicator's counting rule: the one given, else the one its figure has."""
    cells = row.cells
    given = cell.choice(cells, "counting_rule", CountingRule)
    figure = (cell.text(cells, "figure") or "").strip()
    found = given or FIGURE_RULES.get(figure)
    if found is None:
        missing(reader, row, "counting_rule")
    return found


def target_row(reader: RowReader, row: SheetRow) -> None:
    """A target of an indicator (by indicator_id, or its code in indicator) for a period, and
    for one city or, without one, for the whole network; with a breakdown and category, for
    that category only (an empty cell: the whole count)."""
    cells = row.cells
    given = reader.record_id(cells, "id")
    stored = reader.stored(row, IndicatorTarget, given)
    indicator = _indicator(reader, row, stored.indicator_id if stored else None)
    if stored is None:
        start = needed(reader, row, "period_start", lambda: cell.day(cells, "period_start"))
        end = needed(reader, row, "period_end", lambda: cell.day(cells, "period_end"))
        target = needed(reader, row, "target", lambda: cell.whole(cells, "target"))
        base = TargetInput(start, end, target)
    else:
        base = _input(TargetInput, stored)
    wanted = replace(
        base,
        **reader.present({
            "period_start": lambda: cell.day(cells, "period_start") or base.period_start,
            "period_end": lambda: cell.day(cells, "period_end") or base.period_end,
            "target": lambda: _given(cell.whole(cells, "target"), base.target),
            "breakdown": lambda: cell.choice(cells, "breakdown", Dimension),
            "category": lambda: (cell.text(cells, "category") or "").strip() or None,
        }),
        city_id=reader.city_of(row, base.city_id),
    )  # fmt: skip
    _counted(reader, stored is None, wanted != base)
    save_target_in(reader.tx, TargetRecord(given, indicator, wanted))


def _indicator(reader: RowReader, row: SheetRow, current: UUID | None) -> UUID:
    cells = row.cells
    given = reader.record_id(cells, "indicator_id")
    if given is not None:
        reader.check(row, Indicator, given)
        return given
    code = (cell.text(cells, "indicator") or "").strip().casefold()
    if code:
        query = select(Indicator.id, Indicator.code).where(Indicator.deleted.is_(False))
        found = [i.id for i in reader.tx.execute(query) if i.code.casefold() == code]
        if len(found) == 1:
            return UUID(str(found[0]))
        #: Translators: {code} is what the cell holds, an indicator's code such as OP1.2.
        text = translate("Tables", "No single indicator has the code {code}: give its "
                         "indicator_id.")  # fmt: skip
        reader.fail(row, [text.format(code=cell.text(cells, "indicator"))])
    if current is None:
        missing(reader, row, "indicator_id")
    return current


def _city(reader: RowReader, row: SheetRow, current: UUID | None) -> CityId:
    """The row's city (city_id, or a name in city), which these records cannot be without."""
    found = reader.city_of(row, current)
    if found is None:
        missing(reader, row, "city_id")
    return found


def _texts(reader: RowReader, row: SheetRow, columns: tuple[str, ...]) -> dict[str, Any]:
    """Required texts: an empty cell is refused by the record's own rule."""
    return {c: cell.text(row.cells, c) or "" for c in columns if c in reader.columns}


def _linked(reader: RowReader, row: SheetRow, model: Any, column: str) -> UUID | None:
    found = reader.record_id(row.cells, column)
    if found is not None:
        reader.check(row, model, found)
    return found


def _counted(reader: RowReader, new: bool, changed: bool) -> None:
    if new:
        reader.counts.created += 1
    else:
        reader.count(changed)


def _given(value: Any, current: Any) -> Any:
    """A value the cell gives, zero included; the stored one when the cell is empty."""
    return current if value is None else value


def _input(kind: Callable[..., In], stored: object) -> In:
    """A stored record read back as the input its save takes."""
    names = cast(Any, kind).__dataclass_fields__
    return kind(**{name: getattr(stored, name) for name in names})
