"""Member cities and organisations."""

from sqlalchemy import select

from scdesk.domain.changes import Changes
from scdesk.domain.errors import UserError
from scdesk.domain.people import CityId, OrganisationId, PersonId
from scdesk.domain.places import (
    CityInput,
    OrganisationInput,
    city_problems,
    organisation_problems,
    unknown_city_problems,
)
from scdesk.domain.rules import require
from scdesk.i18n import translate
from scdesk.store.models import City, Organisation, Person
from scdesk.store.shapes import values_of
from scdesk.store.store import Store
from scdesk.store.writer import WriteTx


def create_city(store: Store, city: CityInput) -> CityId:
    with store.write() as tx:
        return add_city(tx, city)


def add_city(tx: WriteTx, city: CityInput) -> CityId:
    require(city_problems(city, tx.today))
    if city.mayor_id is not None:
        tx.check(Person, city.mayor_id)
    return CityId(tx.create(City, values_of(city)))


def update_city(store: Store, city_id: CityId, city: CityInput) -> Changes:
    with store.write() as tx:
        require(city_problems(city, tx.today))
        tx.get(City, city_id)
        if city.mayor_id is not None:
            tx.check(Person, city.mayor_id)
        tx.update(City, city_id, values_of(city))
        return tx.changes


def set_mayor(store: Store, city_id: CityId, person_id: PersonId | None) -> Changes:
    """The mayor or local leader of a city: a person, usually of stakeholder type mayor."""
    with store.write() as tx:
        assign_mayor(tx, city_id, person_id)
        return tx.changes


def assign_mayor(tx: WriteTx, city_id: CityId, person_id: PersonId | None) -> None:
    tx.check(City, city_id)
    if person_id is not None:
        tx.check(Person, person_id)
    tx.update(City, city_id, {"mayor_id": person_id})


def create_organisation(store: Store, organisation: OrganisationInput) -> OrganisationId:
    with store.write() as tx:
        return add_organisation(tx, organisation)


def add_organisation(tx: WriteTx, organisation: OrganisationInput) -> OrganisationId:
    require(organisation_problems(organisation))
    if organisation.city_id is not None:
        tx.check(City, organisation.city_id)
    return OrganisationId(tx.create(Organisation, values_of(organisation)))


def update_organisation(
    store: Store, organisation_id: OrganisationId, organisation: OrganisationInput
) -> Changes:
    require(organisation_problems(organisation))
    with store.write() as tx:
        tx.get(Organisation, organisation_id)
        if organisation.city_id is not None:
            tx.check(City, organisation.city_id)
        tx.update(Organisation, organisation_id, values_of(organisation))
        return tx.changes


def find_city(store: Store, text: str) -> CityId:
    """A city named on the command line: by id, name or local name, in any letter case."""
    wanted = text.strip()
    with store.read() as session:
        rows = session.execute(
            select(City.id, City.name, City.name_local, City.country).where(City.deleted.is_(False))
        ).all()
    for row in rows:
        if str(row.id) == wanted:
            return CityId(row.id)
    matches = [
        row
        for row in rows
        if wanted.casefold() in {row.name.casefold(), (row.name_local or "").casefold()}
    ]
    if len(matches) == 1:
        return CityId(matches[0].id)
    if not matches:
        require(unknown_city_problems("city", wanted))
    text = translate(
        "Cities", "More than one city is called {name}: give its id (scdesk check lists them)."
    )
    raise UserError(text.format(name=wanted))
