"""Write a new Alembic revision from the difference between the models and the migrated schema.

Usage: python scripts/new_migration.py "what the migration does"
Review the file it writes: a released migration is never edited afterwards.
"""

import sys
import tempfile
from pathlib import Path

from alembic import command

from scdesk.store import migrate
from scdesk.store.engine import sqlite_engine


def main() -> None:
    message = " ".join(sys.argv[1:]) or "schema change"
    with tempfile.TemporaryDirectory() as folder:
        engine = sqlite_engine(Path(folder) / "head.sqlite3", migrating=True)
        with engine.connect() as connection:
            migrate.upgrade(connection)
            number = len(migrate.revisions()) + 1
            command.revision(
                migrate.config(connection),
                message=message,
                autogenerate=True,
                rev_id=f"{number:04d}",
            )
        engine.dispose()
    print(f"Now set HEAD in scdesk/store/migrate.py to {number:04d}.")


if __name__ == "__main__":
    main()
