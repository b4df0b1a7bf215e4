"""Ids that travel with spreadsheets: a table's id column may name a record not recorded yet, which
is then created with that id, so one file imported on two devices makes the same records; an
exported table carries the ids, so an edited export imported elsewhere changes the same records."""

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from uuid import UUID, uuid4

import pytest
from sqlalchemy import select

from scdesk.domain.committees import MemberRole
from scdesk.domain.places import OrganisationInput, OrganisationRecord
from scdesk.services.places import save_organisation
from scdesk.services.records import delete_record
from scdesk.services.sheet_export import SheetFormat, export_sheet_file
from scdesk.services.sheet_import import SheetKind, import_sheet
from scdesk.store.models import (
    Attendance,
    City,
    Committee,
    Meeting,
    Membership,
    Organisation,
    Person,
)
from scdesk.store.store import STORE_FILE, Store
from tests import factories
from tests.conftest import TestClock, refused

CONSENT = "yes,yes,self,written,2026-02-01"
PEOPLE = "id,name,gender,birth_year,city,consent_participation,consent_data,consent_by,"
PEOPLE += "consent_form,consent_on\r\n"


@pytest.fixture
def other(tmp_path: Path, template_store: Path, clock: TestClock) -> Iterator[Store]:
    """A second device's store."""
    folder = tmp_path / "other"
    folder.mkdir()
    shutil.copy(template_store, folder / STORE_FILE)
    with Store.open(folder / STORE_FILE, clock=clock) as opened:
        yield opened


def _ids(store: Store, model: type[Any]) -> set[UUID]:
    with store.read() as session:
        return set(session.execute(select(model.id).where(model.deleted.is_(False))).scalars())


def test_a_new_id_in_a_people_file_makes_the_person_with_that_id(store: Store) -> None:
    factories.city(store, "Mardan", "PK")
    ayesha, imran = uuid4(), uuid4()
    data = (
        PEOPLE + f"{ayesha},Ayesha Khan,female,1990,Mardan,{CONSENT}\r\n"
        f"{imran},Imran Ali,male,1975,Mardan,{CONSENT}\r\n"
    ).encode()
    summary = import_sheet(store, SheetKind.PEOPLE, data, "people.csv")
    assert (summary.created, summary.updated) == (2, 0)
    assert _ids(store, Person) == {ayesha, imran}
    again = import_sheet(store, SheetKind.PEOPLE, data, "people.csv")
    assert (again.created, again.unchanged) == (0, 2)
    assert _ids(store, Person) == {ayesha, imran}


def test_the_same_file_on_two_devices_makes_the_same_records(store: Store, other: Store) -> None:
    city = uuid4()
    cities = f"id,name,country\r\n{city},Mardan,PK\r\n".encode()
    club = uuid4()
    orgs = f"id,name,sector,city\r\n{club},Mardan Youth Club,youth,Mardan\r\n".encode()
    person = uuid4()
    people = (PEOPLE + f"{person},Sana Gul,female,2004,Mardan,{CONSENT}\r\n").encode()
    for device in (store, other):
        import_sheet(device, SheetKind.CITIES, cities, "cities.csv")
        import_sheet(device, SheetKind.ORGANISATIONS, orgs, "organisations.csv")
        import_sheet(device, SheetKind.PEOPLE, people, "people.csv")
        assert (_ids(device, City), _ids(device, Organisation)) == ({city}, {club})
        assert _ids(device, Person) == {person}


def test_a_new_id_for_someone_at_a_meeting_adds_them_with_it(store: Store) -> None:
    city = factories.city(store, "Mardan", "PK")
    meeting = factories.meeting(store, city)
    person = uuid4()
    data = (
        "person_id,name,gender,birth_year,city,consent_participation,consent_data,consent_by,"
        f"consent_form,consent_on\r\n{person},Nadia Shah,female,1988,Mardan,{CONSENT}\r\n"
    ).encode()
    summary = import_sheet(store, SheetKind.ATTENDANCE, data, "a.csv", meeting_id=meeting)
    assert (summary.created, summary.people_added) == (1, 1)
    with store.read() as session:
        attending = session.execute(
            select(Attendance.person_id).where(Attendance.meeting_id == meeting)
        ).scalars()
        assert list(attending) == [person]


def test_an_id_of_another_kind_of_record_is_refused_with_its_row(store: Store) -> None:
    city = factories.city(store, "Mardan", "PK")
    data = (
        PEOPLE + f"{uuid4()},Ayesha Khan,female,1990,Mardan,{CONSENT}\r\n"
        f"{city},Imran Ali,male,1975,Mardan,{CONSENT}\r\n"
    ).encode()
    refused(
        store,
        lambda: import_sheet(store, SheetKind.PEOPLE, data, "people.csv"),
        "row 3: This id belongs to another kind of record: check that the file and the column "
        "are the right ones.",
    )
    organisation = f"id,name,sector\r\n{city},Mardan Youth Club,youth\r\n".encode()
    refused(
        store,
        lambda: import_sheet(store, SheetKind.ORGANISATIONS, organisation, "o.csv"),
        "row 2: This id belongs to another kind of record",
    )


def test_an_id_that_is_not_an_id_is_refused_with_its_row(store: Store) -> None:
    factories.city(store, "Mardan", "PK")
    data = (PEOPLE + f"P-17,Ayesha Khan,female,1990,Mardan,{CONSENT}\r\n").encode()
    refused(
        store,
        lambda: import_sheet(store, SheetKind.PEOPLE, data, "people.csv"),
        "row 2: P-17 in id is not an id as scdesk writes them",
    )


def test_a_deleted_record_is_not_made_again_from_its_id(store: Store) -> None:
    city = factories.city(store, "Mardan", "PK")
    gone = factories.person(store, name="Gul Bano", city_id=city)
    delete_record(store, "person", gone)
    data = f"id,community\r\n{gone},Par Hoti\r\n".encode()
    refused(
        store,
        lambda: import_sheet(store, SheetKind.PEOPLE, data, "people.csv"),
        "row 2: This record no longer exists here",
    )


def test_an_edited_export_imported_elsewhere_changes_the_same_records(
    store: Store, other: Store
) -> None:
    city = factories.city(store, "Mardan", "PK")
    club = save_organisation(
        store, OrganisationRecord(None, OrganisationInput("Mardan Youth Club", city_id=city))
    ).id
    ayesha = factories.person(store, name="Ayesha Khan", city_id=city, organisation_id=club,
                              consent_data=True)  # fmt: skip
    committee = factories.committee(store, city)
    factories.seat(store, committee, ayesha, MemberRole.CHAIR)
    meeting = factories.committee_meeting(store, city, committee, factories.at(2026, 3, 2))
    exported = export_sheet_file(store, SheetFormat.CSV, personal=True)
    kinds = (SheetKind.CITIES, SheetKind.ORGANISATIONS, SheetKind.PEOPLE, SheetKind.COMMITTEES,
             SheetKind.MEMBERSHIPS, SheetKind.MEETINGS)  # fmt: skip
    for kind in kinds:
        assert import_sheet(other, kind, exported, "tables.zip").created == 1
    assert (_ids(other, City), _ids(other, Organisation)) == ({city}, {club})
    assert (_ids(other, Person), _ids(other, Committee)) == ({ayesha}, {committee})
    assert (_ids(other, Membership), _ids(other, Meeting)) == (_ids(store, Membership), {meeting})
    for kind in kinds:  # the same tables again change nothing
        again = import_sheet(other, kind, exported, "tables.zip")
        assert (again.created, again.updated, again.unchanged) == (0, 0, 1)
    edited = (f"id,name,community\r\n{ayesha},Ayesha Khan,Par Hoti\r\n").encode()
    summary = import_sheet(other, SheetKind.PEOPLE, edited, "people.csv")
    assert (summary.created, summary.updated) == (0, 1)
    with other.read() as session:
        person = session.get(Person, ayesha)
        assert person is not None
        assert (person.community, person.organisation_id) == ("Par Hoti", club)
