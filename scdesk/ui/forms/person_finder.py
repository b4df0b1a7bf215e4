"""Finding a person to add (to an attendance, a committee, an activity) by typing their name,
with "New person…" beside it for someone not recorded yet."""

from uuid import UUID

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from scdesk.store.queries.choices import PersonChoice, people_matching
from scdesk.ui.context import AppContext
from scdesk.ui.form_records.places import chosen_person
from scdesk.ui.text_direction import BidiDelegate

_CHOICE = Qt.ItemDataRole.UserRole


class PersonFinder(QWidget):
    """Type a name; the matching people appear below (in the background); Enter, a double
    click or Add picks the highlighted one."""

    picked = Signal(object)  # PersonChoice
    new_person_asked = Signal(str)  # what was typed, as the new person's name

    def __init__(
        self, context: AppContext, parent: QWidget | None = None, *, pool_first: bool = False
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._pool_first = pool_first
        self._generation = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self._look_up)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Type a name to find a person"))
        self.search.setAccessibleName(self.tr("Find a person"))
        self.search.textEdited.connect(lambda _text: self._timer.start())
        self.search.returnPressed.connect(self._pick_current)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.setAccessibleName(self.tr("Add the person found"))
        self.add_button.clicked.connect(self._pick_current)
        self.new_button = QPushButton(self.tr("New person…"), self)
        self.new_button.setAccessibleName(self.tr("Record a new person"))
        self.new_button.clicked.connect(lambda: self.new_person_asked.emit(self.search.text()))
        row.addWidget(self.search, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.new_button)
        layout.addLayout(row)
        self.matches = QListWidget(self)
        self.matches.setAccessibleName(self.tr("People found"))
        self.matches.setItemDelegate(BidiDelegate(self.matches))
        self.matches.setMaximumHeight(120)
        self.matches.itemActivated.connect(lambda _item: self._pick_current())
        self.matches.hide()
        layout.addWidget(self.matches)
        if pool_first:  # the pool is offered before anything is typed
            self.search.setPlaceholderText(self.tr("Type a name, or pick from the expert pool"))
            self._timer.start()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.matches.count():
            row = self.matches.currentRow() + (1 if event.key() == Qt.Key.Key_Down else -1)
            self.matches.setCurrentRow(max(0, min(row, self.matches.count() - 1)))
            return
        super().keyPressEvent(event)

    def _look_up(self) -> None:
        typed, pool_first = self.search.text(), self._pool_first
        self._generation += 1
        generation = self._generation
        store = self._context.store

        def work(_progress: object) -> list[PersonChoice]:
            with store.read() as session:
                return people_matching(session, typed, pool_first=pool_first)

        self._context.ops.run(
            self,
            work,
            lambda found: self._show(generation, found),
            label=self.tr("Finding people…"),
            writes=False,
            quiet=True,
        )

    def _show(self, generation: int, found: list[PersonChoice]) -> None:
        if generation != self._generation:
            return
        self.matches.clear()
        for person in found:
            text = f"{person.name} — {person.detail}" if person.detail else person.name
            if self._pool_first and person.in_pool:
                text = self.tr("{person} (expert pool)").format(person=text)
            item = QListWidgetItem(text, self.matches)
            item.setData(_CHOICE, person)
        self.matches.setVisible(bool(found))
        if found:
            self.matches.setCurrentRow(0)

    def _pick_current(self) -> None:
        if self.matches.currentRow() < 0:
            return
        person = self.matches.currentItem().data(_CHOICE)
        if isinstance(person, PersonChoice):
            self.picked.emit(person)
            self.search.clear()
            self.matches.clear()
            self.matches.hide()

    def ids_found(self) -> list[UUID]:
        """The people listed now (for tests and accessibility tools)."""
        return [self.matches.item(row).data(_CHOICE).id for row in range(self.matches.count())]


class PersonChoiceField(QWidget):
    """One person chosen (a city's mayor): their name, a finder to choose another, Clear."""

    edited = Signal()

    def __init__(
        self, context: AppContext, parent: QWidget | None = None, *, pool_first: bool = False
    ) -> None:
        super().__init__(parent)
        self._person: tuple[str, str] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.chosen = QLabel(self)
        self.clear_button = QPushButton(self.tr("Clear"), self)
        self.clear_button.setAccessibleName(self.tr("Clear the person chosen"))
        self.clear_button.clicked.connect(lambda: self._set(None, edited=True))
        row.addWidget(self.chosen, 1)
        row.addWidget(self.clear_button)
        layout.addLayout(row)
        self.finder = PersonFinder(context, self, pool_first=pool_first)
        self.finder.new_button.hide()
        self.finder.picked.connect(lambda p: self._set((str(p.id), p.name), edited=True))
        layout.addWidget(self.finder)
        self._set(None)

    def _set(self, person: tuple[str, str] | None, edited: bool = False) -> None:
        self._person = person
        self.chosen.setText(person[1] if person else self.tr("nobody chosen"))
        self.clear_button.setEnabled(person is not None)
        if edited:
            self.edited.emit()

    def person_id(self) -> UUID | None:
        return chosen_person(self.state())

    def state(self) -> list[str] | None:
        return list(self._person) if self._person else None

    def restore(self, state: object) -> None:
        person = chosen_person(state)
        name = state[1] if isinstance(state, list) and person is not None else ""
        self._set((str(person), str(name)) if person is not None else None)
