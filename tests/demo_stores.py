"""A store filled with the demo (about 5,800 records in seven scripts), made once per session
and copied per test: enough rows for lists to page, quick to make."""

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from scdesk.services.demo import fill_demo
from scdesk.store.store import STORE_FILE, Store
from tests.conftest import TestClock


def make_demo_template(folder: Path) -> Path:
    path = folder / STORE_FILE
    with Store.open(path, clock=TestClock()) as store:
        fill_demo(store, scale=1)
    return path


def open_demo_copy(
    template: Path, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Store]:
    shutil.copy(template, folder / STORE_FILE)
    monkeypatch.setenv("SCDESK_DATA_DIR", str(folder))
    with Store.open(folder / STORE_FILE, clock=TestClock()) as store:
        yield store
