"""Writes form drafts off the GUI thread, in the order they were typed.

A cheap laptop's disk can take tens of milliseconds to fsync; typing must not wait for it. One
worker thread writes the drafts in order, so a discard after a save always lands after the last
write of the same form.
"""

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import datetime
from pathlib import Path
from typing import Any

from scdesk.services.drafts import (
    Draft,
    DraftKey,
    discard_draft,
    list_drafts,
    load_draft,
    save_draft,
)

log = logging.getLogger(__name__)


class DraftKeeper:
    def __init__(self, data: Path, now: Callable[[], datetime]) -> None:
        self._data = data
        self._now = now
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="drafts")
        self._last: Future[None] | None = None

    def keep(self, key: DraftKey, title: str, state: dict[str, Any]) -> None:
        """Write the draft in the background; the state is a snapshot taken on the GUI thread."""
        at = self._now()
        self._submit(lambda: self._write(key, title, state, at))

    def discard(self, key: DraftKey) -> None:
        self._submit(lambda: discard_draft(self._data, key))

    def flush(self) -> None:
        """Wait until every write asked for so far is on disk."""
        last = self._last
        if last is not None:
            last.result()

    def load(self, key: DraftKey) -> Draft | None:
        self.flush()
        return load_draft(self._data, key)

    def all(self) -> list[Draft]:
        self.flush()
        return list_drafts(self._data)

    def close(self) -> None:
        self._writer.shutdown(wait=True)

    def _submit(self, job: Callable[[], None]) -> None:
        self._last = self._writer.submit(job)

    def _write(self, key: DraftKey, title: str, state: dict[str, Any], at: datetime) -> None:
        try:
            save_draft(self._data, key, title, state, at)
        except OSError:
            log.warning("a draft could not be written", exc_info=True)
