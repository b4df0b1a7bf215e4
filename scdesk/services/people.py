"""People and their marginalised-group tags."""

from dataclasses import replace

from scdesk.domain.identity import derived_id
from scdesk.domain.people import PersonId, PersonRecord, person_problems, tidy_expertise
from scdesk.domain.rules import require
from scdesk.services.saved import Saved
from scdesk.store.models import City, Organisation, Person, PersonGroup
from scdesk.store.shapes import values_of
from scdesk.store.store import Store
from scdesk.store.writer import WriteTx


def save_person(store: Store, record: PersonRecord) -> Saved[PersonId]:
    """Add or change a person and their tags, all or nothing."""
    with store.write() as tx:
        return Saved(save_person_in(tx, record), tx.changes)


def save_person_in(tx: WriteTx, record: PersonRecord) -> PersonId:
    """Every rule on the person is checked here, inside the transaction that writes them: the
    ones person_problems states (which the form previews), then that what they link to
    exists. Fields of expertise are checked and stored tidied, as the form and a sheet read
    them."""
    person = replace(record.person, expertise=tidy_expertise(record.person.expertise))
    require(person_problems(person, tx.today))
    if person.city_id is not None:
        tx.check(City, person.city_id)
    if person.organisation_id is not None:
        tx.check(Organisation, person.organisation_id)
    if record.person_id is None or tx.unclaimed(Person, record.person_id):
        person_id = PersonId(tx.create(Person, values_of(person), record_id=record.person_id))
    else:
        person_id = record.person_id
        tx.get(Person, person_id)
        tx.update(Person, person_id, values_of(person))
    if record.groups is None:
        return person_id
    # Tags are records of their own, so two devices tagging the same person both keep theirs.
    tx.replace_set(PersonGroup, "person_id", person_id, {
        derived_id("person_group", person_id, group): {"person_id": person_id, "group": group}
        for group in sorted(record.groups)
    })  # fmt: skip
    return person_id
