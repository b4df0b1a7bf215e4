"""Rows of an imported sheet turned into records, inside the import's transaction, through the
tx-level service functions, with every broken rule kept as a problem of its row."""

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, NoReturn, TypeVar
from uuid import UUID

from sqlalchemy import select

from scdesk.domain.errors import NotFoundError, UserError
from scdesk.domain.people import (
    AgeBand,
    CityId,
    ConsentForm,
    ConsentGiver,
    Gender,
    GroupTag,
    OrganisationId,
    PersonId,
    PersonInput,
    PersonRecord,
    StakeholderType,
    tidy_expertise,
)
from scdesk.domain.places import (
    CityInput,
    CityRecord,
    OrganisationInput,
    OrganisationRecord,
    Sector,
    country_code,
    unknown_city_problems,
)
from scdesk.domain.rules import InvalidRecordError
from scdesk.i18n import translate
from scdesk.reports import sheet_cells as cell
from scdesk.reports.sheet_files import SheetRow
from scdesk.services.people import save_person_in
from scdesk.services.places import save_city_in, save_organisation_in
from scdesk.store.base import Synced
from scdesk.store.merging import followed, merged_away
from scdesk.store.models import (
    City,
    Organisation,
    Person,
    PersonGroup,
)
from scdesk.store.queries.export_sheets import Value
from scdesk.store.writer import WriteTx

S = TypeVar("S", bound=Synced)


@dataclass(frozen=True, slots=True)
class RowProblem:
    """A broken rule in a row (as the spreadsheet numbers it), or in the file (row None)."""

    row: int | None
    message: str
    #: The sheet the row is in, when a file is read from more than one.
    sheet: str | None = None

    def __str__(self) -> str:
        if self.row is None:
            return translate("Tables", "the file: {message}").format(message=self.message)
        if self.sheet is not None:
            #: Translators: {sheet} is the name of a table (risk_factors), {row} a row number in it.
            text = translate("Tables", "{sheet} row {row}: {message}")
            return text.format(sheet=self.sheet, row=self.row, message=self.message)
        #: Translators: {row} is a row number as the spreadsheet shows it, {message} what is wrong
        #: with it.
        return translate("Tables", "row {row}: {message}").format(
            row=self.row, message=self.message
        )


@dataclass(slots=True)
class Counts:
    """Records of the imported kind (for attendance: attendance entries) added, changed, left
    as they were; people an attendance file added; rows of other meetings skipped."""

    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    people_added: int = 0


class _RowFailedError(Exception):
    """This row has problems (already recorded); go on with the next one."""


@dataclass(slots=True)
class RowReader:
    tx: WriteTx
    columns: Sequence[str]
    problems: list[RowProblem] = field(default_factory=list)
    counts: Counts = field(default_factory=Counts)
    #: The sheet's name in what a problem says, when a file is read from more than one.
    sheet: str | None = None
    _people: dict[tuple[str, int | None, UUID | None], list[UUID]] | None = None
    _cities: dict[str, list[UUID]] | None = None
    #: Records merged into another, and the record each was merged into (read once).
    _merged: dict[UUID, UUID] | None = None

    # ------------------------------------------------------------------ rows
    def guarded(self, row: SheetRow, handle: Callable[[SheetRow], object]) -> None:
        """Handle a row, keeping whatever it breaks as its problems."""
        try:
            handle(row)
        except _RowFailedError:
            pass
        except cell.CellError as error:
            self.note(row, [str(error)])
        except InvalidRecordError as error:
            self.note(row, [p.message for p in error.problems])
        except UserError as error:
            self.note(row, [str(error)])

    def person(self, row: SheetRow, *, update: bool) -> PersonId:
        """The row's person: matched by id, or by name, birth year and city; added when new,
        with the row's id when it gives one that no record has yet. With update, the row's
        columns change a matched person; without (an attendance row), a matched person is left
        as recorded."""
        cells = row.cells
        person_id = self.record_id(cells, "id") or self.record_id(cells, "person_id")
        existing = self.stored(row, Person, person_id)
        base = _person_input(existing) if existing else PersonInput(name="")
        wanted = self._person_values(row, base)
        if existing is None and person_id is None:
            existing = self._match(row, wanted)
            if existing is not None and not update:
                return PersonId(existing.id)
            if existing is not None:
                wanted = self._person_values(row, _person_input(existing))
        elif existing is not None and not update:
            return PersonId(existing.id)
        groups = cell.choices(cells, "groups", GroupTag) if "groups" in self.columns else None
        if existing is None:
            record = PersonRecord(
                PersonId(person_id) if person_id else None, wanted, frozenset(groups or ())
            )
            new_id = save_person_in(self.tx, record)
            self._index_person(new_id, wanted)
            if update:
                self.counts.created += 1
            else:
                self.counts.people_added += 1
            return new_id
        person_id = PersonId(existing.id)
        changed = wanted != _person_input(existing)
        if groups is not None:  # the tags are read only where the sheet gives them
            tagged = {g.group for g in self.tx.linked(PersonGroup, "person_id", person_id)}
            changed = changed or set(groups) != tagged
        self.count(changed)
        tags = None if groups is None else frozenset(groups)
        save_person_in(self.tx, PersonRecord(person_id, wanted, tags))
        return person_id

    def city(self, row: SheetRow) -> None:
        cells = row.cells
        city_id = self.record_id(cells, "id")
        existing = self.stored(row, City, city_id)
        base = _city_input(existing) if existing else CityInput(name="", country="")
        country = base.country
        if "country" in self.columns:
            given = cell.text(cells, "country") or ""
            country = country_code(given) or given
        wanted = replace(
            base,
            **self.texts(row, ("name_local", "province")),
            country=country,
            **self.present({
                "name": lambda: cell.name(cells, "name"),
                "is_member": lambda: bool(cell.boolean(cells, "is_member")),
                "joined_on": lambda: cell.day(cells, "joined_on"),
                "mayor_id": lambda: self.record_id(cells, "mayor_id"),
            }),
        )  # fmt: skip
        if existing is None and city_id is None:
            key = (wanted.name.strip().casefold(), wanted.country)
            found = [
                c for c in self.tx.execute(select(City).where(City.deleted.is_(False))).scalars()
                if (c.name.strip().casefold(), c.country) == key
            ]  # fmt: skip
            existing = found[0] if len(found) == 1 else None
        if wanted.mayor_id is not None:
            self.check(row, Person, wanted.mayor_id)
        if existing is None:
            save_city_in(self.tx, CityRecord(CityId(city_id) if city_id else None, wanted))
            self._cities = None
            self.counts.created += 1
        else:
            self.count(wanted != _city_input(existing))
            save_city_in(self.tx, CityRecord(CityId(existing.id), wanted))

    def organisation(self, row: SheetRow) -> None:
        cells = row.cells
        organisation_id = self.record_id(cells, "id")
        existing = self.stored(row, Organisation, organisation_id)
        base = _organisation_input(existing) if existing else OrganisationInput(name="")
        sector = cell.choice(cells, "sector", Sector) if "sector" in self.columns else None
        wanted = replace(
            base,
            **self.present({"name": lambda: cell.name(cells, "name")}),
            sector=sector or base.sector,
            city_id=self.city_of(row, base.city_id),
        )
        if existing is None and organisation_id is None:
            key = (wanted.name.strip().casefold(), wanted.city_id)
            found = [
                o
                for o in self.tx.execute(
                    select(Organisation).where(Organisation.deleted.is_(False))
                ).scalars()
                if (o.name.strip().casefold(), o.city_id) == key
            ]
            existing = found[0] if len(found) == 1 else None
        if existing is None:
            given = OrganisationId(organisation_id) if organisation_id else None
            save_organisation_in(self.tx, OrganisationRecord(given, wanted))
            self.counts.created += 1
        else:
            self.count(wanted != _organisation_input(existing))
            record = OrganisationRecord(OrganisationId(existing.id), wanted)
            save_organisation_in(self.tx, record)

    # ------------------------------------------------------------------ helpers
    def _person_values(self, row: SheetRow, base: PersonInput) -> PersonInput:
        cells = row.cells
        choices: dict[str, Callable[[], object]] = {
            "gender": lambda: cell.choice(cells, "gender", Gender) or base.gender,
            "stakeholder_type": lambda: (
                cell.choice(cells, "stakeholder_type", StakeholderType) or base.stakeholder_type
            ),
            "age_band": lambda: cell.choice(cells, "age_band", AgeBand),
            "consent_by": lambda: cell.choice(cells, "consent_by", ConsentGiver),
            "consent_form": lambda: cell.choice(cells, "consent_form", ConsentForm),
            "birth_year": lambda: cell.whole(cells, "birth_year"),
            "consent_participation": lambda: bool(cell.boolean(cells, "consent_participation")),
            "consent_photo": lambda: bool(cell.boolean(cells, "consent_photo")),
            "consent_data": lambda: bool(cell.boolean(cells, "consent_data")),
            "consent_on": lambda: cell.day(cells, "consent_on"),
            "consent_withdrawn_on": lambda: cell.day(cells, "consent_withdrawn_on"),
        }
        texts = self.texts(row, ("title", "community", "phone", "email"))
        if "name" in self.columns:
            texts["name"] = cell.text(cells, "name") or ""
        if "expertise" in self.columns:
            texts["expertise"] = tidy_expertise(cell.text(cells, "expertise"))
        return replace(
            base,
            **texts,
            **self.present(choices),
            city_id=self.city_of(row, base.city_id),
            organisation_id=self._organisation_of(row, base.organisation_id),
        )

    def _match(self, row: SheetRow, wanted: PersonInput) -> Person | None:
        """The person with the same name, birth year and city, when exactly one is recorded."""
        if self._people is None:
            self._people = {}
            people = self.tx.execute(
                select(Person.id, Person.name, Person.birth_year, Person.city_id).where(
                    Person.deleted.is_(False)
                )
            )
            for person in people:
                key = _key(person.name, person.birth_year, person.city_id)
                self._people.setdefault(key, []).append(person.id)
        found = self._people.get(_key(wanted.name, wanted.birth_year, wanted.city_id), [])
        if len(found) > 1:
            text = translate(
                "Tables", "More than one person called {name} with this birth year and city is "
                "recorded: give the person's id.",
            )  # fmt: skip
            self.fail(row, [text.format(name=wanted.name)])
        return self.tx.get(Person, found[0]) if found else None

    def _index_person(self, person_id: UUID, person: PersonInput) -> None:
        if self._people is not None:
            key = _key(person.name, person.birth_year, person.city_id)
            self._people.setdefault(key, []).append(person_id)

    def city_of(self, row: SheetRow, current: UUID | None) -> CityId | None:
        cells = row.cells
        if "city_id" in self.columns and cells.get("city_id") is not None:
            city_id = self.record_id(cells, "city_id")
            assert city_id is not None  # noqa: S101 - the cell is filled
            self.check(row, City, city_id)
            return CityId(city_id)
        if "city" in self.columns and cells.get("city") is not None:
            name = (cell.text(cells, "city") or "").strip().casefold()
            if self._cities is None:
                self._cities = {}
                rows = self.tx.execute(
                    select(City.id, City.name, City.name_local).where(City.deleted.is_(False))
                )
                for city in rows:
                    names = {city.name.strip().casefold(), (city.name_local or "").casefold()}
                    for known in names - {""}:
                        self._cities.setdefault(known.strip(), []).append(city.id)
            found = self._cities.get(name, [])
            if not found:
                unknown = unknown_city_problems("city", cell.text(cells, "city") or "")
                self.fail(row, [p.message for p in unknown])
            if len(found) > 1:
                text = translate("Tables", "More than one city is called {name}: give its city_id.")
                self.fail(row, [text.format(name=cell.text(cells, "city"))])
            return CityId(found[0])
        if "city_id" in self.columns or "city" in self.columns:
            return None
        return CityId(current) if current else None

    def _organisation_of(self, row: SheetRow, current: UUID | None) -> OrganisationId | None:
        cells = row.cells
        if "organisation_id" in self.columns:
            organisation_id = self.record_id(cells, "organisation_id")
            if organisation_id is not None:
                self.check(row, Organisation, organisation_id)
                return OrganisationId(organisation_id)
            if "organisation" not in self.columns or cells.get("organisation") is None:
                return None
        if "organisation" in self.columns and cells.get("organisation") is not None:
            name = (cell.text(cells, "organisation") or "").strip().casefold()
            found = [
                o.id
                for o in self.tx.execute(
                    select(Organisation).where(Organisation.deleted.is_(False))
                ).scalars()
                if o.name.strip().casefold() == name
            ]
            if len(found) != 1:
                text = translate(
                    "Tables", "No single organisation called {name} is recorded here: give its "
                    "organisation_id.",
                )  # fmt: skip
                self.fail(row, [text.format(name=cell.text(cells, "organisation"))])
            return OrganisationId(found[0])
        return OrganisationId(current) if current else None

    def texts(self, row: SheetRow, names: Sequence[str]) -> dict[str, Any]:
        return {n: cell.text(row.cells, n) for n in names if n in self.columns}

    def present(self, readers: dict[str, Callable[[], object]]) -> dict[str, Any]:
        """The values of the columns the file has; a column it lacks leaves the value as it is."""
        return {name: read() for name, read in readers.items() if name in self.columns}

    def record_id(self, cells: Mapping[str, Value], column: str) -> UUID | None:
        """The id in the column, or None when the cell is empty; an id of a record merged into
        another since the file was written (an export edited elsewhere) names the record it
        was merged into."""
        given = cell.record_id(cells, column)
        if given is None:
            return None
        if self._merged is None:
            self._merged = merged_away(self.tx)
        return followed(self._merged, given)

    def stored(self, row: SheetRow, model: type[S], record_id: UUID | None) -> S | None:
        """The record the row's id names; None when it gives none, or one no record has yet
        (the record is to be created with it). A deleted record, or one of another kind, fails
        the row."""
        if record_id is None:
            return None
        try:
            if self.tx.unclaimed(model, record_id):
                return None
            return self.tx.get(model, record_id)
        except UserError as error:
            self.fail(row, [str(error)])

    def check(self, row: SheetRow, model: type[Any], record_id: UUID) -> None:
        try:
            self.tx.check(model, record_id)
        except NotFoundError as error:
            self.fail(row, [str(error)])

    def count(self, changed: bool) -> None:
        if changed:
            self.counts.updated += 1
        else:
            self.counts.unchanged += 1

    def note(self, row: SheetRow, messages: Sequence[str]) -> None:
        self.problems += [RowProblem(row.number, m, self.sheet) for m in messages]

    def part(self, columns: Sequence[str], sheet: str | None) -> "RowReader":
        """A reader of another sheet of the same file, in the same transaction, keeping its
        problems and counts with this one's."""
        return RowReader(self.tx, columns, self.problems, self.counts, sheet)

    def fail(self, row: SheetRow, messages: Sequence[str]) -> NoReturn:
        self.note(row, messages)
        raise _RowFailedError


def _key(name: str, year: int | None, city: UUID | None) -> tuple[str, int | None, UUID | None]:
    return name.strip().casefold(), year, city


def _person_input(person: Person) -> PersonInput:
    names = PersonInput.__dataclass_fields__
    return PersonInput(**{n: getattr(person, n) for n in names})


def _city_input(city: City) -> CityInput:
    return CityInput(**{n: getattr(city, n) for n in CityInput.__dataclass_fields__})


def _organisation_input(organisation: Organisation) -> OrganisationInput:
    names = OrganisationInput.__dataclass_fields__
    return OrganisationInput(**{n: getattr(organisation, n) for n in names})
