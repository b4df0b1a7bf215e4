"""The form base: fields with their problems shown inline as the user types, a draft kept as
the user types, one service call to save, and a refresh when someone else changes the record."""

from collections.abc import Callable
from typing import Any, ClassVar, Protocol, TypeVar
from uuid import UUID

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from scdesk.domain.changes import Changes
from scdesk.domain.errors import UserError, gone_sentence
from scdesk.domain.progress import Progress
from scdesk.domain.rules import InvalidRecordError, Problem
from scdesk.services.drafts import Draft, DraftKey
from scdesk.services.saved import Saved
from scdesk.ui.context import AppContext
from scdesk.ui.forms.banner import Banner
from scdesk.ui.forms.fields import ProblemLabel
from scdesk.ui.preserved import PreservedDialog

W = TypeVar("W", bound=QWidget)


class Field(Protocol):
    """What a form needs of a field: a JSON state for drafts and a signal on each edit."""

    @property
    def edited(self) -> Any: ...
    def state(self) -> Any: ...
    def restore(self, state: Any) -> None: ...


class RecordForm(PreservedDialog):
    """Subclasses build their fields with add_field and implement the hooks below."""

    #: The record's id after each successful save.
    saved = Signal(object)
    #: The form's state was loaded (or set up for a new record) and is ready for typing.
    ready = Signal()

    #: The kind of form: names its drafts and its saved geometry.
    FORM: ClassVar[str]
    #: Changes to these tables by others reload the form while it has no unsaved edits.
    TABLES: ClassVar[frozenset[str]]

    def __init__(
        self,
        context: AppContext,
        record_id: UUID | None,
        parent: QWidget | None = None,
        draft: Draft | None = None,
    ) -> None:
        super().__init__(f"form-{self.FORM}", context.settings_store, parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.context = context
        self.record_id = record_id
        if record_id is not None:
            self.draft_key = DraftKey(self.FORM, record_id)
        else:
            self.draft_key = draft.key if draft is not None else DraftKey.for_new(self.FORM)
        self._restoring = draft
        self.fields: dict[str, Field] = {}
        self._problem_labels: dict[str, ProblemLabel] = {}
        self._touched: set[str] = set()
        self._parts: dict[str, str] = {}
        self._show_all = record_id is not None
        self.dirty = False
        self._loading = False
        self._saving = False
        self._loaded = False
        self.read_only = False
        self._close_after_save = False
        self._closing_anyway = False
        self._focus_before: QWidget | None = None

        outer = QVBoxLayout(self)
        self.banner = Banner(self)
        outer.addWidget(self.banner)
        self.general_problem = ProblemLabel(self)
        outer.addWidget(self.general_problem)
        self.body = QWidget(self)
        outer.addWidget(self.body, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setAccessibleName(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.clicked.connect(self.close)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        outer.addLayout(buttons)
        #: The row of Save and Close, where a form may put buttons of its own.
        self.button_row = buttons
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)

        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(300)
        self._draft_timer.timeout.connect(self.keep_draft)
        context.ops.changes_applied.connect(self._on_changes_applied)

    # ------------------------------------------------------------------ hooks
    def load_choices(self, session: Session) -> object:
        """Read what the form offers to choose from (on a worker thread)."""
        return None

    def populate_choices(self, choices: Any) -> None:
        """Fill the choice fields from what load_choices read."""

    def load_detail(self, session: Session, record_id: UUID) -> object | None:
        """Read the record (on a worker thread); None when it is gone."""
        raise NotImplementedError

    def populate(self, detail: Any) -> None:
        """Fill the fields from what load_detail read."""
        raise NotImplementedError

    def populate_new(self) -> None:
        """Defaults for a new record."""

    def check(self) -> tuple[object | None, list[Problem]]:
        """The record to save, built from the fields, and every problem with it."""
        raise NotImplementedError

    def save_work(self, record: Any) -> Callable[[Progress], Saved[Any]]:
        raise NotImplementedError

    def draft_title(self) -> str:
        raise NotImplementedError

    def show_nested_problems(self, problems: list[Problem], show_all: bool) -> list[Problem]:
        """Show problems of parts (agenda items, sessions); return those not shown."""
        return problems

    def set_read_only(self, read_only: bool) -> None:
        """Locked records show their values but take no edits."""
        self.read_only = read_only
        self.save_button.setEnabled(not read_only)

    # ------------------------------------------------------------------ building
    def add_field(
        self,
        form: QFormLayout,
        name: str,
        label: str,
        widget: W,
        problem_fields: tuple[str, ...] = (),
    ) -> W:
        """A row: the label, the field and, under it, the field's problem (also for the
        problem_fields that belong here)."""
        holder = QWidget(form.parentWidget())
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(widget)
        problem = ProblemLabel(holder)
        column.addWidget(problem)
        caption = QLabel(label, form.parentWidget())
        caption.setBuddy(widget)
        widget.setAccessibleName(label.replace("&", ""))
        form.addRow(caption, holder)
        self.register(name, widget)
        for field in (name, *problem_fields):
            self._problem_labels[field] = problem
        return widget

    def register(self, name: str, field: Any) -> None:
        """Track a field (or a part editor) for drafts, dirtiness and problems."""
        self.fields[name] = field
        field.edited.connect(lambda name=name: self._on_edited(name))

    def touched(self, name: str) -> bool:
        """Whether a field's problems are shown: once it was edited, or after a save was
        tried, or always for a stored record."""
        return self._show_all or name in self._touched

    def problem_label(self, name: str, label: ProblemLabel, part: str | None = None) -> None:
        """Show the problems of field `name` in label, once `part` (the editor holding the
        field) or the field itself was edited."""
        self._problem_labels[name] = label
        if part is not None:
            self._parts[name] = part

    # ------------------------------------------------------------------ state
    def state(self) -> dict[str, Any]:
        return {name: field.state() for name, field in self.fields.items()}

    def apply_state(self, state: dict[str, Any]) -> None:
        self._loading = True
        try:
            for name, field in self.fields.items():
                if name in state:
                    field.restore(state[name])
        finally:
            self._loading = False
        self.after_restore()
        self.revalidate()

    def after_restore(self) -> None:
        """Refresh what depends on several fields after a draft was applied."""

    # ------------------------------------------------------------------ lifecycle
    def start(self) -> None:
        """Load the choices and the record (or set up a new one), then offer or apply a kept
        draft; `ready` says when the form can be typed in."""
        record_id = self.record_id
        self.context.ops.run(
            self,
            lambda _p: self._read(record_id),
            self._on_loaded,
            label=self.tr("Opening the form…"),
            writes=False,
        )

    def reload(self) -> None:
        self.start()

    def _read(self, record_id: UUID | None) -> tuple[object, object | None]:
        with self.context.store.read() as session:
            choices = self.load_choices(session)
            detail = None if record_id is None else self.load_detail(session, record_id)
            return choices, detail

    def _on_loaded(self, loaded: tuple[object, object | None]) -> None:
        choices, detail = loaded
        if self.record_id is not None and detail is None:
            self.banner.offer(
                gone_sentence(),
                [(self.tr("Close"), self._discard_and_close)],
            )
            self.set_read_only(True)
            return
        self._loading = True
        try:
            self.populate_choices(choices)
            if detail is None:
                self.populate_new()
            else:
                self.populate(detail)
        finally:
            self._loading = False
        self._after_load()

    def _set_busy(self, busy: bool) -> None:
        """From Save until the saved record is shown again, the fields take no input: what is
        typed then would be overwritten, or saved twice."""
        if busy:
            self._focus_before = self.focusWidget()
        self.body.setEnabled(not busy)
        self.save_button.setEnabled(not busy and not self.read_only)
        if not busy and self._focus_before is not None and shiboken6.isValid(self._focus_before):
            self._focus_before.setFocus()
            self._focus_before = None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in a field must not press a button: QDialog would press Save (or another
        button) for it; Ctrl+S saves."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    def _after_load(self) -> None:
        if not self.body.isEnabled() and not self._saving:
            self._set_busy(False)
        first_load = not self._loaded
        self._loaded = True
        self.dirty = False
        if self._restoring is not None:
            draft, self._restoring = self._restoring, None
            self.apply_state(draft.state)
            self._mark_dirty()
        elif first_load and self.record_id is not None:
            kept = self.context.drafts.load(self.draft_key)
            if kept is not None and not self.read_only:
                when = kept.saved_at.astimezone().strftime("%Y-%m-%d %H:%M")
                text = self.tr("Changes typed on {when} were not saved.").format(when=when)
                self.banner.offer(
                    text,
                    [
                        (self.tr("Restore them"), lambda: self._restore_kept(kept)),
                        (self.tr("Discard them"), self._discard_kept),
                    ],
                )
        self.revalidate()
        self.ready.emit()

    def _restore_kept(self, draft: Draft) -> None:
        self.banner.hide()
        self.apply_state(draft.state)
        self._mark_dirty()

    def _discard_kept(self) -> None:
        self.banner.hide()
        self.context.drafts.discard(self.draft_key)

    # ------------------------------------------------------------------ editing
    def _on_edited(self, name: str) -> None:
        if self._loading:
            return
        self._touched.add(name)
        self._mark_dirty()
        self.revalidate()

    def _mark_dirty(self) -> None:
        self.dirty = True
        self.setWindowModified(True)
        self._draft_timer.start()

    def keep_draft(self) -> None:
        """Write the draft now (the timer writes it 300 ms after the last keystroke)."""
        if self.dirty:
            self.context.drafts.keep(self.draft_key, self.draft_title(), self.state())

    def revalidate(self) -> list[Problem]:
        _record, problems = self.check()
        self.show_problems(problems)
        return problems

    def show_problems(self, problems: list[Problem]) -> None:
        by_field: dict[str, list[str]] = {}
        for problem in problems:
            by_field.setdefault(problem.field, []).append(problem.message)
        shown_labels: dict[ProblemLabel, list[str]] = {}
        for name, label in self._problem_labels.items():
            visible = self.touched(name) or self.touched(self._parts.get(name, name))
            texts = shown_labels.setdefault(label, [])
            if visible:
                texts += by_field.get(name, [])
        for label, texts in shown_labels.items():
            label.show_problem("\n".join(dict.fromkeys(texts)) or None)
        rest = [p for p in problems if p.field not in self._problem_labels]
        rest = self.show_nested_problems(rest, self._show_all)
        general = [p.message for p in rest] if (self._show_all or self._touched) else []
        self.general_problem.show_problem("\n".join(dict.fromkeys(general)) or None)

    # ------------------------------------------------------------------ saving
    def save(self) -> None:
        if self.read_only or self._saving or not self._loaded:
            return
        self._draft_timer.stop()
        self.keep_draft()
        record, problems = self.check()
        self._show_all = True
        self.show_problems(problems)
        if problems or record is None:
            self._close_after_save = False
            self._focus_problem(problems)
            return
        self._saving = True
        self._set_busy(True)
        self.context.ops.run(
            self,
            self.save_work(record),
            self._on_saved,
            label=self.tr("Saving…"),
            writes=True,
            on_failure=self._on_refused,
        )

    def _on_saved(self, saved: Saved[Any]) -> None:
        """The fields took no input while saving (_set_busy), so what was saved is all there
        is: the draft goes."""
        self._saving = False
        old_key = self.draft_key
        self.record_id = saved.id
        self.draft_key = DraftKey(self.FORM, saved.id)
        self.dirty = False
        self.setWindowModified(False)
        self.context.drafts.discard(old_key)
        if old_key != self.draft_key:
            self.context.drafts.discard(self.draft_key)
        self._touched.clear()
        self.saved.emit(saved.id)
        if self._close_after_save:
            self._set_busy(False)
            self.close()
        else:  # the reload gives new parts (agenda items, sessions) their ids
            self.reload()

    def _on_refused(self, error: UserError) -> bool:
        self._saving = False
        self._close_after_save = False
        self._set_busy(False)
        if isinstance(error, InvalidRecordError):
            self.show_problems(list(error.problems))
            self._focus_problem(list(error.problems))
            return True
        self.general_problem.show_problem(str(error))
        return True

    def _focus_problem(self, problems: list[Problem]) -> None:
        for problem in problems:
            field: object = self.fields.get(problem.field)
            if isinstance(field, QWidget):
                field.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    # ------------------------------------------------------------------ refresh and close
    def _on_changes_applied(self, changes: Changes, initiator: object) -> None:
        if initiator is self or self.record_id is None or self._saving or not self._loaded:
            return
        if changes.touches(*self.TABLES) and not self.dirty:
            self.reload()

    def close_keeping_draft(self) -> None:
        """Close at once, keeping unsaved edits as a draft that the next start offers back (the
        main window closing does this)."""
        self.keep_draft()
        self._closing_anyway = True
        self.close()

    def _needs_decision(self) -> bool:
        return self.dirty and not self.read_only and not self._closing_anyway

    def _offer_close_choice(self) -> None:
        self.banner.offer(
            self.tr("This form has changes that are not saved."),
            [
                (self.tr("Save and close"), self._save_and_close),
                (self.tr("Discard changes"), self._discard_and_close),
                (self.tr("Keep editing"), self.banner.hide),
            ],
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._needs_decision():
            event.ignore()
            self._offer_close_choice()
            return
        self._draft_timer.stop()
        super().closeEvent(event)

    def reject(self) -> None:
        """Esc and the window's close button: as Close, unsaved changes are never dropped
        silently."""
        if self._needs_decision():
            self._offer_close_choice()
            return
        super().reject()

    def _save_and_close(self) -> None:
        self._close_after_save = True
        self.banner.hide()
        self.save()

    def _discard_and_close(self) -> None:
        self.dirty = False
        self._draft_timer.stop()
        self.context.drafts.discard(self.draft_key)
        self.close()
