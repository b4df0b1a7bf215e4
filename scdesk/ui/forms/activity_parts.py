"""The parts of a youth activity's form: its sessions, its people (coaches and registered
participants) and its participation (communities and anonymous headcounts)."""

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from scdesk.domain import limits
from scdesk.domain.activities import CoachRole
from scdesk.domain.figures import NOT_RECORDED
from scdesk.domain.labels import label
from scdesk.domain.people import AgeBand, Gender, PersonId
from scdesk.store.queries.choices import PersonChoice
from scdesk.ui.context import AppContext
from scdesk.ui.form_records.activity import participants, participation_counts
from scdesk.ui.form_records.values import part_of, rows_of
from scdesk.ui.forms.fields import (
    DateField,
    NumberField,
    ProblemLabel,
    TextField,
    choice_cell,
)
from scdesk.ui.forms.person_finder import PersonFinder
from scdesk.ui.forms.row_editor import RowColumn, RowEditor, TextCell


def sessions_editor(parent: QWidget) -> RowEditor:
    return RowEditor(
        [
            RowColumn(
                "held_on",
                QCoreApplication.translate("ActivityParts", "Day"),
                lambda p: DateField(p, optional=False),
            ),
            RowColumn(
                "topic",
                QCoreApplication.translate("ActivityParts", "Topic"),
                lambda p: TextField(p, limits.TITLE),
                2,
            ),
            RowColumn(
                "notes",
                QCoreApplication.translate("ActivityParts", "Notes"),
                lambda p: TextField(p, limits.ITEM),
                3,
            ),
        ],
        parent,
        add_label=QCoreApplication.translate("ActivityParts", "Add a &session"),
        hidden=("session_id",),
    )


class PeoplePart(QWidget):
    """Coaches and facilitators, and the registered participants, each found by name."""

    edited = Signal()
    new_person_asked = Signal(str, str)  # what was typed, "coaches" or "participants"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        coaches = QGroupBox(self.tr("Coaches and facilitators"), self)
        column = QVBoxLayout(coaches)
        self.coaches = RowEditor(
            [
                RowColumn("name", self.tr("Person"), TextCell, 2),
                RowColumn("role", self.tr("Role"), choice_cell(CoachRole)),
            ],
            coaches,
            hidden=("person_id",),
        )
        self.coaches.edited.connect(self.edited)
        column.addWidget(self.coaches, 1)
        self.coaches_problem = ProblemLabel(coaches)
        column.addWidget(self.coaches_problem)
        self.coach_finder = PersonFinder(context, coaches)
        self.coach_finder.picked.connect(self.add_coach)
        self.coach_finder.new_person_asked.connect(
            lambda typed: self.new_person_asked.emit(typed, "coaches")
        )
        column.addWidget(self.coach_finder)
        layout.addWidget(coaches, 1)

        participants = QGroupBox(self.tr("Registered participants"), self)
        column = QVBoxLayout(participants)
        self.participants = RowEditor(
            [RowColumn("name", self.tr("Person"), TextCell, 1)],
            participants,
            hidden=("person_id",),
        )
        self.participants.edited.connect(self.edited)
        column.addWidget(self.participants, 1)
        self.participants_problem = ProblemLabel(participants)
        column.addWidget(self.participants_problem)
        self.participant_finder = PersonFinder(context, participants)
        self.participant_finder.picked.connect(self.add_participant)
        self.participant_finder.new_person_asked.connect(
            lambda typed: self.new_person_asked.emit(typed, "participants")
        )
        column.addWidget(self.participant_finder)
        layout.addWidget(participants, 1)

    def add_coach(self, person: PersonChoice) -> None:
        if str(person.id) not in {r.text("person_id") for r in rows_of(self.coaches.state())}:
            self.coaches.add_row(
                {"person_id": str(person.id), "name": person.name, "role": CoachRole.COACH.value}
            )
            self.edited.emit()

    def add_participant(self, person: PersonChoice) -> None:
        if person.id not in self.participant_ids():
            self.participants.add_row({"person_id": str(person.id), "name": person.name})
            self.edited.emit()

    def participant_ids(self) -> list[PersonId]:
        return participants(part_of(self.state()))

    def state(self) -> dict[str, object]:
        return {"coaches": self.coaches.state(), "participants": self.participants.state()}

    def restore(self, state: object) -> None:
        values = part_of(state)
        self.coaches.restore(values.get("coaches"))
        self.participants.restore(values.get("participants"))


class ParticipationPart(QWidget):
    """The communities taking part, and anonymous participants by gender, age band and
    community, with the running total of everyone who took part."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._registered = 0
        layout = QHBoxLayout(self)
        communities = QGroupBox(self.tr("Communities taking part"), self)
        column = QVBoxLayout(communities)
        self.communities = RowEditor(
            [RowColumn("community", self.tr("Community"), lambda p: TextField(p, limits.NAME), 1)],
            communities,
            add_label=self.tr("Add a &community"),
        )
        self.communities.edited.connect(self._on_changed)
        column.addWidget(self.communities, 1)
        self.communities_problem = ProblemLabel(communities)
        column.addWidget(self.communities_problem)
        layout.addWidget(communities, 1)

        counts = QGroupBox(self.tr("Anonymous participants"), self)
        column = QVBoxLayout(counts)
        self.counts = RowEditor(
            [
                RowColumn("gender", self.tr("Gender"), choice_cell(Gender)),
                RowColumn(
                    "age_band", self.tr("Age band"), choice_cell(AgeBand, label(NOT_RECORDED))
                ),
                RowColumn(
                    "community", self.tr("Community"), lambda p: TextField(p, limits.NAME), 1
                ),
                RowColumn("count", self.tr("People"), lambda p: NumberField(p, maximum=100_000)),
            ],
            counts,
            add_label=self.tr("Add a &headcount"),
        )
        self.counts.edited.connect(self._on_changed)
        column.addWidget(self.counts, 1)
        self.counts_problem = ProblemLabel(counts)
        column.addWidget(self.counts_problem)
        total = QFormLayout()
        self.total_label = QLabel(counts)
        self.total_label.setAccessibleName(self.tr("Everyone who took part"))
        total.addRow(self.tr("Took part"), self.total_label)
        column.addLayout(total)
        layout.addWidget(counts, 2)
        self._update_total()

    def set_registered(self, registered: int) -> None:
        self._registered = registered
        self._update_total()

    def _on_changed(self) -> None:
        self._update_total()
        self.edited.emit()

    def _update_total(self) -> None:
        anonymous = sum(max(c.count, 0) for c in participation_counts(part_of(self.state())))
        self.total_label.setText(
            self.tr("{registered} registered + {anonymous} counted = {total}").format(
                registered=self._registered, anonymous=anonymous, total=self._registered + anonymous
            )
        )

    def state(self) -> dict[str, object]:
        return {"communities": self.communities.state(), "counts": self.counts.state()}

    def restore(self, state: object) -> None:
        values = part_of(state)
        self.communities.restore(values.get("communities"))
        self.counts.restore(values.get("counts"))
        self._update_total()
