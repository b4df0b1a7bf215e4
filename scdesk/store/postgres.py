"""The store on a PostgreSQL server, for a hub that outgrew one laptop: `--db postgresql://...`.

The same tables, migrations, writer and merge as on SQLite; what differs is here:
- Writes are one at a time, as with SQLite's BEGIN IMMEDIATE: a write transaction takes a
  transaction-level advisory lock first, then works under READ COMMITTED. Reads run under
  REPEATABLE READ, so each sees one snapshot however many queries it makes.
- The guard: statement-level triggers on every guarded table refuse INSERT, UPDATE, DELETE and
  TRUNCATE unless the transaction has set `scdesk.writer`, which only the store's writer does
  (and only for as long as it writes). A statement-level trigger runs once per statement, not per
  row, so unlike on SQLite inserts are guarded too at no cost to bulk writes. The audit trail
  refuses UPDATE, DELETE and TRUNCATE from anyone. The guard keeps honest programs from
  bypassing sync and audit; an administrator can still do anything, as with any server.
- Backups are pg_dump archives (custom format, restore with pg_restore) in the data folder.
- A server that cannot be reached, or refuses the login, is one sentence, not a traceback.
"""

import logging
import os
import shutil
import subprocess
from collections.abc import Collection, Iterator, Mapping
from contextlib import AbstractContextManager, contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import psycopg
import psycopg.errors
from psycopg.pq import TransactionStatus
from sqlalchemy import Connection, Engine, create_engine, event, inspect
from sqlalchemy.engine import URL, ExceptionContext, make_url
from sqlalchemy.exc import ArgumentError

from scdesk.domain.errors import StoreUnavailableError, UserError, disk_full_sentence
from scdesk.i18n import translate
from scdesk.store.backup import BACKUP_PREFIX, PG_DUMP, rotate
from scdesk.store.guard import REFUSAL, guarded_tables

log = logging.getLogger(__name__)

WRITER_SETTING = "scdesk.writer"
#: The advisory lock every write transaction holds: any fixed number, the same for all.
WRITE_LOCK = 0x5CDE5C
_LOCKED = "scdesk_write_lock"
_MIGRATING = "scdesk_migrating"


def database_url(text: str) -> URL:
    """The SQLAlchemy URL for a PostgreSQL database, psycopg as the driver; UserError if text is
    not one."""
    try:
        url = make_url(text)
    except ArgumentError:
        url = None
    if url is None or url.get_backend_name() != "postgresql":
        message = translate(
            "Store",
            "{url} is not a PostgreSQL address: write it as "
            "postgresql://user:password@server/database.",
        )
        raise UserError(message.format(url=text))
    return url.set(drivername="postgresql+psycopg")


class PostgresDatabase:
    def __init__(self, url: str | URL) -> None:
        self.url = database_url(url) if isinstance(url, str) else url
        self.label = unquote(self.url.set(drivername="postgresql").render_as_string())

    def engine(self, *, migrating: bool = False) -> Engine:
        engine = create_engine(
            self.url,
            isolation_level="REPEATABLE READ",
            pool_size=4,
            max_overflow=4,
            pool_pre_ping=True,
            connect_args={"application_name": "scdesk", "connect_timeout": 10},
        )
        event.listen(engine, "begin", _on_begin_migrating if migrating else _on_begin)
        event.listen(engine, "handle_error", self._on_error)
        return engine

    def holds_records(self) -> bool:
        engine = self.engine()
        try:
            with engine.connect() as connection:
                return bool(inspect(connection).get_table_names())
        finally:
            engine.dispose()

    def check(self, connection: Connection) -> None:
        """The server keeps its own pages sound; here, only that it answers."""
        connection.exec_driver_sql("SELECT 1")
        connection.rollback()

    def install_guards(self, connection: Connection) -> None:
        connection.exec_driver_sql(
            "CREATE OR REPLACE FUNCTION scdesk_guard() RETURNS trigger LANGUAGE plpgsql AS $$ "
            f"BEGIN IF current_setting('{WRITER_SETTING}', true) IS DISTINCT FROM 'on' THEN "
            f"RAISE EXCEPTION '{REFUSAL}'; END IF; RETURN NULL; END $$"
        )
        connection.exec_driver_sql(
            "CREATE OR REPLACE FUNCTION scdesk_append_only() RETURNS trigger LANGUAGE plpgsql "
            "AS $$ BEGIN RAISE EXCEPTION 'scdesk: the audit trail is append-only'; END $$"
        )
        for table in sorted(guarded_tables()):
            connection.exec_driver_sql(
                f"CREATE OR REPLACE TRIGGER guard_{table} BEFORE INSERT OR UPDATE OR DELETE OR "
                f"TRUNCATE ON {table} FOR EACH STATEMENT EXECUTE FUNCTION scdesk_guard()"
            )
        connection.exec_driver_sql(
            "CREATE OR REPLACE TRIGGER audit_append_only BEFORE UPDATE OR DELETE OR TRUNCATE "
            "ON audit FOR EACH STATEMENT EXECUTE FUNCTION scdesk_append_only()"
        )

    def open_guard(self, dbapi_connection: Any) -> AbstractContextManager[None]:
        return _writer_open(dbapi_connection)

    def write_options(self) -> Mapping[str, Any]:
        return {"isolation_level": "READ COMMITTED", _LOCKED: True}

    def keep_options(self) -> Mapping[str, Any]:
        # Not the writers' lock: what it writes is no record, and no merge touches its rows.
        return {"isolation_level": "READ COMMITTED"}

    def refresh_statistics(self, connection: Connection, tables: Collection[str]) -> None:
        # Until autovacuum comes round to them, the planner takes tables a merge just filled for
        # nearly empty: the key figures of a hub that merged 290,000 records took 11 to 12 s
        # to count, and 0.4 s once its tables were analysed.
        if tables:
            prepare = connection.dialect.identifier_preparer
            # Never long behind a VACUUM or index build holding a table: the merge has
            # committed, and autovacuum will analyse what this leaves.
            connection.exec_driver_sql("SET LOCAL lock_timeout = '10s'")
            connection.exec_driver_sql(f"ANALYZE {', '.join(map(prepare.quote, sorted(tables)))}")

    def backup(self, folder: Path, reason: str, keep: int) -> Path:
        """pg_dump's custom format: a consistent snapshot while the hub keeps working."""
        folder.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        target = folder / f"{BACKUP_PREFIX}{stamp}-{reason}{PG_DUMP}"
        partial = target.with_suffix(".partial")
        environment = dict(os.environ)
        if self.url.password is not None:
            environment["PGPASSWORD"] = str(self.url.password)
        address = self.url.set(drivername="postgresql", password=None)
        command = [
            pg_dump(), "--format=custom", "--no-owner", f"--file={partial}",
            f"--dbname={address.render_as_string(hide_password=False)}",
        ]  # fmt: skip
        done = subprocess.run(  # noqa: S603 - our own arguments, no shell
            command, capture_output=True, text=True, env=environment, check=False
        )
        if done.returncode != 0:
            partial.unlink(missing_ok=True)
            log.error("pg_dump failed: %s", done.stderr.strip())
            text = translate(
                "Store", "The backup before {reason} failed, so nothing was changed: {error}"
            )
            raise StoreUnavailableError(text.format(reason=reason, error=done.stderr.strip()))
        partial.replace(target)
        log.info("backup written before %s", reason)
        rotate(folder, PG_DUMP, keep)
        return target

    def _on_error(self, context: ExceptionContext) -> StoreUnavailableError | None:
        error = context.original_exception
        if not isinstance(error, psycopg.Error):
            return None
        if isinstance(error, psycopg.errors.DiskFull):
            return StoreUnavailableError(disk_full_sentence())
        if isinstance(error, psycopg.OperationalError) and error.sqlstate is None:
            log.warning("postgresql unavailable: %s", error)
            text = translate(
                "Store",
                "The database server at {address} cannot be reached or refused the login "
                "({reason}): check that it is running and that the address, user and password "
                "are right.",
            )
            return StoreUnavailableError(text.format(address=self.label, reason=_reason(error)))
        return None


def _reason(error: psycopg.Error) -> str:
    """The server's or the client library's own words, without the socket paths before them
    and without the hints on lines of their own after them."""
    text = str(error)
    for marker in ("FATAL:", "failed:"):
        if marker in text:
            text = text.rsplit(marker, 1)[1]
    first = next((line for line in text.splitlines() if line.strip()), "")
    return " ".join(first.split())


def _on_begin(connection: Any) -> None:
    if connection.get_execution_options().get(_LOCKED, False):
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")


def _on_begin_migrating(connection: Any) -> None:
    """Migrations may rewrite synced rows: the guard stands open for them, under the lock."""
    connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")
    connection.exec_driver_sql(f"SELECT set_config('{WRITER_SETTING}', 'on', true)")


@contextmanager
def _writer_open(dbapi_connection: Any) -> Iterator[None]:
    _set_writer(dbapi_connection, "on")
    try:
        yield
    finally:
        if dbapi_connection.info.transaction_status is not TransactionStatus.INERROR:
            _set_writer(dbapi_connection, "off")


def _set_writer(dbapi_connection: Any, state: str) -> None:
    with dbapi_connection.cursor() as cursor:
        cursor.execute("SELECT set_config(%s, %s, true)", (WRITER_SETTING, state))


def pg_dump() -> str:
    """pg_dump from PATH, else the newest of Debian's versioned folders."""
    found = shutil.which("pg_dump")
    if found:
        return found
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_dump"),
                        key=lambda p: int(p.parent.parent.name))  # fmt: skip
    if candidates:
        return str(candidates[-1])
    text = translate(
        "Store",
        "pg_dump was not found, and a backup is taken before every merge: install PostgreSQL's "
        "client programs (on Debian, postgresql-client).",
    )
    raise StoreUnavailableError(text)
