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
from scdesk.domain.indicator_kinds import GRANTS_AWARDED, CountingRule, IndicatorLevel
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
    return {
        "meeting": translate("Choices", "meeting"),
        "activity": translate("Choices", "youth activity"),
        "person": translate("Choices", "person"),
        "committee": translate("Choices", "committee"),
        "organisation": translate("Choices", "organisation"),
        "city": translate("Choices", "city"),
        "membership": translate("Choices", "committee membership"),
        "agenda_item": translate("Choices", "agenda item"),
        "action_item": translate("Choices", "action"),
        "activity_session": translate("Choices", "activity session"),
        "consultation_finding": translate("Choices", "consultation finding"),
        "risk_profile": translate("Choices", "risk profile"),
        "risk_factor": translate("Choices", "risk factor"),
        "prevention_plan": translate("Choices", "prevention plan"),
        "plan_objective": translate("Choices", "plan objective"),
        "plan_action": translate("Choices", "plan action"),
        "support_grant": translate("Choices", "support grant"),
        "expert_advice": translate("Choices", "expert advice"),
        "national_raising": translate("Choices", "raising with a national body"),
        "hub_priority": translate("Choices", "priority added by the hub"),
        "indicator": translate("Choices", "indicator"),
        "indicator_target": translate("Choices", "indicator target"),
        "attendance": translate("Choices", "attendance"),
        "headcount": translate("Choices", "headcount"),
    }


def yes_no(value: bool) -> str:
    return translate("Choices", "yes") if value else translate("Choices", "no")


def field_label(field: str) -> str:
    """What a stored field of a person, city, organisation, meeting or activity is called, where
    records are shown field by field (two probable duplicates side by side)."""
    words = {
        "name": translate("Choices", "Name"),
        "name_local": translate("Choices", "Local name"),
        "title": translate("Choices", "Title"),
        "organisation_id": translate("Choices", "Organisation"),
        "city_id": translate("Choices", "City"),
        "gender": translate("Choices", "Gender"),
        "birth_year": translate("Choices", "Birth year"),
        "age_band": translate("Choices", "Age band"),
        "stakeholder_type": translate("Choices", "Stakeholder"),
        "community": translate("Choices", "Community"),
        "phone": translate("Choices", "Phone"),
        "email": translate("Choices", "E-mail"),
        "consent_participation": translate("Choices", "Consent to take part"),
        "consent_photo": translate("Choices", "Consent to photos"),
        "consent_data": translate("Choices", "Consent to data use"),
        "consent_by": translate("Choices", "Consent given by"),
        "consent_form": translate("Choices", "Consent form"),
        "consent_on": translate("Choices", "Consent given on"),
        "consent_withdrawn_on": translate("Choices", "Consent withdrawn on"),
        "expertise": translate("Choices", "Fields of expertise"),
        "country": translate("Choices", "Country"),
        "province": translate("Choices", "Province"),
        "is_member": translate("Choices", "Member city"),
        "joined_on": translate("Choices", "Joined on"),
        "mayor_id": translate("Choices", "Mayor"),
        "sector": translate("Choices", "Sector"),
        "kind": translate("Choices", "Kind"),
        "committee_id": translate("Choices", "Committee"),
        "starts_at": translate("Choices", "Starts"),
        "ends_at": translate("Choices", "Ends"),
        "starts_on": translate("Choices", "Starts on"),
        "ends_on": translate("Choices", "Ends on"),
        "venue": translate("Choices", "Venue"),
        "language": translate("Choices", "Language"),
        "status": translate("Choices", "Status"),
        "total_attendance": translate("Choices", "Total present"),
        "summary": translate("Choices", "Summary"),
        "minutes_status": translate("Choices", "Minutes"),
        "outcomes": translate("Choices", "Outcomes"),
        "notes": translate("Choices", "Notes"),
    }
    return words.get(field, field.replace("_", " "))


def _choices() -> dict[tuple[type[StrEnum], str], str]:
    pairs: list[tuple[StrEnum, str]] = [
        # The roles print capitalised in a report's table of people, and read so in the GUI.
        (AttendanceRole.CHAIR, translate("Reports", "Chair")),
        (AttendanceRole.SECRETARY, translate("Reports", "Secretary")),
        (AttendanceRole.MEMBER, translate("Reports", "Member")),
        (AttendanceRole.OBSERVER, translate("Reports", "Observer")),
        (AttendanceRole.PARTICIPANT, translate("Reports", "Participant")),
        (AttendanceRole.SPEAKER, translate("Reports", "Speaker")),
        (AttendanceRole.FACILITATOR, translate("Reports", "Facilitator")),
        (AttendanceRole.GUEST, translate("Reports", "Guest")),
        (MemberRole.CHAIR, translate("Reports", "Chair")),
        (MemberRole.SECRETARY, translate("Reports", "Secretary")),
        (MemberRole.MEMBER, translate("Reports", "Member")),
        (MemberRole.OBSERVER, translate("Reports", "Observer")),
        (CoachRole.COACH, translate("Reports", "coach")),
        (CoachRole.FACILITATOR, translate("Reports", "facilitator")),
        (AttendanceStatus.INVITED, translate("Choices", "invited")),
        (AttendanceStatus.PRESENT, translate("Choices", "present")),
        (AttendanceStatus.APOLOGIES, translate("Choices", "sent apologies")),
        (AttendanceStatus.ABSENT, translate("Choices", "absent")),
        (MeetingStatus.PLANNED, translate("Reports", "planned")),
        (MeetingStatus.HELD, translate("Reports", "held")),
        (MeetingStatus.CANCELLED, translate("Reports", "cancelled")),
        (MinutesStatus.DRAFT, translate("Reports", "draft")),
        (MinutesStatus.CIRCULATED, translate("Reports", "circulated")),
        (MinutesStatus.APPROVED, translate("Choices", "approved (locked)")),
        (ActionStatus.OPEN, translate("Reports", "open")),
        (ActionStatus.DONE, translate("Reports", "done")),
        (ActionStatus.DROPPED, translate("Reports", "dropped")),
        (ActionState.OPEN, translate("Reports", "open")),
        (ActionState.DONE, translate("Reports", "done")),
        (ActionState.DROPPED, translate("Reports", "dropped")),
        (ActionState.OVERDUE, translate("Reports", "overdue")),
        (ActionState.CARRIED_OVER, translate("Reports", "carried over")),
        (ActivityKind.SPORTS, translate("Reports", "sports")),
        (ActivityKind.ARTS, translate("Reports", "arts")),
        (ActivityKind.DIALOGUE, translate("Reports", "dialogue")),
        (ActivityKind.TRAINING, translate("Reports", "training")),
        (ActivityKind.OTHER, translate("Reports", "other activity")),
        (CommitteeKind.LIAISON, translate("Reports", "liaison committee")),
        (CommitteeKind.LOCAL_PREVENTION, translate("Reports", "local prevention committee")),
        (CommitteeKind.OTHER, translate("Labels", "other")),
        (FindingCategory.CONCERN, translate("Choices", "concern")),
        (FindingCategory.THREAT, translate("Choices", "threat")),
        (FindingCategory.EXISTING_APPROACH, translate("Choices", "existing approach")),
        (FindingCategory.RESOURCE, translate("Choices", "resource")),
        (FindingCategory.KEY_NEED, translate("Choices", "key need")),
        (FindingCategory.PRIORITY, translate("Choices", "priority")),
        (
            PriorityArea.PREVENTION_MECHANISMS,
            translate("Choices", "prevention and early prevention"),
        ),
        (
            PriorityArea.NATIONAL_LOCAL_COOPERATION,
            translate("Choices", "national-local cooperation"),
        ),
        (PriorityArea.YOUTH_PARTICIPATION, translate("Choices", "participation of youth")),
        (PriorityArea.WOMEN_PARTICIPATION, translate("Choices", "participation of women")),
        (
            PriorityArea.MARGINALISED_PARTICIPATION,
            translate("Choices", "participation of marginalised groups"),
        ),
        (PriorityArea.OTHER, translate("Choices", "other priority")),
        (PlanStatus.DRAFT, translate("Reports", "draft")),
        (PlanStatus.ADOPTED, translate("Reports", "adopted")),
        (PlanStatus.SUPERSEDED, translate("Reports", "superseded")),
        (FactorKind.THREAT, translate("Reports", "threat")),
        (FactorKind.RISK_FACTOR, translate("Reports", "risk factor")),
        (FactorKind.PROTECTIVE_FACTOR, translate("Reports", "protective factor")),
        (Level.LOW, translate("Reports", "low")),
        (Level.MEDIUM, translate("Reports", "medium")),
        (Level.HIGH, translate("Reports", "high")),
        (PlanActionStatus.PLANNED, translate("Reports", "planned")),
        (PlanActionStatus.IN_PROGRESS, translate("Reports", "in progress")),
        (PlanActionStatus.DONE, translate("Reports", "done")),
        (PlanActionStatus.DELAYED, translate("Reports", "delayed")),
        (PlanActionStatus.DROPPED, translate("Reports", "dropped")),
        (IndicatorLevel.OUTPUT, translate("Reports", "output")),
        (IndicatorLevel.OUTCOME, translate("Reports", "outcome")),
        (CountingRule.DISTINCT_PEOPLE, translate("Reports", "different people, each counted once")),
        (CountingRule.EVENTS, translate("Reports", "events held")),
        (CountingRule.CITIES, translate("Reports", "member cities, each counted once")),
        (CountingRule.GRANTS, translate("Reports", "grants, cancelled ones left out")),
        (GrantStatus.PROPOSED, translate("Reports", "proposed")),
        (GrantStatus.APPROVED, translate("Reports", "approved")),
        (GrantStatus.DISBURSED, translate("Reports", "disbursed")),
        (GrantStatus.COMPLETED, translate("Reports", "completed")),
        (GrantStatus.CANCELLED, translate("Reports", "cancelled")),
        (RaisingStatus.RAISED, translate("Reports", "raised")),
        (RaisingStatus.ANSWERED, translate("Reports", "answered")),
        (RaisingStatus.ACTED_ON, translate("Reports", "acted on")),
        (RaisingStatus.DECLINED, translate("Reports", "declined")),
        (Sector.LOCAL_GOVERNMENT, translate("Choices", "local government")),
        (Sector.CIVIL_SOCIETY, translate("Labels", "civil society")),
        (Sector.FAITH, translate("Choices", "faith")),
        (Sector.EDUCATION, translate("Choices", "education")),
        (Sector.POLICE, translate("Labels", "police")),
        (Sector.YOUTH, translate("Labels", "youth")),
        (Sector.MEDIA, translate("Choices", "media")),
        (Sector.OTHER, translate("Labels", "other")),
        (ConsentGiver.SELF, translate("Choices", "the person")),
        (ConsentGiver.GUARDIAN, translate("Choices", "a parent or guardian")),
        (ConsentForm.ORAL, translate("Choices", "orally")),
        (ConsentForm.WRITTEN, translate("Choices", "in writing")),
        (DeviceRole.OFFICER, translate("Choices", "field officer")),
        (DeviceRole.HUB, translate("Choices", "hub")),
        (DeviceState.THIS_DEVICE, translate("Choices", "this device")),
        (DeviceState.TRUSTED, translate("Choices", "trusted")),
        (DeviceState.NOT_TRUSTED, translate("Choices", "not trusted")),
        (DeviceState.REVOKED, translate("Choices", "revoked")),
        (Period.LAST_QUARTER, translate("Choices", "Last complete quarter")),
        (Period.LAST_12_MONTHS, translate("Choices", "Last 12 months")),
        (Period.THIS_YEAR, translate("Choices", "This year")),
        (Period.ALL, translate("Choices", "All time")),
        (Period.CUSTOM, translate("Choices", "Between the dates…")),
    ]
    return {(type(value), value.value): text for value, text in pairs}


def _categories() -> dict[str, str]:
    return {
        Gender.FEMALE: translate("Labels", "female"),
        Gender.MALE: translate("Labels", "male"),
        Gender.ANOTHER: translate("Labels", "another gender"),
        Gender.UNDISCLOSED: translate("Labels", "prefer not to say"),
        AgeBand.UNDER_15: translate("Labels", "under 15"),
        AgeBand.FROM_15: translate("Labels", "15 to 17"),
        AgeBand.FROM_18: translate("Labels", "18 to 24"),
        AgeBand.FROM_25: translate("Labels", "25 to 34"),
        AgeBand.FROM_35: translate("Labels", "35 to 49"),
        AgeBand.FROM_50: translate("Labels", "50 to 64"),
        AgeBand.FROM_65: translate("Labels", "65 and over"),
        StakeholderType.MAYOR: translate("Labels", "mayor or local leader"),
        StakeholderType.MUNICIPAL_OFFICIAL: translate("Labels", "municipal official"),
        StakeholderType.NATIONAL_OFFICIAL: translate("Labels", "national official"),
        StakeholderType.CIVIL_SOCIETY: translate("Labels", "civil society"),
        StakeholderType.RELIGIOUS_LEADER: translate("Labels", "religious leader"),
        StakeholderType.YOUTH: translate("Labels", "youth"),
        StakeholderType.WOMENS_GROUP: translate("Labels", "women's group"),
        StakeholderType.POLICE: translate("Labels", "police"),
        StakeholderType.OTHER: translate("Labels", "other"),
        GroupTag.DISPLACED: translate("Labels", "displaced person"),
        GroupTag.REFUGEE: translate("Labels", "refugee"),
        GroupTag.RELIGIOUS_MINORITY: translate("Labels", "religious minority"),
        GroupTag.ETHNIC_MINORITY: translate("Labels", "ethnic minority"),
        GroupTag.DISABILITY: translate("Labels", "disability"),
        # GroupTag.OTHER shares the value "other" with StakeholderType.OTHER above.
        MeetingKind.COMMITTEE_MEETING: translate("Labels", "committee meeting"),
        MeetingKind.CONSULTATION: translate("Labels", "consultation"),
        MeetingKind.WORKSHOP: translate("Labels", "workshop"),
        MeetingKind.ROUNDTABLE: translate("Labels", "roundtable"),
        MeetingKind.TRAINING: translate("Labels", "training"),
        MeetingKind.SUMMIT: translate("Labels", "summit"),
        YOUTH_ACTIVITY: translate("Labels", "youth activity"),
        NOT_RECORDED: translate("Labels", "not recorded"),
        NO_GROUP: translate("Labels", "no group recorded"),
        FigureKey.PEOPLE_ENGAGED: translate("Labels", "People engaged"),
        FigureKey.MAYORS_ENGAGED: translate("Labels", "Mayors and local leaders engaged"),
        FigureKey.YOUTH_REACHED: translate("Labels", "Youth reached (under 25)"),
        FigureKey.EVENTS_HELD: translate("Labels", "Events held"),
        FigureKey.MEMBER_CITIES: translate("Labels", "Member cities"),
        GRANTS_AWARDED: translate("Labels", "Grants awarded"),
        Dimension.GENDER: translate("Labels", "gender"),
        Dimension.AGE_BAND: translate("Labels", "age band"),
        Dimension.COUNTRY: translate("Labels", "country"),
        Dimension.CITY: translate("Labels", "city"),
        Dimension.STAKEHOLDER_TYPE: translate("Labels", "stakeholder type"),
        Dimension.GROUP: translate("Labels", "marginalised group"),
        Dimension.KIND: translate("Labels", "kind"),
        Dimension.STATUS: translate("Labels", "grant status"),
        Dimension.CURRENCY: translate("Labels", "currency"),
    }
