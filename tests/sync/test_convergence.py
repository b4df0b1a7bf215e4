"""Convergence: devices making random creates, edits, deletes, merges of duplicates and
dismissals, exchanging bundles in random orders with losses and duplicates, end with the same
records, and nothing is lost silently.

A small model follows which writes each device knew when it made its own: a value may vanish
only when a device that had seen it wrote over it; any other value that is not the final one
must be kept in a conflict.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from scdesk.domain.people import PersonId, PersonInput
from scdesk.domain.versions import VersionVector
from scdesk.services import conflicts, merges, records
from scdesk.store.base import SYNC_COLUMNS, table_of
from scdesk.store.models import Person, SyncField
from scdesk.store.shapes import shape, synced_models
from scdesk.store.store import Store
from scdesk.store.values import to_json
from tests import factories
from tests.conftest import postgres_store
from tests.postgres import Server
from tests.sync.conftest import Network, _new_identity, make_network

DEVICES = ("hub", "one", "two")
FIELDS = ("name", "community")
WORDS = ("Asha", "Bilal", "Chitra", "Dinuka", "Esha", "Farid")

create = st.tuples(st.just("create"), st.sampled_from(DEVICES), st.sampled_from(WORDS))
edit = st.tuples(
    st.just("edit"), st.sampled_from(DEVICES), st.integers(0, 2), st.sampled_from(FIELDS),
    st.sampled_from(WORDS),
)  # fmt: skip
remove = st.tuples(st.just("delete"), st.sampled_from(DEVICES), st.integers(0, 2))
#: Merge the second of two live people into the first, or dismiss the pair.
merge = st.tuples(st.just("merge"), st.sampled_from(DEVICES), st.integers(0, 3), st.integers(0, 3))
dismiss = st.tuples(
    st.just("dismiss"), st.sampled_from(DEVICES), st.integers(0, 3), st.integers(0, 3)
)  # fmt: skip
send = st.tuples(st.just("send"), st.sampled_from(("one", "two")), st.booleans())
back = st.tuples(st.just("back"), st.sampled_from(("one", "two")))
deliver = st.tuples(
    st.just("deliver"), st.integers(0, 8), st.sampled_from(("once", "twice", "lost"))
)  # fmt: skip
#: Both ways at once: each side's changes made without the other's, as they cross.
swap = st.tuples(st.just("swap"), st.sampled_from(("one", "two")), st.booleans())
operations = st.lists(
    st.one_of(create, edit, edit, edit, edit, remove, merge, merge, dismiss, send, back, deliver,
              swap, swap),
    min_size=4, max_size=16,
)  # fmt: skip


@dataclass
class Write:
    device: str
    record: UUID
    field: str
    value: str
    knew: frozenset[int]  # the writes its device had seen


@dataclass
class Model:
    writes: list[Write] = field(default_factory=list)
    known: dict[str, set[int]] = field(default_factory=lambda: {d: set() for d in DEVICES})
    mail: list[tuple[Path, str, frozenset[int]]] = field(default_factory=list)

    def wrote(self, device: str, record: UUID, name: str, value: str) -> None:
        self.writes.append(Write(device, record, name, value, frozenset(self.known[device])))
        self.known[device].add(len(self.writes) - 1)


def _play(net: Network, steps: list[tuple[object, ...]], model: Model) -> None:
    stores = {"hub": net.hub, "one": net.officers[0], "two": net.officers[1]}
    for step in steps:
        kind, *rest = step
        if kind == "create":
            device, name = rest
            store = stores[str(device)]
            person = factories.person(store, name=str(name), city_id=net.city)
            for column in FIELDS:
                with store.read() as session:
                    value = getattr(session.get(Person, person), column)
                model.wrote(str(device), person, column, to_json(value))
        elif kind in ("edit", "delete"):
            device = str(rest[0])
            store = stores[device]
            live = _people(store)
            if not live:
                continue
            chosen = live[int(str(rest[1])) % len(live)]
            if kind == "delete":
                records.delete_record(store, "person", chosen)
                continue
            column, value = str(rest[2]), str(rest[3])
            current = _person_input(store, chosen)
            if getattr(current, column) == value:
                continue
            changed: dict[str, Any] = {column: value}
            factories.change_person(store, PersonId(chosen), **changed)
            model.wrote(device, chosen, column, to_json(value))
        elif kind in ("merge", "dismiss"):
            device = str(rest[0])
            store = stores[device]
            live = _people(store)
            if len(live) < 2:
                continue
            kept = live[int(str(rest[1])) % len(live)]
            other = live[int(str(rest[2])) % len(live)]
            if kept == other:
                continue
            if kind == "dismiss":
                merges.dismiss_pair(store, kept, other)
                continue
            merged = merges.merge_records(store, kept, other)
            for column in set(merged.filled) & set(FIELDS):
                with store.read() as session:
                    value = getattr(session.get(Person, kept), column)
                model.wrote(device, kept, column, to_json(value))
        elif kind == "send":
            officer, _ = rest
            model.mail.append((net.send(stores[str(officer)], net.hub), "hub",
                               frozenset(model.known[str(officer)])))  # fmt: skip
        elif kind == "back":
            (officer,) = rest
            model.mail.append((net.send(net.hub, stores[str(officer)]), str(officer),
                               frozenset(model.known["hub"])))  # fmt: skip
        elif kind == "swap":
            officer, hub_first = stores[str(rest[0])], bool(rest[1])
            up, down = net.send(officer, net.hub), net.send(net.hub, officer)
            sent = {
                "hub": frozenset(model.known[str(rest[0])]),
                str(rest[0]): frozenset(model.known["hub"]),
            }
            for receiver, path in [("hub", up), (str(rest[0]), down)][:: 1 if hub_first else -1]:
                net.deliver(stores[receiver], path)
                model.known[receiver] |= sent[receiver]
        elif kind == "deliver" and model.mail:
            number, how = rest
            path, receiver, knowledge = model.mail.pop(int(str(number)) % len(model.mail))
            if how == "lost":
                continue
            for _ in range(2 if how == "twice" else 1):
                net.deliver(stores[receiver], path)
            model.known[receiver] |= knowledge


def _settle(net: Network) -> None:
    """Everyone sends everything, three rounds: enough for any write to reach everyone."""
    for _ in range(3):
        for officer in net.officers:
            net.deliver(net.hub, net.send(officer, net.hub))
        for officer in net.officers:
            net.deliver(officer, net.send(net.hub, officer))


def _people(store: Store) -> list[UUID]:
    with store.read() as session:
        return list(
            session.scalars(select(Person.id).where(Person.deleted.is_(False)).order_by(Person.id))
        )


def _person_input(store: Store, person: UUID) -> PersonInput:
    with store.read() as session:
        row = session.get(Person, person)
        assert row is not None
        return PersonInput(**{f.name: getattr(row, f.name) for f in fields(PersonInput)})


Entry = tuple[UUID, tuple[object, ...], tuple[tuple[Any, ...], ...]]
Records = dict[str, list[Entry]]
Vectors = dict[tuple[str, UUID], VersionVector]


def converged_state(store: Store) -> tuple[Records, Vectors]:
    """Records as every device must agree on them: content and the effective write of every
    field (a record's creating write may be stamped differently on two devices when both made
    it, as with derived ids; its fields' writes may not); and each record's version vector."""
    records: Records = {}
    vectors: Vectors = {}
    fields_table = table_of(SyncField)
    with store.read() as session:
        explicit: dict[tuple[str, UUID, str], tuple[object, ...]] = {
            (row.tbl, row.row_id, row.field): (row.device_id, row.counter, row.hlc)
            for row in session.execute(select(fields_table))
        }
        for model in synced_models():
            form = shape(model)
            rows = session.execute(select(form.table).order_by(form.table.c.id)).mappings()
            entries = []
            for row in rows:
                created = (row["origin_id"], row["created_counter"], row["created_hlc"])
                versions = tuple(
                    explicit.get((form.table.name, row["id"], name), created)
                    for name in form.fields
                )
                content = tuple(row[name] for name in form.fields)
                entries.append((row["id"], content, versions))
                vectors[(form.table.name, row["id"])] = VersionVector.from_json(row["vv"])
            records[form.table.name] = entries
    assert not SYNC_COLUMNS - {"id", "origin_id", "created_counter", "created_hlc",
                               "updated_hlc", "vv"}  # fmt: skip
    return records, vectors


def assert_converged(hub: Store, officer: Store) -> None:
    """The same records, and vectors that differ only in writes that no longer count.

    A write that lost everywhere (say the second of two deletes of one record) leaves a trace
    only in the vector of the device that merged it: nothing later sends it on, since bundles
    carry the writes fields hold, and no later merge can meet it again, since the one device
    that held it holds it no longer. So two devices' vectors may differ in a device's writes, as
    long as no field holds one of them."""
    hub_records, hub_vectors = converged_state(hub)
    records, vectors = converged_state(officer)
    assert records == hub_records
    writes = {
        (table, entry[0]): {version[:2] for version in entry[2]}
        for table, entries in hub_records.items()
        for entry in entries
    }
    for key, vector in vectors.items():
        other = hub_vectors[key]
        for device in set(vector) | set(other):
            low = min(vector.get(device, 0), other.get(device, 0))
            held = [c for d, c in writes[key] if d == device]
            assert all(c <= low for c in held), (key, device)


def assert_nothing_lost_silently(store: Store, model: Model) -> None:
    """A value that is not the final one was written over knowingly, or is kept in a conflict."""
    with store.read() as session:
        final = {
            (row.id, name): to_json(getattr(row, name))
            for row in session.scalars(select(Person))
            for name in FIELDS
        }
    kept = {
        (c.row_id, c.field, value)
        for c in conflicts.list_conflicts(store, include_resolved=True)
        for value in (c.lost.value, c.kept.value)
    }
    for index, write in enumerate(model.writes):
        if final[(write.record, write.field)] == write.value:
            continue
        overwritten = any(
            index in later.knew
            for later in model.writes
            if (later.record, later.field) == (write.record, write.field)
        )
        assert overwritten or (write.record, write.field, write.value) in kept, write


#: Every example starts from two people the hub made and both officers have, so that edits
#: of the same fields on different devices (the interesting case) are frequent.
_SHARED: list[tuple[object, ...]] = [
    ("create", "hub", "Asha"), ("create", "hub", "Bilal"), ("back", "one"), ("back", "two"),
    ("deliver", 0, "once"), ("deliver", 0, "once"),
]  # fmt: skip


@contextmanager
def _network(folder: Path, template: Path, hub: Store | None = None) -> Iterator[Network]:
    net = make_network(folder, template, hub)
    try:
        yield net
    finally:
        net.close()


def _converges(net: Network, steps: list[tuple[object, ...]]) -> None:
    model = Model()
    _play(net, _SHARED + steps, model)
    _settle(net)
    for officer in net.officers:
        assert_converged(net.hub, officer)
    for store in (net.hub, *net.officers):
        assert_nothing_lost_silently(store, model)


@settings(max_examples=30, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=operations)
def test_any_exchange_converges_and_keeps_every_lost_value(
    steps: list[tuple[object, ...]],
    tmp_path_factory: pytest.TempPathFactory,
    template_store: Path,
) -> None:
    with _network(tmp_path_factory.mktemp("network"), template_store) as net:
        _converges(net, steps)


@settings(max_examples=18, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=operations)
def test_with_the_hub_on_postgresql_too(
    steps: list[tuple[object, ...]],
    tmp_path_factory: pytest.TempPathFactory,
    template_store: Path,
    postgres: Server,
    postgres_template: str,
) -> None:
    folder = tmp_path_factory.mktemp("network")
    (folder / "hub").mkdir()
    hub = postgres_store(postgres, postgres_template, folder / "hub")
    _new_identity(hub)
    with _network(folder, template_store, hub) as net:
        _converges(net, steps)
