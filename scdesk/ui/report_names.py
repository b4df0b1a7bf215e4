"""The names of the reports offered: on the Reports page's list, and on a record's Reports menu."""

from PySide6.QtCore import QCoreApplication

from scdesk.services.report_requests import Offer, Subject
from scdesk.services.reports import ReportKind


def report_name(kind: ReportKind) -> str:
    """A report's name on a meeting's or an activity's own page, where what it is of is known."""
    translate = QCoreApplication.translate
    names = {
        ReportKind.MINUTES: translate("ReportLabels", "Minutes"),
        ReportKind.SIGN_IN: translate("ReportLabels", "Sign-in sheet"),
        ReportKind.ACTIVITY: translate("ReportLabels", "Activity report"),
        ReportKind.KEY_FIGURES: translate("ReportLabels", "Key figures"),
        ReportKind.INDICATORS: translate("ReportLabels", "Indicators against targets"),
        ReportKind.ACTIONS: translate("ReportLabels", "Action tracker"),
        ReportKind.CITY_PLAN: translate("ReportLabels", "City risk profile and plan"),
        ReportKind.CSV: translate("ReportLabels", "Tables as CSV files (zip)"),
        ReportKind.XLSX: translate("ReportLabels", "Tables as an XLSX workbook"),
    }
    return names[kind]


def offer_name(offer: Offer) -> str:
    """A report's name on the Reports page, where a sign-in sheet may be a meeting's or an
    activity's."""
    translate = QCoreApplication.translate
    if offer.kind is ReportKind.SIGN_IN and offer.subject is Subject.MEETING:
        return translate("ReportLabels", "Sign-in sheet for a meeting")
    if offer.kind is ReportKind.SIGN_IN:
        return translate("ReportLabels", "Sign-in sheet for a youth activity")
    if offer.kind is ReportKind.MINUTES:
        return translate("ReportLabels", "Minutes of a meeting")
    if offer.kind is ReportKind.ACTIVITY:
        return translate("ReportLabels", "Youth activity report")
    return report_name(offer.kind)
