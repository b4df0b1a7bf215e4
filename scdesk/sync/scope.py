"""What the hub sends an officer: the officer's city, and the reference data every device needs.

Reference data (cities, organisations, committees, indicators, the hub's priorities) goes to
everyone. Records with a city go to that city's officers; records that belong to another (an
attendance to its meeting, a tag to its person) follow their owner. A person from elsewhere who
appears in the city's records (at one of its meetings, say) goes too, so no record arrives without
what it refers to.
"""

from collections.abc import Callable
from uuid import UUID

from sqlalchemy import Column, Table, select
from sqlalchemy.orm import Session

from scdesk.store.base import table_of
from scdesk.store.models import (
    City,
    Committee,
    Conflict,
    DuplicateDismissal,
    HubPriority,
    Indicator,
    Organisation,
    Person,
    RecordMerge,
)
from scdesk.store.shapes import shape, synced_models

_REFERENCE = {t.__tablename__ for t in (City, Organisation, Committee, Indicator, HubPriority)}
#: Merges and dismissals name records by id only, and a device settles merges of records it
#: does not hold by doing nothing: they go to every device, so none keeps a merged-away copy.
_FACTS = {t.__tablename__ for t in (RecordMerge, DuplicateDismissal)}
_PERSON = Person.__tablename__
_LATE = {"person_group", Conflict.__tablename__}  # decided once the people are known


def city_scope(session: Session, city_id: UUID) -> Callable[[str, UUID], bool]:
    """A test of (table, id): does the record belong with an officer of city_id?"""
    kept: dict[str, set[UUID]] = {}
    everything: set[str] = _REFERENCE | _FACTS
    for model in synced_models():
        table = shape(model).table
        if table.name in everything or table.name in _LATE:
            continue
        if "city_id" in table.c and table.name != "indicator_target":
            found = session.execute(select(table.c.id).where(table.c.city_id == city_id))
            kept[table.name] = set(found.scalars())
            continue
        if table.name == "indicator_target":
            everything.add(table.name)
            continue
        owner = _owner(table)
        parents = kept.get(next(iter(owner.foreign_keys)).column.table.name, set())
        rows = session.execute(select(table.c.id, owner.label("parent")))
        kept[table.name] = {row.id for row in rows if row.parent in parents}
    people = kept.setdefault(_PERSON, set())
    people.update(_reference_people(session))
    for name, ids in list(kept.items()):
        table = _named(name)
        for column in table.c:
            if any(key.column.table.name == _PERSON for key in column.foreign_keys):
                rows = session.execute(select(table.c.id, column.label("person")))
                people.update(row.person for row in rows if row.id in ids and row.person)
    tags = _named("person_group")
    groups = session.execute(select(tags.c.id, tags.c.person_id))
    kept["person_group"] = {row.id for row in groups if row.person_id in people}
    conflicts = session.execute(select(Conflict.id, Conflict.tbl, Conflict.row_id))
    kept[Conflict.__tablename__] = {
        row.id
        for row in conflicts
        if row.tbl in everything or row.row_id in kept.get(row.tbl, set())
    }

    def in_scope(table: str, record_id: UUID) -> bool:
        return table in everything or record_id in kept.get(table, ())

    return in_scope


def reference_scope(session: Session) -> Callable[[str, UUID], bool]:
    """The reference data alone, with the people it names (the cities' mayors) and the merges
    and dismissals: what a hub profile carries to every officer."""
    people = _reference_people(session)

    def in_scope(table: str, record_id: UUID) -> bool:
        return table in _REFERENCE or table in _FACTS or (table == _PERSON and record_id in people)

    return in_scope


def _reference_people(session: Session) -> set[UUID]:
    """The people reference data refers to (a city's mayor), who go wherever it goes."""
    found: set[UUID] = set()
    for name in sorted(_REFERENCE):
        table = _named(name)
        for column in table.c:
            if any(key.column.table.name == _PERSON for key in column.foreign_keys):
                rows = session.execute(select(column).where(column.is_not(None))).scalars()
                found.update(rows)
    return found


def _owner(table: Table) -> Column[UUID]:
    """The record a child record belongs to: its first required reference."""
    for column in table.c:
        if column.foreign_keys and not column.nullable:
            return column
    raise ValueError(f"{table.name} belongs to no record and has no city")


def _named(name: str) -> Table:
    return table_of(next(m for m in synced_models() if m.__tablename__ == name))
