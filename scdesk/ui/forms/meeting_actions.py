"""A meeting's actions: those agreed at it (owner, due date, status), and those carried over
from the committee's earlier meetings, each resolvable here."""

from uuid import UUID

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from scdesk.domain import limits
from scdesk.domain.labels import label
from scdesk.domain.meetings import ActionStatus
from scdesk.services.actions import ActionView
from scdesk.ui.forms.fields import ChoiceField, DateField, TextField, choice_cell
from scdesk.ui.forms.row_editor import RowColumn, RowEditor, RowState
from scdesk.ui.text_direction import BidiDelegate

_VIEW = Qt.ItemDataRole.UserRole


class ActionsTab(QWidget):
    edited = Signal()
    #: (the action's view, the status wanted): done or dropped at this meeting, or open again.
    resolve_asked = Signal(object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._people: list[tuple[str, str]] = []
        layout = QVBoxLayout(self)
        own = QGroupBox(self.tr("Actions agreed at this meeting"), self)
        column = QVBoxLayout(own)
        self.own = RowEditor(
            [
                RowColumn("text", self.tr("Action"), lambda p: TextField(p, limits.ITEM), 3),
                RowColumn("owner_id", self.tr("Owner"), self._owner_cell, 1),
                RowColumn("due_on", self.tr("Due"), DateField),
                RowColumn(
                    "status",
                    self.tr("Status"),
                    choice_cell(ActionStatus, default=ActionStatus.OPEN),
                ),
            ],
            own,
            add_label=self.tr("Add an &action"),
            hidden=("action_id",),
        )
        self.own.edited.connect(self.edited)
        column.addWidget(self.own)
        self.own_box = own
        layout.addWidget(own, 3)

        carried = QGroupBox(self.tr("Carried over from earlier meetings"), self)
        column = QVBoxLayout(carried)
        self.carried_note = QLabel(carried)
        self.carried_note.setWordWrap(True)
        column.addWidget(self.carried_note)
        self.carried = QTableWidget(0, 5, carried)
        self.carried.setAccessibleName(self.tr("Actions carried over"))
        self.carried.setItemDelegate(BidiDelegate(self.carried))
        self.carried.setHorizontalHeaderLabels(
            [
                self.tr("Action"),
                self.tr("Owner"),
                self.tr("Due"),
                self.tr("Opened"),
                self.tr("State"),
            ]
        )
        self.carried.verticalHeader().hide()
        self.carried.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.carried.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.carried.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.carried.horizontalHeader().setStretchLastSection(True)
        column.addWidget(self.carried, 1)
        buttons = QHBoxLayout()
        self.done_button = QPushButton(self.tr("&Done at this meeting"), carried)
        self.dropped_button = QPushButton(self.tr("D&ropped at this meeting"), carried)
        self.reopen_button = QPushButton(self.tr("Open a&gain"), carried)
        for button, status in (
            (self.done_button, ActionStatus.DONE),
            (self.dropped_button, ActionStatus.DROPPED),
            (self.reopen_button, ActionStatus.OPEN),
        ):
            button.setAccessibleName(button.text().replace("&", ""))
            button.clicked.connect(lambda _c=False, status=status: self._resolve(status))
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        self.carried_box = carried
        layout.addWidget(carried, 2)

    def _owner_cell(self, parent: QWidget) -> ChoiceField:
        field = ChoiceField(parent, self.tr("—"))
        field.set_choices(self._people)
        return field

    def set_people(self, people: list[tuple[str, str]]) -> None:
        """Who can own an action: the people in the attendance (and owners already named)."""
        self._people = people
        for row in range(self.own.row_count()):
            self.own.cell(row, "owner_id").set_choices(people)

    def show_carried(self, meeting_id: UUID | None, views: list[ActionView]) -> None:
        """The actions opened at the committee's earlier meetings that were open when this one
        began (views come from services.actions.actions_for_meeting)."""
        rows = [v for v in views if v.row.opened_in_id != meeting_id]
        self.carried.setRowCount(len(rows))
        for index, view in enumerate(rows):
            row = view.row
            cells = (
                row.text,
                row.owner_name or "",
                row.due_on.isoformat() if row.due_on else "",
                row.opened_on.isoformat(),
                label(view.state),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(_VIEW, view)
                self.carried.setItem(index, column, item)
        self.carried.resizeColumnsToContents()
        if meeting_id is None:
            note = self.tr("Save the meeting to see the actions carried over from earlier ones.")
        elif not rows:
            note = self.tr("No open actions were carried over to this meeting.")
        else:
            note = self.tr(
                "%n action(s) carried over: mark what was done or dropped.", "", len(rows)
            )
        self.carried_note.setText(note)

    def _resolve(self, status: ActionStatus) -> None:
        row = self.carried.currentRow()
        if row < 0:
            return
        item = self.carried.item(row, 0)
        if item is not None:
            self.resolve_asked.emit(item.data(_VIEW), status)

    # ------------------------------------------------------------------ state
    def state(self) -> list[RowState]:
        return self.own.state()

    def restore(self, state: object) -> None:
        self.own.restore(state)
        self.set_people(self._people)
