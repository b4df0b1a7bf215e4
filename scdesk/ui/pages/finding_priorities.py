"""The Findings page's list of the priorities the hub added: on the hub, Add, Save changes and
Retire (or Bring back); on an officer's device, read only, with a line saying why."""

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from scdesk.domain import limits
from scdesk.domain.changes import Changes, RecordKind
from scdesk.domain.errors import UserError
from scdesk.domain.priorities import (
    HubPriorityId,
    HubPriorityInput,
    HubPriorityRecord,
    adding_problems,
)
from scdesk.domain.progress import Progress
from scdesk.services.priorities import priorities, save_priority
from scdesk.services.saved import Saved
from scdesk.store.queries.priorities import PriorityRow
from scdesk.ui.context import AppContext
from scdesk.ui.forms.fields import ProblemLabel, TextField


class PrioritiesPanel(QGroupBox):
    """The hub's priorities, live ones first; a retired one is marked and can be brought back."""

    #: The priorities as read, for the page's filter.
    loaded = Signal(list)
    #: What a save did, for the status bar.
    message = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Priorities the hub added"), parent)
        self.context = context
        self.rows: list[PriorityRow] = []
        layout = QHBoxLayout(self)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Priorities the hub added"))
        self.list.setMaximumHeight(self.fontMetrics().height() * 6)
        self.list.currentItemChanged.connect(self._on_list_current_item_changed)
        layout.addWidget(self.list, 1)

        side = QVBoxLayout()
        form = QFormLayout()
        self.name = TextField(self, limits.TITLE)
        self.name.setAccessibleName(self.tr("Name of the priority"))
        self.description = TextField(self, limits.PASSAGE)
        self.description.setAccessibleName(self.tr("Description of the priority"))
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Description"), self.description)
        side.addLayout(form)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add"), self)
        self.add_button.setAccessibleName(self.tr("Add a priority"))
        self.add_button.clicked.connect(self._add)
        self.edit_button = QPushButton(self.tr("Save &changes"), self)
        self.edit_button.setAccessibleName(self.tr("Save the changes to the selected priority"))
        self.edit_button.clicked.connect(self._edit)
        self.retire_button = QPushButton(self.tr("&Retire"), self)
        self.retire_button.clicked.connect(self._retire)
        for button in (self.add_button, self.edit_button, self.retire_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        side.addLayout(buttons)
        self.problem = ProblemLabel(self)
        side.addWidget(self.problem)
        self.read_only = QLabel(
            self.tr(
                "Only the hub adds, changes or retires priorities; they reach this device when "
                "it imports the hub's bundle."
            ),
            self,
        )
        self.read_only.setWordWrap(True)
        side.addWidget(self.read_only)
        layout.addLayout(side, 2)
        self.show_role()
        self._on_list_current_item_changed(None, None)
        context.ops.changes_applied.connect(self._on_ops_changes_applied)

    def show_role(self) -> None:
        """Editing on the hub; reading only, with the reason, on an officer's device."""
        device = self.context.store.device()
        hub = not adding_problems(device.role, device.configured)
        for widget in (self.name, self.description, self.add_button, self.edit_button):
            widget.setVisible(hub)
        self.retire_button.setVisible(hub)
        self.read_only.setVisible(not hub)

    # ------------------------------------------------------------------ loading
    def reload(self) -> None:
        store = self.context.store
        self.context.ops.run(
            self,
            lambda _progress: priorities(store),
            self._show,
            label=self.tr("Reading…"),
            writes=False,
            quiet=True,
        )

    def _show(self, rows: list[PriorityRow]) -> None:
        chosen = self._selected()
        self.rows = rows
        self.list.clear()
        for row in rows:
            text = self.tr("{name} (retired)").format(name=row.name) if row.retired else row.name
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, str(row.id))
            item.setToolTip(row.description or "")
            if chosen is not None and row.id == chosen.id:
                self.list.setCurrentItem(item)
        self.loaded.emit(rows)

    def _on_ops_changes_applied(self, changes: Changes, _initiator: object) -> None:
        if changes.affects(RecordKind.PRIORITY):
            self.reload()
        if changes.affects(RecordKind.DEVICE):
            self.show_role()

    # ------------------------------------------------------------------ acting
    def _selected(self) -> PriorityRow | None:
        if self.list.currentRow() < 0:
            return None
        wanted = self.list.currentItem().data(Qt.ItemDataRole.UserRole)
        return next((r for r in self.rows if str(r.id) == wanted), None)

    def _on_list_current_item_changed(self, *_items: object) -> None:
        row = self._selected()
        self.edit_button.setEnabled(row is not None)
        self.retire_button.setEnabled(row is not None)
        retired = row is not None and row.retired
        self.retire_button.setText(self.tr("&Bring back") if retired else self.tr("&Retire"))
        self.retire_button.setAccessibleName(
            self.tr("Offer the selected priority again")
            if retired
            else self.tr("Retire the selected priority: old findings keep it")
        )
        if row is not None:
            self.name.set_value(row.name)
            self.description.set_value(row.description)
            for field in (self.name, self.description):
                field.setCursorPosition(0)  # a long text shows from its start
        self.problem.show_problem(None)

    def _typed(self, retired: bool) -> HubPriorityInput:
        return HubPriorityInput(self.name.value().strip(), self.description.optional(), retired)

    def _add(self) -> None:
        self._save(HubPriorityRecord(None, self._typed(False)), self.tr("Priority added."))

    def _edit(self) -> None:
        row = self._selected()
        if row is not None:
            record = HubPriorityRecord(row.id, self._typed(row.retired))
            self._save(record, self.tr("Priority saved."))

    def _retire(self) -> None:
        row = self._selected()
        if row is None:
            return
        stored = HubPriorityInput(row.name, row.description, row.retired)
        record = HubPriorityRecord(row.id, replace(stored, retired=not row.retired))
        done = self.tr("Priority brought back.") if row.retired else self.tr("Priority retired.")
        self._save(record, done)

    def _save(self, record: HubPriorityRecord, done: str) -> None:
        store = self.context.store

        def work(_progress: Progress) -> Saved[HubPriorityId]:
            return save_priority(store, record)

        def refused(error: UserError) -> bool:
            self.problem.show_problem(str(error))
            return True

        self.context.ops.run(
            self,
            work,
            lambda _saved: self._saved(done),
            label=self.tr("Saving…"),
            writes=True,
            on_failure=refused,
        )

    def _saved(self, done: str) -> None:
        self.problem.show_problem(None)
        self.message.emit(done)
