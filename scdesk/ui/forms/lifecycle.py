"""A record form's life as one explicit state, with every allowed step in one table, and the
user's edits tracked beside it. Plain Python: the form (record_form.py) shows what these say."""

from collections.abc import Mapping
from enum import Enum


class Stage(Enum):
    """Where a record form is. Only EDITING takes the user's edits as edits: in every other
    stage, a field changing is the form filling it (or a field the form has disabled)."""

    #: The choices and the record are read for the first time, then the fields filled.
    OPENING = "opening"
    #: The fields take input; Save checks them and saves.
    EDITING = "editing"
    #: The record is read again (someone else changed it, a step acted on it) or a kept draft
    #: is put back into the fields.
    LOADING = "loading"
    #: The save runs; the fields take no input, since what is typed now would be lost.
    SAVING = "saving"
    #: As SAVING, and the form closes once saved ("Save and close").
    SAVING_TO_CLOSE = "saving_to_close"
    #: Saved: the stored record is read back (new parts get their ids) before any input.
    SAVED = "saved"
    #: The record is shown but takes no edits (approved minutes).
    LOCKED = "locked"
    #: The record no longer exists here (deleted, or merged away).
    GONE = "gone"
    #: The form is closing; whatever arrives late is dropped.
    CLOSING = "closing"

    @property
    def busy(self) -> bool:
        """From Save until the saved record is shown again."""
        return self in (Stage.SAVING, Stage.SAVING_TO_CLOSE, Stage.SAVED)

    @property
    def shown(self) -> bool:
        """The record is in the fields, so someone else's change to it can be shown."""
        return self in (Stage.EDITING, Stage.LOCKED)


#: The stages a form may go to from each stage. Every stage may close.
NEXT: Mapping[Stage, frozenset[Stage]] = {
    Stage.OPENING: frozenset({Stage.EDITING, Stage.LOCKED, Stage.GONE}),
    Stage.EDITING: frozenset({Stage.LOADING, Stage.SAVING, Stage.SAVING_TO_CLOSE}),
    Stage.LOADING: frozenset({Stage.EDITING, Stage.LOCKED, Stage.GONE}),
    Stage.SAVING: frozenset({Stage.SAVING_TO_CLOSE, Stage.SAVED, Stage.EDITING}),
    Stage.SAVING_TO_CLOSE: frozenset({Stage.EDITING}),
    Stage.SAVED: frozenset({Stage.EDITING, Stage.LOCKED, Stage.GONE}),
    Stage.LOCKED: frozenset({Stage.LOADING}),
    Stage.GONE: frozenset(),
    Stage.CLOSING: frozenset(),
}


class Lifecycle:
    """The stage a form is in; a step the table does not allow is a bug in the form."""

    __slots__ = ("stage",)

    def __init__(self) -> None:
        self.stage = Stage.OPENING

    def enter(self, stage: Stage) -> Stage:
        """Go to stage; returns the stage left."""
        left = self.stage
        if stage is not Stage.CLOSING and stage not in NEXT[left]:
            raise ValueError(f"a record form cannot go from {left.value} to {stage.value}")
        self.stage = stage
        return left


class Edits:
    """What the user changed since the record was last shown: whether there is anything to
    save (dirty), and which fields' problems to show. A field's problems show once it was
    edited, after a save was tried, and always for a stored record (show_all)."""

    __slots__ = ("dirty", "show_all", "touched")

    def __init__(self, show_all: bool) -> None:
        self.dirty = False
        self.show_all = show_all
        self.touched: set[str] = set()

    def edited(self, name: str) -> None:
        self.touched.add(name)
        self.dirty = True

    def shows(self, name: str) -> bool:
        return self.show_all or name in self.touched

    @property
    def shows_any(self) -> bool:
        """Problems that belong to no field show once anything was edited."""
        return self.show_all or bool(self.touched)

    def save_tried(self) -> None:
        self.show_all = True

    def saved(self) -> None:
        self.dirty = False
        self.touched.clear()
