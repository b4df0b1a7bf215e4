"""A meeting's agenda: ordered items that may nest, each with its presenter, the discussion and
the decisions taken."""

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from uuid import uuid4

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from scdesk.domain import limits
from scdesk.domain.rules import Problem
from scdesk.ui.form_records.values import FormValues, rows_of
from scdesk.ui.forms.fields import ChoiceField, LongTextField, ProblemLabel, TextField
from scdesk.ui.forms.row_editor import RowState
from scdesk.ui.text_direction import BidiDelegate

_KEY = Qt.ItemDataRole.UserRole


@dataclass(slots=True)
class _Item:
    """An item's fields as typed (the tree holds the order and the nesting)."""

    item_id: str | None = None
    title: str = ""
    presenter_id: str | None = None
    discussion: str = ""
    decisions: str = ""

    @classmethod
    def read(cls, values: FormValues) -> "_Item":
        item_id, presenter = values.id("item_id"), values.id("presenter_id")
        return cls(
            str(item_id) if item_id else None,
            values.text("title"),
            str(presenter) if presenter else None,
            values.text("discussion"),
            values.text("decisions"),
        )

    def state(self) -> RowState:
        return {
            "item_id": self.item_id,
            "title": self.title,
            "presenter_id": self.presenter_id,
            "discussion": self.discussion,
            "decisions": self.decisions,
        }


class AgendaEditor(QWidget):
    """The items as a tree on the left; the chosen item's fields on the right."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: dict[str, _Item] = {}
        self._problems: dict[str, list[Problem]] = {}
        self._current: str | None = None
        self._filling = False
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("Agenda")])
        self.tree.setAccessibleName(self.tr("Agenda items"))
        self.tree.setItemDelegate(BidiDelegate(self.tree))
        self.tree.currentItemChanged.connect(lambda current, _previous: self._show_item(current))
        left.addWidget(self.tree, 1)
        buttons = QHBoxLayout()
        self.add_button = self._button(self.tr("Add &item"), self.add_item, buttons)
        self.add_sub_button = self._button(self.tr("Add s&ub-item"), self.add_sub_item, buttons)
        self.up_button = self._button(self.tr("Move up"), lambda: self._move(-1), buttons)
        self.down_button = self._button(self.tr("Move down"), lambda: self._move(1), buttons)
        self.remove_button = self._button(self.tr("Remove"), self.remove_item, buttons)
        left.addLayout(buttons)
        layout.addLayout(left, 2)

        right = QWidget(self)
        form = QFormLayout(right)
        self.title = TextField(right, limits.HEADING)
        self.presenter = ChoiceField(right, self.tr("—"))
        self.discussion = LongTextField(right)
        self.decisions = LongTextField(right)
        self.problem = ProblemLabel(right)
        for label, widget in (
            (self.tr("&Title"), self.title),
            (self.tr("&Presenter"), self.presenter),
            (self.tr("&Discussion"), self.discussion),
            (self.tr("D&ecisions"), self.decisions),
        ):
            caption = QLabel(label, right)
            caption.setBuddy(widget)
            widget.setAccessibleName(label.replace("&", ""))
            form.addRow(caption, widget)
            widget.edited.connect(self._on_field_edited)
        form.addRow(self.problem)
        layout.addWidget(right, 3)
        self._enable_fields()

    def _button(self, text: str, action: Callable[[], None], row: QHBoxLayout) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text.replace("&", ""))
        button.clicked.connect(action)
        row.addWidget(button)
        return button

    # ------------------------------------------------------------------ editing
    def add_item(self) -> None:
        self._insert(None)

    def add_sub_item(self) -> None:
        current = self.tree.currentItem()
        if current is not None:
            self._insert(current)

    def _insert(self, parent: QTreeWidgetItem | None) -> None:
        key = f"new-{uuid4().hex}"
        self._items[key] = _Item()
        item = QTreeWidgetItem([self.tr("(new item)")])
        item.setData(0, _KEY, key)
        if parent is None:
            self.tree.addTopLevelItem(item)
        else:
            parent.addChild(item)
            parent.setExpanded(True)
        self.tree.setCurrentItem(item)
        self.title.setFocus()
        self.edited.emit()

    def remove_item(self) -> None:
        current = self.tree.currentItem()
        if current is None:
            return
        parent = current.parent()
        if parent is None:
            self.tree.takeTopLevelItem(self.tree.indexOfTopLevelItem(current))
        else:
            parent.removeChild(current)
        self.edited.emit()

    def _move(self, step: int) -> None:
        current = self.tree.currentItem()
        if current is None:
            return
        parent = current.parent()
        siblings = parent if parent is not None else self.tree.invisibleRootItem()
        index = siblings.indexOfChild(current)
        target = index + step
        if not 0 <= target < siblings.childCount():
            return
        expanded = current.isExpanded()
        siblings.takeChild(index)
        siblings.insertChild(target, current)
        current.setExpanded(expanded)
        self.tree.setCurrentItem(current)
        self.edited.emit()

    def set_people(self, people: list[tuple[str, str]]) -> None:
        """Who can present an item: the people in the attendance."""
        self._filling = True
        try:
            self.presenter.set_choices(people)
        finally:
            self._filling = False

    def _show_item(self, item: QTreeWidgetItem | None) -> None:
        self._current = None if item is None else item.data(0, _KEY)
        values = self._items.get(self._current or "", _Item())
        self._filling = True
        try:
            self.title.set_value(values.title)
            self.presenter.set_value(values.presenter_id)
            self.discussion.set_value(values.discussion)
            self.decisions.set_value(values.decisions)
        finally:
            self._filling = False
        self._enable_fields()
        self._show_current_problems()

    def _enable_fields(self) -> None:
        chosen = self._current is not None
        for widget in (self.title, self.presenter, self.discussion, self.decisions):
            widget.setEnabled(chosen)
        for button in (self.add_sub_button, self.up_button, self.down_button, self.remove_button):
            button.setEnabled(chosen)

    def _on_field_edited(self) -> None:
        if self._filling or self._current is None:
            return
        values = self._items[self._current]
        values.title = self.title.value()
        values.presenter_id = self.presenter.value()
        values.discussion = self.discussion.state()
        values.decisions = self.decisions.state()
        current = self.tree.currentItem()
        if current is not None:
            current.setText(0, self.title.value() or self.tr("(new item)"))
        self.edited.emit()

    # ------------------------------------------------------------------ state
    def state(self) -> list[RowState]:
        """The items in reading order, each after the item it sits under."""
        found: list[RowState] = []

        def walk(item: QTreeWidgetItem, parent: str | None) -> None:
            key = str(item.data(0, _KEY))
            values = self._items.get(key, _Item())
            found.append({"key": key, "parent_key": parent} | values.state())
            for child in _children(item):
                walk(child, key)

        for item in _children(self.tree.invisibleRootItem()):
            walk(item, None)
        return found

    def restore(self, state: object) -> None:
        self.tree.clear()
        self._items = {}
        self._current = None
        made: dict[str, QTreeWidgetItem] = {}
        for values in rows_of(state):
            key = values.text("key")
            if not key:
                continue
            self._items[key] = read = _Item.read(values)
            item = QTreeWidgetItem([read.title or self.tr("(new item)")])
            item.setData(0, _KEY, key)
            parent = made.get(values.text("parent_key"))
            if parent is None:
                self.tree.addTopLevelItem(item)
            else:
                parent.addChild(item)
                parent.setExpanded(True)
            made[key] = item
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)
        self._show_item(first)

    # ------------------------------------------------------------------ problems
    def show_problems(self, problems: Mapping[int | str, Sequence[Problem]]) -> None:
        """The items' problems by their keys: the current item's under its fields, the others'
        items marked in red in the tree."""
        self._problems = {str(key): list(found) for key, found in problems.items()}

        def mark(item: QTreeWidgetItem) -> None:
            key = item.data(0, _KEY)
            messages = [p.message for p in self._problems.get(key, [])]
            item.setForeground(0, QBrush(QColor("#b00020")) if messages else QBrush())
            item.setToolTip(0, "\n".join(messages))
            for child in _children(item):
                mark(child)

        for item in _children(self.tree.invisibleRootItem()):
            mark(item)
        self._show_current_problems()

    def _show_current_problems(self) -> None:
        found = self._problems.get(self._current or "", [])
        self.problem.show_problem("\n".join(p.message for p in found) or None)


def _children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    found = (item.child(index) for index in range(item.childCount()))
    return [child for child in found if child is not None]
