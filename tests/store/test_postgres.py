"""The store on PostgreSQL: the same records and figures as on SQLite, the guard enforced by the
server, one writer at a time, pg_dump backups, and a sentence when the server is not there."""

import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from uuid import uuid4

import psycopg
import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url

from scdesk import cli
from scdesk.domain.errors import OtherKindError, StoreUnavailableError, UserError
from scdesk.domain.places import CityInput, CityRecord
from scdesk.services import places
from scdesk.services.demo import fill_demo
from scdesk.services.figures import FigureQuery, compute_figures, figures_document
from scdesk.store import migrate
from scdesk.store.models import AuditEntry, City, Person
from scdesk.store.postgres import PostgresDatabase, pg_dump
from scdesk.store.store import STORE_FILE, Store
from tests import factories
from tests.conftest import NOW, TestClock, dump, postgres_store
from tests.postgres import Server


@pytest.fixture
def pg(postgres: Server, postgres_template: str, tmp_path: Path) -> Iterator[Store]:
    with postgres_store(postgres, postgres_template, tmp_path) as opened:
        yield opened


def _raw(store: Store) -> psycopg.Connection[Any]:
    """Another program's connection to the same database."""
    assert isinstance(store.backend, PostgresDatabase)
    url = store.backend.url
    return psycopg.connect(
        dbname=url.database, user=url.username, host=str(url.query["host"]), autocommit=True
    )


def test_a_new_database_is_migrated_and_written_through_the_writer(pg: Store) -> None:
    city = factories.city(pg, "Mardan")
    person = factories.person(pg, name="Ayesha", city_id=city)
    with pg.engine.connect() as connection:
        assert migrate.current(connection) == migrate.head()
    with pg.read() as session:
        assert session.scalars(select(Person.name).where(Person.id == person)).all() == ["Ayesha"]
        audited = session.scalars(select(AuditEntry.row_id)).all()
    assert {city, person} <= set(audited)


def test_an_id_a_sheet_brings_is_looked_up_in_every_table(pg: Store) -> None:
    city = factories.city(pg, "Mardan")
    new = uuid4()
    with pg.write() as tx:
        assert tx.unclaimed(City, new)
        assert not tx.unclaimed(City, city)
        with pytest.raises(OtherKindError):
            tx.unclaimed(Person, city)


@pytest.mark.parametrize(
    "statement",
    [
        "INSERT INTO city (id, origin_id, created_counter, created_hlc, updated_hlc, vv, deleted, "
        "name, country, is_member) VALUES (gen_random_uuid(), gen_random_uuid(), 1, 1, 1, '{}', "
        "false, 'Smuggled', 'PK', true)",
        "UPDATE city SET name = 'Renamed'",
        "DELETE FROM city",
        "TRUNCATE sync_field",
        "DELETE FROM audit",
        "UPDATE audit SET actor = 'someone else'",
    ],
)
def test_another_program_cannot_add_change_or_delete_records_or_audit(
    pg: Store, statement: str
) -> None:
    factories.city(pg, "Mardan")
    before = dump(pg)
    with _raw(pg) as other, pytest.raises(psycopg.errors.RaiseException, match="scdesk: "):
        other.execute(statement)
    assert dump(pg) == before


def test_the_audit_trail_is_append_only_even_for_the_writer(pg: Store) -> None:
    factories.city(pg)
    with pg.engine.connect() as connection:
        dbapi = connection.connection.dbapi_connection
        with pg.backend.open_guard(dbapi), pytest.raises(Exception, match="append-only"):
            connection.execute(text("DELETE FROM audit"))


def test_a_second_writer_waits_for_the_first(pg: Store) -> None:
    """Writes are one at a time, as on SQLite: the second waits on the write lock, then runs."""
    holding, release = threading.Event(), threading.Event()
    order: list[str] = []

    def first() -> None:
        with pg.write() as tx:
            places.save_city_in(tx, CityRecord(None, CityInput(name="First", country="PK")))
            holding.set()
            release.wait(30)
            order.append("first")

    def second() -> None:
        holding.wait(30)
        with pg.write() as tx:
            order.append("second")
            places.save_city_in(tx, CityRecord(None, CityInput(name="Second", country="PK")))

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    holding.wait(30)
    _wait_for_lock_waiter(pg)
    release.set()
    for thread in threads:
        thread.join(30)
    assert order == ["first", "second"]
    with pg.read() as session:
        assert sorted(session.scalars(select(City.name))) == ["First", "Second"]


def _wait_for_lock_waiter(store: Store) -> None:
    """Until a session of this database waits on an advisory lock (the second writer)."""
    assert isinstance(store.backend, PostgresDatabase)
    engine = create_engine(store.backend.url, isolation_level="AUTOCOMMIT")
    query = text(
        "SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
        "WHERE l.locktype = 'advisory' AND NOT l.granted AND a.datname = current_database()"
    )
    try:
        with engine.connect() as connection:
            for _ in range(3000):
                if connection.execute(query).scalar():
                    return
                connection.execute(text("SELECT pg_sleep(0.01)"))
    finally:
        engine.dispose()
    raise AssertionError("the second writer never waited for the lock")


def test_a_backup_is_a_pg_dump_archive_that_pg_restore_reads(pg: Store) -> None:
    factories.city(pg, "Trincomalee")
    archive = pg.backup("before-merge")
    assert archive.suffix == ".pgdump"
    listing = subprocess.run(
        [str(Path(pg_dump()).with_name("pg_restore")), "--list", str(archive)],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    assert "TABLE DATA public city" in listing


def test_a_server_that_cannot_be_reached_is_one_sentence(tmp_path: Path) -> None:
    url = f"postgresql://scdesk@/scdesk?host={tmp_path / 'no-server'}"
    with pytest.raises(StoreUnavailableError, match="cannot be reached or refused the login"):
        Store.connect(url, tmp_path)


def test_an_address_that_is_not_postgresql_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="is not a PostgreSQL address"):
        Store.connect("mysql://someone@server/records", tmp_path)


def test_the_demo_gives_the_same_figures_on_postgresql_as_on_sqlite(
    pg: Store, tmp_path: Path
) -> None:
    with Store.open(tmp_path / "sqlite" / STORE_FILE, clock=TestClock()) as sqlite:
        documents = []
        for store in (sqlite, pg):
            fill_demo(store)
            figures = compute_figures(store, FigureQuery(None, None, None, None, False))
            names = {str(k): v.name for k, v in figures.cities.items()}
            documents.append(_by_name(figures_document(figures, NOW), names))
    assert documents[0] == documents[1]
    assert documents[0]["figures"]["people_engaged"]["total"] > 1000


def _by_name(value: Any, names: dict[str, str]) -> Any:
    """The document with city ids (random in each store) replaced by the cities' names."""
    if isinstance(value, dict):
        return {names.get(k, k): _by_name(v, names) for k, v in value.items()}
    if isinstance(value, list):
        return [_by_name(v, names) for v in value]
    return names.get(value, value) if isinstance(value, str) else value


def test_the_command_line_works_on_the_database_given_with_db(
    postgres: Server, postgres_template: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = postgres.create_database("scdesk_cli", template=postgres_template)
    address = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    assert cli.main(["--data-dir", str(tmp_path), "--db", address, "check"]) == 0
    out = capsys.readouterr().out
    assert "store:      postgresql://postgres@/scdesk_cli" in out
    assert "(current;" in out
    assert not (tmp_path / STORE_FILE).exists()  # no SQLite file was made beside it
