"""Convergence and liveness: devices making random creates, edits, deletes, merges of
duplicates, dismissals and edits of fields a rule ties together (membership and joining date,
age band and phone, consent and its withdrawal, a meeting's times and whether it was held),
settling the rules such edits break, and exchanging bundles in random orders with losses and
duplicates, end with the same records; every device accepts every bundle; every record that
breaks a rule is listed for review; and nothing is lost silently.

A small model follows which writes each device knew when it made its own: a value may vanish
only when a device that had seen it wrote over it; any other value that is not the final one
must be kept in a conflict.
"""

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from datetime import date, timedelta
from functools import partial
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from scdesk.domain.conflicts import ConflictKind, Keep
from scdesk.domain.errors import UserError
from scdesk.domain.meetings import MeetingId, MeetingStatus
from scdesk.domain.people import AgeBand, ConsentGiver, PersonId, PersonInput
from scdesk.domain.versions import VersionVector
from scdesk.services import conflicts, merges, records, sync
from scdesk.services.sync import Outcome
from scdesk.store.base import SYNC_COLUMNS, Synced, table_of
from scdesk.store.models import City, Meeting, Person, SyncField
from scdesk.store.shapes import shape, synced_models
from scdesk.store.store import Store
from scdesk.store.values import to_json
from scdesk.sync.record_rules import record_problems
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
#: Edits of fields a rule ties together, each made only where its device's rules allow it.
COUPLED = (
    "minor", "adult", "phone", "withdraw", "consent_later",  # a person
    "leave", "join",  # the city
    "start_later", "end_earlier", "held", "postpone",  # the shared meeting
)  # fmt: skip
couple = st.tuples(
    st.just("couple"), st.sampled_from(DEVICES), st.integers(0, 3), st.sampled_from(COUPLED)
)  # fmt: skip
#: Two devices each make, at once, the edit that breaks a rule with the other's.
PAIRS = (("leave", "join"), ("minor", "phone"), ("postpone", "held"),
         ("start_later", "end_earlier"), ("withdraw", "consent_later"))  # fmt: skip
clash = st.tuples(
    st.just("clash"), st.sampled_from(PAIRS), st.sampled_from(DEVICES), st.sampled_from(DEVICES),
    st.integers(0, 3),
)  # fmt: skip
#: Settle an open rule conflict by keeping one side.
settle = st.tuples(st.just("settle"), st.sampled_from(DEVICES), st.integers(0, 3), st.booleans())
operations = st.lists(
    st.one_of(create, edit, edit, edit, remove, merge, dismiss, send, back, deliver, swap, swap,
              couple, clash, clash, clash, settle),
    min_size=4, max_size=16,
)  # fmt: skip
#: The tables and fields the model follows.
FOLLOWED: dict[type[Synced], tuple[str, ...]] = {
    Person: (*FIELDS, "age_band", "birth_year", "phone", "consent_by", "consent_on",
             "consent_withdrawn_on"),
    City: ("is_member", "joined_on"),
    Meeting: ("starts_at", "ends_at", "status"),
}  # fmt: skip


@dataclass
class Write:
    device: str
    record: UUID
    field: str
    value: str
    knew: frozenset[int]  # the writes its device had seen
    table: type[Synced] = Person


@dataclass
class Model:
    writes: list[Write] = field(default_factory=list)
    known: dict[str, set[int]] = field(default_factory=lambda: {d: set() for d in DEVICES})
    mail: list[tuple[Path, str, frozenset[int]]] = field(default_factory=list)

    def wrote(
        self, device: str, record: UUID, name: str, value: str, table: type[Synced] = Person
    ) -> None:
        knew = frozenset(self.known[device])
        self.writes.append(Write(device, record, name, value, knew, table))
        self.known[device].add(len(self.writes) - 1)

    def changed(self, device: str, store: Store, action: Callable[[], object]) -> None:
        """Run a change on device; every followed field it changed is a write of that device. A
        change the device's own rules refuse is not made."""
        before = _followed(store)
        try:
            action()
        except UserError:
            return
        for key, value in _followed(store).items():
            if before.get(key) != value:
                table, record, name = key
                self.wrote(device, record, name, value, table)


def _followed(store: Store) -> dict[tuple[type[Synced], UUID, str], str]:
    """Every followed field of every record, as JSON."""
    with store.read() as session:
        return {
            (model, row.id, name): to_json(getattr(row, name))
            for model, names in FOLLOWED.items()
            for row in session.scalars(select(model))
            for name in names
        }


def _deliver(store: Store, path: Path) -> None:
    """A bundle every device must accept: merged, or merged already."""
    for result in sync.import_bundles(store, [path]):
        assert result.outcome in (Outcome.MERGED, Outcome.ALREADY), result.message


def _play(net: Network, steps: list[tuple[object, ...]], model: Model) -> None:
    stores = {"hub": net.hub, "one": net.officers[0], "two": net.officers[1]}
    for step in steps:
        kind, *rest = step
        if kind == "meeting":  # one meeting everyone shares, planned, ending at one o'clock
            meeting = factories.meeting(net.hub, net.city, status=MeetingStatus.PLANNED,
                                        ends_at=factories.at(2026, 3, 2, 13))  # fmt: skip
            for key, value in _followed(net.hub).items():
                if key[1] == meeting:
                    model.wrote("hub", meeting, key[2], value, Meeting)
        elif kind == "create":
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
                _deliver(stores[receiver], path)
                model.known[receiver] |= sent[receiver]
        elif kind == "deliver" and model.mail:
            number, how = rest
            path, receiver, knowledge = model.mail.pop(int(str(number)) % len(model.mail))
            if how == "lost":
                continue
            for _ in range(2 if how == "twice" else 1):
                _deliver(stores[receiver], path)
            model.known[receiver] |= knowledge
        elif kind == "couple":
            device, number, how = str(rest[0]), int(str(rest[1])), str(rest[2])
            store = stores[device]
            model.changed(device, store, partial(_couple, net, store, number, how))
        elif kind == "clash":
            pair, first, second, number = rest
            hows = [str(how) for how in pair]  # type: ignore[attr-defined]
            for device, how in zip((str(first), str(second)), hows, strict=True):
                store = stores[device]
                model.changed(device, store, partial(_couple, net, store, int(str(number)), how))
        elif kind == "settle":
            device, number, keep = str(rest[0]), int(str(rest[1])), bool(rest[2])
            store = stores[device]
            reviews = [c for c in conflicts.list_conflicts(store) if c.kind is ConflictKind.RULE]
            if reviews:
                chosen = reviews[number % len(reviews)].id
                side = Keep.KEPT if keep else Keep.LOST
                settling = partial(conflicts.resolve_conflict, store, chosen, side)
                model.changed(device, store, settling)


def _couple(net: Network, store: Store, number: int, how: str) -> None:
    """One edit of fields a rule ties together, as its form saves it (refused where the rules
    of this device's record do not allow it)."""
    if how in ("leave", "join"):
        member = how == "join"
        factories.change_city(store, net.city, is_member=member,
                              joined_on=date(2024, 3, 1) if member else None)  # fmt: skip
        return
    if how in ("start_later", "end_earlier", "held", "postpone"):
        (meeting,) = _live(store, Meeting)
        changes: dict[str, dict[str, Any]] = {
            "start_later": {"starts_at": factories.at(2026, 3, 2, 12)},
            "end_earlier": {"ends_at": factories.at(2026, 3, 2, 11)},
            "held": {"status": MeetingStatus.HELD},
            "postpone": {
                "starts_at": factories.at(2027, 1, 5),
                "ends_at": factories.at(2027, 1, 5, 13),
                "status": MeetingStatus.PLANNED,
            },
        }
        factories.change_meeting(store, MeetingId(meeting), **changes[how])
        return
    live = _people(store)
    if not live:
        return
    person = PersonId(live[number % len(live)])
    person_changes: dict[str, dict[str, Any]] = {
        "minor": {"age_band": AgeBand.FROM_15, "birth_year": None, "phone": None, "email": None,
                  "title": None, "organisation_id": None, "consent_by": ConsentGiver.GUARDIAN},
        "adult": {"age_band": AgeBand.FROM_25, "birth_year": None, "consent_by": ConsentGiver.SELF},
        "phone": {"phone": "+92 300 1234567"},
        "withdraw": {"consent_withdrawn_on": date(2025, 6, 1)},
        "consent_later": {"consent_on": date(2025, 9, 1)},
    }  # fmt: skip
    factories.change_person(store, person, **person_changes[how])


def _live(store: Store, model: type[Synced]) -> list[UUID]:
    with store.read() as session:
        table = table_of(model)
        found = select(table.c.id).where(table.c.deleted.is_(False)).order_by(table.c.id)
        return list(session.scalars(found))


def _settle(net: Network) -> None:
    """Everyone sends everything, three rounds: enough for any write to reach everyone."""
    for _ in range(3):
        for officer in net.officers:
            _deliver(net.hub, net.send(officer, net.hub))
        for officer in net.officers:
            _deliver(officer, net.send(net.hub, officer))


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
    final = {(record, name): value for (_, record, name), value in _followed(store).items()}
    kept = set()
    for c in conflicts.list_conflicts(store, include_resolved=True):
        kept |= {(c.row_id, c.field, c.kept.value), (c.row_id, c.other_field or c.field,
                                                     c.lost.value)}  # fmt: skip
        if c.kind is not ConflictKind.RULE:
            kept.add((c.row_id, c.field, c.lost.value))
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
    ("create", "hub", "Asha"), ("create", "hub", "Bilal"), ("meeting", "hub"), ("back", "one"),
    ("back", "two"), ("deliver", 0, "once"), ("deliver", 0, "once"),
]  # fmt: skip


def assert_every_break_listed(store: Store) -> None:
    """Every live record that breaks a rule is listed for review, once per rule."""
    today = store.now().date() + timedelta(days=1)
    listed = [
        (c.row_id, c.field) for c in conflicts.list_conflicts(store) if c.kind is ConflictKind.RULE
    ]
    assert len(listed) == len(set(listed))
    with store.read() as session:
        for model in FOLLOWED:
            form = shape(model)
            for row in session.scalars(select(model).where(table_of(model).c.deleted.is_(False))):
                values = {name: getattr(row, name) for name in form.fields}
                for problem in record_problems(model, values, today):
                    assert (row.id, problem.field) in listed, problem.message


@contextmanager
def _network(folder: Path, template: Path, hub: Store | None = None) -> Iterator[Network]:
    net = make_network(folder, template, hub)
    try:
        yield net
    finally:
        net.close()


def _converges(net: Network, steps: list[tuple[object, ...]]) -> list[set[tuple[str, str]]]:
    """Play the steps, exchange everything, check; then settle every broken rule, exchange and
    check again. Returns the rules each device listed as broken before they were settled."""
    model = Model()
    _play(net, _SHARED + steps, model)
    _settle(net)
    _agree(net, model)
    broken = [
        {(c.table, c.field) for c in _rule_conflicts(store)} for store in (net.hub, *net.officers)
    ]
    # The hub settles every broken rule, keeping A where a value of the other field then keeps
    # the rules, else B: once that has travelled, no device holds a record breaking a rule.
    for review in _rule_conflicts(net.hub):
        for side in (Keep.KEPT, Keep.LOST):
            if review.id in {c.id for c in _rule_conflicts(net.hub)}:
                settling = partial(conflicts.resolve_conflict, net.hub, review.id, side)
                model.changed("hub", net.hub, settling)
    _settle(net)
    _agree(net, model)
    for store in (net.hub, *net.officers):
        assert _rule_conflicts(store) == []
    return broken


def _agree(net: Network, model: Model) -> None:
    for officer in net.officers:
        assert_converged(net.hub, officer)
    for store in (net.hub, *net.officers):
        assert_nothing_lost_silently(store, model)
        assert_every_break_listed(store)


def _rule_conflicts(store: Store) -> list[conflicts.ConflictView]:
    return [c for c in conflicts.list_conflicts(store) if c.kind is ConflictKind.RULE]


@settings(max_examples=14, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=operations)
def test_any_exchange_converges_and_keeps_every_lost_value(
    steps: list[tuple[object, ...]],
    tmp_path_factory: pytest.TempPathFactory,
    template_store: Path,
) -> None:
    with _network(tmp_path_factory.mktemp("network"), template_store) as net:
        _converges(net, steps)


@settings(max_examples=7, suppress_health_check=[HealthCheck.function_scoped_fixture])
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


@pytest.mark.parametrize(
    ("steps", "broken"),
    [
        (
            [("couple", "one", 0, "leave"), ("couple", "hub", 0, "join"),
             ("couple", "two", 0, "minor"), ("couple", "hub", 0, "phone"),
             ("couple", "one", 0, "postpone"), ("couple", "hub", 0, "held")],
            {("city", "joined_on"), ("person", "phone"), ("meeting", "status")},
        ),
        (
            [("couple", "two", 0, "start_later"), ("couple", "one", 0, "end_earlier"),
             ("couple", "hub", 1, "withdraw"), ("couple", "two", 1, "consent_later")],
            {("meeting", "ends_at"), ("person", "consent_withdrawn_on")},
        ),
    ],
)  # fmt: skip
def test_coupled_edits_made_at_once_break_rules_that_every_device_lists(
    steps: list[tuple[object, ...]],
    broken: set[tuple[str, str]],
    tmp_path: Path,
    template_store: Path,
) -> None:
    """The coupled operations do what the property relies on: edits made at once, each valid on
    its device, break rules after the merge, and every device accepts every bundle."""
    with _network(tmp_path, template_store) as net:
        assert _converges(net, steps) == [broken, broken, broken]
