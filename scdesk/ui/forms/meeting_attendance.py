"""A meeting's attendance: named people (the committee's members in one click, anyone else
found by name or added new) and anonymous headcounts by gender, age band and group, with the
running sum beside the stated total."""

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from scdesk.domain.figures import NOT_RECORDED
from scdesk.domain.labels import label
from scdesk.domain.meetings import AttendanceRole, AttendanceStatus, counted_present
from scdesk.domain.people import AgeBand, Gender, GroupTag, attendee_problems
from scdesk.domain.rules import Problem
from scdesk.store.queries.choices import Member, PersonChoice
from scdesk.ui.context import AppContext
from scdesk.ui.form_records.meeting import attendees, headcounts
from scdesk.ui.form_records.values import part_of, rows_of
from scdesk.ui.forms.fields import ChoiceField, NumberField, ProblemLabel, choice_cell
from scdesk.ui.forms.person_finder import PersonFinder
from scdesk.ui.forms.row_editor import RowColumn, RowEditor, TextCell

#: A member's role on the committee, as their role at its meeting.
_ROLE = {
    "chair": AttendanceRole.CHAIR,
    "secretary": AttendanceRole.SECRETARY,
    "member": AttendanceRole.MEMBER,
    "observer": AttendanceRole.OBSERVER,
}


class AttendanceTab(QWidget):
    """Emits `edited` on every change; the meeting form reads attendees() and headcounts()."""

    edited = Signal()
    new_person_asked = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.members: list[Member] = []
        layout = QHBoxLayout(self)

        named = QGroupBox(self.tr("Named attendees"), self)
        column = QVBoxLayout(named)
        self.add_members = QPushButton(self.tr("Add the committee's &members"), named)
        self.add_members.setAccessibleName(self.tr("Add the committee's members"))
        self.add_members.clicked.connect(self.add_committee_members)
        members_row = QHBoxLayout()
        members_row.addWidget(self.add_members)
        #: Why the committee's members cannot be added, while they cannot.
        self.members_note = QLabel(named)
        self.members_note.setWordWrap(True)
        members_row.addWidget(self.members_note, 1)
        column.addLayout(members_row)
        self.attendance = RowEditor(
            [
                RowColumn("name", self.tr("Person"), TextCell, 2),
                RowColumn(
                    "status",
                    self.tr("Status"),
                    choice_cell(AttendanceStatus, default=AttendanceStatus.PRESENT),
                ),
                RowColumn(
                    "role",
                    self.tr("Role"),
                    choice_cell(AttendanceRole, default=AttendanceRole.PARTICIPANT),
                ),
            ],
            named,
            hidden=("person_id", "birth_year", "age_band", "has_contact", "withdrawn_on"),
        )
        self.attendance.edited.connect(self._on_changed)
        column.addWidget(self.attendance, 1)
        signing = QFormLayout()
        self.secretary = ChoiceField(named, self.tr("nobody present"))
        self.secretary.setAccessibleName(self.tr("Secretary of this meeting"))
        self.secretary.setToolTip(
            self.tr("Who took the minutes and signs them: someone marked present.")
        )
        self.secretary.edited.connect(self._on_secretary_chosen)
        caption = QLabel(self.tr("Secreta&ry of this meeting"), named)
        caption.setBuddy(self.secretary)
        signing.addRow(caption, self.secretary)
        column.addLayout(signing)
        self.attendance_problem = ProblemLabel(named)
        column.addWidget(self.attendance_problem)
        self.finder = PersonFinder(context, named)
        self.finder.picked.connect(self.add_person)
        self.finder.new_person_asked.connect(self.new_person_asked)
        column.addWidget(self.finder)
        layout.addWidget(named, 3)

        anonymous = QGroupBox(self.tr("Anonymous headcounts"), self)
        column = QVBoxLayout(anonymous)
        self.headcounts = RowEditor(
            [
                RowColumn("gender", self.tr("Gender"), choice_cell(Gender)),
                RowColumn(
                    "age_band", self.tr("Age band"), choice_cell(AgeBand, label(NOT_RECORDED))
                ),
                RowColumn("group", self.tr("Group"), choice_cell(GroupTag, self.tr("no group"))),
                RowColumn("count", self.tr("People"), lambda p: NumberField(p, maximum=100_000)),
            ],
            anonymous,
            add_label=self.tr("Add a &headcount"),
        )
        self.headcounts.edited.connect(self._on_changed)
        column.addWidget(self.headcounts, 1)
        self.headcounts_problem = ProblemLabel(anonymous)
        column.addWidget(self.headcounts_problem)
        total = QFormLayout()
        self.total = NumberField(anonymous, self.tr("not counted"))
        self.total.setAccessibleName(self.tr("Stated total attendance"))
        self.total.edited.connect(self._on_changed)
        caption = QLabel(self.tr("Stated &total"), anonymous)
        caption.setBuddy(self.total)
        total.addRow(caption, self.total)
        self.sum_label = QLabel(anonymous)
        total.addRow(self.tr("Counted"), self.sum_label)
        column.addLayout(total)
        self.total_problem = ProblemLabel(anonymous)
        column.addWidget(self.total_problem)
        layout.addWidget(anonymous, 2)
        self._update_sum()
        self.set_members([], None)

    # ------------------------------------------------------------------ cells
    # ------------------------------------------------------------------ adding people
    def set_members(self, members: list[Member], day: date | None) -> None:
        """The members of the meeting's committee on the meeting's day (None: no committee
        chosen); while there are none, the button says why it cannot add them."""
        self.members = members
        if day is None:
            why = self.tr("Choose the meeting's committee on the Details tab first.")
        elif not members:
            why = self.tr("Nobody was a member of the committee on {day}.").format(
                day=day.isoformat()
            )
        else:
            why = ""
        self.add_members.setEnabled(not why)
        self.add_members.setToolTip(why)
        self.add_members.setAccessibleDescription(why)
        self.members_note.setText(why)
        self.members_note.setVisible(bool(why))

    def add_committee_members(self) -> None:
        present = {person for person, _name in self.present_people()}
        for member in self.members:
            if str(member.person.id) not in present:
                self._add(member.person, _ROLE.get(member.role.value, AttendanceRole.MEMBER))
        self._on_changed()

    def add_person(self, person: PersonChoice) -> None:
        if str(person.id) in {listed for listed, _name in self.present_people()}:
            return
        self._add(person, AttendanceRole.PARTICIPANT)
        self._on_changed()

    def _add(self, person: PersonChoice, role: AttendanceRole) -> None:
        self.attendance.add_row(
            {
                "person_id": str(person.id),
                "name": person.name,
                "status": AttendanceStatus.PRESENT.value,
                "role": role.value,
                "birth_year": person.birth_year,
                "age_band": person.age_band.value if person.age_band else None,
                "has_contact": person.has_contact,
                "withdrawn_on": (
                    person.consent_withdrawn_on.isoformat() if person.consent_withdrawn_on else None
                ),
            }
        )

    # ------------------------------------------------------------------ reading
    def present_people(self) -> list[tuple[str, str]]:
        """(person id, name) of everyone listed, for owners and presenters."""
        return [
            (row.text("person_id"), row.text("name"))
            for row in rows_of(self.attendance.state())
            if row.text("person_id")
        ]

    def attending_problems(self, day: date) -> list[Problem]:
        """The attendance rules the form can check as people are added: nobody who withdrew
        consent, and no contact details kept for anyone under 18 on the day."""
        problems = []
        for row in rows_of(self.attendance.state()):
            problems += attendee_problems(
                row.text("name"),
                birth_year=row.number("birth_year"),
                age_band=row.optional_choice("age_band", AgeBand),
                has_contact=row.flag("has_contact"),
                consent_withdrawn_on=row.day("withdrawn_on"),
                day=day,
                field="attendance",
            )
        return problems

    # ------------------------------------------------------------------ state
    def state(self) -> dict[str, object]:
        return {
            "attendance": self.attendance.state(),
            "headcounts": self.headcounts.state(),
            "total": self.total.state(),
        }

    def restore(self, state: object) -> None:
        values = part_of(state)
        self.attendance.restore(values.get("attendance"))
        self.headcounts.restore(values.get("headcounts"))
        self.total.restore(values.get("total"))
        self._update_sum()
        self._show_secretary()

    def show_problems(self, problems: list[Problem]) -> None:
        def text(field: str) -> str | None:
            found = [p.message for p in problems if p.field == field]
            return "\n".join(dict.fromkeys(found)) or None

        self.attendance_problem.show_problem(text("attendance"))
        self.headcounts_problem.show_problem(text("headcounts"))
        self.total_problem.show_problem(text("total_attendance"))

    def _on_changed(self) -> None:
        self._update_sum()
        self._show_secretary()
        self.edited.emit()

    def _show_secretary(self) -> None:
        """The secretary is chosen among the people marked present; the one shown is whoever
        has the secretary's role and was present."""
        rows = rows_of(self.attendance.state())
        present = AttendanceStatus.PRESENT.value
        self.secretary.set_choices(
            [(r.text("person_id"), r.text("name")) for r in rows if r.text("status") == present]
        )
        chosen = next(
            (
                r.text("person_id")
                for r in rows
                if r.text("status") == present and r.text("role") == AttendanceRole.SECRETARY.value
            ),
            None,
        )
        self.secretary.set_value(chosen)

    def _on_secretary_chosen(self) -> None:
        """The chosen person takes the secretary's role; whoever had it (the committee's
        secretary who sent apologies) keeps their seat as a member."""
        chosen = self.secretary.value()
        seated = {str(m.person.id) for m in self.members}
        for index in range(self.attendance.row_count()):
            person = str(self.attendance.hidden(index, "person_id"))
            role = self.attendance.cell(index, "role")
            if person == chosen:
                role.set_value(AttendanceRole.SECRETARY.value)
            elif role.value() == AttendanceRole.SECRETARY.value:
                demoted = AttendanceRole.MEMBER if person in seated else AttendanceRole.PARTICIPANT
                role.set_value(demoted.value)
        self._on_changed()

    def _update_sum(self) -> None:
        values = part_of(self.state())
        named, anonymous = counted_present(attendees(values), headcounts(values))
        self.sum_label.setText(
            self.tr("{named} named present + {anonymous} counted = {sum}").format(
                named=named, anonymous=anonymous, sum=named + anonymous
            )
        )
