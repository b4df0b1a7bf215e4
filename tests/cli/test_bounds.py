"""Counts on the command line (`demo --scale`, `report sign-in --blank-rows`) have bounds: past
them the command is refused as a user running scdesk sees it, in one sentence on standard error,
exit 1, nothing written."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from scdesk import cli
from scdesk.domain.counts import MOST_BLANK_ROWS, MOST_DEMO_SCALE
from scdesk.store.store import Store
from tests import factories
from tests.conftest import dump

ROOT = Path(__file__).resolve().parents[2]


def _scdesk(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """scdesk in a process of its own, as a user runs it."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "scdesk", "--data-dir", str(data), *args],
        capture_output=True, text=True, check=False, timeout=120, cwd=ROOT, env=env,
    )  # fmt: skip


def _one_sentence(stderr: str) -> str:
    first = stderr.splitlines()[0]
    assert stderr == first + "\n", stderr
    assert "Traceback" not in stderr
    assert first.startswith("scdesk: ")
    assert first.endswith(".")
    return first.removeprefix("scdesk: ")


@pytest.mark.parametrize("rows", ["-1", str(MOST_BLANK_ROWS + 1), "1000000"])
def test_a_sign_in_sheet_past_its_blank_rows_bound_is_refused_in_one_sentence(
    store: Store, tmp_path: Path, rows: str
) -> None:
    meeting = factories.meeting(store, factories.city(store))
    target = tmp_path / "sheet.pdf"
    before = dump(store)
    result = _scdesk(tmp_path, "report", "sign-in", "--meeting", str(meeting), "-o", str(target),
                     "--blank-rows", rows)  # fmt: skip
    assert (result.returncode, result.stdout) == (1, "")
    assert _one_sentence(result.stderr) == (
        f"A sign-in sheet has 0 to {MOST_BLANK_ROWS} blank rows; for a larger event, print a "
        "second sheet."
    )
    assert not target.exists()
    assert dump(store) == before


@pytest.mark.parametrize("scale", ["0", "-5", str(MOST_DEMO_SCALE + 1), "1000000"])
def test_a_demo_scale_out_of_bounds_is_refused_in_one_sentence_and_writes_nothing(
    store: Store, tmp_path: Path, scale: str
) -> None:
    before = dump(store)
    result = _scdesk(tmp_path, "demo", "--scale", scale)
    assert (result.returncode, result.stdout) == (1, "")
    assert _one_sentence(result.stderr) == (
        f"The demo's scale is a whole number from 1 to {MOST_DEMO_SCALE}."
    )
    assert dump(store) == before


@pytest.mark.parametrize(
    ("command", "bound"),
    [(["report"], f"0 to {MOST_BLANK_ROWS}"), (["demo"], f"1 to {MOST_DEMO_SCALE}")],
)
def test_each_bound_is_given_in_the_commands_help(
    command: list[str], bound: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        cli.main([*command, "--help"])
    assert bound in " ".join(capsys.readouterr().out.split())
