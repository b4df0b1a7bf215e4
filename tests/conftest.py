"""Fixtures: a migrated store copied per test, a fixed clock, and a dump to prove nothing changed."""

import os
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import settings

from scdesk.store.store import STORE_FILE, Store

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

settings.register_profile("dev", max_examples=50, deadline=None)
settings.register_profile("ci", max_examples=100, deadline=None, derandomize=True)
settings.load_profile("ci" if os.environ.get("CI") else "dev")

#: The tests' "now": a fixed day, so rules about the future and figures for a period hold.
NOW = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)


@pytest.fixture(scope="session")
def template_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / STORE_FILE
    Store.open(path).close()  # runs every migration, once per session
    return path


@pytest.fixture
def store(tmp_path: Path, template_store: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Store]:
    shutil.copy(template_store, tmp_path / STORE_FILE)
    monkeypatch.setenv("SCDESK_DATA_DIR", str(tmp_path))
    with Store.open(tmp_path / STORE_FILE) as opened:
        opened.now = lambda: NOW
        yield opened


def dump(store: Store) -> list[str]:
    """Every row of every table, as SQL text: equal dumps mean the store is unchanged."""
    with closing(sqlite3.connect(store.path)) as connection:
        return list(connection.iterdump())
