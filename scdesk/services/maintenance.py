"""Checking a store: schema version, integrity, what it holds, and the backups to fall back on."""

from dataclasses import dataclass
from pathlib import Path

from scdesk.domain.errors import StoreUnavailableError
from scdesk.store import migrate
from scdesk.store.backup import PG_DUMP, SQLITE_BACKUP, backups
from scdesk.store.integrity import IntegrityReport, check_file
from scdesk.store.postgres import PostgresDatabase
from scdesk.store.queries.counts import TableCount, record_counts
from scdesk.store.store import BACKUP_FOLDER, DeviceIdentity, Store


@dataclass(frozen=True, slots=True)
class StoreCheck:
    #: Where the records are: the file, or the database (without its password).
    location: str
    #: None when the store could not be reached, so nothing was checked.
    integrity: IntegrityReport | None
    schema: str | None
    latest_schema: str
    device: DeviceIdentity | None
    counts: tuple[TableCount, ...]
    backups: tuple[Path, ...]
    #: Why the store could not be opened, when it could not.
    failure: str | None
    #: How to put the newest backup back, for the person at the keyboard.
    restore: str | None


def check_store(path: Path) -> StoreCheck:
    """Check the file before opening it, so a damaged store still gets a report and its backups."""
    found = tuple(backups(path.parent / BACKUP_FOLDER, SQLITE_BACKUP))
    integrity = check_file(path) if path.exists() else IntegrityReport(True, (), 0)
    restore = f"close scdesk, then copy {found[0]} over {path}." if found else None
    failure = None
    if integrity.ok:
        try:
            return _opened(Store.open(path), integrity, found, restore)
        except StoreUnavailableError as error:
            failure = str(error)
    return StoreCheck(str(path), integrity, None, migrate.head(), None, (), found, failure, restore)


def check_database(url: str, folder: Path) -> StoreCheck:
    """A store on a database server: the server keeps its pages sound, so the check is whether
    it opens, its schema, what it holds, and the pg_dump backups in the data folder. The address
    is shown without its password."""
    location = PostgresDatabase(url).label
    found = tuple(backups(folder / BACKUP_FOLDER, PG_DUMP))
    restore = f"pg_restore --clean --if-exists --dbname=DATABASE {found[0]}" if found else None
    try:
        store = Store.connect(url, folder)
    except StoreUnavailableError as error:
        return StoreCheck(
            location, None, None, migrate.head(), None, (), found, str(error), restore
        )  # fmt: skip
    return _opened(store, IntegrityReport(True, (), 0), found, restore)


def _opened(
    store: Store, integrity: IntegrityReport, found: tuple[Path, ...], restore: str | None
) -> StoreCheck:
    with store:
        with store.engine.connect() as connection:
            schema = migrate.current(connection)
        with store.read() as session:
            counts = tuple(record_counts(session))
        return StoreCheck(
            store.backend.label, integrity, schema, migrate.head(), store.device(), counts,
            found, None, restore,
        )  # fmt: skip
