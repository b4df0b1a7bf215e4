"""The store's health, checked after the window shows rather than before (the check reads the
whole file: a third of a second on a large store)."""

import logging

from scdesk.store.store import Store

log = logging.getLogger(__name__)


def store_is_sound(store: Store) -> bool:
    """SQLite's quick_check on the open store: False when the file is damaged. A database
    server keeps its own pages sound: a store there is sound."""
    if store.server is not None:
        return True
    with store.engine.connect() as connection:
        result = connection.exec_driver_sql("PRAGMA quick_check").scalars().all()
        connection.rollback()
    if result != ["ok"]:
        log.error("quick_check found %d problems", len(result))
        return False
    return True
