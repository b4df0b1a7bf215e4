"""Which kind of record each table holds, and what a write to a set of tables changes."""

from collections.abc import Collection

from scdesk.domain.changes import Changes, RecordKind
from scdesk.store import models as m
from scdesk.store.base import Base, table_of
from scdesk.store.queries.figures import COUNTED
from scdesk.store.search import SEARCHED

#: The tables of each kind: a record's parts (attendance, agenda items, memberships, a plan's
#: actions) are changes to the record they belong to.
_TABLES: dict[RecordKind, tuple[type[Base], ...]] = {
    RecordKind.PERSON: (m.Person, m.PersonGroup),
    RecordKind.ORGANISATION: (m.Organisation,),
    RecordKind.CITY: (m.City,),
    RecordKind.COMMITTEE: (m.Committee, m.Membership),
    RecordKind.MEETING: (m.Meeting, m.AgendaItem, m.Attendance, m.Headcount, m.MinutesAmendment),
    RecordKind.ACTION_ITEM: (m.ActionItem,),
    RecordKind.ACTIVITY: (
        m.Activity,
        m.ActivitySession,
        m.ActivityCoach,
        m.ActivityCommunity,
        m.ActivityParticipant,
        m.ActivityHeadcount,
    ),
    RecordKind.FINDING: (m.ConsultationFinding,),
    RecordKind.RISK_PROFILE: (m.RiskProfile, m.RiskFactor, m.RiskProfileSource),
    RecordKind.PLAN: (m.PreventionPlan, m.PlanObjective, m.PlanAction, m.PlanSource),
    RecordKind.GRANT: (m.SupportGrant,),
    RecordKind.EXPERT_ADVICE: (m.ExpertAdvice,),
    RecordKind.RAISING: (m.NationalRaising,),
    RecordKind.PRIORITY: (m.HubPriority,),
    RecordKind.INDICATOR: (m.Indicator, m.IndicatorTarget),
    RecordKind.DEVICE: (m.ThisDevice, m.Device, m.DeviceSeen),
    RecordKind.CONFLICT: (m.Conflict,),
    RecordKind.DUPLICATE: (m.RecordMerge, m.DuplicateDismissal),
}

#: The kind of record each table holds, by table name.
TABLE_KINDS: dict[str, RecordKind] = {
    table_of(model).name: kind for kind, models in _TABLES.items() for model in models
}

#: Tables that are no record of their own: the sync log, the bookkeeping every write keeps
#: (field versions, audit trail) and the duplicate search's last answers.
NOT_RECORDS = frozenset(
    table_of(model).name
    for model in (
        m.SyncImport, m.SyncExport, m.SyncWaiting, m.SyncField, m.AuditEntry, m.DuplicateSearch
    )
)  # fmt: skip


def table_changes(tables: Collection[str]) -> Changes:
    """What a transaction that wrote to these tables changed. Every write changes the sync
    state: a local one is a save no other device has yet, a merged one an acknowledgement."""
    return Changes(
        frozenset(TABLE_KINDS[table] for table in tables if table in TABLE_KINDS),
        figures=not COUNTED.isdisjoint(tables),
        search=not SEARCHED.keys().isdisjoint(tables),
        sync=bool(tables),
    )
