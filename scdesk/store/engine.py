"""The SQLite engine: durable settings, explicit transactions, the write guard and disk errors.

Every connection runs with WAL, foreign keys on and synchronous=FULL (a commit survives a power
cut). pysqlite's own transaction handling is switched off so that SQLAlchemy's begin emits a real
BEGIN: BEGIN IMMEDIATE for writes, so a write waits for the lock up front instead of failing
half-way. Connections are guarded (see guard.py): only the store's writer changes records.
"""

import logging
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.pool import QueuePool

from scdesk.domain.errors import (
    StoreUnavailableError,
    damaged_store_sentence,
    disk_full_sentence,
    not_a_store_sentence,
    store_in_use_sentence,
)
from scdesk.i18n import translate
from scdesk.store.guard import GuardedConnection, MigratingConnection

log = logging.getLogger(__name__)

IMMEDIATE = "scdesk_immediate"
#: Execution option: BEGIN IMMEDIATE gives up at once if another connection is writing.
NO_WAIT = "scdesk_no_wait"
#: How long a statement waits for another connection's write to end.
_BUSY_MS = 10_000
#: Prepared statements each connection keeps (the driver's default is 128). A statement with a
#: long IN list takes a few hundred KiB, and a merge meets such lists at many lengths: the
#: statements kept would grow with the bundle up to that bound.
CACHED_STATEMENTS = 32


def sqlite_engine(path: Path, *, migrating: bool = False) -> Engine:
    factory = MigratingConnection if migrating else GuardedConnection
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={
            "factory": factory,
            "check_same_thread": False,
            "timeout": 10,
            "cached_statements": CACHED_STATEMENTS,
        },
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=4,
    )
    event.listen(engine, "connect", _on_connect_migrating if migrating else _on_connect)
    event.listen(engine, "begin", _on_begin)
    event.listen(engine, "handle_error", _on_error)
    return engine


def _configure(dbapi_connection: sqlite3.Connection, foreign_keys: bool) -> None:
    dbapi_connection.isolation_level = None  # SQLAlchemy's begin event emits BEGIN itself
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cursor.execute("PRAGMA trusted_schema=ON")  # the guard triggers call our function
        cursor.execute(f"PRAGMA busy_timeout={_BUSY_MS}")
        # A merge notes every record a bundle brings in a temporary table: its pages beyond
        # 512 KiB wait in the temporary file, not in memory (2 MiB less on a 58,000 records one).
        cursor.execute("PRAGMA temp.cache_size=-512")
    except sqlite3.DatabaseError as error:
        raise unavailable_error(error) or error from error
    finally:
        cursor.close()


def _on_connect(dbapi_connection: sqlite3.Connection, record: object) -> None:
    _configure(dbapi_connection, foreign_keys=True)


def _on_connect_migrating(dbapi_connection: sqlite3.Connection, record: object) -> None:
    # Alembic's batch mode rebuilds tables; SQLite asks for foreign keys off while it does.
    _configure(dbapi_connection, foreign_keys=False)


def _on_begin(connection: Any) -> None:
    options = connection.get_execution_options()
    if not options.get(NO_WAIT, False):
        connection.exec_driver_sql("BEGIN IMMEDIATE" if options.get(IMMEDIATE, False) else "BEGIN")
        return
    # Once BEGIN IMMEDIATE holds the write lock nothing in the transaction waits for another
    # writer, so the usual wait is back before the connection goes on to other work.
    raw = connection.connection.dbapi_connection
    raw.execute("PRAGMA busy_timeout=0")
    try:
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    finally:
        raw.execute(f"PRAGMA busy_timeout={_BUSY_MS}")


def _on_error(context: ExceptionContext) -> StoreUnavailableError | None:
    error = context.original_exception
    return unavailable_error(error) if isinstance(error, sqlite3.Error) else None


def unavailable_error(error: sqlite3.Error) -> StoreUnavailableError | None:
    """SQLite's disk-level failures become a sentence; any other error is ours and goes through."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is None:
        return None
    primary = code & 0xFF
    messages = {
        sqlite3.SQLITE_FULL: disk_full_sentence(),
        sqlite3.SQLITE_READONLY: translate(
            "Store", "The records file cannot be written (it is read-only): check the folder."
        ),
        sqlite3.SQLITE_BUSY: store_in_use_sentence(),
        sqlite3.SQLITE_LOCKED: store_in_use_sentence(),
        sqlite3.SQLITE_CORRUPT: damaged_store_sentence(),
        sqlite3.SQLITE_NOTADB: not_a_store_sentence(),
        sqlite3.SQLITE_IOERR: translate(
            "Store", "The disk could not be read or written: check the drive, then try again."
        ),
        sqlite3.SQLITE_CANTOPEN: translate(
            "Store", "The records file cannot be opened: check that its folder exists and is yours."
        ),
    }
    message = messages.get(primary)
    if message is None:
        return None
    log.warning("store unavailable: sqlite error %s", getattr(error, "sqlite_errorname", code))
    return StoreUnavailableError(message)
