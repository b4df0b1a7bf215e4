"""Fixtures: a migrated store copied per test, a fixed clock, a dump to prove nothing changed."""

import os
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from uuid import uuid4

import pytest
from hypothesis import settings
from sqlalchemy import MetaData, select

from scdesk import i18n
from scdesk.domain.errors import UserError
from scdesk.store import migrate
from scdesk.store.engine import sqlite_engine
from scdesk.store.sqlite_file import SqliteFile
from scdesk.store.store import STORE_FILE, Store
from tests.postgres import Server, start_server

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

settings.register_profile("dev", max_examples=50, deadline=None)
settings.register_profile("ci", max_examples=100, deadline=None, derandomize=True)
settings.load_profile("ci" if os.environ.get("CI") else "dev")

#: The tests' "now": a fixed day, so rules about the future and figures for a period hold.
NOW = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)
PG_TEMPLATE = "scdesk_template"


@dataclass
class TestClock:
    """The stores' clock in tests: it shows NOW until a test moves it."""

    __test__ = False  # not a test class, despite its name

    at: datetime = NOW

    def __call__(self) -> datetime:
        return self.at


@pytest.fixture(scope="session")
def template_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / STORE_FILE
    Store.open(path).close()  # runs every migration, once per session
    return path


@pytest.fixture(scope="session")
def postgres() -> Iterator[Server]:
    """A PostgreSQL server of the session's own, started on first use."""
    server = start_server()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def postgres_template(postgres: Server, tmp_path_factory: pytest.TempPathFactory) -> str:
    """A database with every migration run, to copy per test (CREATE DATABASE ... TEMPLATE)."""
    url = postgres.create_database(PG_TEMPLATE)
    Store.connect(url, tmp_path_factory.mktemp("pg-template")).close()
    return PG_TEMPLATE


def postgres_store(server: Server, template: str, folder: Path) -> Store:
    """A fresh store on its own database, a copy of the template, with its own device id."""
    url = server.create_database(f"scdesk_{uuid4().hex[:16]}", template=template)
    return Store.connect(url, folder, clock=TestClock())


def on_each_backend(request: pytest.FixtureRequest, sqlite: Store, folder: Path) -> Iterator[Store]:
    """For a fixture with params ["sqlite", "postgresql"]: the test's SQLite store, or a fresh
    one on PostgreSQL (its data folder made in folder)."""
    if request.param == "sqlite":
        yield sqlite
        return
    folder.mkdir(exist_ok=True)
    server = request.getfixturevalue("postgres")
    with postgres_store(server, request.getfixturevalue("postgres_template"), folder) as opened:
        yield opened


@pytest.fixture(autouse=True)
def _translation_as_found() -> Iterator[None]:
    """The process-wide translation as each test found it: scdesk's entry points install one
    (the command line English's plural forms, the window Qt's), and a test that runs them in this
    process must not change the words the next test reads."""
    before = i18n.current()
    yield
    i18n.install(before)


@pytest.fixture
def clock() -> TestClock:
    return TestClock()


@pytest.fixture
def store(
    tmp_path: Path, template_store: Path, clock: TestClock, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Store]:
    shutil.copy(template_store, tmp_path / STORE_FILE)
    monkeypatch.setenv("SCDESK_DATA_DIR", str(tmp_path))
    with Store.open(tmp_path / STORE_FILE, clock=clock) as opened:
        yield opened


_KEPT_SEARCH = "duplicate_search"


def dump(store: Store) -> list[str]:
    """Every row of every table, as SQL text: equal dumps mean the store is unchanged. On SQLite
    the file's own dump (schema included); on PostgreSQL every table's rows in key order. The
    duplicate search's kept answer is left out: no record, but what any read may keep anew."""
    if not isinstance(store.backend, SqliteFile):
        with store.engine.connect() as connection:
            metadata = MetaData()
            metadata.reflect(connection)
            return [
                f"{table.name} {tuple(row)}"
                for table in sorted(metadata.tables.values(), key=lambda t: t.name)
                if table.name != _KEPT_SEARCH
                for row in connection.execute(select(table).order_by(*table.primary_key.columns))
            ]
    with closing(sqlite3.connect(store.path)) as connection:
        kept = f'INSERT INTO "{_KEPT_SEARCH}" '
        return [line for line in connection.iterdump() if not line.startswith(kept)]


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
