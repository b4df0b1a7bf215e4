"""The form base: fields with their problems shown inline as the user types, a draft kept as
the user types, one service call to save, and a refresh when someone else changes the record."""

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, Generic, TypeVar
from uuid import UUID

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from scdesk.domain.changes import Changes, RecordKind
from scdesk.domain.errors import UserError, gone_sentence
from scdesk.domain.progress import Progress
from scdesk.domain.rules import InvalidRecordError, Problem
from scdesk.services.drafts import Draft, DraftKey
from scdesk.services.saved import Saved
from scdesk.ui.context import AppContext
from scdesk.ui.forms.banner import Banner
from scdesk.ui.forms.fields import Field, ProblemLabel
from scdesk.ui.forms.form_problems import FormProblems
from scdesk.ui.forms.lifecycle import Edits, Lifecycle, Stage
from scdesk.ui.preserved import PreservedDialog

W = TypeVar("W", bound=QWidget)
#: What a form reads to offer as choices (cities, committees); None for a form with none.
ChoicesT = TypeVar("ChoicesT")
#: What a form reads of a stored record to fill its fields.
DetailT = TypeVar("DetailT")
#: The record a form's save service takes, made from the fields.
RecordT = TypeVar("RecordT")


class RecordForm(PreservedDialog, Generic[ChoicesT, DetailT, RecordT]):
    """Subclasses build their fields with add_field and implement the hooks below. The form's
    state is one Stage (lifecycle.py), changed only through _enter."""

    #: The record's id after each successful save.
    saved = Signal(object)
    #: The form's state was loaded (or set up for a new record) and is ready for typing.
    ready = Signal()

    #: The kind of form: names its drafts and its saved geometry.
    FORM: ClassVar[str]
    #: Changes to these kinds of records by others reload the form while it has no unsaved edits.
    WATCHED: ClassVar[frozenset[RecordKind]]

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
        #: A draft to put into the fields once the record is read (one kept from a crash).
        self._restoring = draft
        self.fields: dict[str, Field] = {}
        self._lifecycle = Lifecycle()
        self.edits = Edits(show_all=record_id is not None)
        self._focus_before: QWidget | None = None

        outer = QVBoxLayout(self)
        self.banner = Banner(self)
        outer.addWidget(self.banner)
        self.general_problem = ProblemLabel(self)
        outer.addWidget(self.general_problem)
        self.problems = FormProblems(self.edits, self.general_problem)
        self.body = QWidget()
        #: The fields scroll, so that Save and Close stay on a small screen.
        self.body_scroll = QScrollArea(self)
        self.body_scroll.setWidgetResizable(True)
        self.body_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.body_scroll.setWidget(self.body)
        outer.addWidget(self.body_scroll, 1)
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
        self.save_button.setEnabled(False)  # until the record is shown (Stage.EDITING)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)

        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(300)
        self._draft_timer.timeout.connect(self.keep_draft)
        context.ops.changes_applied.connect(self._on_changes_applied)
        self.build()

    # ------------------------------------------------------------------ hooks
    def build(self) -> None:
        """Lay out the form's own fields in self.body (with add_field), once, as the form is
        made; the record is read later, by start()."""
        raise NotImplementedError

    def load_choices(self, session: Session) -> ChoicesT:
        """Read what the form offers to choose from (on a worker thread)."""
        raise NotImplementedError

    def populate_choices(self, choices: ChoicesT) -> None:
        """Fill the choice fields from what load_choices read."""

    def load_detail(self, session: Session, record_id: UUID) -> DetailT | None:
        """Read the record (on a worker thread); None when it is gone."""
        raise NotImplementedError

    def populate(self, detail: DetailT) -> None:
        """Fill the fields from what load_detail read."""
        raise NotImplementedError

    def populate_new(self) -> None:
        """Defaults for a new record."""

    def locked(self, detail: DetailT) -> str | None:
        """Why the stored record takes no edits (the sentence the banner shows), or None."""
        return None

    def show_locked(self, locked: bool) -> None:
        """Disable what a locked record does not let the user change (Save is disabled
        already)."""

    def check(self) -> tuple[RecordT | None, list[Problem]]:
        """The record to save, built from the fields, and every problem with it."""
        raise NotImplementedError

    def save_work(self, record: RecordT) -> Callable[[Progress], Saved[UUID]]:
        raise NotImplementedError

    def draft_title(self) -> str:
        raise NotImplementedError

    def show_nested_problems(self, problems: list[Problem], show_all: bool) -> list[Problem]:
        """Show problems of parts (agenda items, sessions); return those not shown."""
        return problems

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
        field: object = widget
        if not isinstance(field, Field):
            raise TypeError(f"{type(widget).__name__} is not a form field")
        self.register(name, field)
        for shown in (name, *problem_fields):
            self.problems.add_label(shown, problem)
        return widget

    def register(self, name: str, field: Field) -> None:
        """Track a field (or a part editor) for drafts, dirtiness and problems."""
        self.fields[name] = field
        field.edited.connect(lambda: self._on_edited(name))

    def touched(self, name: str) -> bool:
        """Whether a field's problems are shown (see Edits)."""
        return self.edits.shows(name)

    # ------------------------------------------------------------------ state
    def state(self) -> dict[str, object]:
        """Every field's state, as a draft keeps it."""
        return {name: field.state() for name, field in self.fields.items()}

    def apply_state(self, state: Mapping[str, object]) -> None:
        """Put a draft's state into the fields; called while the form is not EDITING, so the
        fields changing are not taken as edits."""
        for name, field in self.fields.items():
            if name in state:
                field.restore(state[name])
        self.after_restore()
        self.revalidate()

    def after_restore(self) -> None:
        """Refresh what depends on several fields after a draft was applied."""

    def first_field(self) -> QWidget | None:
        """The field a new record is typed into first (None: where Qt puts the focus)."""
        return None

    # ------------------------------------------------------------------ the stages
    @property
    def stage(self) -> Stage:
        return self._lifecycle.stage

    def _enter(self, stage: Stage) -> None:
        """The one place the form changes stage, and shows what the new stage means: while
        busy (from Save until the saved record is shown again) the fields take no input, since
        what is typed then would be overwritten, or saved twice; Save works only while
        EDITING; a locked record shows its values without taking edits."""
        left = self._lifecycle.enter(stage)
        if stage.busy and not left.busy:
            self._focus_before = self.focusWidget()
        self.body.setEnabled(not stage.busy)
        self.save_button.setEnabled(stage is Stage.EDITING)
        if stage.shown:
            self.show_locked(stage is Stage.LOCKED)
        if left.busy and not stage.busy:
            focus, self._focus_before = self._focus_before, None
            if focus is not None and shiboken6.isValid(focus):
                focus.setFocus()

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
        """Read the record again (after a save it is read back while still SAVED)."""
        if self.stage.shown:
            self._enter(Stage.LOADING)
        self.start()

    def _read(self, record_id: UUID | None) -> tuple[ChoicesT, DetailT | None]:
        with self.context.store.read() as session:
            choices = self.load_choices(session)
            detail = None if record_id is None else self.load_detail(session, record_id)
            return choices, detail

    def _on_loaded(self, loaded: tuple[ChoicesT, DetailT | None]) -> None:
        if self.stage is Stage.CLOSING:
            return
        if self.stage.shown:  # a second read was in flight: this one shows the record again
            self._enter(Stage.LOADING)
        choices, detail = loaded
        if self.record_id is not None and detail is None:
            self.banner.offer(
                gone_sentence(),
                [(self.tr("Close"), self._discard_and_close)],
            )
            self._enter(Stage.GONE)
            return
        self.populate_choices(choices)
        if detail is None:
            self.populate_new()
            locked = None
        else:
            self.populate(detail)
            locked = self.locked(detail)
        opening = self.stage is Stage.OPENING
        self.edits.dirty = False
        self.setWindowModified(False)
        if self._restoring is not None:
            draft, self._restoring = self._restoring, None
            self.apply_state(draft.state)
            self._mark_dirty()
        if locked is not None:
            self.banner.offer(locked, [])
        elif opening and self.record_id is not None:
            self._offer_kept_draft()
        self.revalidate()
        self._enter(Stage.LOCKED if locked is not None else Stage.EDITING)
        first = self.first_field() if detail is None and opening else None
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        self.ready.emit()

    def _offer_kept_draft(self) -> None:
        kept = self.context.drafts.load(self.draft_key)
        if kept is None:
            return
        when = kept.saved_at.astimezone().strftime("%Y-%m-%d %H:%M")
        text = self.tr("Changes typed on {when} were not saved.").format(when=when)
        self.banner.offer(
            text,
            [
                (self.tr("Restore them"), lambda: self._restore_kept(kept)),
                (self.tr("Discard them"), self._discard_kept),
            ],
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in a field must not press a button: QDialog would press Save (or another
        button) for it; Ctrl+S saves."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    def _restore_kept(self, draft: Draft) -> None:
        self.banner.hide()
        if self.stage is not Stage.EDITING:
            return
        self._enter(Stage.LOADING)
        self.apply_state(draft.state)
        self._mark_dirty()
        self._enter(Stage.EDITING)

    def _discard_kept(self) -> None:
        self.banner.hide()
        self.context.drafts.discard(self.draft_key)

    # ------------------------------------------------------------------ editing
    def _on_edited(self, name: str) -> None:
        if self.stage is not Stage.EDITING:
            return
        self.edits.edited(name)
        self._mark_dirty()
        self.revalidate()

    def _mark_dirty(self) -> None:
        self.edits.dirty = True
        self.setWindowModified(True)
        self._draft_timer.start()

    @property
    def dirty(self) -> bool:
        """Edits not saved yet."""
        return self.edits.dirty

    def keep_draft(self) -> None:
        """Write the draft now (the timer writes it 300 ms after the last keystroke)."""
        if self.edits.dirty:
            self.context.drafts.keep(self.draft_key, self.draft_title(), self.state())

    def revalidate(self) -> list[Problem]:
        _record, problems = self.check()
        self.show_problems(problems)
        return problems

    def show_problems(self, problems: list[Problem]) -> None:
        self.problems.show(problems, self.show_nested_problems)

    # ------------------------------------------------------------------ saving
    def save(self) -> None:
        """Check the fields and, when nothing is wrong, save in the background."""
        self._save(then_close=False)

    def _save(self, then_close: bool) -> None:
        if self.stage is not Stage.EDITING:
            return
        self._draft_timer.stop()
        self.keep_draft()
        record, problems = self.check()
        self.edits.save_tried()
        self.show_problems(problems)
        if problems or record is None:
            self._focus_problem(problems)
            return
        self._enter(Stage.SAVING_TO_CLOSE if then_close else Stage.SAVING)
        self.context.ops.run(
            self,
            self.save_work(record),
            self._on_saved,
            label=self.tr("Saving…"),
            writes=True,
            on_failure=self._on_refused,
        )

    def _on_saved(self, saved: Saved[UUID]) -> None:
        """The fields took no input while saving, so what was saved is all there is: the
        draft goes."""
        if self.stage is Stage.CLOSING:  # closed while saving (Discard changes): saved anyway
            self.saved.emit(saved.id)
            return
        old_key = self.draft_key
        self.record_id = saved.id
        self.draft_key = DraftKey(self.FORM, saved.id)
        self.edits.saved()
        self.setWindowModified(False)
        self.context.drafts.discard(old_key)
        if old_key != self.draft_key:
            self.context.drafts.discard(self.draft_key)
        closing = self.stage is Stage.SAVING_TO_CLOSE
        self._enter(Stage.CLOSING if closing else Stage.SAVED)
        self.saved.emit(saved.id)
        if closing:
            self.close()
        else:  # the reload gives new parts (agenda items, sessions) their ids
            self.reload()

    def _on_refused(self, error: UserError) -> bool:
        if self.stage is Stage.CLOSING:
            return True
        self._enter(Stage.EDITING)
        if isinstance(error, InvalidRecordError):
            self.show_problems(list(error.problems))
            self._focus_problem(list(error.problems))
            return True
        self.general_problem.show_problem(str(error))
        return True

    def _focus_problem(self, problems: list[Problem]) -> None:
        for problem in problems:
            field: object = self.fields.get(problem.field) if problem.location is None else None
            if isinstance(field, QWidget):
                field.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    # ------------------------------------------------------------------ refresh and close
    def _on_changes_applied(self, changes: Changes, initiator: object) -> None:
        if initiator is self or self.record_id is None or not self.stage.shown:
            return
        if changes.affects(*self.WATCHED) and not self.edits.dirty:
            self.reload()

    def close_keeping_draft(self) -> None:
        """Close at once, keeping unsaved edits as a draft that the next start offers back (the
        main window closing does this)."""
        self.keep_draft()
        self._enter(Stage.CLOSING)
        self.close()

    def _needs_decision(self) -> bool:
        """Unsaved edits are never dropped silently (a locked or gone record has none)."""
        stage = self.stage
        return self.edits.dirty and stage not in (Stage.LOCKED, Stage.GONE, Stage.CLOSING)

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
        if self.stage is not Stage.CLOSING:
            self._enter(Stage.CLOSING)
        super().closeEvent(event)

    def reject(self) -> None:
        """Esc and the window's close button: as Close, unsaved changes are never dropped
        silently."""
        if self._needs_decision():
            self._offer_close_choice()
            return
        super().reject()

    def _save_and_close(self) -> None:
        self.banner.hide()
        if self.stage is Stage.SAVING:  # Save was pressed already: close when it is done
            self._enter(Stage.SAVING_TO_CLOSE)
        else:
            self._save(then_close=True)

    def _discard_and_close(self) -> None:
        self._draft_timer.stop()
        self.context.drafts.discard(self.draft_key)
        self._enter(Stage.CLOSING)
        self.close()


#: A form of any kind of record, as the opener and the main window hold them.
SomeRecordForm = RecordForm[Any, Any, Any]
