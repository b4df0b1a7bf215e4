"""Key figures from a small known set of records, checked exactly, inward and outward."""

from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any
from uuid import UUID, uuid4

import pytest
from sqlalchemy import select, update

from scdesk.domain.activities import CoachRole, ParticipationCount
from scdesk.domain.figures import (
    PEOPLE_DIMENSIONS,
    Dimension,
    Figure,
    FigureKey,
    KeyFigures,
    suppress,
)
from scdesk.domain.meetings import (
    AttendanceInput,
    AttendanceStatus,
    HeadcountInput,
    MeetingKind,
    MeetingStatus,
)
from scdesk.domain.people import AgeBand, ConsentGiver, Gender, GroupTag, StakeholderType
from scdesk.domain.progress import CancelledError, Progress
from scdesk.services import records
from scdesk.services.figures import FigureQuery, compute_figures, figures_document
from scdesk.store.models import Attendance, ThisDevice
from scdesk.store.store import Store
from tests import factories
from tests.conftest import NOW, on_each_backend, refused

PERIOD: dict[str, Any] = {"period_from": date(2026, 1, 1), "period_to": date(2026, 10, 31)}


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, store: Store, tmp_path: Path) -> Iterator[Store]:
    """Each test on both backends: the figures are counted in SQL, the same on each."""
    yield from on_each_backend(request, store, tmp_path / "hub")


def _as_device(store: Store, device_id: UUID) -> None:
    """Let the next writes come from another device, as if merged from its bundle."""
    with store.engine.begin() as connection:
        connection.execute(update(ThisDevice).values(device_id=device_id))


@pytest.fixture
def known(store: Store) -> dict[str, UUID]:
    mardan = factories.city(store, "Mardan", "PK", joined_on=date(2024, 5, 1))
    colombo = factories.city(store, "Colombo", "LK", joined_on=date(2025, 2, 1))
    factories.city(store, "Lahore", "PK", is_member=False)
    mayor = factories.mayor(store, mardan, birth_year=1965)
    ayesha = factories.person(
        store, (GroupTag.DISPLACED,), name="Ayesha", city_id=mardan, birth_year=1990,
        stakeholder_type=StakeholderType.CIVIL_SOCIETY,
    )  # fmt: skip
    ravi = factories.person(
        store, (GroupTag.RELIGIOUS_MINORITY,), name="Ravi", gender=Gender.MALE, city_id=colombo,
        birth_year=2004, stakeholder_type=StakeholderType.YOUTH,
    )  # fmt: skip
    nimali = factories.person(
        store, name="Nimali", city_id=colombo, birth_year=1980,
        stakeholder_type=StakeholderType.CIVIL_SOCIETY, consent_withdrawn_on=date(2026, 6, 1),
    )  # fmt: skip
    bilal = factories.person(
        store, name="Bilal", gender=Gender.MALE, birth_year=None, age_band=AgeBand.FROM_15,
        city_id=mardan, stakeholder_type=StakeholderType.YOUTH,
        consent_by=ConsentGiver.GUARDIAN,
    )  # fmt: skip
    gone = factories.person(store, name="Deleted later", city_id=mardan)
    absent = factories.person(store, name="Sent apologies", city_id=mardan)

    roundtable = factories.meeting(
        store, mardan, kind=MeetingKind.ROUNDTABLE, starts_at=factories.at(2026, 2, 10)
    )
    factories.attend(
        store, roundtable,
        [AttendanceInput(mayor), AttendanceInput(ayesha), AttendanceInput(gone),
         AttendanceInput(absent, AttendanceStatus.APOLOGIES)],
        [HeadcountInput(Gender.FEMALE, 3, AgeBand.FROM_18, GroupTag.REFUGEE),
         HeadcountInput(Gender.MALE, 10)],
        16,
    )  # fmt: skip
    records.delete_record(store, "person", gone)
    committee = factories.committee(store, mardan)
    committee_meeting = factories.committee_meeting(
        store, mardan, committee, factories.at(2026, 5, 10)
    )
    factories.attend(
        store, committee_meeting, [AttendanceInput(mayor), AttendanceInput(ayesha)], [], None
    )
    workshop = factories.meeting(store, colombo, starts_at=factories.at(2026, 4, 1))
    factories.attend(store, workshop, [AttendanceInput(ravi), AttendanceInput(nimali)], [], None)
    _as_device(store, uuid4())  # a second officer records Ravi at another workshop
    second_workshop = factories.meeting(store, colombo, starts_at=factories.at(2026, 4, 15))
    factories.attend(store, second_workshop, [AttendanceInput(ravi)], [], None)

    factories.meeting(  # planned, so not an event held
        store, mardan, starts_at=factories.at(2026, 12, 1), status=MeetingStatus.PLANNED
    )
    outside = factories.meeting(store, mardan, starts_at=factories.at(2025, 6, 1))
    factories.attend(store, outside, [AttendanceInput(absent)], [], None)

    cricket = factories.activity(
        store, mardan, starts_on=date(2026, 3, 1), ends_on=date(2026, 3, 31)
    )
    factories.change_activity(
        store, cricket, participants=[bilal],
        counts=[ParticipationCount(Gender.FEMALE, 7, AgeBand.UNDER_15, "Christian"),
                ParticipationCount(Gender.MALE, 4, AgeBand.FROM_15, "Pashtun")],
        coaches=[(ayesha, CoachRole.COACH)],
    )  # fmt: skip
    return {"mardan": mardan, "colombo": colombo}


def _cells(figures: KeyFigures, key: FigureKey, dimension: Dimension) -> dict[str, int | None]:
    return {k: v for k, v in figures.figures[key].breakdowns[dimension].items() if v != 0}


def test_inward_figures_count_each_person_once_and_add_the_headcounts(
    store: Store, known: dict[str, UUID]
) -> None:
    figures = compute_figures(store, FigureQuery(**PERIOD))
    mardan, colombo = str(known["mardan"]), str(known["colombo"])
    people = FigureKey.PEOPLE_ENGAGED
    assert figures.figures[people].total == 29
    assert _cells(figures, people, Dimension.GENDER) == {"female": 12, "male": 17}
    assert _cells(figures, people, Dimension.AGE_BAND) == {
        "0-14": 7, "15-17": 5, "18-24": 4, "35-49": 2, "50-64": 1, "not_recorded": 10,
    }  # fmt: skip
    assert _cells(figures, people, Dimension.COUNTRY) == {"PK": 27, "LK": 2}
    assert _cells(figures, people, Dimension.CITY) == {mardan: 27, colombo: 2}
    assert _cells(figures, people, Dimension.STAKEHOLDER_TYPE) == {
        "mayor": 1, "civil_society": 2, "youth": 2, "not_recorded": 24,
    }  # fmt: skip
    assert _cells(figures, people, Dimension.GROUP) == {
        "displaced": 1, "refugee": 3, "religious_minority": 1, "none": 24,
    }  # fmt: skip

    mayors = FigureKey.MAYORS_ENGAGED
    assert figures.figures[mayors].total == 1
    assert {d: _cells(figures, mayors, d) for d in PEOPLE_DIMENSIONS} == {
        Dimension.GENDER: {"male": 1}, Dimension.AGE_BAND: {"50-64": 1},
        Dimension.COUNTRY: {"PK": 1}, Dimension.CITY: {mardan: 1},
        Dimension.STAKEHOLDER_TYPE: {"mayor": 1}, Dimension.GROUP: {"none": 1},
    }  # fmt: skip

    youth = FigureKey.YOUTH_REACHED
    assert figures.figures[youth].total == 16
    assert _cells(figures, youth, Dimension.GENDER) == {"female": 10, "male": 6}
    assert _cells(figures, youth, Dimension.AGE_BAND) == {"0-14": 7, "15-17": 5, "18-24": 4}
    assert _cells(figures, youth, Dimension.COUNTRY) == {"PK": 15, "LK": 1}
    assert _cells(figures, youth, Dimension.STAKEHOLDER_TYPE) == {"youth": 2, "not_recorded": 14}
    assert _cells(figures, youth, Dimension.GROUP) == {
        "refugee": 3, "religious_minority": 1, "none": 12,
    }  # fmt: skip

    events = FigureKey.EVENTS_HELD
    assert figures.figures[events].total == 5
    assert _cells(figures, events, Dimension.KIND) == {
        "roundtable": 1, "committee_meeting": 1, "workshop": 2, "youth_activity": 1,
    }  # fmt: skip
    assert _cells(figures, events, Dimension.COUNTRY) == {"PK": 3, "LK": 2}
    assert _cells(figures, events, Dimension.CITY) == {mardan: 3, colombo: 2}

    cities = FigureKey.MEMBER_CITIES
    assert figures.figures[cities].total == 2
    assert _cells(figures, cities, Dimension.COUNTRY) == {"PK": 1, "LK": 1}


def test_outward_figures_leave_out_withdrawn_consent_and_hide_small_counts(
    store: Store, known: dict[str, UUID]
) -> None:
    figures = compute_figures(store, FigureQuery(**PERIOD, outward=True))
    mardan, colombo = str(known["mardan"]), str(known["colombo"])
    people = FigureKey.PEOPLE_ENGAGED
    assert figures.figures[people].total == 28  # Nimali withdrew her consent
    assert _cells(figures, people, Dimension.GENDER) == {"female": 11, "male": 17}
    assert _cells(figures, people, Dimension.AGE_BAND) == {
        "0-14": 7, "15-17": 5, "18-24": None, "35-49": None, "50-64": None, "not_recorded": 10,
    }  # fmt: skip
    # Colombo's 1 is hidden; Mardan's 27 too, or 28 - 27 would give it away.
    assert _cells(figures, people, Dimension.COUNTRY) == {"PK": None, "LK": None}
    assert _cells(figures, people, Dimension.CITY) == {mardan: None, colombo: None}
    assert _cells(figures, people, Dimension.STAKEHOLDER_TYPE) == {
        "mayor": None, "civil_society": None, "youth": None, "not_recorded": 24,
    }  # fmt: skip
    assert _cells(figures, people, Dimension.GROUP) == {
        "displaced": None, "refugee": None, "religious_minority": None, "none": 23,
    }  # fmt: skip

    mayors = figures.figures[FigureKey.MAYORS_ENGAGED]
    assert mayors.total is None
    assert all(v is None for cells in mayors.breakdowns.values() for v in cells.values())

    youth = FigureKey.YOUTH_REACHED
    assert figures.figures[youth].total == 16
    assert _cells(figures, youth, Dimension.AGE_BAND) == {"0-14": 7, "15-17": None, "18-24": None}
    assert _cells(figures, youth, Dimension.COUNTRY) == {"PK": None, "LK": None}
    assert _cells(figures, youth, Dimension.STAKEHOLDER_TYPE) == {
        "youth": None,
        "not_recorded": None,
    }

    assert figures.figures[FigureKey.EVENTS_HELD].total == 5  # events reveal no one
    assert figures.figures[FigureKey.MEMBER_CITIES].total == 2


def test_figures_for_one_city_or_country_count_only_its_events(
    store: Store, known: dict[str, UUID]
) -> None:
    colombo = compute_figures(store, FigureQuery(**PERIOD, city_id=known["colombo"]))
    assert colombo.figures[FigureKey.PEOPLE_ENGAGED].total == 2
    assert colombo.figures[FigureKey.EVENTS_HELD].total == 2
    assert colombo.figures[FigureKey.MEMBER_CITIES].total == 1
    pakistan = compute_figures(store, FigureQuery(**PERIOD, country="PK"))
    assert pakistan.figures[FigureKey.PEOPLE_ENGAGED].total == 27
    assert pakistan.figures[FigureKey.MEMBER_CITIES].total == 1


def test_a_person_at_many_events_from_two_devices_is_one_person(
    store: Store, known: dict[str, UUID]
) -> None:
    with store.read() as session:
        origins = set(session.scalars(select(Attendance.origin_id)))
    assert len(origins) == 2
    whole = compute_figures(store, FigureQuery())
    # Adds the June 2025 meeting, where the person who sent apologies in 2026 was present.
    assert whole.figures[FigureKey.PEOPLE_ENGAGED].total == 30


def test_counting_reports_progress_and_stops_when_cancelled(
    store: Store, known: dict[str, UUID]
) -> None:
    reports: list[tuple[int, int]] = []
    progress = Progress(report=lambda done, total: reports.append((done, total)))
    compute_figures(store, FigureQuery(), progress)
    assert reports[-1][0] == reports[-1][1] > 0
    cancelled = Progress()
    cancelled.cancel.set()
    with pytest.raises(CancelledError):
        compute_figures(store, FigureQuery(), cancelled)


def test_a_period_that_ends_before_it_starts_is_refused(store: Store) -> None:
    query = FigureQuery(period_from=date(2026, 5, 1), period_to=date(2026, 4, 1))
    refused(store, lambda: compute_figures(store, query), "before the start date")


def test_a_city_outside_the_country_asked_is_refused_even_in_the_trash(store: Store) -> None:
    jaffna = factories.city(store, "Jaffna", "LK")
    words = "Jaffna is in Sri Lanka, not in Pakistan: ask for the city alone."
    outside = FigureQuery(country="PK", city_id=jaffna)
    refused(store, lambda: compute_figures(store, outside), words)
    records.delete_record(store, "city", jaffna)
    refused(store, lambda: compute_figures(store, outside), words)
    assert compute_figures(store, FigureQuery(country="LK", city_id=jaffna)).city == jaffna


def test_the_json_document_has_the_documented_shape(store: Store, known: dict[str, UUID]) -> None:
    figures = compute_figures(store, FigureQuery(**PERIOD, outward=True))
    document = figures_document(figures, NOW)
    assert document["format"] == "scdesk-figures"
    assert document["version"] == 1
    assert document["period"] == {"from": "2026-01-01", "to": "2026-10-31"}
    assert document["suppression"] == {"threshold": 5, "applied": True}
    assert set(document["figures"]) == {k.value for k in FigureKey}
    people = document["figures"]["people_engaged"]
    assert people["total"] == 28
    assert set(people["breakdowns"]) == {
        "gender", "age_band", "country", "city", "stakeholder_type", "group",
    }  # fmt: skip
    assert people["breakdowns"]["gender"] == {
        "female": 11, "male": 17, "another": 0, "undisclosed": 0,
    }  # fmt: skip
    assert document["cities"][str(known["mardan"])] == {"name": "Mardan", "country": "PK"}


def test_the_json_document_lists_the_counts_hidden_only_to_protect_a_smaller_one() -> None:
    gender = {"female": 40, "male": 12, "another": 2, "undisclosed": 0}
    people = suppress(Figure(54, {Dimension.GENDER: gender}))
    figures = KeyFigures(None, None, None, None, True, {FigureKey.PEOPLE_ENGAGED: people})
    document = figures_document(figures, NOW)["figures"]["people_engaged"]
    assert document["breakdowns"]["gender"] == {
        "female": 40, "male": None, "another": None, "undisclosed": 0,
    }  # fmt: skip
    assert document["hidden_to_protect"] == {"gender": ["male"]}  # 12: not under 5


def test_each_person_counts_where_and_as_old_as_they_were_at_their_latest_event(
    store: Store,
) -> None:
    mardan = factories.city(store, "Mardan", "PK")
    colombo = factories.city(store, "Colombo", "LK")
    young_coach = factories.person(store, name="Asad", birth_year=2005, city_id=None)
    older_coach = factories.person(
        store, name="Farida", birth_year=None, age_band=AgeBand.FROM_50, city_id=None
    )
    traveller = factories.person(store, name="Kamal", birth_year=1985, city_id=None)
    earlier = factories.meeting(store, colombo, starts_at=factories.at(2026, 3, 2))
    factories.attend(store, earlier, [AttendanceInput(young_coach)])
    cricket = factories.activity(store, mardan, ends_on=date(2026, 4, 30))
    factories.change_activity(
        store, cricket, coaches=[(young_coach, CoachRole.COACH), (older_coach, CoachRole.COACH)]
    )
    for city in (mardan, colombo):  # the same day in two cities
        workshop = factories.meeting(store, city, starts_at=factories.at(2026, 5, 5))
        factories.attend(store, workshop, [AttendanceInput(traveller)])

    figures = compute_figures(store, FigureQuery(**PERIOD))
    people, youth = FigureKey.PEOPLE_ENGAGED, FigureKey.YOUTH_REACHED
    assert figures.figures[people].total == 3
    # Asad was 20 when the cricket ended, after the meeting in Colombo (born 2005: surely 20).
    assert _cells(figures, youth, Dimension.AGE_BAND) == {"18-24": 1}
    assert _cells(figures, youth, Dimension.CITY) == {str(mardan): 1}
    # Farida's band as recorded; Kamal's day is in both cities: the greater id decides.
    assert _cells(figures, people, Dimension.AGE_BAND) == {"18-24": 1, "35-49": 1, "50-64": 1}
    in_cities = Counter({str(mardan): 2})
    in_cities[max(str(mardan), str(colombo))] += 1
    assert _cells(figures, people, Dimension.CITY) == dict(in_cities)
