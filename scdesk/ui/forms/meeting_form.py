"""A meeting: its details, attendance and headcounts, agenda, actions, a consultation's
findings and the minutes, saved in one go; the minutes' lifecycle steps act at once on the
saved meeting."""

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from uuid import UUID

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFormLayout, QLabel, QTabWidget, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from scdesk.domain import limits
from scdesk.domain.changes import RecordKind
from scdesk.domain.labels import choices, label
from scdesk.domain.languages import language_codes, language_name
from scdesk.domain.meetings import (
    MeetingId,
    MeetingKind,
    MeetingStatus,
    MinutesStatus,
)
from scdesk.domain.plans import ConsultationRecord, consultation_record_problems
from scdesk.domain.progress import Progress
from scdesk.domain.rules import Part, Problem, by_row
from scdesk.services.actions import ActionView, actions_for_meeting
from scdesk.services.meetings import save_meeting
from scdesk.services.report_requests import Subject
from scdesk.services.reports import meeting_reports
from scdesk.services.saved import Saved
from scdesk.store.queries.choices import (
    Choice,
    CommitteeChoice,
    Member,
    city_choices,
    committee_members,
    committees_with_city,
)
from scdesk.store.queries.findings import FindingView, consultation_findings
from scdesk.store.queries.meeting_detail import MeetingDetail, meeting_detail
from scdesk.store.queries.plan_lists import VersionLine, versions_from
from scdesk.store.queries.priorities import PriorityRow, priority_rows
from scdesk.ui.collation import city_choice_items
from scdesk.ui.form_records.findings import findings_record, findings_state
from scdesk.ui.form_records.meeting import known_people, meeting_record, meeting_state
from scdesk.ui.forms.fields import (
    ChoiceField,
    DateTimeField,
    LongTextField,
    TextField,
)
from scdesk.ui.forms.meeting_actions import ActionsTab
from scdesk.ui.forms.meeting_agenda import AgendaEditor
from scdesk.ui.forms.meeting_attendance import AttendanceTab
from scdesk.ui.forms.meeting_findings import FindingsTab
from scdesk.ui.forms.meeting_minutes import MinutesTab
from scdesk.ui.forms.meeting_steps import MeetingSteps
from scdesk.ui.forms.new_person import record_new_person
from scdesk.ui.forms.record_form import RecordForm
from scdesk.ui.forms.report_button import ReportsButton
from scdesk.ui.text_direction import isolate, set_text_direction


@dataclass(frozen=True, slots=True)
class _Choices:
    cities: list[Choice]
    committees: list[CommitteeChoice]
    priorities: list[PriorityRow]


@dataclass(frozen=True, slots=True)
class _Loaded:
    detail: MeetingDetail
    actions: list[ActionView]
    members: list[Member]
    #: The day the members are of, None when the meeting has no committee.
    members_on: date | None
    findings: list[FindingView]
    #: The risk profile and plan versions that came from this meeting (a consultation).
    plans: list[tuple[str, VersionLine]]


class MeetingForm(RecordForm[_Choices, _Loaded, ConsultationRecord]):
    FORM = "meeting"
    WATCHED = frozenset({RecordKind.MEETING, RecordKind.ACTION_ITEM, RecordKind.FINDING})
    #: A form to open: a risk profile or plan version that came from this consultation.
    open_requested = Signal(str, object)

    def build(self) -> None:
        self.setWindowTitle(self.tr("Meeting[*]"))
        self.detail: MeetingDetail | None = None
        self._names: dict[str, str] = {}
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget(self.body)
        layout.addWidget(self.tabs)

        details = QWidget(self.tabs)
        form = QFormLayout(details)
        self.kind = self.add_field(form, "kind", self.tr("&Kind"), ChoiceField(details))
        self.kind.set_choices(choices(MeetingKind))
        self.title = self.add_field(
            form, "title", self.tr("&Title"), TextField(details, limits.TITLE)
        )
        self.city = self.add_field(
            form, "city_id", self.tr("&City"), ChoiceField(details, self.tr("—"))
        )
        self.committee = self.add_field(
            form, "committee_id", self.tr("C&ommittee"), ChoiceField(details, self.tr("none"))
        )
        self.starts_at = self.add_field(
            form, "starts_at", self.tr("&Starts"), DateTimeField(details)
        )
        self.ends_at = self.add_field(
            form, "ends_at", self.tr("&Ends"), DateTimeField(details, optional=True)
        )
        self.venue = self.add_field(
            form, "venue", self.tr("&Venue"), TextField(details, limits.TITLE)
        )
        self.language = self.add_field(form, "language", self.tr("&Language"), ChoiceField(details))
        self.language.set_choices([(code, language_name(code)) for code in language_codes()])
        self.status = self.add_field(form, "status", self.tr("St&atus"), ChoiceField(details))
        self.status.set_choices(choices(MeetingStatus))
        self.summary = self.add_field(form, "summary", self.tr("S&ummary"), LongTextField(details))
        self.plans_from = QLabel(details)
        self.plans_from.setWordWrap(True)
        self.plans_from.setAccessibleName(self.tr("Plans that came from this consultation"))
        self.plans_from.linkActivated.connect(self._open_plan)
        form.addRow(self.plans_from)
        self.tabs.addTab(details, self.tr("Details"))

        self.attendance = AttendanceTab(self.context, self.tabs)
        self.register("attendance", self.attendance)
        self.attendance.edited.connect(self._on_people_changed)
        self.attendance.new_person_asked.connect(self._new_person)
        self.tabs.addTab(self.attendance, self.tr("Attendance"))
        self.agenda = AgendaEditor(self.tabs)
        self.register("agenda", self.agenda)
        self.tabs.addTab(self.agenda, self.tr("Agenda"))
        self.actions_tab = ActionsTab(self.tabs)
        self.register("actions", self.actions_tab)
        self.steps = MeetingSteps(
            self.context.ops, self.context.store, lambda: self.record_id, self
        )
        self.actions_tab.resolve_asked.connect(self.steps.resolve_action)
        self.tabs.addTab(self.actions_tab, self.tr("Actions"))
        self.findings = FindingsTab(self.tabs)
        self.register("findings", self.findings)
        self.tabs.addTab(self.findings, self.tr("Findings"))
        self.minutes = MinutesTab(self.tabs)
        self.minutes.circulate_asked.connect(self.steps.circulate)
        self.minutes.draft_asked.connect(self.steps.back_to_draft)
        self.minutes.approve_on_asked.connect(self.steps.approve_on)
        self.minutes.approve_previous_asked.connect(self.steps.approve_previous)
        self.minutes.amend_asked.connect(self.steps.amend)
        self.steps.done.connect(self.reload)
        self.steps.refused.connect(self.minutes.problem.show_problem)
        self.tabs.addTab(self.minutes, self.tr("Minutes"))

        self.reports_button = ReportsButton(self.context, Subject.MEETING, self)
        self.button_row.insertWidget(0, self.reports_button)
        QWidget.setTabOrder(self.reports_button, self.save_button)
        QWidget.setTabOrder(self.save_button, self.close_button)

        self.city.edited.connect(self._on_city_chosen)
        self.committee.edited.connect(self._on_committee_chosen)
        self.starts_at.edited.connect(self._load_members)
        self.language.edited.connect(self._follow_language)
        self.kind.edited.connect(self._show_findings)
        self.kind.edited.connect(self._filter_committees)
        self.title.textChanged.connect(self._retitle)
        self._committees: list[CommitteeChoice] = []
        #: The committee chosen for the user (a city's only one), not by them.
        self._offered: str | None = None
        #: The user chose the committee (or none) for the city chosen now.
        self._chosen_by_user = False
        #: Counts the reads of the members: only the newest one's answer is shown.
        self._members_asked = 0
        self.resize(1100, 720)

    def first_field(self) -> QWidget:
        return self.title

    # ------------------------------------------------------------------ loading
    def load_choices(self, session: Session) -> _Choices:
        return _Choices(
            city_choices(session), committees_with_city(session), priority_rows(session)
        )

    def populate_choices(self, loaded: _Choices) -> None:
        self.city.set_choices(city_choice_items(loaded.cities))
        self._committees = loaded.committees
        self._filter_committees()
        self.findings.set_priorities(loaded.priorities)

    def load_detail(self, session: Session, record_id: UUID) -> _Loaded | None:
        detail = meeting_detail(session, record_id)
        if detail is None:
            return None
        members: list[Member] = []
        day = None
        if detail.meeting.committee_id is not None:
            day = detail.meeting.starts_at.date()
            members = committee_members(session, detail.meeting.committee_id, day)
        return _Loaded(
            detail,
            actions_for_meeting(self.context.store, MeetingId(record_id)),
            members,
            day,
            consultation_findings(session, record_id),
            versions_from(session, record_id),
        )

    def populate(self, loaded: _Loaded) -> None:
        detail = self.detail = loaded.detail
        self._names = known_people(detail, loaded.actions)
        self.attendance.set_members(loaded.members, loaded.members_on)
        state = meeting_state(detail, loaded.actions)
        state["findings"] = findings_state(loaded.findings)
        self.city.restore(state["city_id"])
        self._filter_committees()
        self.attendance.restore(state["attendance"])
        self._on_people_changed()
        for name, field in self.fields.items():
            field.restore(state[name])
        self.actions_tab.show_carried(detail.id, loaded.actions)
        self._show_findings()
        self._show_plans(loaded.plans)
        self._follow_language()
        self._retitle(detail.meeting.title)
        self.reports_button.offer(
            detail.id, meeting_reports(detail.meeting.status), detail.meeting.title
        )
        self._refresh_minutes()

    def locked(self, loaded: _Loaded) -> str | None:
        if loaded.detail.minutes_status is not MinutesStatus.APPROVED:
            return None
        return self.tr(
            "These minutes are approved and locked: record a correction as an amendment on the "
            "Minutes tab."
        )

    def populate_new(self) -> None:
        device = self.context.store.device()
        now = self.context.store.now()
        start = (now + timedelta(days=1)).replace(hour=5, minute=0, second=0, microsecond=0)
        self.kind.set_value(MeetingKind.COMMITTEE_MEETING.value)
        self.city.set_value(str(device.city_id) if device.city_id else None)
        self._filter_committees()
        self.starts_at.set_value(start)
        self.language.set_value(device.language)
        self.status.set_value(MeetingStatus.PLANNED.value)
        self.actions_tab.show_carried(None, [])
        self._show_findings()
        self._follow_language()
        self._refresh_minutes()

    def apply_state(self, state: Mapping[str, object]) -> None:
        self.attendance.restore(state.get("attendance"))
        self._on_people_changed()
        super().apply_state(state)

    def after_restore(self) -> None:
        self._on_people_changed()
        self._show_findings()
        self._follow_language()
        self._refresh_minutes()

    # ------------------------------------------------------------------ reacting
    def _filter_committees(self) -> None:
        """The committees of the meeting's city (all of them while no city is chosen); a new
        meeting of a city with one committee is that committee's."""
        city = self.city.value()
        before = self.committee.value()
        shown = [c for c in self._committees if city is None or str(c.city_id) == city]
        self.committee.set_choices([(str(c.id), c.label) for c in shown])
        if self.record_id is None:
            self._offer_committee(city, shown)
        if self.committee.value() != before:
            self._load_members()

    def _offer_committee(self, city: str | None, shown: list[CommitteeChoice]) -> None:
        """The city's only committee, unless the meeting is a consultation (which a city
        holds without one) or the user chose a committee themselves."""
        current = self.committee.value()
        if self._chosen_by_user or (current is not None and current != self._offered):
            return
        consultation = self.kind.value() == MeetingKind.CONSULTATION.value
        only = len(shown) == 1 and city is not None and not consultation
        self._offered = str(shown[0].id) if only else None
        self.committee.set_value(self._offered)

    def _on_city_chosen(self) -> None:
        self._chosen_by_user = False
        self._filter_committees()

    def _on_committee_chosen(self) -> None:
        self._chosen_by_user = True
        self._offered = None
        self._load_members()

    def _show_findings(self) -> None:
        """The Findings tab shows for a consultation, and for a meeting that still has findings
        (so that they can be removed)."""
        consultation = self.kind.value() == MeetingKind.CONSULTATION.value
        shown = consultation or self.findings.count() > 0
        self.tabs.setTabVisible(self.tabs.indexOf(self.findings), shown)

    def _load_members(self) -> None:
        """The committee's members on the meeting's day, read again when either changes."""
        self._members_asked += 1
        asked = self._members_asked
        committee = self.committee.value()
        if committee is None:
            self.attendance.set_members([], None)
            return
        store = self.context.store
        day = (self.starts_at.value() or store.now()).date()

        def work(_progress: object) -> list[Member]:
            with store.read() as session:
                return committee_members(session, UUID(committee), day)

        def show(members: list[Member]) -> None:
            if asked == self._members_asked:  # not overtaken by another committee or day
                self.attendance.set_members(members, day)

        self.context.ops.run(
            self, work, show, label=self.tr("Reading the members…"), writes=False, quiet=True
        )

    def _on_people_changed(self) -> None:
        for person_id, name in self.attendance.present_people():
            self._names[person_id] = name
        listed = dict(self.attendance.present_people())
        people = list(listed.items()) + [
            (pid, name) for pid, name in self._names.items() if pid not in listed
        ]
        self.agenda.set_people(people)
        self.actions_tab.set_people(people)

    def _follow_language(self) -> None:
        """Text fields start at the right for records in Urdu."""
        language = self.language.value() or "en"
        set_text_direction(
            [
                self.title,
                self.venue,
                self.summary,
                self.agenda.title,
                self.agenda.discussion,
                self.agenda.decisions,
                self.minutes.amendment_text,
            ],
            language,
        )
        self.findings.set_language(language)

    def _retitle(self, text: str) -> None:
        name = text.strip() or self.tr("new")
        self.setWindowTitle(self.tr("Meeting: {title}[*]").format(title=isolate(name)))

    def _new_person(self, typed: str) -> None:
        record_new_person(self, self.context, typed, self.attendance.add_person)

    # ------------------------------------------------------------------ checking and saving
    def check(self) -> tuple[ConsultationRecord | None, list[Problem]]:
        now = self.context.store.now()
        state = self.state()
        meeting = meeting_record(state, self.record_id, now)
        record = ConsultationRecord(meeting, findings_record(state.get("findings")))
        problems = consultation_record_problems(record, now)
        problems += self.attendance.attending_problems(meeting.meeting.starts_at.date())
        return record, problems

    def show_nested_problems(self, problems: list[Problem], show_all: bool) -> list[Problem]:
        """The attendance's problems once the attendance was edited; each agenda item's, each
        action's and each finding's under it; a tab with problems marked."""
        handled = ("attendance", "headcounts", "total_attendance")
        attendance = [p for p in problems if p.location is None and p.field in handled]
        shown_attendance = self.touched("attendance")
        self.attendance.show_problems(attendance if shown_attendance else [])
        agenda = by_row(problems, Part.AGENDA)
        self.agenda.show_problems(agenda)
        actions = by_row(problems, Part.ACTIONS)
        self.actions_tab.own.show_row_problems(actions)
        self._mark_tab(self.attendance, shown_attendance and bool(attendance))
        self._mark_tab(self.agenda, bool(agenda))
        self._mark_tab(self.actions_tab, bool(actions))
        findings = self.findings.show_problems(by_row(problems, Part.FINDINGS))
        self._mark_tab(self.findings, findings)
        parts = (Part.AGENDA, Part.ACTIONS, Part.FINDINGS)
        return [p for p in problems if p not in attendance and not any(p.within(w) for w in parts)]

    def _mark_tab(self, page: QWidget, has_problems: bool) -> None:
        """A tab whose fields have problems shows its name in red, seen from any tab."""
        color = QColor("#b00020") if has_problems else QColor()
        self.tabs.tabBar().setTabTextColor(self.tabs.indexOf(page), color)

    def save_work(self, record: ConsultationRecord) -> Callable[[Progress], Saved[MeetingId]]:
        store = self.context.store
        return lambda _progress: save_meeting(store, record.meeting, record.findings)

    def draft_title(self) -> str:
        return self.title.value().strip() or self.tr("New meeting")

    def show_locked(self, locked: bool) -> None:
        for index in range(self.tabs.count() - 1):  # the Minutes tab stays usable
            page = self.tabs.widget(index)
            if page is not None:
                page.setEnabled(not locked)

    def _show_plans(self, plans: list[tuple[str, VersionLine]]) -> None:
        """Links to the risk profile and plan versions this consultation fed."""
        names = {"risk_profile": self.tr("Risk profile"), "plan": self.tr("Prevention plan")}
        links = [
            f'<a href="{kind}:{line.id}">{names[kind]} {line.version}</a> ({label(line.status)})'
            for kind, line in plans
        ]
        text = self.tr("Came into: {links}").format(links=", ".join(links)) if links else ""
        self.plans_from.setText(text)
        self.plans_from.setVisible(bool(links))

    def _open_plan(self, link: str) -> None:
        kind, _, record = link.partition(":")
        self.open_requested.emit(kind, UUID(record))

    # ------------------------------------------------------------------ minutes
    def _refresh_minutes(self) -> None:
        self.minutes.show_detail(self.detail, self.dirty, self.context.store.now().date())

    def _on_edited(self, name: str) -> None:
        super()._on_edited(name)
        self._refresh_minutes()
