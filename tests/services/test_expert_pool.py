"""The hub's expert pool: people with their fields of expertise, listed whether or not they
have given advice yet; advice is given by someone in the pool."""

from datetime import date

from scdesk.domain.people import (
    AgeBand,
    CityId,
    ConsentGiver,
    OrganisationId,
    PersonId,
    PersonRecord,
)
from scdesk.domain.places import OrganisationInput, OrganisationRecord, Sector
from scdesk.domain.support import AdviceInput, AdviceRecord
from scdesk.services.people import save_person
from scdesk.services.places import save_organisation
from scdesk.services.support import save_advice, support_overview
from scdesk.store.queries.support_lists import SupportFilter
from scdesk.store.store import Store
from tests import factories
from tests.conftest import refused

_OUTSIDE = (
    "Ayesha Khan is not in the expert pool: record their fields of expertise on their person "
    "record first."
)


def _advice(
    city: CityId, expert: PersonId, starts: date, topic: str = "Counter-narratives"
) -> AdviceInput:
    return AdviceInput(city, expert, topic, starts)


def test_the_pool_lists_experts_with_their_fields_and_advice_given_or_none_yet(
    store: Store,
) -> None:
    city = factories.city(store)
    university = save_organisation(
        store, OrganisationRecord(None, OrganisationInput("Peshawar University", Sector.EDUCATION))
    ).id
    meena = factories.person(
        store, name="Dr. Meena Iyer", title="Prevention adviser",
        expertise="youth radicalisation;  Municipal planning\nyouth radicalisation",
    )  # fmt: skip
    factories.person(
        store, name="Bilal Ahmed", organisation_id=OrganisationId(university),
        expertise="Online hate in Urdu",
    )  # fmt: skip
    factories.person(store, name="Ayesha Khan")
    for starts in (date(2026, 1, 5), date(2026, 3, 5), date(2026, 2, 5)):
        save_advice(store, AdviceRecord(None, _advice(city, meena, starts)))

    pool = support_overview(store, SupportFilter()).experts

    assert [(e.name, e.title, e.organisation, e.fields, e.pieces, e.last_on) for e in pool] == [
        ("Bilal Ahmed", None, "Peshawar University", ("Online hate in Urdu",), 0, None),
        ("Dr. Meena Iyer", "Prevention adviser", None,
         ("youth radicalisation", "Municipal planning"), 3, date(2026, 3, 5)),
    ]  # fmt: skip


def test_advice_by_a_person_outside_the_pool_is_refused_and_nothing_is_saved(
    store: Store,
) -> None:
    city = factories.city(store)
    ayesha = factories.person(store, name="Ayesha Khan")
    advice = _advice(city, ayesha, date(2026, 2, 1))

    refused(store, lambda: save_advice(store, AdviceRecord(None, advice)), _OUTSIDE)


def test_blank_fields_of_expertise_leave_a_person_outside_the_pool(store: Store) -> None:
    city = factories.city(store)
    ayesha = factories.person(store, name="Ayesha Khan", expertise=" ,\n; ")

    assert support_overview(store, SupportFilter()).experts == []
    advice = _advice(city, ayesha, date(2026, 2, 1))
    refused(store, lambda: save_advice(store, AdviceRecord(None, advice)), _OUTSIDE)


def test_advice_given_before_its_expert_left_the_pool_stays_editable_but_not_reassignable(
    store: Store,
) -> None:
    city = factories.city(store)
    meena = factories.person(store, name="Dr. Meena Iyer", expertise="Counter-narratives")
    ayesha = factories.person(store, name="Ayesha Khan")
    advice_id = save_advice(store, AdviceRecord(None, _advice(city, meena, date(2026, 2, 1)))).id
    factories.change_person(store, meena, expertise=None)

    renamed = _advice(city, meena, date(2026, 2, 1), "Counter-narratives online")
    save_advice(store, AdviceRecord(advice_id, renamed))
    [listed] = support_overview(store, SupportFilter()).experts
    assert (listed.name, listed.fields, listed.in_pool, listed.pieces) == (
        "Dr. Meena Iyer", (), False, 1,
    )  # fmt: skip

    moved = _advice(city, ayesha, date(2026, 2, 1))
    refused(store, lambda: save_advice(store, AdviceRecord(advice_id, moved)), _OUTSIDE)


def test_fields_of_expertise_longer_than_a_paragraph_are_refused(store: Store) -> None:
    person = factories.adult(expertise=", ".join(f"youth work {n}" for n in range(100)))
    refused(
        store,
        lambda: save_person(store, PersonRecord(None, person)),
        "Expertise is too long: at most 1000 characters.",
    )


def test_a_person_under_18_is_kept_out_of_the_pool(store: Store) -> None:
    minor = factories.adult(
        name="Amit", birth_year=None, age_band=AgeBand.FROM_15,
        consent_by=ConsentGiver.GUARDIAN, expertise="Peer mediation",
    )  # fmt: skip
    refused(
        store,
        lambda: save_person(store, PersonRecord(None, minor)),
        "A person under 18 is recorded without fields of expertise.",
    )
