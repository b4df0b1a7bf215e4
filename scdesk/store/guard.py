"""The write guard: nothing changes synced records, field versions or the audit trail but the
store's writer, which stamps every change.

Inside scdesk, every connection has an SQLite authorizer that refuses to prepare an INSERT,
UPDATE or DELETE on those tables unless the writer is executing it; toggling the writer resets
the authorizer, which expires prepared statements, so a statement prepared while the writer was
open is authorised again before it can run once it is closed. The check happens when a statement
is prepared, never per row, so the writer's bulk inserts pay nothing for it.

Other programs have no authorizer. For them, triggers refuse every UPDATE and DELETE: they call
an SQL function only scdesk's connections define, so elsewhere the statement fails with "no such
function". Per-row INSERT triggers would double the cost of every insert, so an INSERT from
another program is caught instead: every row the writer inserts has its audit entry, and
`scdesk check` reports rows without one.
"""

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from typing import Any

from sqlalchemy import Connection

from scdesk.store.base import Base, Synced

GUARD_FUNCTION = "scdesk_writer"
GUARDED_LOCAL = ("sync_field", "audit")
REFUSAL = "scdesk: records change only through scdesk itself, so that sync and audit see it"
_WRITES = frozenset({sqlite3.SQLITE_INSERT, sqlite3.SQLITE_UPDATE, sqlite3.SQLITE_DELETE})


@cache
def guarded_tables() -> frozenset[str]:
    """The synced tables, the field versions and the audit trail."""
    mappers = Base.registry.mappers
    synced = {m.class_.__tablename__ for m in mappers if issubclass(m.class_, Synced)}
    return frozenset(synced | set(GUARDED_LOCAL))


class GuardedConnection(sqlite3.Connection):
    """A sqlite3 connection that writes guarded tables only while the store's writer is open."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.writer_open = False
        self.create_function(GUARD_FUNCTION, 0, self._writer_state)
        self.set_authorizer(self._authorize)

    def open_writer(self, state: bool) -> None:
        self.writer_open = state
        self.set_authorizer(self._authorize)  # expires prepared statements: authorise them again

    def _writer_state(self) -> int:
        return 1 if self.writer_open else 0

    def _authorize(
        self, action: int, table: str | None, column: str | None, db: str | None, source: str | None
    ) -> int:
        if action in _WRITES and not self.writer_open and table in guarded_tables():
            return sqlite3.SQLITE_DENY
        return sqlite3.SQLITE_OK


class MigratingConnection(GuardedConnection):
    """For migrations only: data migrations rewrite synced rows, so the guard stands open."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.open_writer(True)


def install_sqlite_guards(connection: Connection) -> None:
    """Create the triggers if missing; a migration that rebuilds a table drops its triggers."""
    for table in sorted(guarded_tables()):
        for event in ("UPDATE", "DELETE"):
            connection.exec_driver_sql(
                f"CREATE TRIGGER IF NOT EXISTS guard_{table}_{event.lower()} "
                f"BEFORE {event} ON {table} WHEN {GUARD_FUNCTION}() IS NOT 1 "
                f"BEGIN SELECT RAISE(ABORT, '{REFUSAL}'); END"
            )
    for event in ("UPDATE", "DELETE"):
        connection.exec_driver_sql(
            f"CREATE TRIGGER IF NOT EXISTS audit_append_only_{event.lower()} "
            f"BEFORE {event} ON audit "
            "BEGIN SELECT RAISE(ABORT, 'scdesk: the audit trail is append-only'); END"
        )


@contextmanager
def writer_open(dbapi_connection: Any) -> Iterator[None]:
    """Open the guard on this connection for the statements run inside."""
    before = dbapi_connection.writer_open
    dbapi_connection.open_writer(True)
    try:
        yield
    finally:
        dbapi_connection.open_writer(before)
