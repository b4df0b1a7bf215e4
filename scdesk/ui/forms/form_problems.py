"""Where a record form shows each problem: under its field once the user may see it (Edits
says when), in a part of the record (the form's own hook), or above the fields."""

from collections.abc import Callable

from scdesk.domain.rules import Problem
from scdesk.ui.forms.fields import ProblemLabel
from scdesk.ui.forms.lifecycle import Edits

#: A form's hook for the problems of its parts: shows them, returns those it did not show.
ShowNested = Callable[[list[Problem], bool], list[Problem]]


class FormProblems:
    def __init__(self, edits: Edits, general: ProblemLabel) -> None:
        self._edits = edits
        self._general = general
        self._labels: dict[str, ProblemLabel] = {}
        self._parts: dict[str, str] = {}

    def add_label(self, name: str, label: ProblemLabel, part: str | None = None) -> None:
        """Show the problems of field `name` in label, once `part` (the editor holding the
        field) or the field itself was edited."""
        self._labels[name] = label
        if part is not None:
            self._parts[name] = part

    def label(self, name: str) -> ProblemLabel:
        return self._labels[name]

    def show(self, problems: list[Problem], nested: ShowNested) -> None:
        by_field: dict[str, list[str]] = {}
        for problem in problems:
            if problem.location is None:
                by_field.setdefault(problem.field, []).append(problem.message)
        shown: dict[ProblemLabel, list[str]] = {}
        for name, label in self._labels.items():
            texts = shown.setdefault(label, [])
            if self._edits.shows(name) or self._edits.shows(self._parts.get(name, name)):
                texts += by_field.get(name, [])
        for label, texts in shown.items():
            label.show_problem("\n".join(dict.fromkeys(texts)) or None)
        rest = [p for p in problems if p.location is not None or p.field not in self._labels]
        rest = nested(rest, self._edits.show_all)
        general = [p.message for p in rest] if self._edits.shows_any else []
        self._general.show_problem("\n".join(dict.fromkeys(general)) or None)
