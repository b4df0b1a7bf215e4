"""Opening the store: durable settings, checks, refusals, backups and disk failures."""

import os
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path
from uuid import uuid4

import pytest
from sqlalchemy import event, text

from scdesk.domain.errors import StoreUnavailableError
from scdesk.store import migrate
from scdesk.store.backup import SQLITE_BACKUP, backups
from scdesk.store.models import City
from scdesk.store.store import BACKUP_FOLDER, STORE_FILE, Store
from tests import factories
from tests.conftest import dump, store_at_revision


def test_a_new_store_is_created_migrated_and_given_a_device_identity(tmp_path: Path) -> None:
    with Store.open(tmp_path / "new" / STORE_FILE) as store:
        device = store.device()
        with store.engine.connect() as connection:
            assert migrate.current(connection) == migrate.head()
    assert not device.configured
    assert (tmp_path / "new" / STORE_FILE).exists()


def test_connections_are_durable_with_wal_and_foreign_keys(store: Store) -> None:
    with store.engine.connect() as connection:
        pragma = {
            name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in ("journal_mode", "foreign_keys", "synchronous")
        }
    assert pragma == {"journal_mode": "wal", "foreign_keys": 1, "synchronous": 2}


def test_a_reference_to_a_missing_record_is_refused_at_commit(store: Store) -> None:
    before = dump(store)
    with pytest.raises(Exception, match="FOREIGN KEY"), store.write() as tx:
        tx.create(City, {"name": "Mardan", "country": "PK", "is_member": True,
                         "mayor_id": uuid4()})  # fmt: skip
    assert dump(store) == before


def test_a_damaged_store_is_refused_with_a_sentence(tmp_path: Path, template_store: Path) -> None:
    path = tmp_path / STORE_FILE
    shutil.copy(template_store, path)
    with Store.open(path) as store:
        factories.city(store)
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        (root,) = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'city'"
        ).fetchone()
    page = 4096
    data = bytearray(path.read_bytes())
    data[(root - 1) * page : root * page] = b"\xff" * page  # scribble over the city table
    path.write_bytes(bytes(data))
    with pytest.raises(StoreUnavailableError, match="damaged"):
        Store.open(path)


def test_a_file_that_is_not_a_store_is_refused(tmp_path: Path) -> None:
    path = tmp_path / STORE_FILE
    path.write_bytes(b"This is a spreadsheet, not a database." * 200)
    with pytest.raises(StoreUnavailableError, match="not an scdesk records file"):
        Store.open(path)
    other = tmp_path / "other.sqlite3"
    with closing(sqlite3.connect(other)) as connection:
        connection.execute("CREATE TABLE contacts (name TEXT)")
    with pytest.raises(StoreUnavailableError, match="not an scdesk records file"):
        Store.open(other)


def test_a_store_from_a_newer_scdesk_is_refused_and_left_alone(
    tmp_path: Path, template_store: Path
) -> None:
    path = tmp_path / STORE_FILE
    shutil.copy(template_store, path)
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    before = path.read_bytes()
    with pytest.raises(StoreUnavailableError, match="newer version of scdesk"):
        Store.open(path)
    assert path.read_bytes() == before


def test_a_store_is_backed_up_before_it_is_migrated_and_backups_rotate(tmp_path: Path) -> None:
    path = tmp_path / STORE_FILE
    older = migrate.revisions()[-2]
    for _ in range(4):
        path.unlink(missing_ok=True)
        store_at_revision(path, older)
        Store.open(path, keep_backups=3).close()
    found = backups(tmp_path / BACKUP_FOLDER, SQLITE_BACKUP)
    assert len(found) == 3
    assert all("before-migration" in p.name for p in found)
    with closing(sqlite3.connect(found[0])) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (older,)
    with Store.open(path) as store, store.engine.connect() as connection:
        assert migrate.current(connection) == migrate.head()


def test_a_full_disk_is_reported_as_a_sentence_and_nothing_is_kept(store: Store) -> None:
    factories.city(store)
    before = dump(store)
    with store.engine.connect() as connection:
        pages = connection.exec_driver_sql("PRAGMA page_count").scalar()

    def full_disk(dbapi_connection: sqlite3.Connection, record: object) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    store.engine.dispose()
    event.listen(store.engine, "connect", full_disk)

    def fill() -> None:
        with store.write() as tx:
            for number in range(2000):
                name = f"City {number} " + "x" * 500
                tx.create(City, {"name": name, "country": "PK", "is_member": True})

    with pytest.raises(StoreUnavailableError, match="disk is full"):
        fill()
    event.remove(store.engine, "connect", full_disk)
    store.engine.dispose()
    assert dump(store) == before


def test_a_read_only_store_folder_is_reported_as_a_sentence(store: Store) -> None:
    if os.geteuid() == 0:
        # root writes through file permissions, so make SQLite itself refuse instead
        with store.engine.begin() as connection:
            connection.exec_driver_sql("PRAGMA query_only = ON")
            with pytest.raises(StoreUnavailableError, match="read-only"):
                connection.execute(text("CREATE TABLE probe (x)"))
            connection.exec_driver_sql("PRAGMA query_only = OFF")
        return
    store.path.chmod(0o444)
    try:
        with pytest.raises(StoreUnavailableError), store.write() as tx:
            tx.create(City, {"name": "Mardan", "country": "PK", "is_member": True})
    finally:
        store.path.chmod(0o644)


def test_keeping_gives_up_while_a_write_holds_the_store_and_later_writes_wait_again(
    store: Store,
) -> None:
    with store.write(), pytest.raises(StoreUnavailableError), store.keep():
        pass  # BEGIN IMMEDIATE refused: another write holds the store

    # every connection the pool may hand out waits for a writer as before
    connections = [store.engine.connect() for _ in range(4)]
    try:
        waits = [c.exec_driver_sql("PRAGMA busy_timeout").scalar() for c in connections]
    finally:
        for connection in connections:
            connection.close()
    assert waits == [10_000] * 4
