# ruff: noqa: RUF001 - Urdu names are part of what a sheet carries
"""Sheets out to CSV and XLSX, and back in: de-identified by default, and an edited spreadsheet
changes what was edited and nothing else, or nothing at all when a row is bad."""

import csv
import io
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from scdesk.domain.meetings import AttendanceInput, AttendanceStatus
from scdesk.domain.people import AgeBand, ConsentGiver, Gender, GroupTag
from scdesk.services.sheet_export import SheetFormat, all_sheets, export_sheet_file
from scdesk.services.sheet_import import (
    SheetKind,
    SheetRefusedError,
    import_sheet,
    import_sheet_file,
)
from scdesk.store.models import (
    ActivityParticipant,
    Attendance,
    City,
    Organisation,
    Person,
    PersonGroup,
)
from scdesk.store.queries.export_sheets import person_code
from scdesk.store.store import Store
from tests import factories
from tests.conftest import refused


@pytest.fixture
def town(store: Store) -> dict[str, Any]:
    city = factories.city(store, "Mardan", "PK")
    ayesha = factories.person(store, name="Ayesha Khan", city_id=city, phone="+92 300 1234567",
                              consent_data=True)  # fmt: skip
    bilal = factories.person(store, name="بلال احمد", city_id=city, gender=Gender.MALE,
                             birth_year=1979, consent_data=True)  # fmt: skip
    gone = factories.person(store, name="Withdrawn Person", city_id=city, consent_data=True)
    quiet = factories.person(store, name="No Data Consent", city_id=city)
    meeting = factories.meeting(store, city)
    factories.attend(store, meeting, [
        AttendanceInput(p) for p in (ayesha, bilal, gone, quiet)
    ], [], None)  # fmt: skip
    factories.change_person(store, gone, consent_withdrawn_on=date(2026, 6, 1))
    return {"city": city, "ayesha": ayesha, "bilal": bilal, "gone": gone, "meeting": meeting}


def _csv(data: bytes, sheet: str) -> list[dict[str, str]]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        text = archive.read(f"{sheet}.csv").decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text)))


def _people(store: Store) -> dict[UUID, dict[str, Any]]:
    with store.read() as session:
        rows = session.execute(select(Person)).scalars()
        return {p.id: {k: v for k, v in vars(p).items() if not k.startswith("_")} for p in rows}


def test_the_export_is_de_identified_by_default(store: Store, town: dict[str, Any]) -> None:
    data = export_sheet_file(store, SheetFormat.CSV)
    rows = _csv(data, "people")
    assert {r["person_code"] for r in rows} == {
        person_code(town["ayesha"]), person_code(town["bilal"]),
    }  # fmt: skip
    everything = b"".join(
        zipfile.ZipFile(io.BytesIO(data)).read(n)
        for n in zipfile.ZipFile(io.BytesIO(data)).namelist()
    ).decode("utf-8-sig")
    for personal in ("Ayesha", "بلال", "1234567", "Withdrawn", "No Data Consent", "1979"):
        assert personal not in everything
    attendance = _csv(data, "attendance")
    assert {r["person_code"] for r in attendance} == {r["person_code"] for r in rows}
    assert attendance[0]["meeting_id"] == str(town["meeting"])


def test_person_codes_stay_the_same_from_one_export_to_the_next(
    store: Store, town: dict[str, Any]
) -> None:
    first = _csv(export_sheet_file(store, SheetFormat.CSV), "people")
    factories.person(store, name="Someone New", consent_data=True)
    second = _csv(export_sheet_file(store, SheetFormat.CSV), "people")
    assert {r["person_code"] for r in first} < {r["person_code"] for r in second}


def test_a_personal_export_names_people_with_their_contacts(
    store: Store, town: dict[str, Any]
) -> None:
    book = load_workbook(io.BytesIO(export_sheet_file(store, SheetFormat.XLSX, personal=True)))
    assert book.sheetnames == [
        "cities", "organisations", "people", "committees", "memberships", "meetings",
        "attendance", "meeting_headcounts",
        "activities", "participation", "activity_headcounts",
        "priorities", "findings", "risk_profiles", "risk_factors", "prevention_plans",
        "plan_objectives",
        "plan_actions", "grants", "advice", "raisings", "indicators", "indicator_targets",
    ]  # fmt: skip
    rows = list(book["people"].iter_rows(values_only=True))
    named = {r[1]: r for r in rows[1:]}
    assert set(named) == {"Ayesha Khan", "بلال احمد"}
    head = rows[0]
    assert named["Ayesha Khan"][head.index("phone")] == "+92 300 1234567"
    assert named["بلال احمد"][head.index("birth_year")] == 1979


def _edited(store: Store, edit: Any) -> bytes:
    """The personal XLSX export with a user's edits, saved as a spreadsheet program would."""
    book = load_workbook(io.BytesIO(export_sheet_file(store, SheetFormat.XLSX, personal=True)))
    sheet = book["people"]
    head = [c.value for c in sheet[1]]
    edit(sheet, {name: head.index(name) + 1 for name in head})
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_an_edited_spreadsheet_changes_what_was_edited_and_nothing_else(
    store: Store, town: dict[str, Any]
) -> None:
    before = _people(store)

    def edit(sheet: Any, column: dict[str, int]) -> None:
        for row in range(2, sheet.max_row + 1):
            if sheet.cell(row, column["name"]).value == "Ayesha Khan":
                sheet.cell(row, column["community"]).value = "Par Hoti"
                sheet.cell(row, column["phone"]).value = None

    summary = import_sheet(store, SheetKind.PEOPLE, _edited(store, edit), "people.xlsx")
    after = _people(store)
    assert (summary.rows, summary.created, summary.updated, summary.unchanged) == (2, 0, 1, 1)
    assert summary.unread == ()  # every column the export wrote is one it reads back, or codes
    changed = {
        (pid, key) for pid in before for key in before[pid]
        if before[pid][key] != after[pid][key] and key not in ("vv", "updated_hlc")
    }  # fmt: skip
    assert changed == {(town["ayesha"], "community"), (town["ayesha"], "phone")}
    assert after[town["ayesha"]]["community"] == "Par Hoti"
    assert after[town["ayesha"]]["phone"] is None


def test_a_bad_row_is_refused_with_its_number_and_nothing_is_written(
    store: Store, town: dict[str, Any]
) -> None:
    def edit(sheet: Any, column: dict[str, int]) -> None:
        sheet.cell(2, column["community"]).value = "Changed"  # a good change, not kept either
        sheet.cell(3, column["birth_year"]).value = 2099
        new = sheet.max_row + 1
        sheet.cell(new, column["name"]).value = "Sana Malik"
        sheet.cell(new, column["gender"]).value = "femail"

    data = _edited(store, edit)
    error = refused(
        store,
        lambda: import_sheet(store, SheetKind.PEOPLE, data, "people.xlsx"),
        "row 3: The birth year 2099 is not possible.",
    )
    assert isinstance(error, SheetRefusedError)
    problems = [str(p) for p in error.problems]
    assert "row 3: The birth year 2099 is not possible." in problems
    assert "row 4: femail is not a gender: use one of female, male, another, undisclosed." in (
        problems
    )
    assert all(p.row in (3, 4) for p in error.problems)


def test_a_person_already_recorded_is_matched_by_name_birth_year_and_city(
    store: Store, town: dict[str, Any]
) -> None:
    data = "name,birth_year,city,gender\r\nبلال احمد,1979,Mardan,male\r\n".encode()
    summary = import_sheet(store, SheetKind.PEOPLE, data, "partner.csv")
    assert (summary.created, summary.unchanged) == (0, 1)
    with store.read() as session:
        named = session.execute(select(Person.id).where(Person.name == "بلال احمد")).all()
    assert len(named) == 1


def test_new_people_need_their_consent_recorded(store: Store, town: dict[str, Any]) -> None:
    data = (
        b"name;gender;age_band;city;community;consent_participation;consent_by;consent_form;"
        b"consent_on\r\nAsad;male;0-14;Mardan;Par Hoti;yes;guardian;written;2026-02-01\r\n"
        b"Hina;female;15-17;Mardan;Par Hoti;;;;\r\n"
    )
    refused(
        store,
        lambda: import_sheet(store, SheetKind.PEOPLE, data, "list.csv"),
        "row 3: Record the person's consent to take part before saving them.",
    )
    summary = import_sheet(store, SheetKind.PEOPLE, data.split(b"\r\nHina")[0], "list.csv")
    assert summary.created == 1
    with store.read() as session:
        asad = session.execute(select(Person).where(Person.name == "Asad")).scalar_one()
    assert (asad.age_band, asad.consent_by, asad.community) == (
        AgeBand.UNDER_15, ConsentGiver.GUARDIAN, "Par Hoti",
    )  # fmt: skip


def test_a_column_the_import_never_reads_is_named(store: Store) -> None:
    data = (
        b"name,gendr,city,consent_participation,consent_by,consent_form,consent_on,Notes\r\n"
        b"Zainab Bibi,female,,yes,self,oral,2026-02-01,met at the market\r\n"
    )
    summary = import_sheet(store, SheetKind.PEOPLE, data, "list.csv")
    assert summary.created == 1
    assert summary.unread == ("gendr", "notes")  # a misspelt column, and one scdesk has not


def test_cities_and_organisations_are_added_or_matched(store: Store, town: dict[str, Any]) -> None:
    cities = b"name,country,province\r\nMardan,Pakistan,KP\r\nKandy,LK,Central\r\n"
    summary = import_sheet(store, SheetKind.CITIES, cities, "cities.csv")
    assert (summary.created, summary.updated) == (1, 1)
    orgs = "name,sector,city\r\nKandy Youth Club,youth,Kandy\r\nKandy Youth Club,youth,Kandy\r\n"
    summary = import_sheet(store, SheetKind.ORGANISATIONS, orgs.encode(), "orgs.csv")
    assert (summary.created, summary.unchanged) == (1, 1)
    with store.read() as session:
        kandy = session.execute(select(City).where(City.name == "Kandy")).scalar_one()
        club = session.execute(select(Organisation)).scalar_one()
    assert (kandy.country, club.city_id) == ("LK", kandy.id)


def test_attendance_of_a_meeting_adds_people_and_keeps_those_already_recorded(
    store: Store, town: dict[str, Any]
) -> None:
    other = factories.meeting(store, town["city"], title="Another workshop")
    data = (
        "meeting_id,person_id,name,status,gender,birth_year,city,consent_participation,"
        "consent_by,consent_form,consent_on\r\n"
        f"{town['meeting']},{town['ayesha']},Ayesha Khan,apologies,,,,,,,\r\n"
        f"{town['meeting']},,Farida Noor,present,female,1980,Mardan,yes,self,oral,2026-01-01\r\n"
        f"{other},{town['bilal']},بلال احمد,present,,,,,,,\r\n"
    ).encode()
    summary = import_sheet(
        store, SheetKind.ATTENDANCE, data, "attendance.csv", meeting_id=town["meeting"]
    )
    assert (summary.created, summary.updated, summary.skipped) == (1, 1, 1)
    assert summary.people_added == 1
    with store.read() as session:
        rows = session.execute(
            select(Person.name, Attendance.status)
            .join(Attendance, Attendance.person_id == Person.id)
            .where(Attendance.meeting_id == town["meeting"], Attendance.deleted.is_(False))
        ).all()
    assert dict(rows) == {
        "Ayesha Khan": AttendanceStatus.APOLOGIES, "بلال احمد": AttendanceStatus.PRESENT,
        "Withdrawn Person": AttendanceStatus.PRESENT, "No Data Consent": AttendanceStatus.PRESENT,
        "Farida Noor": AttendanceStatus.PRESENT,
    }  # fmt: skip


def test_a_person_listed_twice_in_an_attendance_file_is_refused(
    store: Store, town: dict[str, Any]
) -> None:
    row = f"{town['meeting']},{town['bilal']},present\r\n"
    data = ("meeting_id,person_id,status\r\n" + row + row).encode()
    refused(
        store,
        lambda: import_sheet(
            store, SheetKind.ATTENDANCE, data, "a.csv", meeting_id=town["meeting"]
        ),
        "row 3: This person is listed already, in row 2.",
    )


def test_registered_participants_of_an_activity_come_in_from_a_list(
    store: Store, town: dict[str, Any]
) -> None:
    activity = factories.activity(store, town["city"])
    data = (
        "person_id,name,gender,age_band,city,consent_participation,consent_by,consent_form,"
        "consent_on\r\n,Sana,female,15-17,Mardan,yes,guardian,written,2026-03-01\r\n"
        f"{town['ayesha']},,,,,,,,\r\n"
    ).encode()
    summary = import_sheet(store, SheetKind.ATTENDANCE, data, "kids.csv", activity_id=activity)
    assert (summary.created, summary.people_added) == (2, 1)
    with store.read() as session:
        names = session.execute(
            select(Person.name)
            .join(ActivityParticipant, ActivityParticipant.person_id == Person.id)
            .where(ActivityParticipant.activity_id == activity)
        ).scalars()
        assert sorted(names) == ["Ayesha Khan", "Sana"]


def test_attendance_needs_its_meeting_or_activity(store: Store, town: dict[str, Any]) -> None:
    refused(
        store,
        lambda: import_sheet(store, SheetKind.ATTENDANCE, b"name\r\nX\r\n", "a.csv"),
        "Say which meeting or which activity the attendance is for.",
    )


def test_a_file_that_is_not_a_spreadsheet_is_refused(store: Store) -> None:
    refused(
        store,
        lambda: import_sheet(store, SheetKind.PEOPLE, b"%PDF-1.4", "minutes.pdf"),
        "minutes.pdf is not a CSV or XLSX file",
    )


def test_the_user_guide_documents_every_column_exported(store: Store, town: dict[str, Any]) -> None:
    guide = (Path(__file__).resolve().parents[2] / "docs" / "reports.md").read_text("utf-8")
    for personal in (False, True):
        with store.read() as session:
            sheets = all_sheets(session, date(2026, 11, 25), personal=personal)
        for sheet in sheets:
            assert f"`{sheet.name}`" in guide
            missing = [c for c in sheet.columns if f"`{c}`" not in guide]
            assert missing == [], sheet.name


def test_a_sheet_without_a_groups_column_leaves_a_persons_tags_as_they_are(
    store: Store,
) -> None:
    tagged = factories.person(store, name="Gul Bano", groups=(GroupTag.DISPLACED,))
    sheet = f"id,community\r\n{tagged},Par Hoti\r\n".encode()
    summary = import_sheet(store, SheetKind.PEOPLE, sheet, "people.csv")
    assert (summary.updated, summary.unchanged) == (1, 0)
    with store.read() as session:
        tags = session.execute(
            select(PersonGroup.group).where(
                PersonGroup.person_id == tagged, PersonGroup.deleted.is_(False)
            )
        ).scalars()
        assert list(tags) == [GroupTag.DISPLACED]


@pytest.mark.parametrize(
    ("kind", "data", "said"),
    [
        (
            SheetKind.CITIES,
            b"name,country\r\nSwat,PK\r\n  ,PK\r\n",
            "row 3: City name is required.",
        ),
        (SheetKind.ORGANISATIONS, b"name,sector\r\nJirga,other\r\n,youth\r\n", "row 3: Name is"),
    ],
)
def test_a_row_with_an_empty_name_is_refused_by_the_name_rule(
    store: Store, kind: SheetKind, data: bytes, said: str
) -> None:
    refused(store, lambda: import_sheet(store, kind, data, f"{kind.value}.csv"), said)


def test_rows_the_file_spoils_are_listed_with_the_other_bad_rows(
    store: Store, town: dict[str, Any]
) -> None:
    data = (
        b"name,gender,city\r\n"
        b"Gul\x00 Bano,female,Mardan\r\n"
        b"Sana Gul,femail,Mardan\r\n"
        b"Khan, Imran,male,Mardan\r\n"
    )
    error = refused(
        store,
        lambda: import_sheet(store, SheetKind.PEOPLE, data, "people.csv"),
        "row 2: A cell holds a NUL character",
    )
    assert isinstance(error, SheetRefusedError)
    assert [p.row for p in error.problems] == [2, 3, 4]
    assert str(error.problems[2]).startswith("row 4: The row has 4 cells")


def test_empty_cells_after_the_last_column_are_not_extra_cells(store: Store) -> None:
    data = b"name,country,\r\nSwat,PK,\r\nMardan,PK,,\r\n"
    summary = import_sheet(store, SheetKind.CITIES, data, "cities.csv")
    assert (summary.rows, summary.created) == (2, 2)


def test_tab_separated_text_with_a_quotation_mark_in_a_cell_is_read(store: Store) -> None:
    data = b'name\tcountry\tprovince\r\nSwat\tPK\t"Upper" Swat valley\r\n'
    summary = import_sheet(store, SheetKind.CITIES, data, "cities.tsv.csv")
    assert (summary.rows, summary.created) == (1, 1)


def test_a_table_files_name_is_shown_with_its_control_characters_escaped(
    store: Store, tmp_path: Path
) -> None:
    sheet = tmp_path / "people\nImported: 500 people.doc"
    sheet.write_text("name\nZainab\n", encoding="utf-8")
    error = refused(store, lambda: import_sheet_file(store, SheetKind.PEOPLE, sheet),
                    "people\\x0aImported: 500 people.doc is not a CSV or XLSX file")  # fmt: skip
    assert "\n" not in str(error)


def test_a_meetings_start_and_end_are_date_time_cells_in_the_workbook(
    store: Store, town: dict[str, Any]
) -> None:
    """A spreadsheet sorts and filters meetings by their times only when the cells are times,
    and the same file read back gives the same times."""
    book = load_workbook(io.BytesIO(export_sheet_file(store, SheetFormat.XLSX)))
    sheet = book["meetings"]
    head = [c.value for c in sheet[1]]
    start = sheet.cell(2, head.index("starts_at_utc") + 1)
    assert start.is_date
    assert start.value == datetime(2026, 3, 2, 10, 0, tzinfo=UTC).replace(tzinfo=None)
    assert start.number_format == "yyyy-mm-dd hh:mm"
    rows = _csv(export_sheet_file(store, SheetFormat.CSV), "meetings")
    assert rows[0]["starts_at_utc"] == "2026-03-02 10:00"
