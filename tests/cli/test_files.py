"""Paths that are not files (a folder, a device, a pipe) given to the commands that read a
file: each is refused by its kind before anything is read, with one sentence and exit 1, and
the store is left as it was. Run as a user would, in a process of its own, so that a command
that read a device or waited on a pipe would be stopped by the time limit instead of hanging."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from scdesk.domain.devices import DeviceRole, DeviceSetup
from scdesk.services.first_run import set_up_device
from scdesk.store.store import Store
from tests.conftest import dump

COMMAND = Path(sys.executable).parent / "scdesk"
#: What each command is given; {path} is the path that is not a file.
READERS = {
    "import": ["import", "{path}"],
    "trust": ["trust", "{path}"],
    "profile import": ["profile", "import", "{path}"],
    "import-table": ["import-table", "people", "{path}"],
}


def _not_files(tmp_path: Path) -> dict[str, Path]:
    folder = tmp_path / "folder.zip"
    folder.mkdir()
    pipe = tmp_path / "pipe.csv"
    os.mkfifo(pipe)
    return {"a folder": folder, "a pipe": pipe, "a device": Path("/dev/zero")}


@pytest.mark.parametrize("command", READERS)
def test_a_path_that_is_not_a_file_is_refused_by_its_kind(
    command: str, store: Store, tmp_path: Path
) -> None:
    set_up_device(store, DeviceSetup("Hub", DeviceRole.HUB, "Hub staff"))
    before = dump(store)
    for kind, path in _not_files(tmp_path).items():
        args = [part.format(path=path) for part in READERS[command]]
        result = subprocess.run(
            [str(COMMAND), "--data-dir", str(tmp_path), *args],
            capture_output=True, text=True, check=False, timeout=60, stdin=subprocess.DEVNULL,
        )  # fmt: skip
        said = result.stderr + result.stdout
        assert result.returncode == 1, (kind, said)
        assert "Traceback" not in said, (kind, said)
        expected = "is a folder, not a file" if kind == "a folder" else "is not a file saved on"
        assert expected in said, (kind, said)
        assert path.name in said, (kind, said)
    assert dump(store) == before
