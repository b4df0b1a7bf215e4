"""Checking a store: schema version, integrity, what it holds, and the backups to fall back on."""

from dataclasses import dataclass
from pathlib import Path

from scdesk.domain.errors import StoreUnavailableError
from scdesk.store import migrate
from scdesk.store.backup import backups
from scdesk.store.integrity import IntegrityReport, check_file
from scdesk.store.queries.counts import TableCount, record_counts
from scdesk.store.store import BACKUP_FOLDER, DeviceIdentity, Store


@dataclass(frozen=True, slots=True)
class StoreCheck:
    path: Path
    integrity: IntegrityReport
    schema: str | None
    latest_schema: str
    device: DeviceIdentity | None
    counts: tuple[TableCount, ...]
    backups: tuple[Path, ...]
    #: Why the store could not be opened, when it could not.
    failure: str | None


def check_store(path: Path) -> StoreCheck:
    """Check the file before opening it, so a damaged store still gets a report and its backups."""
    found = backups(path.parent / BACKUP_FOLDER)
    integrity = check_file(path) if path.exists() else IntegrityReport(True, (), 0)
    if not integrity.ok:
        return StoreCheck(path, integrity, None, migrate.head(), None, (), tuple(found), None)
    try:
        store = Store.open(path)
    except StoreUnavailableError as error:
        return StoreCheck(path, integrity, None, migrate.head(), None, (), tuple(found), str(error))
    with store:
        with store.engine.connect() as connection:
            schema = migrate.current(connection)
        with store.read() as session:
            counts = tuple(record_counts(session))
        return StoreCheck(
            path, integrity, schema, migrate.head(), store.device(), counts, tuple(found), None
        )
