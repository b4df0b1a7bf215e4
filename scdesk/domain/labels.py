"""The words shown for stored choices (enum values) and figure categories, wherever they are
shown: the GUI, the command line and the reports. The one place a choice gets its word.

Each word is looked up through scdesk.i18n.translate, so the GUI shows it in the user's language
and a report in the report's. The context tells who translates it: "Labels" and "Reports" are
translated with the reports (resources/translations, checked by tests/reports/test_catalog.py);
"Choices" are shown only by the GUI and are translated with it. A choice the GUI and the reports
both show has one word, in the context that already has its translations.
"""

from collections.abc import Callable, Iterable
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
        own = _CHOICES.get((type(value), value.value))
        if own is not None:
            return own()
    word = _CATEGORY_WORDS.get(str(value))
    return str(value) if word is None else word()


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


#: Each choice's word, translated only when it is asked for: a list shows a few words on each
#: row it paints, and translating every word of every choice for each of them took longer than
#: the rest of the row.
_CHOICE_WORDS: list[tuple[StrEnum, Callable[[], str]]] = [
    # The roles print capitalised in a report's table of people, and read so in the GUI.
    (AttendanceRole.CHAIR, lambda: translate("Reports", "Chair")),
    (AttendanceRole.SECRETARY, lambda: translate("Reports", "Secretary")),
    (AttendanceRole.MEMBER, lambda: translate("Reports", "Member")),
    (AttendanceRole.OBSERVER, lambda: translate("Reports", "Observer")),
    (AttendanceRole.PARTICIPANT, lambda: translate("Reports", "Participant")),
    (AttendanceRole.SPEAKER, lambda: translate("Reports", "Speaker")),
    (AttendanceRole.FACILITATOR, lambda: translate("Reports", "Facilitator")),
    (AttendanceRole.GUEST, lambda: translate("Reports", "Guest")),
    (MemberRole.CHAIR, lambda: translate("Reports", "Chair")),
    (MemberRole.SECRETARY, lambda: translate("Reports", "Secretary")),
    (MemberRole.MEMBER, lambda: translate("Reports", "Member")),
    (MemberRole.OBSERVER, lambda: translate("Reports", "Observer")),
    (CoachRole.COACH, lambda: translate("Reports", "coach")),
    (CoachRole.FACILITATOR, lambda: translate("Reports", "facilitator")),
    (AttendanceStatus.INVITED, lambda: translate("Choices", "invited")),
    (AttendanceStatus.PRESENT, lambda: translate("Choices", "present")),
    (AttendanceStatus.APOLOGIES, lambda: translate("Choices", "sent apologies")),
    (AttendanceStatus.ABSENT, lambda: translate("Choices", "absent")),
    (MeetingStatus.PLANNED, lambda: translate("Reports", "planned")),
    (MeetingStatus.HELD, lambda: translate("Reports", "held")),
    (MeetingStatus.CANCELLED, lambda: translate("Reports", "cancelled")),
    (MinutesStatus.DRAFT, lambda: translate("Reports", "draft")),
    (MinutesStatus.CIRCULATED, lambda: translate("Reports", "circulated")),
    (MinutesStatus.APPROVED, lambda: translate("Choices", "approved (locked)")),
    (ActionStatus.OPEN, lambda: translate("Reports", "open")),
    (ActionStatus.DONE, lambda: translate("Reports", "done")),
    (ActionStatus.DROPPED, lambda: translate("Reports", "dropped")),
    (ActionState.OPEN, lambda: translate("Reports", "open")),
    (ActionState.DONE, lambda: translate("Reports", "done")),
    (ActionState.DROPPED, lambda: translate("Reports", "dropped")),
    (ActionState.OVERDUE, lambda: translate("Reports", "overdue")),
    (ActionState.CARRIED_OVER, lambda: translate("Reports", "carried over")),
    (ActivityKind.SPORTS, lambda: translate("Reports", "sports")),
    (ActivityKind.ARTS, lambda: translate("Reports", "arts")),
    (ActivityKind.DIALOGUE, lambda: translate("Reports", "dialogue")),
    (ActivityKind.TRAINING, lambda: translate("Reports", "training")),
    (ActivityKind.OTHER, lambda: translate("Reports", "other activity")),
    (CommitteeKind.LIAISON, lambda: translate("Reports", "liaison committee")),
    (CommitteeKind.LOCAL_PREVENTION, lambda: translate("Reports", "local prevention committee")),
    (CommitteeKind.OTHER, lambda: translate("Labels", "other")),
    (FindingCategory.CONCERN, lambda: translate("Choices", "concern")),
    (FindingCategory.THREAT, lambda: translate("Choices", "threat")),
    (FindingCategory.EXISTING_APPROACH, lambda: translate("Choices", "existing approach")),
    (FindingCategory.RESOURCE, lambda: translate("Choices", "resource")),
    (FindingCategory.KEY_NEED, lambda: translate("Choices", "key need")),
    (FindingCategory.PRIORITY, lambda: translate("Choices", "priority")),
    (
        PriorityArea.PREVENTION_MECHANISMS,
        lambda: translate("Choices", "prevention and early prevention"),
    ),
    (
        PriorityArea.NATIONAL_LOCAL_COOPERATION,
        lambda: translate("Choices", "national-local cooperation"),
    ),
    (PriorityArea.YOUTH_PARTICIPATION, lambda: translate("Choices", "participation of youth")),
    (PriorityArea.WOMEN_PARTICIPATION, lambda: translate("Choices", "participation of women")),
    (
        PriorityArea.MARGINALISED_PARTICIPATION,
        lambda: translate("Choices", "participation of marginalised groups"),
    ),
    (PriorityArea.OTHER, lambda: translate("Choices", "other priority")),
    (PlanStatus.DRAFT, lambda: translate("Reports", "draft")),
    (PlanStatus.ADOPTED, lambda: translate("Reports", "adopted")),
    (PlanStatus.SUPERSEDED, lambda: translate("Reports", "superseded")),
    (FactorKind.THREAT, lambda: translate("Reports", "threat")),
    (FactorKind.RISK_FACTOR, lambda: translate("Reports", "risk factor")),
    (FactorKind.PROTECTIVE_FACTOR, lambda: translate("Reports", "protective factor")),
    (Level.LOW, lambda: translate("Reports", "low")),
    (Level.MEDIUM, lambda: translate("Reports", "medium")),
    (Level.HIGH, lambda: translate("Reports", "high")),
    (PlanActionStatus.PLANNED, lambda: translate("Reports", "planned")),
    (PlanActionStatus.IN_PROGRESS, lambda: translate("Reports", "in progress")),
    (PlanActionStatus.DONE, lambda: translate("Reports", "done")),
    (PlanActionStatus.DELAYED, lambda: translate("Reports", "delayed")),
    (PlanActionStatus.DROPPED, lambda: translate("Reports", "dropped")),
    (IndicatorLevel.OUTPUT, lambda: translate("Reports", "output")),
    (IndicatorLevel.OUTCOME, lambda: translate("Reports", "outcome")),
    (
        CountingRule.DISTINCT_PEOPLE,
        lambda: translate("Reports", "different people, each counted once"),
    ),
    (CountingRule.EVENTS, lambda: translate("Reports", "events held")),
    (CountingRule.CITIES, lambda: translate("Reports", "member cities, each counted once")),
    (CountingRule.GRANTS, lambda: translate("Reports", "grants, cancelled ones left out")),
    (GrantStatus.PROPOSED, lambda: translate("Reports", "proposed")),
    (GrantStatus.APPROVED, lambda: translate("Reports", "approved")),
    (GrantStatus.DISBURSED, lambda: translate("Reports", "disbursed")),
    (GrantStatus.COMPLETED, lambda: translate("Reports", "completed")),
    (GrantStatus.CANCELLED, lambda: translate("Reports", "cancelled")),
    (RaisingStatus.RAISED, lambda: translate("Reports", "raised")),
    (RaisingStatus.ANSWERED, lambda: translate("Reports", "answered")),
    (RaisingStatus.ACTED_ON, lambda: translate("Reports", "acted on")),
    (RaisingStatus.DECLINED, lambda: translate("Reports", "declined")),
    (Sector.LOCAL_GOVERNMENT, lambda: translate("Choices", "local government")),
    (Sector.CIVIL_SOCIETY, lambda: translate("Labels", "civil society")),
    (Sector.FAITH, lambda: translate("Choices", "faith")),
    (Sector.EDUCATION, lambda: translate("Choices", "education")),
    (Sector.POLICE, lambda: translate("Labels", "police")),
    (Sector.YOUTH, lambda: translate("Labels", "youth")),
    (Sector.MEDIA, lambda: translate("Choices", "media")),
    (Sector.OTHER, lambda: translate("Labels", "other")),
    (ConsentGiver.SELF, lambda: translate("Choices", "the person")),
    (ConsentGiver.GUARDIAN, lambda: translate("Choices", "a parent or guardian")),
    (ConsentForm.ORAL, lambda: translate("Choices", "orally")),
    (ConsentForm.WRITTEN, lambda: translate("Choices", "in writing")),
    (DeviceRole.OFFICER, lambda: translate("Choices", "field officer")),
    (DeviceRole.HUB, lambda: translate("Choices", "hub")),
    (DeviceState.THIS_DEVICE, lambda: translate("Choices", "this device")),
    (DeviceState.TRUSTED, lambda: translate("Choices", "trusted")),
    (DeviceState.NOT_TRUSTED, lambda: translate("Choices", "not trusted")),
    (DeviceState.REVOKED, lambda: translate("Choices", "revoked")),
    (Period.LAST_QUARTER, lambda: translate("Choices", "Last complete quarter")),
    (Period.LAST_12_MONTHS, lambda: translate("Choices", "Last 12 months")),
    (Period.THIS_YEAR, lambda: translate("Choices", "This year")),
    (Period.ALL, lambda: translate("Choices", "All time")),
    (Period.CUSTOM, lambda: translate("Choices", "Between the dates…")),
]
_CHOICES = {(type(value), value.value): word for value, word in _CHOICE_WORDS}


#: The words of a figure's category keys, translated when asked for, as the choices' words.
_CATEGORY_WORDS: dict[str, Callable[[], str]] = {
    Gender.FEMALE: lambda: translate("Labels", "female"),
    Gender.MALE: lambda: translate("Labels", "male"),
    Gender.ANOTHER: lambda: translate("Labels", "another gender"),
    Gender.UNDISCLOSED: lambda: translate("Labels", "prefer not to say"),
    AgeBand.UNDER_15: lambda: translate("Labels", "under 15"),
    AgeBand.FROM_15: lambda: translate("Labels", "15 to 17"),
    AgeBand.FROM_18: lambda: translate("Labels", "18 to 24"),
    AgeBand.FROM_25: lambda: translate("Labels", "25 to 34"),
    AgeBand.FROM_35: lambda: translate("Labels", "35 to 49"),
    AgeBand.FROM_50: lambda: translate("Labels", "50 to 64"),
    AgeBand.FROM_65: lambda: translate("Labels", "65 and over"),
    StakeholderType.MAYOR: lambda: translate("Labels", "mayor or local leader"),
    StakeholderType.MUNICIPAL_OFFICIAL: lambda: translate("Labels", "municipal official"),
    StakeholderType.NATIONAL_OFFICIAL: lambda: translate("Labels", "national official"),
    StakeholderType.CIVIL_SOCIETY: lambda: translate("Labels", "civil society"),
    StakeholderType.RELIGIOUS_LEADER: lambda: translate("Labels", "religious leader"),
    StakeholderType.YOUTH: lambda: translate("Labels", "youth"),
    StakeholderType.WOMENS_GROUP: lambda: translate("Labels", "women's group"),
    StakeholderType.POLICE: lambda: translate("Labels", "police"),
    StakeholderType.OTHER: lambda: translate("Labels", "other"),
    GroupTag.DISPLACED: lambda: translate("Labels", "displaced person"),
    GroupTag.REFUGEE: lambda: translate("Labels", "refugee"),
    GroupTag.RELIGIOUS_MINORITY: lambda: translate("Labels", "religious minority"),
    GroupTag.ETHNIC_MINORITY: lambda: translate("Labels", "ethnic minority"),
    GroupTag.DISABILITY: lambda: translate("Labels", "disability"),
    # GroupTag.OTHER shares the value "other" with StakeholderType.OTHER above.
    MeetingKind.COMMITTEE_MEETING: lambda: translate("Labels", "committee meeting"),
    MeetingKind.CONSULTATION: lambda: translate("Labels", "consultation"),
    MeetingKind.WORKSHOP: lambda: translate("Labels", "workshop"),
    MeetingKind.ROUNDTABLE: lambda: translate("Labels", "roundtable"),
    MeetingKind.TRAINING: lambda: translate("Labels", "training"),
    MeetingKind.SUMMIT: lambda: translate("Labels", "summit"),
    YOUTH_ACTIVITY: lambda: translate("Labels", "youth activity"),
    NOT_RECORDED: lambda: translate("Labels", "not recorded"),
    NO_GROUP: lambda: translate("Labels", "no group recorded"),
    FigureKey.PEOPLE_ENGAGED: lambda: translate("Labels", "People engaged"),
    FigureKey.MAYORS_ENGAGED: lambda: translate("Labels", "Mayors and local leaders engaged"),
    FigureKey.YOUTH_REACHED: lambda: translate("Labels", "Youth reached (under 25)"),
    FigureKey.EVENTS_HELD: lambda: translate("Labels", "Events held"),
    FigureKey.MEMBER_CITIES: lambda: translate("Labels", "Member cities"),
    GRANTS_AWARDED: lambda: translate("Labels", "Grants awarded"),
    Dimension.GENDER: lambda: translate("Labels", "gender"),
    Dimension.AGE_BAND: lambda: translate("Labels", "age band"),
    Dimension.COUNTRY: lambda: translate("Labels", "country"),
    Dimension.CITY: lambda: translate("Labels", "city"),
    Dimension.STAKEHOLDER_TYPE: lambda: translate("Labels", "stakeholder type"),
    Dimension.GROUP: lambda: translate("Labels", "marginalised group"),
    Dimension.KIND: lambda: translate("Labels", "kind"),
    Dimension.STATUS: lambda: translate("Labels", "grant status"),
    Dimension.CURRENCY: lambda: translate("Labels", "currency"),
}
