"""Rotating copies of an SQLite store, by SQLite's online backup API, before migrations and
merges (a store on PostgreSQL has pg_dump archives instead: postgres.py); rotation for both."""

import logging
import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

from scdesk.domain.errors import StoreUnavailableError
from scdesk.i18n import translate
from scdesk.store.engine import unavailable_error

log = logging.getLogger(__name__)

BACKUP_PREFIX = "scdesk-"


def backup(source: Path, folder: Path, reason: str, keep: int) -> Path:
    """Copy a consistent snapshot of source (even while it is in use) and keep the newest `keep`."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{BACKUP_PREFIX}{stamp}-{reason}{SQLITE_BACKUP}"
    partial = target.with_suffix(".partial")
    try:
        with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(partial)) as dst:
            src.backup(dst)
        partial.replace(target)
    except sqlite3.Error as error:
        partial.unlink(missing_ok=True)
        mapped = unavailable_error(error)
        if mapped is not None:
            raise mapped from error
        raise
    except OSError as error:
        partial.unlink(missing_ok=True)
        text = translate("Store", "A backup could not be written to {folder}: {reason}")
        raise StoreUnavailableError(text.format(folder=folder, reason=error.strerror)) from error
    log.info("backup written before %s", reason)
    rotate(folder, SQLITE_BACKUP, keep)
    return target


#: A copy of an SQLite store; a pg_dump archive of a store on PostgreSQL. Each store lists and
#: rotates its own kind only: a data folder that moved from SQLite to a hub database keeps both.
SQLITE_BACKUP = ".sqlite3"
PG_DUMP = ".pgdump"


def backups(folder: Path, suffix: str) -> list[Path]:
    """The backups of one kind (SQLITE_BACKUP or PG_DUMP) in folder, newest first."""
    found = [p for p in folder.glob(f"{BACKUP_PREFIX}*{suffix}") if p.is_file()]
    return sorted(found, key=lambda p: p.name, reverse=True)


def rotate(folder: Path, suffix: str, keep: int) -> None:
    for old in backups(folder, suffix)[max(keep, 1) :]:
        old.unlink(missing_ok=True)
