"""Integrity checks of a store file, read-only, usable even when the store will not open."""

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class IntegrityReport:
    ok: bool
    problems: tuple[str, ...]
    broken_references: int


def check_file(path: Path) -> IntegrityReport:
    """SQLite's full integrity check and foreign key check, on a read-only connection."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    try:
        with closing(sqlite3.connect(uri, uri=True)) as connection:
            problems = [row[0] for row in connection.execute("PRAGMA integrity_check")]
            broken = connection.execute("PRAGMA foreign_key_check").fetchall()
    except sqlite3.DatabaseError as error:  # too damaged for the check itself to finish
        return IntegrityReport(False, (str(error),), 0)
    ok = problems == ["ok"] and not broken
    return IntegrityReport(ok, tuple(p for p in problems if p != "ok"), len(broken))
