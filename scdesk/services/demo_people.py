"""A member city while the demo fills it, and its people: officials, leaders, public, children."""

import random
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from uuid import UUID

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
)
from scdesk.domain.places import (
    CityInput,
    CityRecord,
    OrganisationInput,
    OrganisationRecord,
    Sector,
)
from scdesk.services import demo_content as text
from scdesk.services.demo_phrases import PHRASES, Phrases
from scdesk.services.people import save_person_in
from scdesk.services.places import save_city_in, save_organisation_in
from scdesk.store.writer import WriteTx

#: How far back the demo's history reaches, in days: about eighteen months.
HISTORY = 540
_NOT_YET = CityId(UUID(int=0))


@dataclass
class Town:
    """One member city while it is filled: its randomness, and the people later events need."""

    tx: WriteTx
    rng: random.Random
    place: text.Place
    name: str
    local: str
    city: CityId = _NOT_YET
    orgs: dict[str, OrganisationId] = field(default_factory=dict)
    who: dict[str, PersonId] = field(default_factory=dict)
    public: list[PersonId] = field(default_factory=list)
    minors: list[PersonId] = field(default_factory=list)
    #: The priority the hub added, which a consultation's finding names.
    hub_priority: UUID | None = None

    @property
    def words(self) -> Phrases:
        return PHRASES[self.place.language]

    def day(self, days_ago: int) -> date:
        """A working day near the one asked for (Monday to Thursday work everywhere here)."""
        day = self.tx.today - timedelta(days=days_ago)
        while day.weekday() >= 4:
            day += timedelta(days=-1 if days_ago > 0 else 1)
        return day

    def at(self, day: date, hours: int = 0) -> datetime:
        """Ten in the morning local time, plus hours, in UTC."""
        hour, minute = text.START_UTC[self.place.country]
        return datetime.combine(day, time(hour + hours, minute), tzinfo=UTC)


def found_city(town: Town) -> None:
    """The city, its organisations and its people; the mayor is set once they exist."""
    tx, rng, place = town.tx, town.rng, town.place
    joined = tx.today - timedelta(days=rng.randint(700, 1500))
    city = CityInput(town.name, place.country, town.local, place.province, joined_on=joined)
    town.city = save_city_in(tx, CityRecord(None, city))
    municipality = text.MUNICIPALITY[place.country].format(city=town.name)
    for key, sector, name in text.ORGANISATIONS:
        name = name.format(city=town.name, municipality=municipality)
        organisation = OrganisationInput(name, Sector(sector), town.city)
        town.orgs[key] = save_organisation_in(tx, OrganisationRecord(None, organisation))
    mayor = add_adult(town, StakeholderType.MAYOR, f"Mayor of {town.name}", "municipality")
    save_city_in(tx, CityRecord(town.city, replace(city, mayor_id=mayor)))
    town.who["mayor"] = mayor
    faiths = iter(text.FAITHS[place.country])
    for key, kind, org, young, title in text.CAST:
        title = next(faiths) if title == "-" else title
        town.who[key] = add_adult(town, StakeholderType(kind), title, org, young=young == "young")
    kinds = (StakeholderType.CIVIL_SOCIETY, StakeholderType.OTHER, StakeholderType.WOMENS_GROUP)
    for number in range(10):  # the last one later withdrew consent
        withdrawn = tx.today - timedelta(days=90) if number == 9 else None
        town.public.append(add_adult(town, kinds[number % 3], withdrawn=withdrawn))
    town.minors = [_minor(town) for _ in range(20)]


def add_adult(
    town: Town,
    kind: StakeholderType,
    title: str | None = None,
    org: str | None = None,
    *,
    young: bool = False,
    home: bool = True,
    withdrawn: date | None = None,
    expertise: str | None = None,
) -> PersonId:
    """An adult with consent recorded; names in the local script or Latin letters, some tagged
    with the marginalised groups their family name or the dice give them; with expertise, in
    the hub's expert pool."""
    rng, country, today = town.rng, town.place.country, town.tx.today
    gender = rng.choices(list(Gender), weights=(48, 48, 1, 3))[0]
    pool, tags = text.name_pool(town.place), set()
    if country == "LK" and rng.random() < 0.2:  # a Tamil in a Sinhala city, or the other way
        pool = text.NAMES["si" if town.place.language == "ta" else "ta"]
        tags.add(GroupTag.ETHNIC_MINORITY)
    given = rng.choice(pool.female if gender is Gender.FEMALE else pool.male)
    family = rng.choice(pool.family)
    script = int(rng.random() < 0.6)
    roll = rng.random()
    tags |= {family[2]} if family[2] else set()
    tags |= {GroupTag.DISPLACED} if roll < 0.07 else {GroupTag.REFUGEE} if roll < 0.1 else set()
    tags |= {GroupTag.DISABILITY} if rng.random() < 0.04 else set()
    birth_year: int | None = today.year - (rng.randint(21, 24) if young else rng.randint(27, 68))
    band: AgeBand | None = AgeBand.FROM_18 if young else rng.choice(list(AgeBand)[3:])
    birth_year, band = (birth_year, None) if rng.random() < 0.5 else (None, band)
    number = f"{text.DIALLING[country]}{rng.randint(10, 99)} {rng.randint(1000000, 9999999)}"
    # Namesakes are different people with addresses of their own (the search for duplicates
    # takes a shared address as a strong sign of one person); no extra draw, so the demo's
    # other records stay as they were.
    email = f"{given[0]}.{family[0]}.{number[-4:]}@example.org".lower().replace("'", "")
    person = PersonInput(
        name=f"{given[script]} {family[script]}",
        gender=gender,
        city_id=town.city if home else None,
        organisation_id=town.orgs[org] if org else None,
        title=title,
        birth_year=birth_year,
        age_band=band,
        stakeholder_type=kind,
        community=rng.choice(town.place.communities) if home and not org else None,
        phone=number if rng.random() < 0.7 else None,
        email=email if rng.random() < 0.25 else None,
        consent_participation=True,
        consent_photo=rng.random() < 0.6,
        consent_data=True,
        consent_by=ConsentGiver.SELF,
        consent_form=rng.choice((ConsentForm.WRITTEN, ConsentForm.WRITTEN, ConsentForm.ORAL)),
        consent_on=today - timedelta(days=HISTORY + rng.randint(0, 120)),
        consent_withdrawn_on=withdrawn,
        expertise=expertise,
    )
    return save_person_in(town.tx, PersonRecord(None, person, frozenset(tags)))


def _minor(town: Town) -> PersonId:
    """First name, age band and community only, with a guardian's written consent."""
    rng = town.rng
    gender = rng.choice((Gender.FEMALE, Gender.MALE))
    pool = text.name_pool(town.place)
    given = rng.choice(pool.female if gender is Gender.FEMALE else pool.male)
    person = PersonInput(
        name=given[int(rng.random() < 0.6)],
        gender=gender,
        city_id=town.city,
        age_band=AgeBand.UNDER_15 if rng.random() < 0.6 else AgeBand.FROM_15,
        stakeholder_type=StakeholderType.YOUTH,
        community=rng.choice(town.place.communities),
        consent_participation=True,
        consent_data=True,
        consent_by=ConsentGiver.GUARDIAN,
        consent_form=ConsentForm.WRITTEN,
        consent_on=town.tx.today - timedelta(days=HISTORY - rng.randint(100, 120)),
    )
    return save_person_in(town.tx, PersonRecord(None, person))
