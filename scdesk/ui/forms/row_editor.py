"""A list of rows of fields (attendance, headcounts, actions, sessions, memberships): rows are
added and removed, each field tabs to the next, and each row shows its own problems under it."""

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from scdesk.domain.rules import Problem
from scdesk.ui.forms.fields import ProblemLabel


class TextCell(QLabel):
    """A value shown in a row but not typed there (a person's name)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value: str | None = None

    def state(self) -> str | None:
        return self._value

    def restore(self, state: object) -> None:
        self._value = None if state is None else str(state)
        self.setText(self._value or "")
        self.setAccessibleName(self.text())


@runtime_checkable
class Cell(Protocol):
    """What a row keeps of a cell: its state, as a form field's."""

    def state(self) -> object: ...
    def restore(self, state: object) -> None: ...


#: One row's values by column (and hidden key), as plain values.
RowState = dict[str, object]


@dataclass(frozen=True, slots=True)
class RowColumn:
    key: str
    header: str
    #: Makes the column's cell in a new row: a widget with a field's state() and restore().
    make: Callable[[QWidget], QWidget]
    stretch: int = 0


@dataclass(slots=True)
class _Row:
    #: Values the row carries without a field (ids).
    hidden: RowState
    cells: dict[str, QWidget]
    remove: QPushButton
    problem: ProblemLabel


class RowEditor(QWidget):
    edited = Signal()
    #: A row was removed (its index before removal), after `edited`.
    removed = Signal(int)

    def __init__(
        self,
        columns: Sequence[RowColumn],
        parent: QWidget | None = None,
        add_label: str | None = None,
        hidden: Sequence[str] = (),
    ) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self._hidden_keys = tuple(hidden)
        self._rows: list[_Row] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        self._holder = QWidget(area)
        self._grid = QGridLayout(self._holder)
        self._grid.setColumnStretch(len(self.columns) + 1, 0)
        for column, spec in enumerate(self.columns):
            header = QLabel(f"<b>{spec.header}</b>", self._holder)
            self._grid.addWidget(header, 0, column)
            self._grid.setColumnStretch(column, spec.stretch)
        self._grid.setRowStretch(1000, 1)
        area.setWidget(self._holder)
        outer.addWidget(area, 1)
        self.add_button: QPushButton | None = None
        if add_label is not None:
            row = QHBoxLayout()
            self.add_button = QPushButton(add_label, self)
            self.add_button.setAccessibleName(add_label.replace("&", ""))
            self.add_button.clicked.connect(lambda: self._add_by_user())
            row.addWidget(self.add_button)
            row.addStretch(1)
            outer.addLayout(row)

    # ------------------------------------------------------------------ rows
    def add_row(self, values: Mapping[str, object] | None = None) -> int:
        values = values or {}
        index = len(self._rows)
        grid_row = 1 + 2 * index
        cells: dict[str, QWidget] = {}
        for column, spec in enumerate(self.columns):
            cell = spec.make(self._holder)
            cell.setAccessibleName(f"{spec.header} {index + 1}")
            if spec.key in values:
                _cell(cell).restore(values[spec.key])
            edited = getattr(cell, "edited", None)
            if edited is not None:
                edited.connect(self.edited)
            self._grid.addWidget(cell, grid_row, column)
            cells[spec.key] = cell
        remove = QPushButton(self.tr("Remove"), self._holder)
        remove.setAccessibleName(self.tr("Remove row {n}").format(n=index + 1))
        self._grid.addWidget(remove, grid_row, len(self.columns))
        problem = ProblemLabel(self._holder)
        self._grid.addWidget(problem, grid_row + 1, 0, 1, len(self.columns) + 1)
        hidden = {key: values.get(key) for key in self._hidden_keys}
        row = _Row(hidden, cells, remove, problem)
        remove.clicked.connect(lambda: self.remove_row(self._rows.index(row)))
        self._rows.append(row)
        return index

    def _add_by_user(self) -> None:
        index = self.add_row()
        first = next(iter(self._rows[index].cells.values()), None)
        if isinstance(first, QWidget):
            first.setFocus()
        self.edited.emit()

    def remove_row(self, index: int) -> None:
        states = self.state()
        del states[index]
        self.restore(states)
        self.edited.emit()
        self.removed.emit(index)

    def clear_rows(self) -> None:
        for row in self._rows:
            for widget in (*row.cells.values(), row.remove, row.problem):
                self._grid.removeWidget(widget)
                widget.hide()
                widget.deleteLater()
        self._rows = []

    def row_count(self) -> int:
        return len(self._rows)

    def cell(self, index: int, key: str) -> Any:
        """The cell's widget, of whatever kind its column makes."""
        return self._rows[index].cells[key]

    def row_problem(self, index: int) -> str:
        """What the row's problem line says ("" while the row is fine)."""
        return self._rows[index].problem.text()

    def hidden(self, index: int, key: str) -> object:
        return self._rows[index].hidden.get(key)

    # ------------------------------------------------------------------ state
    def state(self) -> list[RowState]:
        return [
            {**row.hidden, **{key: _cell(cell).state() for key, cell in row.cells.items()}}
            for row in self._rows
        ]

    def restore(self, state: object) -> None:
        self.clear_rows()
        for values in state if isinstance(state, list) else []:
            if isinstance(values, dict):
                self.add_row(values)

    def show_row_problems(self, problems: Mapping[int | str, Sequence[Problem]]) -> None:
        """Each row's problems under it, by the row's index."""
        for index, row in enumerate(self._rows):
            texts = [p.message for p in problems.get(index, [])]
            row.problem.show_problem("\n".join(dict.fromkeys(texts)) or None)


def _cell(widget: QWidget) -> Cell:
    if not isinstance(widget, Cell):
        raise TypeError(f"a row's cell has no state: {type(widget).__name__}")
    return widget
