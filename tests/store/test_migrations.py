"""The migrations build exactly the models' schema, and upgrade stores that hold data."""

import enum
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any
from uuid import UUID, uuid4

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from scdesk.store import migrate
from scdesk.store.base import Base
from scdesk.store.engine import sqlite_engine
from scdesk.store.integrity import check_file
from scdesk.store.models import City, IndicatorTarget, Meeting, Person
from scdesk.store.queries.support_lists import expert_pool
from scdesk.store.store import STORE_FILE, Store
from tests.conftest import store_at_revision


def _managed(obj: object, name: str | None, type_: str, reflected: bool, other: object) -> bool:
    """Every table but the search index, which the store builds itself (search.py)."""
    return not (type_ == "table" and name is not None and name.startswith("search"))


def test_the_migrations_produce_exactly_the_models_schema(store: Store) -> None:
    with store.engine.connect() as connection:
        options = {"compare_type": True, "include_object": _managed}
        context = MigrationContext.configure(connection, opts=options)
        assert compare_metadata(context, Base.metadata) == []


def test_head_names_the_newest_migration_script() -> None:
    """Opening a store at HEAD skips Alembic, so HEAD must be the scripts' real head."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate.config())
    assert migrate.HEAD == script.get_current_head() == migrate.revisions()[-1]


def test_the_revisions_read_from_the_scripts_names_are_alembics_in_order() -> None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate.config())
    walked = [r.revision for r in reversed(list(script.walk_revisions()))]
    assert migrate.revisions() == walked


def test_the_version_read_without_alembic_is_alembics(tmp_path: Path) -> None:
    older = migrate.revisions()[-2]
    path = tmp_path / STORE_FILE
    store_at_revision(path, older)
    engine = sqlite_engine(path, migrating=True)
    with engine.connect() as connection:
        assert migrate.current(connection) == older
        assert MigrationContext.configure(connection).get_current_revision() == older
    engine.dispose()
    empty = sqlite_engine(tmp_path / "empty.sqlite3", migrating=True)
    with empty.connect() as connection:
        assert migrate.current(connection) is None
    empty.dispose()


def test_every_migration_can_be_undone_down_to_an_empty_store(tmp_path: Path) -> None:
    path = tmp_path / STORE_FILE
    store_at_revision(path, "head")
    engine = sqlite_engine(path, migrating=True)
    with engine.begin() as connection:
        from alembic import command

        command.downgrade(migrate.config(connection), "base")
        tables = set(sa.inspect(connection).get_table_names())
    engine.dispose()
    assert tables <= {"alembic_version"}


@pytest.mark.parametrize("revision", migrate.revisions()[:-1])
def test_a_store_holding_data_upgrades_from_each_earlier_revision(
    tmp_path: Path, revision: str
) -> None:
    """Seed one row in every table that exists at `revision`, then open the store (which
    migrates it to the head): every row and value is still there and the store still works."""
    path = tmp_path / STORE_FILE
    store_at_revision(path, revision)
    seeded = _seed_every_table(path)
    assert seeded, "no tables to seed"

    with Store.open(path) as store:
        with store.engine.connect() as connection:
            assert migrate.current(connection) == migrate.head()
            for table_name, row in seeded.items():
                table = Base.metadata.tables[table_name]
                kept = {k: v for k, v in row.items() if k in table.c}
                found = connection.execute(
                    sa.select(*(table.c[k] for k in kept)).where(_key(table, row))
                ).one()
                assert dict(found._mapping) == kept, table_name
        city_id = seeded["city"]["id"]
        with store.write() as tx:
            tx.update(City, city_id, {"name": "Renamed after the upgrade"})
            if "meeting" in seeded:
                tx.update(Meeting, seeded["meeting"]["id"], {"title": "Still editable"})
    assert check_file(path).ok


def _key(table: sa.Table, row: dict[str, Any]) -> sa.ColumnElement[bool]:
    return sa.and_(*(table.c[c.name] == row[c.name] for c in table.primary_key.columns))


def _seed_every_table(path: Path) -> dict[str, dict[str, Any]]:
    """One row per table present in the file, parents first, references pointing at them."""
    engine = sqlite_engine(path, migrating=True)
    seeded: dict[str, dict[str, Any]] = {}
    with engine.begin() as connection:
        present = set(sa.inspect(connection).get_table_names())
        for table in Base.metadata.sorted_tables:
            if table.name not in present or table.name == "this_device":
                continue
            columns = {c["name"] for c in sa.inspect(connection).get_columns(table.name)}
            row = {c.name: _value(c, seeded) for c in table.columns if c.name in columns}
            connection.execute(sa.insert(table).values(**row))
            seeded[table.name] = row
    engine.dispose()
    return seeded


def _value(column: sa.Column[Any], seeded: dict[str, dict[str, Any]]) -> Any:
    for key in column.foreign_keys:
        parent = seeded.get(key.column.table.name)
        if parent is not None:
            return parent[key.column.name]
        if column.nullable:
            return None
    if column.name == "vv":
        return '{"' + uuid4().hex + '":1}'
    kind = column.type
    if isinstance(kind, sa.Enum) and kind.enum_class is not None:
        members: list[enum.Enum] = list(kind.enum_class)
        return members[0]
    python = (kind.impl if isinstance(kind, sa.TypeDecorator) else kind).python_type
    samples: dict[object, Any] = {
        UUID: uuid4(),
        str: f"{column.table.name}.{column.name} — مردان तमिऴ් தமிழ்",
        int: 3,
        bool: True,
        datetime: datetime(2026, 1, 2, 10, 30, tzinfo=UTC),
        date: date(2026, 1, 2),
        Decimal: Decimal("1250.50"),
        bytes: b"\x00\x01key",
    }
    if column.name == "country":
        return "PK"
    return samples[python]


def test_targets_at_0010_are_kept_as_targets_of_the_whole_count(tmp_path: Path) -> None:
    path = tmp_path / STORE_FILE
    store_at_revision(path, "0010")
    seeded = _seed_every_table(path)["indicator_target"]

    with Store.open(path) as store, store.read() as session:
        kept = session.get(IndicatorTarget, seeded["id"])
        assert kept is not None
        assert (kept.indicator_id, kept.period_start, kept.target) == (
            seeded["indicator_id"], seeded["period_start"], seeded["target"],
        )  # fmt: skip
        assert (kept.breakdown, kept.category) == (None, None)


def test_people_from_0010_keep_their_records_and_join_the_expert_pool_only_when_given_fields(
    tmp_path: Path,
) -> None:
    """0013 adds fields of expertise: everyone upgraded starts outside the pool (whoever gave
    advice is still listed, as outside it) until their fields are recorded."""
    path = tmp_path / STORE_FILE
    store_at_revision(path, "0010")
    seeded = _seed_every_table(path)
    person = seeded["person"]
    engine = sqlite_engine(path, migrating=True)
    with engine.begin() as connection:  # the seeded rows are tombstones: bring two back
        for table in ("person", "expert_advice"):
            connection.execute(sa.text(f"UPDATE {table} SET deleted = 0"))  # noqa: S608 - fixed names
    engine.dispose()

    with Store.open(path) as store:
        with store.read() as session:
            kept = session.get(Person, person["id"])
            assert kept is not None
            assert (kept.name, kept.title, kept.expertise) == (
                person["name"],
                person["title"],
                None,
            )
            assert [(e.name, e.fields, e.pieces) for e in expert_pool(session)] == [
                (person["name"], (), 1)
            ]
        with store.write() as tx:
            tx.update(Person, person["id"], {"expertise": "Municipal planning"})
        with store.read() as session:
            assert [(e.name, e.fields, e.pieces) for e in expert_pool(session)] == [
                (person["name"], ("Municipal planning",), 1)
            ]
