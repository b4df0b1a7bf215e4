"""The rotating log file in the data folder, which the crash dialog and the command line name."""

import logging
import logging.handlers
from pathlib import Path

from scdesk.paths import log_dir

LOG_NAME = "scdesk.log"


class _LogFile(logging.handlers.RotatingFileHandler):
    """Ours, so that starting again (tests, a second command) replaces it rather than doubling."""

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 (logging's name)
        """A line the disk cannot take (it is full, or gone) is dropped without a word: the
        command's own sentence says what happened, and a logging traceback before it would
        only bury it."""


def start_logging(data: Path, level: int = logging.INFO) -> Path:
    """Log to data/logs/scdesk.log (five files of 1 MB); returns the file's path."""
    folder = log_dir(data)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_NAME
    # errors: a file name that is not UTF-8 is logged as escapes, not dropped with a traceback
    handler = _LogFile(
        path, maxBytes=1_000_000, backupCount=5, encoding="utf-8", errors="backslashreplace"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, _LogFile)]:
        root.removeHandler(old)
        old.close()
    root.addHandler(handler)
    root.setLevel(level)
    return path
