"""The write guard: triggers refusing any change to synced data not made by the store's writer."""

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection

from scdesk.store.base import Base, Synced
from scdesk.store.engine import GUARD_FUNCTION

GUARDED_LOCAL = ("sync_field", "audit")
REFUSAL = "scdesk: records change only through scdesk itself, so that sync and audit see it"


def guarded_tables() -> list[str]:
    synced = [
        t.name
        for t in Base.metadata.sorted_tables
        if any(
            m.class_.__tablename__ == t.name and issubclass(m.class_, Synced)
            for m in Base.registry.mappers
        )
    ]
    return [*synced, *GUARDED_LOCAL]


def install_sqlite_guards(connection: Connection) -> None:
    """Create the triggers if missing; a migration that rebuilds a table drops its triggers."""
    for table in guarded_tables():
        for event in ("INSERT", "UPDATE", "DELETE"):
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
    dbapi_connection.writer_open = True
    try:
        yield
    finally:
        dbapi_connection.writer_open = before
