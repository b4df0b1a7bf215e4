"""The store in one SQLite file: every field device's, and a hub's that fits on one laptop."""

import logging
from collections.abc import Collection, Mapping
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine

from scdesk.domain.errors import StoreUnavailableError, damaged_store_sentence
from scdesk.store.backup import backup
from scdesk.store.engine import IMMEDIATE, NO_WAIT, sqlite_engine
from scdesk.store.guard import install_sqlite_guards, writer_open

log = logging.getLogger(__name__)


class SqliteFile:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.label = str(path)

    def engine(self, *, migrating: bool = False) -> Engine:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        return sqlite_engine(self.path, migrating=migrating)

    def holds_records(self) -> bool:
        return self.path.exists() and self.path.stat().st_size > 0

    def check(self, connection: Connection) -> None:
        result = connection.exec_driver_sql("PRAGMA quick_check").scalars().all()
        connection.rollback()
        if result != ["ok"]:
            log.error("quick_check failed: %d problems", len(result))
            raise StoreUnavailableError(damaged_store_sentence())

    def install_guards(self, connection: Connection) -> None:
        install_sqlite_guards(connection)

    def open_guard(self, dbapi_connection: Any) -> AbstractContextManager[None]:
        return writer_open(dbapi_connection)

    def write_options(self) -> Mapping[str, Any]:
        return {IMMEDIATE: True}

    def keep_options(self) -> Mapping[str, Any]:
        return {IMMEDIATE: True, NO_WAIT: True}

    def refresh_statistics(self, connection: Connection, tables: Collection[str]) -> None:
        """Nothing: SQLite plans these queries by their indexes alone, and scdesk keeps no
        sqlite_stat1 that could go stale."""

    def backup(self, folder: Path, reason: str, keep: int) -> Path:
        return backup(self.path, folder, reason, keep)
