"""Every table: importing this package registers them all on Base.metadata."""

from scdesk.store.models.activities import (
    Activity,
    ActivityCoach,
    ActivityCommunity,
    ActivityHeadcount,
    ActivityParticipant,
    ActivitySession,
)
from scdesk.store.models.committees import Committee, Membership
from scdesk.store.models.cooperation import NationalRaising
from scdesk.store.models.indicators import Indicator, IndicatorTarget
from scdesk.store.models.meetings import (
    ActionItem,
    AgendaItem,
    Attendance,
    Headcount,
    Meeting,
    MinutesAmendment,
)
from scdesk.store.models.merges import DuplicateDismissal, DuplicateSearch, RecordMerge
from scdesk.store.models.people import Person, PersonGroup
from scdesk.store.models.places import City, Organisation
from scdesk.store.models.plans import (
    ConsultationFinding,
    PlanAction,
    PlanObjective,
    PlanSource,
    PreventionPlan,
    RiskFactor,
    RiskProfile,
    RiskProfileSource,
)
from scdesk.store.models.priorities import HubPriority
from scdesk.store.models.support import ExpertAdvice, SupportGrant
from scdesk.store.models.sync import (
    AuditEntry,
    Conflict,
    Device,
    DeviceSeen,
    SyncExport,
    SyncField,
    SyncImport,
    SyncWaiting,
    ThisDevice,
)

__all__ = [
    "ActionItem",
    "Activity",
    "ActivityCoach",
    "ActivityCommunity",
    "ActivityHeadcount",
    "ActivityParticipant",
    "ActivitySession",
    "AgendaItem",
    "Attendance",
    "AuditEntry",
    "City",
    "Committee",
    "Conflict",
    "ConsultationFinding",
    "Device",
    "DeviceSeen",
    "DuplicateDismissal",
    "DuplicateSearch",
    "ExpertAdvice",
    "Headcount",
    "HubPriority",
    "Indicator",
    "IndicatorTarget",
    "Meeting",
    "Membership",
    "MinutesAmendment",
    "NationalRaising",
    "Organisation",
    "Person",
    "PersonGroup",
    "PlanAction",
    "PlanObjective",
    "PlanSource",
    "PreventionPlan",
    "RecordMerge",
    "RiskFactor",
    "RiskProfile",
    "RiskProfileSource",
    "SupportGrant",
    "SyncExport",
    "SyncField",
    "SyncImport",
    "SyncWaiting",
    "ThisDevice",
]
