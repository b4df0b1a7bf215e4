"""Drafts of forms are kept as files, written whole or not at all, and listed for restoring."""

from datetime import UTC, datetime
from pathlib import Path
from uuid import uuid4

import pytest

from scdesk.services.drafts import (
    DraftKey,
    discard_draft,
    drafts_folder,
    list_drafts,
    load_draft,
    save_draft,
)

AT = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)


def test_a_draft_comes_back_with_what_was_typed_in_every_script(tmp_path: Path) -> None:
    key = DraftKey.for_new("meeting")
    state = {"title": "کمیٹی کا اجلاس", "agenda": [{"title": "வரவேற்பு"}], "total": 14}
    save_draft(tmp_path, key, "کمیٹی کا اجلاس", state, AT)
    draft = load_draft(tmp_path, key)
    assert draft is not None
    assert (draft.key, draft.title, draft.saved_at, draft.state) == (key, state["title"], AT, state)


def test_writing_a_draft_again_replaces_it_and_leaves_no_temporary_files(tmp_path: Path) -> None:
    key = DraftKey("person", uuid4())
    save_draft(tmp_path, key, "Ayesha", {"name": "Ayesha"}, AT)
    save_draft(tmp_path, key, "Ayesha Khan", {"name": "Ayesha Khan"}, AT)
    assert [p.name for p in drafts_folder(tmp_path).iterdir()] == [key.file_name]
    draft = load_draft(tmp_path, key)
    assert draft is not None
    assert draft.state == {"name": "Ayesha Khan"}


def test_a_failed_write_keeps_the_previous_draft(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    key = DraftKey("city", uuid4())
    save_draft(tmp_path, key, "Mardan", {"name": "Mardan"}, AT)

    def full_disk(self: object, target: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "replace", full_disk)
    with pytest.raises(OSError, match="No space"):
        save_draft(tmp_path, key, "Mardan city", {"name": "Mardan city"}, AT)
    monkeypatch.undo()
    draft = load_draft(tmp_path, key)
    assert draft is not None
    assert draft.state == {"name": "Mardan"}
    assert [p.name for p in drafts_folder(tmp_path).iterdir()] == [key.file_name]


def test_drafts_are_listed_newest_first_and_a_discarded_one_is_gone(tmp_path: Path) -> None:
    older, newer = DraftKey.for_new("meeting"), DraftKey.for_new("activity")
    save_draft(tmp_path, older, "A", {}, AT)
    save_draft(tmp_path, newer, "B", {}, AT.replace(hour=10))
    assert [d.key for d in list_drafts(tmp_path)] == [newer, older]
    discard_draft(tmp_path, newer)
    assert [d.key for d in list_drafts(tmp_path)] == [older]


def test_an_unreadable_draft_is_left_in_place_and_skipped(tmp_path: Path) -> None:
    folder = drafts_folder(tmp_path)
    folder.mkdir()
    (folder / "meeting-new-x.json").write_text("{not json", encoding="utf-8")
    assert list_drafts(tmp_path) == []
    assert (folder / "meeting-new-x.json").exists()
