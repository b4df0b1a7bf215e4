"""Drafts of open forms, kept as files in the data folder so nothing typed is lost to a crash.

A form writes its whole state as the user types; a successful save or an explicit discard removes
the file. Each write is atomic (a temporary file, fsync, os.replace, then fsync of the folder), so
a power cut leaves either the previous draft or the new one, never half a file. Drafts are not
records: they never reach the store, sync or the audit trail until the user saves the form.
"""

import json
import logging
import os
import re
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from uuid import UUID, uuid4

log = logging.getLogger(__name__)

DRAFTS_FOLDER = "drafts"
_FORMAT = 1
_KIND = re.compile(r"^[a-z_]{1,40}$")


@dataclass(frozen=True, slots=True)
class DraftKey:
    """Which form a draft belongs to: its kind and the record it edits (or a new record)."""

    form: str
    #: The record being edited, or None for a record not saved yet.
    record_id: UUID | None
    #: Tells apart two new records of the same kind being typed at once.
    new_key: UUID | None = None

    def __post_init__(self) -> None:
        if not _KIND.match(self.form):
            raise ValueError(f"a draft's form is a lower-case word: {self.form!r}")
        if (self.record_id is None) == (self.new_key is None):
            raise ValueError("a draft is for a stored record or for a new one, not both")

    @classmethod
    def for_new(cls, form: str) -> "DraftKey":
        return cls(form, None, uuid4())

    @property
    def file_name(self) -> str:
        if self.record_id is not None:
            return f"{self.form}-{self.record_id}.json"
        return f"{self.form}-new-{self.new_key}.json"


@dataclass(frozen=True, slots=True)
class Draft:
    key: DraftKey
    #: What the user would recognise the draft by (a title or a name), as typed.
    title: str
    saved_at: datetime
    state: dict[str, Any]


def drafts_folder(data: Path) -> Path:
    return data / DRAFTS_FOLDER


def save_draft(data: Path, key: DraftKey, title: str, state: dict[str, Any], at: datetime) -> Path:
    """Write the draft atomically: a crash mid-write leaves the previous draft in place."""
    folder = drafts_folder(data)
    folder.mkdir(parents=True, exist_ok=True)
    document = {
        "format": _FORMAT,
        "form": key.form,
        "record_id": str(key.record_id) if key.record_id else None,
        "new_key": str(key.new_key) if key.new_key else None,
        "title": title,
        "saved_at": at.isoformat(),
        "state": state,
    }
    payload = json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")
    target = folder / key.file_name
    handle, temporary = tempfile.mkstemp(prefix=".draft-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(payload)
            file.flush()
            os.fsync(file.fileno())
        Path(temporary).replace(target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    _sync_folder(folder)
    return target


def discard_draft(data: Path, key: DraftKey) -> None:
    (drafts_folder(data) / key.file_name).unlink(missing_ok=True)


def load_draft(data: Path, key: DraftKey) -> Draft | None:
    return _read(drafts_folder(data) / key.file_name)


def list_drafts(data: Path) -> list[Draft]:
    """Every readable draft, newest first; an unreadable file is logged and left for the user's
    support person rather than deleted."""
    folder = drafts_folder(data)
    if not folder.is_dir():
        return []
    found = [draft for path in folder.glob("*.json") if (draft := _read(path)) is not None]
    return sorted(found, key=lambda d: d.saved_at, reverse=True)


def _read(path: Path) -> Draft | None:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        if document.get("format") != _FORMAT:
            raise ValueError("unknown draft format")
        record_id = document["record_id"]
        new_key = document["new_key"]
        key = DraftKey(
            document["form"],
            UUID(record_id) if record_id else None,
            UUID(new_key) if new_key else None,
        )
        state = document["state"]
        if not isinstance(state, dict) or key.file_name != path.name:
            raise ValueError("a draft's state is an object saved under its own name")
        return Draft(
            key, str(document["title"]), datetime.fromisoformat(document["saved_at"]), state
        )
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        log.warning("a draft could not be read and was left in place: %s", path.name)
        return None


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable; not every platform can open a folder for that."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
