"""The action tracker: every committee's open and overdue actions, and those of each city's
adopted prevention plan, for the secretaries and the hub to chase; grouped by city and committee
or plan, overdue ones first within each."""

from collections.abc import Sequence
from datetime import date
from itertools import groupby

from scdesk.domain.labels import country_label, label
from scdesk.domain.meetings import ActionState, ActionStatus, action_state
from scdesk.i18n import translate
from scdesk.reports.document import Column, PageSetup, Report
from scdesk.reports.formats import long_date, short_date
from scdesk.reports.people import named
from scdesk.store.queries.tracker import OpenAction


def tracker_pdf(
    actions: Sequence[OpenAction], setup: PageSetup, printed: date, language: str, scope: str
) -> bytes:
    title = translate("Reports", "Action tracker")
    report = Report(language, setup, title, printed)
    #: Translators: {date} is today's date in words.
    report.title(title, f"{scope} · " + translate("Reports", "open on {date}").format(
        date=long_date(printed)))  # fmt: skip
    states = [_state(a, printed) for a in actions]
    overdue = sum(1 for s in states if s is ActionState.OVERDUE)
    text = translate("Reports", "Open actions: {open}, of which overdue: {overdue}.")
    report.paragraph(text.format(open=len(actions), overdue=overdue), after=6)
    if not actions:
        report.paragraph(translate("Reports", "No actions are open."))
    columns = [
        Column(translate("Reports", "Action"), 4.4),
        Column(translate("Reports", "Owner"), 2.1),
        Column(translate("Reports", "Agreed on"), 1.45),
        Column(translate("Reports", "Due date"), 1.45),
        Column(translate("Reports", "Status"), 2.1),
    ]
    paired = list(zip(actions, states, strict=True))
    for (city, country), in_city in groupby(paired, key=lambda p: (p[0].city, p[0].country)):
        report.heading(f"{city} ({country_label(country)})")
        for _, group in groupby(in_city, key=lambda p: p[0].committee_id):
            items = sorted(group, key=lambda p: p[1] is not ActionState.OVERDUE)
            first = items[0][0]
            report.subheading(_group(first))
            rows = [
                [
                    a.text,
                    _owner(a),
                    short_date(a.opened_on),
                    short_date(a.due_on),
                    _status(state, a, printed),
                ]
                for a, state in items
            ]
            report.table(columns, rows)
    return report.pdf()


def _group(action: OpenAction) -> str:
    """What a group of actions belongs to: a committee, a prevention plan, or neither."""
    if action.plan_version is not None:
        #: Translators: {title} is the prevention plan's title, {number} its version.
        text = translate("Reports", "{title} (plan version {number})")
        return text.format(title=action.committee, number=action.plan_version)
    return action.committee or translate("Reports", "Meetings outside a committee")


def _state(action: OpenAction, today: date) -> ActionState:
    return action_state(ActionStatus.OPEN, action.due_on, True, today)


def _owner(action: OpenAction) -> str:
    if action.owner is None:
        return "—"
    return named(action.owner, action.owner_withdrawn)


def _status(state: ActionState, action: OpenAction, today: date) -> str:
    if state is ActionState.OVERDUE and action.due_on is not None:
        days = (today - action.due_on).days
        #: Translators: %n is how many days ago the action fell due.
        late = translate("Reports", "%n day(s) late", "", days)
        return f"{label(state)}\n{late}"
    return label(state)
