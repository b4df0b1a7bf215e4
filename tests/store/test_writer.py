"""Every change is stamped: dots per field, the record's version vector, and the audit trail."""

import json
import sqlite3
from contextlib import closing
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import cast
from uuid import uuid4

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DatabaseError, IntegrityError

from scdesk import cli
from scdesk.domain.audit import AuditAction
from scdesk.domain.versions import DeviceId, VersionVector
from scdesk.services import records
from scdesk.store.guard import writer_open
from scdesk.store.models import AuditEntry, City, Meeting, Person, SyncField, ThisDevice
from scdesk.store.store import Store
from tests import factories
from tests.conftest import TestClock, dump


def _field_versions(store: Store, row_id: object) -> dict[str, tuple[int, int]]:
    with store.read() as session:
        rows = session.scalars(select(SyncField).where(SyncField.row_id == row_id))
        return {r.field: (r.counter, r.hlc) for r in rows}


def _counter(store: Store) -> int:
    with store.read() as session:
        return session.scalars(select(ThisDevice.counter)).one()


def test_a_new_record_carries_the_creating_transactions_dot_and_vector(store: Store) -> None:
    before = _counter(store)
    city_id = factories.city(store)
    with store.read() as session:
        city = session.get(City, city_id)
    assert city is not None
    device = store.device().device_id
    assert city.origin_id == device
    assert city.created_counter == before + 1
    assert VersionVector.from_json(city.vv) == VersionVector({device: before + 1})
    assert _field_versions(store, city_id) == {}  # every field still carries the creation's dot


def test_changing_a_meeting_title_stamps_only_that_field(store: Store) -> None:
    city_id = factories.city(store)
    meeting_id = factories.meeting(store, city_id)
    data = factories.meeting_input(city_id)
    factories.change_meeting(
        store, meeting_id, meeting=replace(data, title="Workshop on social cohesion")
    )
    with store.read() as session:
        meeting = session.get(Meeting, meeting_id)
        assert meeting is not None
        counter = session.scalars(select(ThisDevice.counter)).one()
    versions = _field_versions(store, meeting_id)
    assert set(versions) == {"title"}
    assert versions["title"][0] == counter
    assert meeting.title == "Workshop on social cohesion"
    device = store.device().device_id
    assert VersionVector.from_json(meeting.vv)[DeviceId(device)] == counter
    assert meeting.updated_hlc == versions["title"][1] > meeting.created_hlc


def test_saving_unchanged_values_stamps_nothing_and_takes_no_counter(store: Store) -> None:
    city_id = factories.city(store)
    meeting_id = factories.meeting(store, city_id)
    before = (_counter(store), dump(store))
    factories.change_meeting(store, meeting_id, meeting=factories.meeting_input(city_id))
    assert (_counter(store), dump(store)) == before


def test_the_counter_rises_once_per_transaction_however_many_records_it_writes(
    store: Store,
) -> None:
    before = _counter(store)
    with store.write() as tx:
        for name in ("Mardan", "Peshawar", "Swat"):
            tx.create(City, {"name": name, "country": "PK", "is_member": True})
    assert _counter(store) == before + 1


def test_clock_stamps_only_rise_even_when_the_wall_clock_goes_back(
    store: Store, clock: TestClock
) -> None:
    first = factories.city(store, "Mardan")
    clock.at = datetime(1970, 1, 12, tzinfo=UTC)
    second = factories.city(store, "Swat")
    with store.read() as session:
        a, b = (session.get(City, i) for i in (first, second))
    assert a is not None
    assert b is not None
    assert b.created_hlc > a.created_hlc


def test_deleting_leaves_a_tombstone_and_restore_brings_it_back(store: Store) -> None:
    city_id = factories.city(store)
    records.delete_record(store, "city", city_id)
    with store.read() as session:
        city = session.get(City, city_id)
        assert city is not None
        assert city.deleted
    assert set(_field_versions(store, city_id)) == {"deleted"}
    records.restore_record(store, "city", city_id)
    with store.read() as session:
        city = session.get(City, city_id)
        assert city is not None
        assert not city.deleted


def test_the_audit_trail_shows_who_when_and_each_field_before_and_after(store: Store) -> None:
    city_id = factories.city(store, "Mardan")
    meeting_id = factories.meeting(store, city_id, title="First title")
    factories.change_meeting(
        store, meeting_id, meeting=factories.meeting_input(city_id, title="Second title")
    )
    records.delete_record(store, "meeting", meeting_id)
    with store.read() as session:
        trail = session.scalars(
            select(AuditEntry).where(AuditEntry.row_id == meeting_id).order_by(AuditEntry.id)
        ).all()
    assert [(e.action, e.field) for e in trail] == [
        (AuditAction.CREATE, None),
        (AuditAction.UPDATE, "title"),
        (AuditAction.DELETE, "deleted"),
    ]
    created, renamed, deleted = trail
    assert json.loads(created.after or "")["title"] == "First title"
    assert (json.loads(renamed.before or ""), json.loads(renamed.after or "")) == (
        "First title",
        "Second title",
    )
    assert (deleted.before, deleted.after) == ("false", "true")
    assert {e.actor for e in trail} == {store.device().user_name}
    assert renamed.at == factories.at(2026, 11, 25, 9).replace(minute=30)
    assert created.counter < renamed.counter < deleted.counter


def test_a_failed_write_leaves_the_store_unchanged(store: Store) -> None:
    factories.city(store)
    before = dump(store)

    def stopped_half_way() -> None:
        with store.write() as tx:
            tx.create(City, {"name": "Peshawar", "country": "PK", "is_member": True})
            tx.flush()
            raise RuntimeError("stopped half-way")

    with pytest.raises(RuntimeError, match="half-way"):
        stopped_half_way()
    assert dump(store) == before


def test_sql_written_around_the_service_layer_is_refused(store: Store) -> None:
    city_id = factories.city(store)
    before = dump(store)
    for statement in (
        "UPDATE city SET name = 'Renamed'",
        "DELETE FROM city",
        "INSERT INTO city (id) VALUES ('0123456789abcdef0123456789abcdef')",
        "INSERT INTO audit (actor) VALUES ('someone')",
        "DELETE FROM sync_field",
    ):
        with pytest.raises(DatabaseError, match="not authorized"), store.engine.begin() as c:
            c.execute(text(statement))
    with pytest.raises(DatabaseError, match="not authorized"), store.write() as tx:
        tx.session.execute(text("UPDATE city SET name = 'Inside a transaction'"))

    def through_the_orm() -> None:
        with store.read() as session:
            city = session.get(City, city_id)
            assert city is not None
            city.name = "Through the ORM"
            session.flush()

    with pytest.raises(RuntimeError, match=r"Store\.write"):
        through_the_orm()
    assert dump(store) == before


def test_a_statement_prepared_for_the_writer_is_refused_once_it_has_closed(store: Store) -> None:
    city_id = factories.city(store)
    before = dump(store)
    statement = "UPDATE city SET name = 'Renamed' WHERE id = ?"
    with store.engine.connect() as connection:
        dbapi = cast(sqlite3.Connection, connection.connection.dbapi_connection)
        with writer_open(dbapi):
            dbapi.execute("SELECT 1")  # the sqlite3 module caches what it prepares
            dbapi.execute("SAVEPOINT probe")
            dbapi.execute(statement, (city_id.hex,))  # allowed, and now prepared and cached
            dbapi.execute("ROLLBACK TO probe")
        with pytest.raises(sqlite3.DatabaseError, match="not authorized"):
            dbapi.execute(statement, (city_id.hex,))
        dbapi.rollback()
    assert dump(store) == before


def test_another_program_cannot_change_or_delete_records_or_the_audit_trail(store: Store) -> None:
    factories.city(store)
    before = dump(store)
    with closing(sqlite3.connect(store.path)) as other:
        for statement in (
            "UPDATE city SET name = 'x'",
            "DELETE FROM city",
            "DELETE FROM audit",
            "UPDATE audit SET actor = 'someone else'",
            "DELETE FROM sync_field",
        ):
            with pytest.raises(sqlite3.OperationalError, match="no such function"):
                other.execute(statement)
    assert dump(store) == before


def test_a_record_another_program_inserts_is_reported_by_check(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    factories.city(store, "Mardan")
    with closing(sqlite3.connect(store.path)) as other, other:
        other.execute(
            "INSERT INTO city (id, origin_id, created_counter, created_hlc, updated_hlc, vv, "
            "deleted, name, country, is_member) VALUES ('0123456789abcdef0123456789abcdef', "
            "'0123456789abcdef0123456789abcdef', 1, 1, 1, '{}', 0, 'Smuggled', 'PK', 1)"
        )
    assert cli.main(["--data-dir", str(tmp_path), "check"]) == 1
    out = capsys.readouterr().out
    assert "WRITTEN OUTSIDE scdesk: 1 row of city has no audit entry" in out


def test_the_audit_trail_is_append_only_even_for_the_writer(store: Store) -> None:
    factories.city(store)
    with store.engine.connect() as connection:
        dbapi = connection.connection.dbapi_connection
        with writer_open(dbapi), pytest.raises(IntegrityError, match="append-only"):
            connection.execute(text("DELETE FROM audit"))


def test_a_merge_reads_back_each_record_it_touched_once_in_parts_by_kind(store: Store) -> None:
    """What the rule check at the end of a merge reads: however many records, none twice, and
    as clean only those never touched otherwise."""
    people = sorted(uuid4() for _ in range(1201))
    cities = sorted(uuid4() for _ in range(3))
    with store.merge() as tx:
        for person in people:
            tx.touch(Person, person, clean=person in people[:20])
        for person in people[:10]:  # records applied twice touch them twice
            tx.touch(Person, person)
        for city in cities:
            tx.touch(City, city, clean=True)
        parts = list(tx.touched(500))
        again = list(tx.touched(500))
        tx.touch(City, cities[0])
        later = list(tx.touched(500))

    assert [(model.__tablename__, len(ids)) for model, ids, _ in parts] == [
        ("person", 500), ("person", 500), ("person", 201), ("city", 3)
    ]  # fmt: skip
    assert [i for model, ids, _ in parts[:3] for i in ids] == people
    assert [c for _, _, clean in parts[:3] for c in sorted(clean)] == people[10:20]
    assert parts[-1][1:] == (cities, set(cities))
    assert again == []
    assert [(model.__tablename__, ids, clean) for model, ids, clean in later] == [
        ("city", [cities[0]], set())
    ]
