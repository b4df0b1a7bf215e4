"""Words the reports print for stored choices, in the report's language.

Genders, age bands, stakeholder types, groups, meeting kinds and the key figures come from
scdesk.domain.labels, as the GUI shows them; the choices only reports print (roles at a meeting,
action states, plan statuses, ...) are here, keyed by their enum so that equal values of two
enums ("other", "done") can read differently.
"""

from enum import StrEnum

from scdesk.domain.activities import ActivityKind, CoachRole
from scdesk.domain.committees import CommitteeKind, MemberRole
from scdesk.domain.labels import label
from scdesk.domain.meetings import (
    ActionState,
    AttendanceRole,
    AttendanceStatus,
    MeetingStatus,
    MinutesStatus,
)
from scdesk.domain.people import AgeBand
from scdesk.domain.plans import FactorKind, Level, PlanActionStatus, PlanStatus
from scdesk.i18n import translate


def word(value: StrEnum) -> str:
    """The printed word for a stored choice."""
    found = _words().get((type(value), value.value))
    return found if found is not None else label(value)


def age_band(band: AgeBand | None) -> str:
    return label(band) if band is not None else translate("Reports", "age not recorded")


def _words() -> dict[tuple[type[StrEnum], str], str]:
    t = translate
    pairs: list[tuple[StrEnum, str]] = [
        (AttendanceRole.CHAIR, t("Reports", "Chair")),
        (AttendanceRole.SECRETARY, t("Reports", "Secretary")),
        (AttendanceRole.MEMBER, t("Reports", "Member")),
        (AttendanceRole.OBSERVER, t("Reports", "Observer")),
        (AttendanceRole.PARTICIPANT, t("Reports", "Participant")),
        (AttendanceRole.SPEAKER, t("Reports", "Speaker")),
        (AttendanceRole.FACILITATOR, t("Reports", "Facilitator")),
        (AttendanceRole.GUEST, t("Reports", "Guest")),
        (MemberRole.CHAIR, t("Reports", "Chair")),
        (MemberRole.SECRETARY, t("Reports", "Secretary")),
        (MemberRole.MEMBER, t("Reports", "Member")),
        (MemberRole.OBSERVER, t("Reports", "Observer")),
        (AttendanceStatus.INVITED, t("Reports", "Invited")),
        (AttendanceStatus.PRESENT, t("Reports", "Present")),
        (AttendanceStatus.APOLOGIES, t("Reports", "Apologies")),
        (AttendanceStatus.ABSENT, t("Reports", "Absent")),
        (ActionState.OPEN, t("Reports", "open")),
        (ActionState.DONE, t("Reports", "done")),
        (ActionState.DROPPED, t("Reports", "dropped")),
        (ActionState.OVERDUE, t("Reports", "overdue")),
        (ActionState.CARRIED_OVER, t("Reports", "carried over")),
        (MinutesStatus.DRAFT, t("Reports", "draft")),
        (MinutesStatus.CIRCULATED, t("Reports", "circulated")),
        (MinutesStatus.APPROVED, t("Reports", "approved")),
        (MeetingStatus.PLANNED, t("Reports", "planned")),
        (MeetingStatus.HELD, t("Reports", "held")),
        (MeetingStatus.CANCELLED, t("Reports", "cancelled")),
        (CommitteeKind.LIAISON, t("Reports", "liaison committee")),
        (CommitteeKind.LOCAL_PREVENTION, t("Reports", "local prevention committee")),
        (CommitteeKind.OTHER, t("Reports", "committee")),
        (ActivityKind.SPORTS, t("Reports", "sports")),
        (ActivityKind.ARTS, t("Reports", "arts")),
        (ActivityKind.DIALOGUE, t("Reports", "dialogue")),
        (ActivityKind.TRAINING, t("Reports", "training")),
        (ActivityKind.OTHER, t("Reports", "other activity")),
        (CoachRole.COACH, t("Reports", "coach")),
        (CoachRole.FACILITATOR, t("Reports", "facilitator")),
        (PlanStatus.DRAFT, t("Reports", "draft")),
        (PlanStatus.ADOPTED, t("Reports", "adopted")),
        (PlanStatus.SUPERSEDED, t("Reports", "superseded")),
        (FactorKind.THREAT, t("Reports", "threat")),
        (FactorKind.RISK_FACTOR, t("Reports", "risk factor")),
        (FactorKind.PROTECTIVE_FACTOR, t("Reports", "protective factor")),
        (Level.LOW, t("Reports", "low")),
        (Level.MEDIUM, t("Reports", "medium")),
        (Level.HIGH, t("Reports", "high")),
        (PlanActionStatus.PLANNED, t("Reports", "planned")),
        (PlanActionStatus.IN_PROGRESS, t("Reports", "in progress")),
        (PlanActionStatus.DONE, t("Reports", "done")),
        (PlanActionStatus.DELAYED, t("Reports", "delayed")),
        (PlanActionStatus.DROPPED, t("Reports", "dropped")),
    ]
    return {(type(value), value.value): text for value, text in pairs}
