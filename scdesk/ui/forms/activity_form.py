"""A youth activity: details, sessions, coaches, communities, registered participants and
headcounts, saved in one go."""

from collections.abc import Callable
from dataclasses import dataclass
from uuid import UUID

from PySide6.QtWidgets import QFormLayout, QTabWidget, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from scdesk.domain import limits
from scdesk.domain.activities import (
    ActivityId,
    ActivityKind,
    ActivityRecord,
    activity_record_problems,
)
from scdesk.domain.changes import RecordKind
from scdesk.domain.labels import choices
from scdesk.domain.languages import language_codes, language_name
from scdesk.domain.meetings import MeetingStatus
from scdesk.domain.progress import Progress
from scdesk.domain.rules import Part, Problem, by_row
from scdesk.services.activities import save_activity
from scdesk.services.report_requests import Subject
from scdesk.services.reports import activity_reports
from scdesk.services.saved import Saved
from scdesk.store.queries.activity_detail import ActivityDetail, activity_detail
from scdesk.store.queries.choices import Choice, city_choices
from scdesk.ui.collation import city_choice_items
from scdesk.ui.form_records.activity import activity_record
from scdesk.ui.forms.activity_parts import ParticipationPart, PeoplePart, sessions_editor
from scdesk.ui.forms.fields import ChoiceField, DateField, LongTextField, TextField
from scdesk.ui.forms.new_person import record_new_person
from scdesk.ui.forms.record_form import RecordForm
from scdesk.ui.forms.report_button import ReportsButton
from scdesk.ui.text_direction import set_text_direction


@dataclass(frozen=True, slots=True)
class _Choices:
    cities: list[Choice]


class ActivityForm(RecordForm[_Choices, ActivityDetail, ActivityRecord]):
    FORM = "activity"
    WATCHED = frozenset({RecordKind.ACTIVITY})

    def build(self) -> None:
        self.setWindowTitle(self.tr("Youth activity[*]"))
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget(self.body)
        layout.addWidget(self.tabs)

        details = QWidget(self.tabs)
        form = QFormLayout(details)
        self.title = self.add_field(
            form, "title", self.tr("&Title"), TextField(details, limits.TITLE)
        )
        self.kind = self.add_field(form, "kind", self.tr("&Kind"), ChoiceField(details))
        self.kind.set_choices(choices(ActivityKind))
        self.city = self.add_field(
            form, "city_id", self.tr("&City"), ChoiceField(details, self.tr("—"))
        )
        self.starts_on = self.add_field(
            form, "starts_on", self.tr("&Starts on"), DateField(details, optional=False)
        )
        self.ends_on = self.add_field(form, "ends_on", self.tr("&Ends on"), DateField(details))
        self.venue = self.add_field(
            form, "venue", self.tr("&Venue"), TextField(details, limits.TITLE)
        )
        self.language = self.add_field(form, "language", self.tr("&Language"), ChoiceField(details))
        self.language.set_choices([(code, language_name(code)) for code in language_codes()])
        self.status = self.add_field(form, "status", self.tr("St&atus"), ChoiceField(details))
        self.status.set_choices(choices(MeetingStatus))
        self.outcomes = self.add_field(
            form, "outcomes", self.tr("&Outcomes"), LongTextField(details)
        )
        self.notes = self.add_field(form, "notes", self.tr("&Notes"), LongTextField(details))
        self.tabs.addTab(details, self.tr("Details"))

        sessions = QWidget(self.tabs)
        column = QVBoxLayout(sessions)
        self.sessions = sessions_editor(sessions)
        self.register("sessions", self.sessions)
        column.addWidget(self.sessions)
        self.tabs.addTab(sessions, self.tr("Sessions"))

        self.people = PeoplePart(self.context, self.tabs)
        self.register("people", self.people)
        self.people.edited.connect(self._on_people_changed)
        self.people.new_person_asked.connect(self._new_person)
        self.tabs.addTab(self.people, self.tr("People"))
        self.participation = ParticipationPart(self.tabs)
        self.register("participation", self.participation)
        self.tabs.addTab(self.participation, self.tr("Participation"))
        self.problems.add_label("participants", self.people.participants_problem, "people")
        self.problems.add_label("coaches", self.people.coaches_problem, "people")
        self.problems.add_label(
            "communities", self.participation.communities_problem, "participation"
        )
        self.problems.add_label("headcounts", self.participation.counts_problem, "participation")
        self.reports_button = ReportsButton(self.context, Subject.ACTIVITY, self)
        self.button_row.insertWidget(0, self.reports_button)
        QWidget.setTabOrder(self.reports_button, self.save_button)
        QWidget.setTabOrder(self.save_button, self.close_button)
        self.language.edited.connect(self._follow_language)
        self.resize(1050, 680)

    # ------------------------------------------------------------------ loading
    def load_choices(self, session: Session) -> _Choices:
        return _Choices(city_choices(session))

    def populate_choices(self, loaded: _Choices) -> None:
        self.city.set_choices(city_choice_items(loaded.cities))

    def load_detail(self, session: Session, record_id: UUID) -> ActivityDetail | None:
        return activity_detail(session, record_id)

    def populate(self, detail: ActivityDetail) -> None:
        activity = detail.activity
        self.title.set_value(activity.title)
        self.kind.set_value(activity.kind.value)
        self.city.set_value(str(activity.city_id))
        self.starts_on.set_value(activity.starts_on)
        self.ends_on.set_value(activity.ends_on)
        self.venue.set_value(activity.venue)
        self.language.set_value(activity.language)
        self.status.set_value(activity.status.value)
        self.outcomes.set_value(activity.outcomes)
        self.notes.set_value(activity.notes)
        self.sessions.restore(
            [
                {
                    "session_id": str(s.id),
                    "held_on": s.session.held_on.isoformat(),
                    "topic": s.session.topic or "",
                    "notes": s.session.notes or "",
                }
                for s in detail.sessions
            ]
        )
        self.people.restore(
            {
                "coaches": [
                    {"person_id": str(c.person_id), "name": c.name, "role": c.role.value}
                    for c in detail.coaches
                ],
                "participants": [
                    {"person_id": str(p.person_id), "name": p.name} for p in detail.participants
                ],
            }
        )
        self.participation.restore(
            {
                "communities": [{"community": name} for name in detail.communities],
                "counts": [
                    {
                        "gender": c.gender.value,
                        "age_band": c.age_band.value if c.age_band else None,
                        "community": c.community or "",
                        "count": c.count,
                    }
                    for c in detail.counts
                ],
            }
        )
        self._on_people_changed()
        self._follow_language()
        self.reports_button.offer(detail.id, activity_reports(activity.status), activity.title)

    def populate_new(self) -> None:
        device = self.context.store.device()
        self.kind.set_value(ActivityKind.SPORTS.value)
        self.city.set_value(str(device.city_id) if device.city_id else None)
        self.starts_on.set_value(self.context.store.now().date())
        self.language.set_value(device.language)
        self.status.set_value(MeetingStatus.PLANNED.value)
        self._follow_language()

    def after_restore(self) -> None:
        self._on_people_changed()
        self._follow_language()

    def _on_people_changed(self) -> None:
        self.participation.set_registered(len(self.people.participant_ids()))

    def _follow_language(self) -> None:
        set_text_direction(
            [self.title, self.venue, self.outcomes, self.notes], self.language.value() or "en"
        )

    def _new_person(self, typed: str, where: str) -> None:
        people = self.people
        add = people.add_coach if where == "coaches" else people.add_participant
        record_new_person(self, self.context, typed, add)

    # ------------------------------------------------------------------ checking and saving
    def check(self) -> tuple[ActivityRecord | None, list[Problem]]:
        today = self.context.store.now().date()
        record = activity_record(self.state(), self.record_id, today)
        return record, activity_record_problems(record, today)

    def show_nested_problems(self, problems: list[Problem], show_all: bool) -> list[Problem]:
        self.sessions.show_row_problems(by_row(problems, Part.SESSIONS))
        return [p for p in problems if not p.within(Part.SESSIONS)]

    def save_work(self, record: ActivityRecord) -> Callable[[Progress], Saved[ActivityId]]:
        store = self.context.store
        return lambda _progress: save_activity(store, record)

    def draft_title(self) -> str:
        return self.title.value().strip() or self.tr("New youth activity")
