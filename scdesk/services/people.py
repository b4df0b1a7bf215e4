"""People: adding and changing them, their marginalised-group tags, and withdrawing consent."""

from collections.abc import Iterable
from datetime import date

from scdesk.domain.changes import Changes
from scdesk.domain.identity import derived_id
from scdesk.domain.people import (
    GroupTag,
    PersonId,
    PersonInput,
    person_problems,
    withdrawal_problems,
)
from scdesk.domain.rules import require
from scdesk.store.models import City, Organisation, Person, PersonGroup
from scdesk.store.shapes import values_of
from scdesk.store.store import Store
from scdesk.store.writer import WriteTx


def create_person(store: Store, person: PersonInput, groups: Iterable[GroupTag] = ()) -> PersonId:
    with store.write() as tx:
        return add_person(tx, person, groups)


def add_person(tx: WriteTx, person: PersonInput, groups: Iterable[GroupTag] = ()) -> PersonId:
    require(person_problems(person, tx.today))
    _check_links(tx, person)
    person_id = PersonId(tx.create(Person, values_of(person)))
    for group in sorted(set(groups)):
        tx.create(
            PersonGroup,
            {"person_id": person_id, "group": group},
            record_id=derived_id("person_group", person_id, group),
        )
    return person_id


def update_person(
    store: Store, person_id: PersonId, person: PersonInput, groups: Iterable[GroupTag]
) -> Changes:
    with store.write() as tx:
        require(person_problems(person, tx.today))
        tx.get(Person, person_id)
        _check_links(tx, person)
        tx.update(Person, person_id, values_of(person))
        _set_groups(tx, person_id, set(groups))
        return tx.changes


def withdraw_consent(store: Store, person_id: PersonId, on: date) -> Changes:
    """From this day the person is left out of everything that leaves the device."""
    with store.write() as tx:
        record = tx.get(Person, person_id)
        require(withdrawal_problems(on, record.consent_on, tx.today))
        tx.update(Person, person_id, {"consent_withdrawn_on": on})
        return tx.changes


def _check_links(tx: WriteTx, person: PersonInput) -> None:
    if person.city_id is not None:
        tx.check(City, person.city_id)
    if person.organisation_id is not None:
        tx.check(Organisation, person.organisation_id)


def _set_groups(tx: WriteTx, person_id: PersonId, wanted: set[GroupTag]) -> None:
    """Tags are records of their own, so two devices tagging the same person both keep theirs."""
    tx.replace_set(PersonGroup, "person_id", person_id, {
        derived_id("person_group", person_id, group): {"person_id": person_id, "group": group}
        for group in sorted(wanted)
    })  # fmt: skip
