"""Where a store's records live: an SQLite file (every device) or a PostgreSQL database (a hub
that outgrew one laptop). Tables, writer, merge and queries are the same on both; what differs
(engine settings, the write guard, checks and backups) sits behind this protocol."""

from collections.abc import Collection, Mapping
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import Connection, Engine


class Backend(Protocol):
    #: Where the records are, for people and logs: a file, or a server and database (no password).
    label: str

    def engine(self, *, migrating: bool = False) -> Engine:
        """A migrating engine lets migrations rewrite synced rows; the other enforces the guard."""
        ...

    def holds_records(self) -> bool:
        """True when there is a store here already (a new file or empty database is not one)."""
        ...

    def check(self, connection: Connection) -> None:
        """A quick look for damage; StoreUnavailableError when there is some."""
        ...

    def install_guards(self, connection: Connection) -> None:
        """The database-side guard (triggers) that refuses writes not made by scdesk's writer."""
        ...

    def open_guard(self, dbapi_connection: Any) -> AbstractContextManager[None]:
        """Let the writer's statements through on this connection while inside."""
        ...

    def write_options(self) -> Mapping[str, Any]:
        """Execution options for a write transaction: it takes the write lock up front."""
        ...

    def keep_options(self) -> Mapping[str, Any]:
        """Execution options for a transaction that writes only what the store keeps for itself
        (no record): it never waits for a write under way, and fails at once instead."""
        ...

    def refresh_statistics(self, connection: Connection, tables: Collection[str]) -> None:
        """Bring the query planner's view of tables up to date after many rows were written."""
        ...

    def backup(self, folder: Path, reason: str, keep: int) -> Path:
        """A consistent copy in folder (keeping the newest `keep`), before a migration or merge."""
        ...
