"""What a consultation found: concerns, threats, existing approaches, resources and key needs,
each an ordered list of short entries, and the priorities raised, each with a note."""

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from scdesk.domain import limits
from scdesk.domain.labels import choices
from scdesk.domain.plans import FindingCategory, PriorityArea
from scdesk.domain.rules import Problem
from scdesk.store.queries.priorities import PriorityRow
from scdesk.ui.form_records.findings import CATEGORIES
from scdesk.ui.forms.fields import ChoiceField, TextField
from scdesk.ui.forms.row_editor import RowColumn, RowEditor, RowState
from scdesk.ui.text_direction import set_text_direction


class FindingsTab(QWidget):
    """One list per category, on tabs of its own; a finding's problems show under its row, by
    its index in the record's order (CATEGORIES, then each list's order)."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = "en"
        self._priorities: list[PriorityRow] = []
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "What the consultation found, in the meeting's language: short entries, in the "
                "order they matter. A priority raised takes a note on what was said."
            ),
            self,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.categories = QTabWidget(self)
        layout.addWidget(self.categories, 1)
        self.editors: dict[FindingCategory, RowEditor] = {}
        for category in CATEGORIES:
            editor = self._editor(category)
            editor.edited.connect(self._on_edited)
            self.editors[category] = editor
            self.categories.addTab(editor, "")
        self._retitle()

    def _editor(self, category: FindingCategory) -> RowEditor:
        entry = RowColumn(
            "text",
            self.tr("Note") if category is FindingCategory.PRIORITY else self.tr("Entry"),
            lambda p: TextField(p, limits.PASSAGE),
            3,
        )
        if category is FindingCategory.PRIORITY:
            columns = [RowColumn("priority_area", self.tr("Priority"), self._raised_cell, 1), entry]
        else:
            area = self._area_cell
            columns = [entry, RowColumn("priority_area", self.tr("Priority area"), area, 1)]
        return RowEditor(
            columns,
            self,
            add_label=self._add_label(category),
            hidden=("finding_id",),
            movable=True,
        )

    # ------------------------------------------------------------------ the hub's priorities
    def _raised_cell(self, parent: QWidget) -> ChoiceField:
        field = ChoiceField(parent)
        field.set_choices(self._priority_choices(None))
        field.set_value(PriorityArea.PREVENTION_MECHANISMS.value)
        return field

    def _area_cell(self, parent: QWidget) -> ChoiceField:
        field = ChoiceField(parent, self.tr("—"))
        field.set_choices(self._priority_choices(None))
        return field

    def _priority_choices(self, current: str | None) -> list[tuple[str, str]]:
        """The fixed priorities, then the hub's live ones; a retired one only where the finding
        names it already, so it stays on old findings and is not offered for new ones."""
        found = choices(PriorityArea)
        for row in self._priorities:
            if not row.retired:
                found.append((str(row.id), row.name))
            elif str(row.id) == current:
                found.append((str(row.id), self.tr("{name} (retired)").format(name=row.name)))
        return found

    def set_priorities(self, rows: list[PriorityRow]) -> None:
        """The priorities the hub added; each chooser keeps what it holds."""
        self._priorities = rows
        for editor in self.editors.values():
            for row in range(editor.row_count()):
                self._offer(editor.cell(row, "priority_area"), None)

    def _offer(self, cell: QWidget, wanted: object) -> None:
        """Fill a chooser with the choices for what it holds (or wanted, from a draft)."""
        if isinstance(cell, ChoiceField):
            current = wanted if isinstance(wanted, str) else cell.value()
            cell.set_choices(self._priority_choices(current))
            cell.set_value(current)

    def _add_label(self, category: FindingCategory) -> str:
        labels = {
            FindingCategory.CONCERN: self.tr("Add a &concern"),
            FindingCategory.THREAT: self.tr("Add a &threat"),
            FindingCategory.EXISTING_APPROACH: self.tr("Add an &existing approach"),
            FindingCategory.RESOURCE: self.tr("Add a &resource"),
            FindingCategory.KEY_NEED: self.tr("Add a &key need"),
            FindingCategory.PRIORITY: self.tr("Add a &priority raised"),
        }
        return labels[category]

    def _title(self, category: FindingCategory, count: int) -> str:
        titles = {
            FindingCategory.CONCERN: self.tr("Concerns"),
            FindingCategory.THREAT: self.tr("Threats"),
            FindingCategory.EXISTING_APPROACH: self.tr("Existing approaches"),
            FindingCategory.RESOURCE: self.tr("Resources"),
            FindingCategory.KEY_NEED: self.tr("Key needs"),
            FindingCategory.PRIORITY: self.tr("Priorities"),
        }
        return f"{titles[category]} ({count})"

    def _on_edited(self) -> None:
        self._retitle()
        self._follow_language()
        self.edited.emit()

    def _retitle(self) -> None:
        for index, (category, editor) in enumerate(self.editors.items()):
            self.categories.setTabText(index, self._title(category, editor.row_count()))

    def count(self) -> int:
        return sum(editor.row_count() for editor in self.editors.values())

    # ------------------------------------------------------------------ language
    def set_language(self, language: str) -> None:
        """Entries are typed in the record's language: in Urdu they start at the right."""
        self._language = language
        self._follow_language()

    def _follow_language(self) -> None:
        cells: list[QWidget] = [
            editor.cell(row, "text")
            for editor in self.editors.values()
            for row in range(editor.row_count())
        ]
        set_text_direction(cells, self._language)

    # ------------------------------------------------------------------ state and problems
    def state(self) -> dict[str, list[RowState]]:
        return {category.value: editor.state() for category, editor in self.editors.items()}

    def restore(self, state: object) -> None:
        given = state if isinstance(state, Mapping) else {}
        for category, editor in self.editors.items():
            rows = given.get(category.value, [])
            editor.restore(rows)
            for row in range(editor.row_count()):
                editor.cell(row, "text").setCursorPosition(0)  # an entry shows from its start
                held = rows[row] if isinstance(rows, list) and row < len(rows) else {}
                wanted = held.get("priority_area") if isinstance(held, Mapping) else None
                self._offer(editor.cell(row, "priority_area"), wanted)
        self._retitle()
        self._follow_language()

    def show_problems(self, problems: Mapping[int | str, Sequence[Problem]]) -> bool:
        """Each finding's problems under its row, a list with problems named in red; whether
        any finding has a problem."""
        first = 0
        for index, editor in enumerate(self.editors.values()):
            rows: dict[int | str, Sequence[Problem]] = {
                row: problems.get(first + row, []) for row in range(editor.row_count())
            }
            editor.show_row_problems(rows)
            wrong = any(rows.values())
            color = QColor("#b00020") if wrong else QColor()
            self.categories.tabBar().setTabTextColor(index, color)
            first += editor.row_count()
        return any(problems.values())
