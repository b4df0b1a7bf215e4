"""The store: an SQLite file or a PostgreSQL database, checked and migrated on opening, read and
written in transactions."""

import getpass
import logging
import socket
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, TypeVar
from uuid import UUID, uuid4

from sqlalchemy import Connection, Engine, event, insert, inspect, select
from sqlalchemy.orm import Session, sessionmaker

import scdesk.store.models  # noqa: F401 - registers every table
from scdesk.domain.devices import DeviceRole
from scdesk.domain.errors import StoreUnavailableError, not_a_store_sentence
from scdesk.domain.versions import DeviceId
from scdesk.i18n import translate
from scdesk.store import migrate, search
from scdesk.store.backend import Backend
from scdesk.store.clock import Clock, system_clock
from scdesk.store.models.sync import Device, ThisDevice
from scdesk.store.sqlite_file import SqliteFile
from scdesk.store.writer import WriteTx

if TYPE_CHECKING:
    from scdesk.store.merge_writer import MergeTx

log = logging.getLogger(__name__)

T = TypeVar("T", bound=WriteTx)

STORE_FILE = "scdesk.sqlite3"
BACKUP_FOLDER = "backups"


@dataclass(frozen=True, slots=True)
class DeviceIdentity:
    device_id: DeviceId
    name: str
    role: DeviceRole
    user_name: str
    city_id: UUID | None
    language: str
    configured: bool


class Store:
    """An open store. Obtain with Store.open(path) (an SQLite file) or Store.connect(url, folder)
    (a PostgreSQL database); close it (or use `with`) when done. Every stamp, "now" and "today"
    comes from the clock it was opened with (the system clock unless one is given)."""

    def __init__(
        self, engine: Engine, backend: Backend, folder: Path, keep_backups: int, clock: Clock
    ) -> None:
        self.engine = engine
        self.backend = backend
        #: The data folder: backups, logs, drafts and the device's key file live here.
        self.folder = folder
        self.keep_backups = keep_backups
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        event.listen(self._sessions, "before_flush", _refuse_orm_writes)
        self.clock = clock

    # ------------------------------------------------------------------ opening
    @classmethod
    def open(
        cls,
        path: Path,
        *,
        keep_backups: int = 10,
        check: bool = True,
        clock: Clock = system_clock,
    ) -> "Store":
        """Open (creating if need be), check, back up and migrate the SQLite store at path."""
        return cls.open_on(
            SqliteFile(path), path.parent, keep_backups=keep_backups, check=check, clock=clock
        )

    @classmethod
    def connect(
        cls, url: str, folder: Path, *, keep_backups: int = 10, clock: Clock = system_clock
    ) -> "Store":
        """The store in a PostgreSQL database (made ready if empty); folder is the data folder."""
        from scdesk.store.postgres import PostgresDatabase  # psycopg only when a hub asks

        return cls.open_on(PostgresDatabase(url), folder, keep_backups=keep_backups, clock=clock)

    @classmethod
    def open_on(
        cls,
        backend: Backend,
        folder: Path,
        *,
        keep_backups: int = 10,
        check: bool = True,
        clock: Clock = system_clock,
    ) -> "Store":
        existed = backend.holds_records()
        migrating = backend.engine(migrating=True)
        try:
            with migrating.connect() as connection:
                if existed and check:
                    backend.check(connection)
                _migrate(connection, backend, folder, existed, keep_backups)
                with connection.begin():
                    backend.install_guards(connection)
                    _ensure_this_device(connection, clock())
                    search.ensure_index(connection, migrate.head())
        finally:
            migrating.dispose()
        log.info("store opened")
        return cls(backend.engine(), backend, folder, keep_backups, clock)

    @property
    def path(self) -> Path:
        """The SQLite file; a store on a database server has none."""
        if not isinstance(self.backend, SqliteFile):
            raise TypeError(f"the store at {self.backend.label} is not a file")
        return self.backend.path

    @property
    def server(self) -> str | None:
        """The database a store on a server is in (its address, password hidden); None for the
        data folder's file."""
        return None if isinstance(self.backend, SqliteFile) else self.backend.label

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # ------------------------------------------------------------------ using
    def now(self) -> datetime:
        """The time by this store's clock."""
        return self.clock()

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only session on one consistent snapshot (WAL lets it run beside a write)."""
        with self._sessions() as session:
            yield session

    @contextmanager
    def write(self, actor: str | None = None) -> Iterator[WriteTx]:
        """One transaction: all or nothing, every change stamped with one dot and audited."""
        with self._transaction(WriteTx, actor) as tx:
            yield tx

    @contextmanager
    def keep(self) -> Iterator[Session]:
        """A short transaction for what this store keeps for itself alone, no record (the
        duplicate search's last answer): nothing stamped or audited. It never waits for a write
        under way, a merge above all: StoreUnavailableError or the driver's error at once."""
        with self.engine.connect() as connection:
            connection = connection.execution_options(**self.backend.keep_options())
            with connection.begin(), self._sessions(bind=connection) as session:
                yield session

    def refresh_statistics(self, tables: Collection[str]) -> None:
        """After many rows were written to tables (a large merge): the query planner's view of
        them brought up to date, so that the next reports are planned for what they hold."""
        with self.engine.begin() as connection:
            self.backend.refresh_statistics(connection, tables)

    @contextmanager
    def merge(self, actor: str | None = None) -> Iterator["MergeTx"]:
        """One transaction that applies other devices' writes with their own version data."""
        from scdesk.store.merge_writer import MergeTx  # sync's writer: not needed to start

        with self._transaction(MergeTx, actor) as tx:
            yield tx

    @contextmanager
    def _transaction(self, kind: type[T], actor: str | None) -> Iterator[T]:
        with self.engine.connect() as connection:
            connection = connection.execution_options(**self.backend.write_options())
            with connection.begin(), self._sessions(bind=connection) as session:
                opener = self.backend.open_guard
                tx = kind(session, opener, actor or self.device().user_name, self.clock)
                yield tx
                tx.flush()

    def device(self) -> DeviceIdentity:
        with self.read() as session:
            row = session.execute(select(ThisDevice)).scalar_one()
            return DeviceIdentity(
                device_id=DeviceId(row.device_id),
                name=row.name,
                role=row.role,
                user_name=row.user_name,
                city_id=row.city_id,
                language=row.language,
                configured=row.configured,
            )

    def backup(self, reason: str) -> Path:
        return self.backend.backup(self.folder / BACKUP_FOLDER, reason, self.keep_backups)


def _refuse_orm_writes(session: Session, flush_context: object, instances: object) -> None:
    if session.new or session.dirty or session.deleted:
        raise RuntimeError("records are written through Store.write(), not through the ORM session")


def _migrate(
    connection: Connection, backend: Backend, folder: Path, existed: bool, keep: int
) -> None:
    current = migrate.current(connection)
    if current == migrate.head():
        connection.rollback()
        return
    tables = set(inspect(connection).get_table_names())
    connection.rollback()
    if current is None and tables - {"alembic_version"}:
        raise StoreUnavailableError(not_a_store_sentence())
    if current is not None and current not in migrate.revisions():
        text = translate(
            "Store",
            "These records were saved by a newer version of scdesk: install that version to open "
            "them. Nothing was changed.",
        )
        raise StoreUnavailableError(text)
    if existed and current is not None:
        backend.backup(folder / BACKUP_FOLDER, "before-migration", keep)
    log.info("migrating store from %s to %s", current, migrate.head())
    with connection.begin():  # every step in one transaction: a failed migration changes nothing
        migrate.upgrade(connection)


def _ensure_this_device(connection: Connection, now: datetime) -> None:
    if connection.execute(select(ThisDevice.slot)).first() is not None:
        return
    device_id = uuid4()
    connection.execute(
        insert(ThisDevice).values(
            slot=1,
            device_id=device_id,
            name=socket.gethostname()[:100] or "scdesk",
            role=DeviceRole.OFFICER,
            user_name=_login_name(),
            city_id=None,
            language="en",
            configured=False,
            counter=0,
            hlc=0,
            created_at=now,
        )
    )
    connection.execute(
        insert(Device).values(
            id=device_id,
            name=socket.gethostname()[:100] or "scdesk",
            role=DeviceRole.OFFICER,
            signing_key=None,
            encryption_key=None,
            first_seen_at=now,
            trusted_at=now,
            revoked_at=None,
        )
    )


def _login_name() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "scdesk"
