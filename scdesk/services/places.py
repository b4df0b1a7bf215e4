"""Member cities and organisations."""

from scdesk.domain.people import CityId, OrganisationId
from scdesk.domain.places import (
    CityRecord,
    OrganisationRecord,
    city_problems,
    organisation_problems,
    pick_city,
)
from scdesk.domain.rules import require
from scdesk.services.saved import Saved
from scdesk.store.models import City, Organisation, Person
from scdesk.store.queries.choices import city_names
from scdesk.store.shapes import values_of
from scdesk.store.store import Store
from scdesk.store.writer import WriteTx


def save_city(store: Store, record: CityRecord) -> Saved[CityId]:
    """Add or change a city, all or nothing."""
    with store.write() as tx:
        return Saved(save_city_in(tx, record), tx.changes)


def save_city_in(tx: WriteTx, record: CityRecord) -> CityId:
    """Every rule on the city is checked here, inside the transaction that writes it: the ones
    city_problems states (which the form previews), then that its mayor exists."""
    city = record.city
    require(city_problems(city, tx.today))
    if city.mayor_id is not None:
        tx.check(Person, city.mayor_id)
    if record.city_id is None or tx.unclaimed(City, record.city_id):
        return CityId(tx.create(City, values_of(city), record_id=record.city_id))
    tx.get(City, record.city_id)
    tx.update(City, record.city_id, values_of(city))
    return record.city_id


def save_organisation(store: Store, record: OrganisationRecord) -> Saved[OrganisationId]:
    """Add or change an organisation, all or nothing."""
    with store.write() as tx:
        return Saved(save_organisation_in(tx, record), tx.changes)


def save_organisation_in(tx: WriteTx, record: OrganisationRecord) -> OrganisationId:
    organisation = record.organisation
    require(organisation_problems(organisation))
    if organisation.city_id is not None:
        tx.check(City, organisation.city_id)
    if record.organisation_id is None or tx.unclaimed(Organisation, record.organisation_id):
        return OrganisationId(
            tx.create(Organisation, values_of(organisation), record_id=record.organisation_id)
        )
    tx.get(Organisation, record.organisation_id)
    tx.update(Organisation, record.organisation_id, values_of(organisation))
    return record.organisation_id


def find_city(store: Store, text: str) -> CityId:
    """A city named on the command line: by id, name or local name, in any letter case."""
    with store.read() as session:
        return pick_city(city_names(session), text)
