"""Each table is part of a kind of record a user recognises; a write says what it changed."""

from scdesk.domain.changes import Changes, RecordKind
from scdesk.domain.meetings import AttendanceRole, AttendanceStatus
from scdesk.store.base import Base, table_of
from scdesk.store.models import (
    Attendance,
    Device,
    Membership,
    Organisation,
    Person,
    PlanAction,
    SyncExport,
)
from scdesk.store.record_kinds import NOT_RECORDS, TABLE_KINDS, table_changes
from scdesk.store.store import Store
from tests import factories


def _changes_to(model: type[Base]) -> Changes:
    return table_changes({table_of(model).name})


def test_saving_attendance_counts_as_a_meeting_change_and_changes_the_figures(
    store: Store,
) -> None:
    city_id = factories.city(store)
    meeting_id = factories.meeting(store, city_id)
    person_id = factories.person(store)
    with store.write() as tx:
        tx.create(Attendance, {
            "meeting_id": meeting_id, "person_id": person_id,
            "status": AttendanceStatus.PRESENT, "role": AttendanceRole.PARTICIPANT,
        })  # fmt: skip
        changes = tx.changes
    assert changes.kinds == {RecordKind.MEETING}
    assert changes.figures
    assert changes.sync


def test_a_change_to_a_device_changes_the_sync_state_but_not_the_figures() -> None:
    changes = _changes_to(Device)
    assert changes.affects(RecordKind.DEVICE)
    assert changes.sync
    assert not changes.figures
    assert not changes.search


def test_an_export_log_is_sync_state_and_no_kind_of_record() -> None:
    changes = _changes_to(SyncExport)
    assert not changes.kinds
    assert changes.sync


def test_a_change_to_an_organisation_is_searched_but_not_counted() -> None:
    changes = _changes_to(Organisation)
    assert changes.search
    assert not changes.figures


def test_a_membership_counts_as_a_change_to_its_committee() -> None:
    assert _changes_to(Membership).kinds == {RecordKind.COMMITTEE}


def test_a_planned_action_counts_as_a_change_to_its_plan_not_to_action_items() -> None:
    assert _changes_to(PlanAction).kinds == {RecordKind.PLAN}


def test_a_new_person_changes_the_figures_and_the_search_index() -> None:
    changes = _changes_to(Person)
    assert changes.kinds == {RecordKind.PERSON}
    assert changes.figures
    assert changes.search


def test_every_table_holds_a_kind_of_record_or_is_sync_bookkeeping() -> None:
    tables = set(Base.metadata.tables)
    assert tables == TABLE_KINDS.keys() | NOT_RECORDS
    assert not TABLE_KINDS.keys() & NOT_RECORDS


def test_every_kind_of_record_has_a_table() -> None:
    assert set(TABLE_KINDS.values()) == set(RecordKind)
