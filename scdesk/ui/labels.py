"""Words shown for stored choices in the GUI; those reports share come from domain/labels.py."""

from collections.abc import Iterable
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from scdesk.domain import labels as shared
from scdesk.domain.activities import ActivityKind, CoachRole
from scdesk.domain.committees import CommitteeKind, MemberRole
from scdesk.domain.devices import DeviceRole, DeviceState
from scdesk.domain.meetings import (
    ActionState,
    ActionStatus,
    AttendanceRole,
    AttendanceStatus,
    MeetingStatus,
    MinutesStatus,
)
from scdesk.domain.people import ConsentForm, ConsentGiver
from scdesk.domain.places import Sector


def label(value: StrEnum) -> str:
    """The word for a choice in the user's language."""
    own = _labels().get((type(value), value.value))
    return own if own is not None else shared.label(value)


def record_kinds() -> dict[str, str]:
    """The kinds of record a user deletes, restores or settles a conflict about, by table."""
    translate = QCoreApplication.translate
    return {
        "meeting": translate("Labels", "meeting"),
        "activity": translate("Labels", "youth activity"),
        "person": translate("Labels", "person"),
        "committee": translate("Labels", "committee"),
        "organisation": translate("Labels", "organisation"),
        "city": translate("Labels", "city"),
        "membership": translate("Labels", "committee membership"),
        "agenda_item": translate("Labels", "agenda item"),
        "action_item": translate("Labels", "action"),
        "activity_session": translate("Labels", "activity session"),
        "consultation_finding": translate("Labels", "consultation finding"),
        "risk_profile": translate("Labels", "risk profile"),
        "risk_factor": translate("Labels", "risk factor"),
        "prevention_plan": translate("Labels", "prevention plan"),
        "plan_objective": translate("Labels", "plan objective"),
        "plan_action": translate("Labels", "plan action"),
        "support_grant": translate("Labels", "support grant"),
        "expert_advice": translate("Labels", "expert advice"),
        "indicator": translate("Labels", "indicator"),
        "indicator_target": translate("Labels", "indicator target"),
        "attendance": translate("Labels", "attendance"),
        "headcount": translate("Labels", "headcount"),
    }


def choices(values: Iterable[StrEnum]) -> list[tuple[str, str]]:
    """(value, label) pairs for a combo box."""
    return [(v.value, label(v)) for v in values]


def _labels() -> dict[tuple[type[StrEnum], str], str]:
    translate = QCoreApplication.translate  # pyside6-lupdate collects translate("Labels", ...)
    return {
        (MeetingStatus, "planned"): translate("Labels", "planned"),
        (MeetingStatus, "held"): translate("Labels", "held"),
        (MeetingStatus, "cancelled"): translate("Labels", "cancelled"),
        (MinutesStatus, "draft"): translate("Labels", "draft"),
        (MinutesStatus, "circulated"): translate("Labels", "circulated"),
        (MinutesStatus, "approved"): translate("Labels", "approved (locked)"),
        (AttendanceStatus, "invited"): translate("Labels", "invited"),
        (AttendanceStatus, "present"): translate("Labels", "present"),
        (AttendanceStatus, "apologies"): translate("Labels", "sent apologies"),
        (AttendanceStatus, "absent"): translate("Labels", "absent"),
        (AttendanceRole, "chair"): translate("Labels", "chair"),
        (AttendanceRole, "secretary"): translate("Labels", "secretary"),
        (AttendanceRole, "member"): translate("Labels", "member"),
        (AttendanceRole, "observer"): translate("Labels", "observer"),
        (AttendanceRole, "participant"): translate("Labels", "participant"),
        (AttendanceRole, "speaker"): translate("Labels", "speaker"),
        (AttendanceRole, "facilitator"): translate("Labels", "facilitator"),
        (AttendanceRole, "guest"): translate("Labels", "guest"),
        (ActionStatus, "open"): translate("Labels", "open"),
        (ActionStatus, "done"): translate("Labels", "done"),
        (ActionStatus, "dropped"): translate("Labels", "dropped"),
        (ActionState, "open"): translate("Labels", "open"),
        (ActionState, "done"): translate("Labels", "done"),
        (ActionState, "dropped"): translate("Labels", "dropped"),
        (ActionState, "overdue"): translate("Labels", "overdue"),
        (ActionState, "carried_over"): translate("Labels", "carried over"),
        (ActivityKind, "sports"): translate("Labels", "sports"),
        (ActivityKind, "arts"): translate("Labels", "arts"),
        (ActivityKind, "dialogue"): translate("Labels", "dialogue"),
        (ActivityKind, "training"): translate("Labels", "training"),
        (ActivityKind, "other"): translate("Labels", "other"),
        (CoachRole, "coach"): translate("Labels", "coach"),
        (CoachRole, "facilitator"): translate("Labels", "facilitator"),
        (CommitteeKind, "liaison"): translate("Labels", "liaison committee"),
        (CommitteeKind, "local_prevention"): translate("Labels", "local prevention committee"),
        (CommitteeKind, "other"): translate("Labels", "other"),
        (MemberRole, "chair"): translate("Labels", "chair"),
        (MemberRole, "secretary"): translate("Labels", "secretary"),
        (MemberRole, "member"): translate("Labels", "member"),
        (MemberRole, "observer"): translate("Labels", "observer"),
        (Sector, "local_government"): translate("Labels", "local government"),
        (Sector, "civil_society"): translate("Labels", "civil society"),
        (Sector, "faith"): translate("Labels", "faith"),
        (Sector, "education"): translate("Labels", "education"),
        (Sector, "police"): translate("Labels", "police"),
        (Sector, "youth"): translate("Labels", "youth"),
        (Sector, "media"): translate("Labels", "media"),
        (Sector, "other"): translate("Labels", "other"),
        (ConsentGiver, "self"): translate("Labels", "the person"),
        (ConsentGiver, "guardian"): translate("Labels", "a parent or guardian"),
        (ConsentForm, "oral"): translate("Labels", "orally"),
        (ConsentForm, "written"): translate("Labels", "in writing"),
        (DeviceRole, "officer"): translate("Labels", "field officer"),
        (DeviceRole, "hub"): translate("Labels", "hub"),
        (DeviceState, "this_device"): translate("Labels", "this device"),
        (DeviceState, "trusted"): translate("Labels", "trusted"),
        (DeviceState, "not_trusted"): translate("Labels", "not trusted"),
        (DeviceState, "revoked"): translate("Labels", "revoked"),
    }
