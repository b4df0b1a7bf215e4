"""Choosing a person to put in the hub's expert pool: found by name, or recorded new. Their
person form then records their fields of expertise, so the pool has one save path."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from scdesk.store.queries.choices import PersonChoice
from scdesk.ui.context import AppContext
from scdesk.ui.forms.person_finder import PersonFinder


class ExpertPicker(QDialog):
    """Type a name and pick the person, or ask for a new person; the dialog then closes."""

    #: The person picked.
    picked = Signal(object)  # PersonChoice
    #: A new person to record, with what was typed as their name.
    new_person_asked = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add to the expert pool"))
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr(
                "Find the person, or record a new one; their record opens for you to give "
                "their fields of expertise."
            ),
            self,
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.finder = PersonFinder(context, self)
        self.finder.picked.connect(self._on_finder_picked)
        self.finder.new_person_asked.connect(self._on_finder_new_person_asked)
        layout.addWidget(self.finder)
        layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(460, 240)

    def _on_finder_picked(self, person: PersonChoice) -> None:
        self.accept()
        self.picked.emit(person)

    def _on_finder_new_person_asked(self, typed: str) -> None:
        self.accept()
        self.new_person_asked.emit(typed)
