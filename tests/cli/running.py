"""scdesk run as a user runs it: in a process of its own, from the checkout the tests run from,
so that a hang is stopped by the time limit and what reaches the terminal is what a user sees."""

import os
import shlex
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True, slots=True)
class Ran:
    code: int
    out: str
    err: str

    @property
    def said(self) -> str:
        return self.err + self.out

    def refused(self, *words: str) -> str:
        """Assert a refusal as the README promises it: exit 1 and, as the first line of standard
        error, one sentence naming what is wrong (each of words), with no traceback; returns it."""
        assert self.code == 1, self.said
        assert "Traceback" not in self.said, self.said
        assert "Logging error" not in self.said, self.said
        first = self.err.splitlines()[0] if self.err else ""
        assert first.startswith("scdesk: "), self.said
        for word in words:
            assert word in first, (word, first)
        return first


def scdesk(folder: Path, *args: str, full: Path | None = None, timeout: float = 60) -> Ran:
    """Run `scdesk --data-dir folder ARGS`. With full, that (empty) folder is a disk of its own
    with next to no room, as a full USB stick or data disk is: the run gets a mount namespace of
    its own (unshare, as any user may), so nothing outside it sees the small disk."""
    environment = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    environment.pop("SCDESK_DATA_DIR", None)
    command = [sys.executable, "-m", "scdesk", "--data-dir", str(folder), *args]
    if full is not None:
        mount = f"mount -t tmpfs -o size={FULL_DISK} none {shlex.quote(str(full))}"
        command = ["unshare", "--user", "--map-root-user", "--mount", "sh", "-c",
                   f'{mount} && exec "$@"', "sh", *command]  # fmt: skip
    done = subprocess.run(
        command, capture_output=True, text=True, check=False, timeout=timeout, env=environment,
        stdin=subprocess.DEVNULL,
    )  # fmt: skip
    return Ran(done.returncode, done.stdout, done.stderr)


#: The room on a full disk: one page, less than any store, bundle or report takes.
FULL_DISK = 4096
