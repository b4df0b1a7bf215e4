"""Fixtures: a migrated store copied per test, a fixed clock, a dump to prove nothing changed."""

import os
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import settings

from scdesk.domain.errors import UserError
from scdesk.store import migrate
from scdesk.store.engine import sqlite_engine
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


def store_at_revision(path: Path, revision: str) -> None:
    """A store file as an older scdesk left it: migrated only up to revision."""
    engine = sqlite_engine(path, migrating=True)
    with engine.begin() as connection:
        migrate.upgrade(connection, revision)
    engine.dispose()


def refused(store: Store, call: Callable[[], object], message: str) -> UserError:
    """Assert that call is refused with a sentence containing message and changes nothing."""
    before = dump(store)
    with pytest.raises(UserError) as caught:
        call()
    assert message in str(caught.value), str(caught.value)
    assert dump(store) == before
    return caught.value
