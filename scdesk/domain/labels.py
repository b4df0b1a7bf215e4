"""The words shown for stored choices (enum values) and figure categories, wherever they are
shown: the GUI, the command line and the reports. The one place a choice gets its word.

Each word is looked up through scdesk.i18n.translate, so the GUI shows it in the user's language
and a report in the report's. The context tells who translates it: "Labels" and "Reports" are
translated with the reports (resources/translations, checked by tests/reports/test_catalog.py);
"Choices" are shown only by the GUI and are translated with it. A choice the GUI and the reports
both show has one word, in the context that already has its translations.
"""

from collections.abc import Iterable
from enum import StrEnum

from scdesk.domain.activities import ActivityKind, CoachRole
from scdesk.domain.committees import CommitteeKind, MemberRole
from scdesk.domain.cooperation import RaisingStatus
from scdesk.domain.devices import DeviceRole, DeviceState
from scdesk.domain.figures import NO_GROUP, NOT_RECORDED, YOUTH_ACTIVITY, Dimension, FigureKey
from scdesk.domain.indicators import CountingRule, IndicatorLevel
from scdesk.domain.meetings import (
    ActionState,
    ActionStatus,
    AttendanceRole,
    AttendanceStatus,
    MeetingKind,
    MeetingStatus,
    MinutesStatus,
)
from scdesk.domain.people import (
    AgeBand,
    ConsentForm,
    ConsentGiver,
    Gender,
    GroupTag,
    StakeholderType,
)
from scdesk.domain.periods import Period
from scdesk.domain.places import COUNTRIES, Sector
from scdesk.domain.plans import (
    FactorKind,
    FindingCategory,
    Level,
    PlanActionStatus,
    PlanStatus,
    PriorityArea,
)
from scdesk.domain.support import GrantStatus
from scdesk.i18n import translate


def label(value: StrEnum | str) -> str:
    """The word for a choice, or for a figure's category key (a breakdown's "female", "no group
    recorded"); the value itself when none is known. Choices are told apart by their enum, so
    equal values of two enums ("other", "done") may read differently."""
    if isinstance(value, StrEnum):
        own = _choices().get((type(value), value.value))
        if own is not None:
            return own
    return _categories().get(str(value), str(value))


def choices(values: Iterable[StrEnum]) -> list[tuple[str, str]]:
    """(value, word) pairs, for a list to choose from."""
    return [(v.value, label(v)) for v in values]


def country_label(code: str) -> str:
    names = {
        "AF": translate("Countries", "Afghanistan"),
        "BD": translate("Countries", "Bangladesh"),
        "BT": translate("Countries", "Bhutan"),
        "IN": translate("Countries", "India"),
        "LK": translate("Countries", "Sri Lanka"),
        "MV": translate("Countries", "Maldives"),
        "NP": translate("Countries", "Nepal"),
        "PK": translate("Countries", "Pakistan"),
    }
    return names.get(code, COUNTRIES.get(code, code))


def record_kinds() -> dict[str, str]:
    """What a record of each kind (by its table) is called, in lists that hold records of any
    kind: the trash, the conflicts."""
    t = translate
    return {
        "meeting": t("Choices", "meeting"),
        "activity": t("Choices", "youth activity"),
        "person": t("Choices", "person"),
        "committee": t("Choices", "committee"),
        "organisation": t("Choices", "organisation"),
        "city": t("Choices", "city"),
        "membership": t("Choices", "committee membership"),
        "agenda_item": t("Choices", "agenda item"),
        "action_item": t("Choices", "action"),
        "activity_session": t("Choices", "activity session"),
        "consultation_finding": t("Choices", "consultation finding"),
        "risk_profile": t("Choices", "risk profile"),
        "risk_factor": t("Choices", "risk factor"),
        "prevention_plan": t("Choices", "prevention plan"),
        "plan_objective": t("Choices", "plan objective"),
        "plan_action": t("Choices", "plan action"),
        "support_grant": t("Choices", "support grant"),
        "expert_advice": t("Choices", "expert advice"),
        "national_raising": t("Choices", "raising with a national body"),
        "indicator": t("Choices", "indicator"),
        "indicator_target": t("Choices", "indicator target"),
        "attendance": t("Choices", "attendance"),
        "headcount": t("Choices", "headcount"),
    }


def yes_no(value: bool) -> str:
    return translate("Choices", "yes") if value else translate("Choices", "no")


def field_label(field: str) -> str:
    """What a stored field of a person, city, organisation, meeting or activity is called, where
    records are shown field by field (two probable duplicates side by side)."""
    t = translate
    words = {
        "name": t("Choices", "Name"), "name_local": t("Choices", "Local name"),
        "title": t("Choices", "Title"), "organisation_id": t("Choices", "Organisation"),
        "city_id": t("Choices", "City"), "gender": t("Choices", "Gender"),
        "birth_year": t("Choices", "Birth year"), "age_band": t("Choices", "Age band"),
        "stakeholder_type": t("Choices", "Stakeholder"), "community": t("Choices", "Community"),
        "phone": t("Choices", "Phone"), "email": t("Choices", "E-mail"),
        "consent_participation": t("Choices", "Consent to take part"),
        "consent_photo": t("Choices", "Consent to photos"),
        "consent_data": t("Choices", "Consent to data use"),
        "consent_by": t("Choices", "Consent given by"),
        "consent_form": t("Choices", "Consent form"),
        "consent_on": t("Choices", "Consent given on"),
        "consent_withdrawn_on": t("Choices", "Consent withdrawn on"),
        "expertise": t("Choices", "Fields of expertise"),
        "country": t("Choices", "Country"), "province": t("Choices", "Province"),
        "is_member": t("Choices", "Member city"), "joined_on": t("Choices", "Joined on"),
        "mayor_id": t("Choices", "Mayor"), "sector": t("Choices", "Sector"),
        "kind": t("Choices", "Kind"), "committee_id": t("Choices", "Committee"),
        "starts_at": t("Choices", "Starts"), "ends_at": t("Choices", "Ends"),
        "starts_on": t("Choices", "Starts on"), "ends_on": t("Choices", "Ends on"),
        "venue": t("Choices", "Venue"), "language": t("Choices", "Language"),
        "status": t("Choices", "Status"), "total_attendance": t("Choices", "Total present"),
        "summary": t("Choices", "Summary"), "minutes_status": t("Choices", "Minutes"),
        "outcomes": t("Choices", "Outcomes"), "notes": t("Choices", "Notes"),
    }  # fmt: skip
    return words.get(field, field.replace("_", " "))


def _choices() -> dict[tuple[type[StrEnum], str], str]:
    t = translate
    pairs: list[tuple[StrEnum, str]] = [
        # The roles print capitalised in a report's table of people, and read so in the GUI.
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
        (CoachRole.COACH, t("Reports", "coach")),
        (CoachRole.FACILITATOR, t("Reports", "facilitator")),
        (AttendanceStatus.INVITED, t("Choices", "invited")),
        (AttendanceStatus.PRESENT, t("Choices", "present")),
        (AttendanceStatus.APOLOGIES, t("Choices", "sent apologies")),
        (AttendanceStatus.ABSENT, t("Choices", "absent")),
        (MeetingStatus.PLANNED, t("Reports", "planned")),
        (MeetingStatus.HELD, t("Reports", "held")),
        (MeetingStatus.CANCELLED, t("Reports", "cancelled")),
        (MinutesStatus.DRAFT, t("Reports", "draft")),
        (MinutesStatus.CIRCULATED, t("Reports", "circulated")),
        (MinutesStatus.APPROVED, t("Choices", "approved (locked)")),
        (ActionStatus.OPEN, t("Reports", "open")),
        (ActionStatus.DONE, t("Reports", "done")),
        (ActionStatus.DROPPED, t("Reports", "dropped")),
        (ActionState.OPEN, t("Reports", "open")),
        (ActionState.DONE, t("Reports", "done")),
        (ActionState.DROPPED, t("Reports", "dropped")),
        (ActionState.OVERDUE, t("Reports", "overdue")),
        (ActionState.CARRIED_OVER, t("Reports", "carried over")),
        (ActivityKind.SPORTS, t("Reports", "sports")),
        (ActivityKind.ARTS, t("Reports", "arts")),
        (ActivityKind.DIALOGUE, t("Reports", "dialogue")),
        (ActivityKind.TRAINING, t("Reports", "training")),
        (ActivityKind.OTHER, t("Reports", "other activity")),
        (CommitteeKind.LIAISON, t("Reports", "liaison committee")),
        (CommitteeKind.LOCAL_PREVENTION, t("Reports", "local prevention committee")),
        (CommitteeKind.OTHER, t("Labels", "other")),
        (FindingCategory.CONCERN, t("Choices", "concern")),
        (FindingCategory.THREAT, t("Choices", "threat")),
        (FindingCategory.EXISTING_APPROACH, t("Choices", "existing approach")),
        (FindingCategory.RESOURCE, t("Choices", "resource")),
        (FindingCategory.KEY_NEED, t("Choices", "key need")),
        (FindingCategory.PRIORITY, t("Choices", "priority")),
        (PriorityArea.PREVENTION_MECHANISMS, t("Choices", "prevention and early prevention")),
        (PriorityArea.NATIONAL_LOCAL_COOPERATION, t("Choices", "national-local cooperation")),
        (PriorityArea.YOUTH_PARTICIPATION, t("Choices", "participation of youth")),
        (PriorityArea.WOMEN_PARTICIPATION, t("Choices", "participation of women")),
        (
            PriorityArea.MARGINALISED_PARTICIPATION,
            t("Choices", "participation of marginalised groups"),
        ),
        (PriorityArea.OTHER, t("Choices", "other priority")),
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
        (IndicatorLevel.OUTPUT, t("Reports", "output")),
        (IndicatorLevel.OUTCOME, t("Reports", "outcome")),
        (CountingRule.DISTINCT_PEOPLE, t("Reports", "different people, each counted once")),
        (CountingRule.EVENTS, t("Reports", "events held")),
        (GrantStatus.PROPOSED, t("Reports", "proposed")),
        (GrantStatus.APPROVED, t("Reports", "approved")),
        (GrantStatus.DISBURSED, t("Reports", "disbursed")),
        (GrantStatus.COMPLETED, t("Reports", "completed")),
        (GrantStatus.CANCELLED, t("Reports", "cancelled")),
        (RaisingStatus.RAISED, t("Reports", "raised")),
        (RaisingStatus.ANSWERED, t("Reports", "answered")),
        (RaisingStatus.ACTED_ON, t("Reports", "acted on")),
        (RaisingStatus.DECLINED, t("Reports", "declined")),
        (Sector.LOCAL_GOVERNMENT, t("Choices", "local government")),
        (Sector.CIVIL_SOCIETY, t("Labels", "civil society")),
        (Sector.FAITH, t("Choices", "faith")),
        (Sector.EDUCATION, t("Choices", "education")),
        (Sector.POLICE, t("Labels", "police")),
        (Sector.YOUTH, t("Labels", "youth")),
        (Sector.MEDIA, t("Choices", "media")),
        (Sector.OTHER, t("Labels", "other")),
        (ConsentGiver.SELF, t("Choices", "the person")),
        (ConsentGiver.GUARDIAN, t("Choices", "a parent or guardian")),
        (ConsentForm.ORAL, t("Choices", "orally")),
        (ConsentForm.WRITTEN, t("Choices", "in writing")),
        (DeviceRole.OFFICER, t("Choices", "field officer")),
        (DeviceRole.HUB, t("Choices", "hub")),
        (DeviceState.THIS_DEVICE, t("Choices", "this device")),
        (DeviceState.TRUSTED, t("Choices", "trusted")),
        (DeviceState.NOT_TRUSTED, t("Choices", "not trusted")),
        (DeviceState.REVOKED, t("Choices", "revoked")),
        (Period.LAST_12_MONTHS, t("Choices", "Last 12 months")),
        (Period.THIS_YEAR, t("Choices", "This year")),
        (Period.ALL, t("Choices", "All time")),
        (Period.CUSTOM, t("Choices", "Between the dates…")),
    ]
    return {(type(value), value.value): text for value, text in pairs}


def _categories() -> dict[str, str]:
    t = translate
    return {
        Gender.FEMALE: t("Labels", "female"),
        Gender.MALE: t("Labels", "male"),
        Gender.ANOTHER: t("Labels", "another gender"),
        Gender.UNDISCLOSED: t("Labels", "prefer not to say"),
        AgeBand.UNDER_15: t("Labels", "under 15"),
        AgeBand.FROM_15: t("Labels", "15 to 17"),
        AgeBand.FROM_18: t("Labels", "18 to 24"),
        AgeBand.FROM_25: t("Labels", "25 to 34"),
        AgeBand.FROM_35: t("Labels", "35 to 49"),
        AgeBand.FROM_50: t("Labels", "50 to 64"),
        AgeBand.FROM_65: t("Labels", "65 and over"),
        StakeholderType.MAYOR: t("Labels", "mayor or local leader"),
        StakeholderType.MUNICIPAL_OFFICIAL: t("Labels", "municipal official"),
        StakeholderType.NATIONAL_OFFICIAL: t("Labels", "national official"),
        StakeholderType.CIVIL_SOCIETY: t("Labels", "civil society"),
        StakeholderType.RELIGIOUS_LEADER: t("Labels", "religious leader"),
        StakeholderType.YOUTH: t("Labels", "youth"),
        StakeholderType.WOMENS_GROUP: t("Labels", "women's group"),
        StakeholderType.POLICE: t("Labels", "police"),
        StakeholderType.OTHER: t("Labels", "other"),
        GroupTag.DISPLACED: t("Labels", "displaced person"),
        GroupTag.REFUGEE: t("Labels", "refugee"),
        GroupTag.RELIGIOUS_MINORITY: t("Labels", "religious minority"),
        GroupTag.ETHNIC_MINORITY: t("Labels", "ethnic minority"),
        GroupTag.DISABILITY: t("Labels", "disability"),
        # GroupTag.OTHER shares the value "other" with StakeholderType.OTHER above.
        MeetingKind.COMMITTEE_MEETING: t("Labels", "committee meeting"),
        MeetingKind.CONSULTATION: t("Labels", "consultation"),
        MeetingKind.WORKSHOP: t("Labels", "workshop"),
        MeetingKind.ROUNDTABLE: t("Labels", "roundtable"),
        MeetingKind.TRAINING: t("Labels", "training"),
        MeetingKind.SUMMIT: t("Labels", "summit"),
        YOUTH_ACTIVITY: t("Labels", "youth activity"),
        NOT_RECORDED: t("Labels", "not recorded"),
        NO_GROUP: t("Labels", "no group recorded"),
        FigureKey.PEOPLE_ENGAGED: t("Labels", "People engaged"),
        FigureKey.MAYORS_ENGAGED: t("Labels", "Mayors and local leaders engaged"),
        FigureKey.YOUTH_REACHED: t("Labels", "Youth reached (under 25)"),
        FigureKey.EVENTS_HELD: t("Labels", "Events held"),
        FigureKey.MEMBER_CITIES: t("Labels", "Member cities"),
        Dimension.GENDER: t("Labels", "gender"),
        Dimension.AGE_BAND: t("Labels", "age band"),
        Dimension.COUNTRY: t("Labels", "country"),
        Dimension.CITY: t("Labels", "city"),
        Dimension.STAKEHOLDER_TYPE: t("Labels", "stakeholder type"),
        Dimension.GROUP: t("Labels", "marginalised group"),
        Dimension.KIND: t("Labels", "kind"),
    }
