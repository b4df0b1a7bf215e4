"""A committee and who sits on it."""

from collections.abc import Callable
from dataclasses import dataclass
from uuid import UUID

from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QVBoxLayout
from sqlalchemy.orm import Session

from scdesk.domain import limits
from scdesk.domain.changes import RecordKind
from scdesk.domain.committees import (
    CommitteeId,
    CommitteeKind,
    CommitteeRecord,
    MemberRole,
    committee_record_problems,
)
from scdesk.domain.labels import choices
from scdesk.domain.languages import language_codes, language_name
from scdesk.domain.progress import Progress
from scdesk.domain.rules import Part, Problem, by_row
from scdesk.services.committees import save_committee
from scdesk.services.saved import Saved
from scdesk.store.queries.choices import Choice, PersonChoice, city_choices
from scdesk.store.queries.record_detail import CommitteeDetail, committee_detail
from scdesk.ui.collation import city_choice_items
from scdesk.ui.form_records.committee import committee_record
from scdesk.ui.forms.fields import (
    ChoiceField,
    DateField,
    LongTextField,
    NumberField,
    ProblemLabel,
    TextField,
    choice_cell,
)
from scdesk.ui.forms.new_person import record_new_person
from scdesk.ui.forms.person_finder import PersonFinder
from scdesk.ui.forms.record_form import RecordForm
from scdesk.ui.forms.row_editor import RowColumn, RowEditor, TextCell


@dataclass(frozen=True, slots=True)
class _Choices:
    cities: list[Choice]


class CommitteeForm(RecordForm[_Choices, CommitteeDetail, CommitteeRecord]):
    FORM = "committee"
    WATCHED = frozenset({RecordKind.COMMITTEE})

    def build(self) -> None:
        self.setWindowTitle(self.tr("Committee[*]"))
        columns = QHBoxLayout(self.body)
        details = QGroupBox(self.tr("Committee"), self.body)
        form = QFormLayout(details)
        self.name = self.add_field(form, "name", self.tr("&Name"), TextField(details, limits.TITLE))
        self.kind = self.add_field(form, "kind", self.tr("&Kind"), ChoiceField(details))
        self.kind.set_choices(choices(CommitteeKind))
        self.city = self.add_field(
            form, "city_id", self.tr("&City"), ChoiceField(details, self.tr("—"))
        )
        self.language = self.add_field(
            form, "language", self.tr("&Language of minutes"), ChoiceField(details)
        )
        self.language.set_choices([(code, language_name(code)) for code in language_codes()])
        self.quorum = self.add_field(
            form, "quorum", self.tr("&Quorum"), NumberField(details, self.tr("no rule"), 500)
        )
        self.established_on = self.add_field(
            form, "established_on", self.tr("&Established on"), DateField(details)
        )
        self.mandate = self.add_field(form, "mandate", self.tr("&Mandate"), LongTextField(details))
        columns.addWidget(details, 2)

        members = QGroupBox(self.tr("Members"), self.body)
        column = QVBoxLayout(members)
        self.memberships = RowEditor(
            [
                RowColumn("name", self.tr("Person"), TextCell, 2),
                RowColumn(
                    "role", self.tr("Role"), choice_cell(MemberRole, default=MemberRole.MEMBER)
                ),
                RowColumn("starts_on", self.tr("From"), DateField),
                RowColumn("ends_on", self.tr("To"), DateField),
            ],
            members,
            hidden=("membership_id", "person_id"),
        )
        self.register("memberships", self.memberships)
        column.addWidget(self.memberships, 1)
        self.members_problem = ProblemLabel(members)
        self.problems.add_label("memberships", self.members_problem, "memberships")
        column.addWidget(self.members_problem)
        self.finder = PersonFinder(self.context, members)
        self.finder.picked.connect(self._add_member)
        self.finder.new_person_asked.connect(self._new_member)
        column.addWidget(self.finder)
        columns.addWidget(members, 3)
        self.resize(1000, 600)

    def _add_member(self, person: PersonChoice) -> None:
        self.memberships.add_row(
            {
                "person_id": str(person.id),
                "name": person.name,
                "role": MemberRole.MEMBER.value,
                "starts_on": self.context.store.now().date().isoformat(),
            }
        )
        self.memberships.edited.emit()

    def _new_member(self, typed: str) -> None:
        record_new_person(self, self.context, typed, self._add_member)

    # ------------------------------------------------------------------ hooks
    def load_choices(self, session: Session) -> _Choices:
        return _Choices(city_choices(session))

    def populate_choices(self, loaded: _Choices) -> None:
        self.city.set_choices(city_choice_items(loaded.cities))

    def load_detail(self, session: Session, record_id: UUID) -> CommitteeDetail | None:
        return committee_detail(session, record_id)

    def populate(self, detail: CommitteeDetail) -> None:
        committee = detail.committee
        self.name.set_value(committee.name)
        self.kind.set_value(committee.kind.value)
        self.city.set_value(str(committee.city_id))
        self.language.set_value(committee.language)
        self.quorum.set_number(committee.quorum)
        self.established_on.set_value(committee.established_on)
        self.mandate.set_value(committee.mandate)
        self.memberships.restore(
            [
                {
                    "membership_id": str(m.id),
                    "person_id": str(m.person_id),
                    "name": m.name,
                    "role": m.role.value,
                    "starts_on": m.starts_on.isoformat() if m.starts_on else None,
                    "ends_on": m.ends_on.isoformat() if m.ends_on else None,
                }
                for m in detail.memberships
            ]
        )

    def populate_new(self) -> None:
        device = self.context.store.device()
        self.kind.set_value(CommitteeKind.LOCAL_PREVENTION.value)
        self.city.set_value(str(device.city_id) if device.city_id else None)
        self.language.set_value(device.language)

    def check(self) -> tuple[CommitteeRecord | None, list[Problem]]:
        record = committee_record(self.state(), self.record_id)
        return record, committee_record_problems(record, self.context.store.now().date())

    def show_nested_problems(self, problems: list[Problem], show_all: bool) -> list[Problem]:
        self.memberships.show_row_problems(by_row(problems, Part.MEMBERSHIPS))
        return [p for p in problems if not p.within(Part.MEMBERSHIPS)]

    def save_work(self, record: CommitteeRecord) -> Callable[[Progress], Saved[CommitteeId]]:
        store = self.context.store
        return lambda _progress: save_committee(store, record)

    def draft_title(self) -> str:
        return self.name.value().strip() or self.tr("New committee")
