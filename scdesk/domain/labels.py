"""Words shown for stored choices, in the user's language; Qt-free, so reports and the command line
use them as the GUI does (pyside6-lupdate collects the translate() calls below)."""

from enum import StrEnum

from scdesk.domain.figures import NO_GROUP, NOT_RECORDED, YOUTH_ACTIVITY, Dimension, FigureKey
from scdesk.domain.meetings import MeetingKind
from scdesk.domain.people import AgeBand, Gender, GroupTag, StakeholderType
from scdesk.domain.places import COUNTRIES
from scdesk.i18n import translate


def label(value: StrEnum | str) -> str:
    """The word for a choice, or for a figure's category key; the key itself when none is known."""
    return _labels().get(str(value), str(value))


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


def _labels() -> dict[str, str]:
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
