"""Alembic environment: runs on the connection the store hands over, in one transaction."""

from alembic import context
from sqlalchemy import Connection

import scdesk.store.models  # noqa: F401 - registers every table on the metadata
from scdesk.store.base import Base
from scdesk.store.migrate import render_item


def run() -> None:
    connection: Connection = context.config.attributes["connection"]
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,  # SQLite alters tables by rebuilding them
        compare_type=True,
        transactional_ddl=True,  # SQLite runs DDL inside transactions too
        include_object=_include,
        render_item=render_item,
    )
    with context.begin_transaction():
        context.run_migrations()
        if connection.dialect.name == "sqlite":
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise RuntimeError(f"migration left broken references: {broken[:5]}")


#: Tables no migration manages: SQLite's own, and the local search index (derived data, rebuilt
#: from the records whenever it is missing; its FTS5 tables all start with "search").
UNMANAGED_PREFIXES = ("sqlite_", "search")


def _include(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    return not (type_ == "table" and name is not None and name.startswith(UNMANAGED_PREFIXES))


run()
