"""The demo's data folder, filled once per test session: each test that starts from it gets a
copy of its own (`scdesk demo` takes seconds a time)."""

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.cli.running import scdesk


@pytest.fixture(scope="session")
def _demo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo") / "data"
    ran = scdesk(folder, "demo")
    assert ran.code == 0, ran.said
    return folder


@pytest.fixture
def demo_copy(_demo_folder: Path) -> Callable[[Path], None]:
    """Make a folder a copy of the demo's, as `scdesk --data-dir FOLDER demo` would leave it."""

    def copy(folder: Path) -> None:
        shutil.copytree(_demo_folder, folder)

    return copy
