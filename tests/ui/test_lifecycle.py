"""A record form's stages and the user's edits, as plain Python: no QApplication."""

import pytest

from scdesk.ui.forms.lifecycle import NEXT, Edits, Lifecycle, Stage


def test_a_form_opens_edits_saves_and_is_read_back_before_taking_input_again() -> None:
    life = Lifecycle()
    for stage in (Stage.EDITING, Stage.SAVING, Stage.SAVED, Stage.EDITING):
        life.enter(stage)
    assert life.stage is Stage.EDITING


def test_save_and_close_pressed_while_saving_closes_once_saved() -> None:
    life = Lifecycle()
    for stage in (Stage.EDITING, Stage.SAVING, Stage.SAVING_TO_CLOSE, Stage.CLOSING):
        life.enter(stage)
    assert life.stage is Stage.CLOSING


def test_a_refused_save_goes_back_to_editing() -> None:
    life = Lifecycle()
    life.enter(Stage.EDITING)
    life.enter(Stage.SAVING_TO_CLOSE)
    assert life.enter(Stage.EDITING) is Stage.SAVING_TO_CLOSE


def test_a_locked_record_cannot_be_saved() -> None:
    life = Lifecycle()
    life.enter(Stage.LOCKED)
    with pytest.raises(ValueError, match="from locked to saving"):
        life.enter(Stage.SAVING)


def test_a_form_whose_record_is_gone_can_only_close() -> None:
    assert NEXT[Stage.GONE] == frozenset()
    life = Lifecycle()
    life.enter(Stage.GONE)
    life.enter(Stage.CLOSING)
    assert life.stage is Stage.CLOSING


def test_only_the_stages_from_save_until_the_record_is_shown_again_are_busy() -> None:
    assert {stage for stage in Stage if stage.busy} == {
        Stage.SAVING, Stage.SAVING_TO_CLOSE, Stage.SAVED,
    }  # fmt: skip


def test_a_new_records_problems_show_field_by_field_as_it_is_edited() -> None:
    edits = Edits(show_all=False)
    edits.edited("title")
    assert (edits.dirty, edits.shows("title"), edits.shows("venue")) == (True, True, False)
    edits.save_tried()
    assert edits.shows("venue")


def test_saving_clears_the_edits_but_not_what_a_tried_save_shows() -> None:
    edits = Edits(show_all=False)
    edits.edited("title")
    edits.save_tried()
    edits.saved()
    assert (edits.dirty, edits.touched, edits.shows_any) == (False, set(), True)
