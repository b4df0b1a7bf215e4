"""Progress reports and cancellation for long work, usable from any thread and without Qt."""

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field


class CancelledError(Exception):
    """The user pressed Cancel: the work stops and its transaction rolls back."""


@dataclass(slots=True)
class Progress:
    """Passed into long work; step() reports at most ten times a second and honours Cancel."""

    cancel: threading.Event = field(default_factory=threading.Event)
    report: Callable[[int, int], None] = lambda done, total: None
    _last: float = 0.0

    def step(self, done: int, total: int) -> None:
        if self.cancel.is_set():
            raise CancelledError
        now = time.monotonic()
        if now - self._last >= 0.1 or done >= total:
            self._last = now
            self.report(done, total)


def silent() -> Progress:
    """A Progress for callers that neither show progress nor cancel (tests, the command line)."""
    return Progress()
