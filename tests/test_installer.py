"""The installer build: scripts/build-installer makes a frozen app whose commands and GUI run."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from scdesk import __version__
from scdesk.store.store import STORE_FILE

ROOT = Path(__file__).resolve().parents[1]
#: A clean build takes about half a minute on two cores; a first setup of .venv takes minutes.
BUILD_TIMEOUT = 1200
#: How long the frozen GUI must keep running on the offscreen platform to count as started.
GUI_ALIVE_SECONDS = 5

pytestmark = pytest.mark.slow


def _program(name: str) -> Path:
    if sys.platform == "darwin":  # the .app holds the windowed program only
        return ROOT / "dist" / "scdesk.app" / "Contents" / "MacOS" / "scdesk"
    return ROOT / "dist" / "scdesk" / (f"{name}.exe" if sys.platform == "win32" else name)


@pytest.fixture(scope="module")
def build() -> subprocess.CompletedProcess[str]:
    """Run the build script once for the module: it sets up .venv, builds, and runs its checks."""
    env = {k: v for k, v in os.environ.items() if k != "SCDESK_BUILD_DEBUG"}
    return subprocess.run(
        [str(ROOT / "scripts" / "build-installer")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT,
        check=False,
    )


def test_build_script_succeeds_and_its_own_checks_pass(
    build: subprocess.CompletedProcess[str],
) -> None:
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    assert "installer ok" in build.stdout


def test_frozen_cli_prints_the_package_version(build: subprocess.CompletedProcess[str]) -> None:
    assert build.returncode == 0
    done = subprocess.run(
        [str(_program("scdesk-cli")), "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"scdesk {__version__}"


def test_frozen_cli_check_migrates_a_fresh_folder_and_reports_integrity_ok(
    build: subprocess.CompletedProcess[str], tmp_path: Path
) -> None:
    assert build.returncode == 0
    done = subprocess.run(
        [str(_program("scdesk-cli")), "--data-dir", str(tmp_path), "check"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "integrity:  ok" in done.stdout
    assert "(current;" in done.stdout  # Alembic found the bundled migrations and ran them all


@pytest.mark.skipif(sys.platform != "linux", reason="Qt's Linux platform plugins")
def test_bundle_holds_the_offscreen_and_xcb_platform_plugins(
    build: subprocess.CompletedProcess[str],
) -> None:
    assert build.returncode == 0
    platforms = ROOT / "dist" / "scdesk" / "_internal" / "PySide6" / "Qt" / "plugins" / "platforms"
    assert {"libqoffscreen.so", "libqxcb.so"} <= {p.name for p in platforms.iterdir()}


@pytest.mark.skipif(sys.platform != "linux", reason="the offscreen start is checked on Linux")
def test_frozen_program_speaks_urdu_in_its_window_and_its_reports(
    build: subprocess.CompletedProcess[str], tmp_path: Path
) -> None:
    """The window's translations (.qm) and the reports' (.ts) are found inside the bundle."""
    assert build.returncode == 0
    cli = str(_program("scdesk-cli"))
    made = subprocess.run(
        [cli, "--data-dir", str(tmp_path), "demo"], capture_output=True, text=True, timeout=300
    )
    assert made.returncode == 0, made.stderr
    pdf = tmp_path / "figures-ur.pdf"
    report = [cli, "--data-dir", str(tmp_path), "report", "key-figures", "--lang", "ur"]
    done = subprocess.run([*report, "-o", str(pdf)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "کلیدی اعداد و شمار" in text, text[:500]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with subprocess.Popen(
        [str(_program("scdesk")), "--data-dir", str(tmp_path), "--lang", "ur"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as gui:
        try:
            exited = gui.wait(timeout=GUI_ALIVE_SECONDS)
        except subprocess.TimeoutExpired:
            exited = None
            gui.terminate()
        _, stderr = gui.communicate(timeout=60)
    assert exited is None, f"the GUI exited with {exited}: {stderr}"
    log = (tmp_path / "logs" / "scdesk.log").read_text(encoding="utf-8")
    assert "the interface speaks ur" in log
    assert "no scdesk_ur.qm" not in log


@pytest.mark.skipif(sys.platform != "linux", reason="the offscreen start is checked on Linux")
def test_frozen_gui_starts_offscreen_without_plugin_errors(
    build: subprocess.CompletedProcess[str], tmp_path: Path
) -> None:
    assert build.returncode == 0
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with subprocess.Popen(
        [str(_program("scdesk")), "--data-dir", str(tmp_path)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as gui:
        try:
            # Still running after a few seconds means it started and sits in its event loop.
            exited = gui.wait(timeout=GUI_ALIVE_SECONDS)
        except subprocess.TimeoutExpired:
            exited = None
            gui.terminate()
        _, stderr = gui.communicate(timeout=60)
    assert exited is None, f"the GUI exited with {exited}: {stderr}"
    assert "qt.qpa.plugin" not in stderr
    assert "Could not load" not in stderr
    assert (tmp_path / STORE_FILE).is_file()  # it got as far as opening the store
