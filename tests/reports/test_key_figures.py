"""The key figures report read as a funder reads it: its headline figures, its highlights with
their singulars and plurals, and suppressed counts marked for what they are."""

import shutil
from dataclasses import replace
from datetime import date
from pathlib import Path
from uuid import uuid4

import pytest

from scdesk.domain.figures import CityRef, Dimension, Figure, FigureKey, KeyFigures, suppress
from scdesk.domain.languages import language_codes
from scdesk.domain.support import SupportGiven
from scdesk.i18n import translating
from scdesk.reports.catalog import translator
from scdesk.reports.document import PageSetup
from scdesk.reports.highlights import highlights
from scdesk.reports.key_figures import key_figures_pdf
from scdesk.services.demo import fill_demo
from scdesk.services.figures import FigureQuery, compute_figures
from scdesk.services.places import find_city
from scdesk.services.support import support_in_period
from scdesk.store.store import STORE_FILE, Store
from tests.conftest import NOW, TestClock
from tests.pdf_tools import pdf_pages, pdf_text

CITY = uuid4()


def _figures(people: Figure, events: int, *, new_cities: int | None = 0) -> KeyFigures:
    kinds = {"workshop": events - 1, "youth_activity": 1} if events > 1 else {"workshop": events}
    return KeyFigures(
        period_from=date(2026, 7, 1),
        period_to=date(2026, 9, 30),
        country=None,
        city=None,
        outward=True,
        figures={
            FigureKey.PEOPLE_ENGAGED: people,
            FigureKey.EVENTS_HELD: Figure(
                events, {Dimension.KIND: kinds, Dimension.CITY: {str(CITY): events}}
            ),
            FigureKey.MEMBER_CITIES: Figure(1, {}),
        },
        new_member_cities=new_cities,
    )


def _people(cells: dict[str, int]) -> Figure:
    return suppress(Figure(sum(cells.values()), {Dimension.GENDER: cells}))


def _in(language: str, figures: KeyFigures) -> list[str]:
    with translating(translator(language)):
        return highlights(figures)


def test_a_count_hidden_to_protect_a_smaller_one_prints_as_hidden_never_as_under_5() -> None:
    figures = _figures(_people({"female": 40, "male": 7, "another": 2, "undisclosed": 0}), 5)
    pdf = key_figures_pdf(figures, PageSetup(), date(2026, 10, 2), "en")

    lines = [" ".join(line.split()) for line in pdf_text(pdf, mode="-layout").splitlines()]
    assert any(line.startswith("Male hidden") for line in lines)  # 7
    assert any(line.startswith("Another gender <5") for line in lines)  # 2
    assert not any(line.startswith("Male <5") for line in lines)
    assert "the next smallest count is shown as hidden: it may be 5 or more" in " ".join(lines)


def test_page_one_gives_the_headline_figures_and_highlights_without_internal_words() -> None:
    figures = _figures(_people({"female": 40, "male": 44, "another": 0, "undisclosed": 0}), 5)
    with translating(translator("en")):
        pdf = key_figures_pdf(
            figures, PageSetup(), date(2026, 10, 2), "en", acknowledgement="Thanks."
        )

    first = pdf_text(pdf).split("\f")[0]
    page = " ".join(first.split())
    assert "84 1 5 People engaged Member cities Events held" in page  # large numbers in a row
    assert "84 people took part in 5 events held in 1 city." in page
    assert "The events were 4 workshops, 1 youth activity." in page
    assert "40 of them were women and girls (48%)." in page
    assert "Thanks." in page
    assert "hub" not in pdf_text(pdf).casefold()


def test_highlights_say_one_in_the_singular_and_a_suppressed_count_in_the_plural() -> None:
    one = _figures(Figure(1, {Dimension.GENDER: {"female": 1}}), 1, new_cities=1)
    assert _in("en", one)[:2] == [
        "1 person took part in 1 event held in 1 city.",
        "1 of them was a woman or girl (100%).",
    ]
    assert "1 city joined the network in the period." in _in("en", one)
    hidden = _figures(_people({"female": 2, "male": 1}), 14)
    assert (
        _in("en", hidden)[0].replace("\u200e", "")
        == "<5 people took part in 14 events held in 1 city."
    )


def test_highlights_take_the_plural_forms_of_each_language() -> None:
    figures = _figures(_people({"female": 40, "male": 44}), 5)
    urdu = "1 شہر میں منعقدہ 5 تقریبات میں 84 افراد نے شرکت کی۔"  # noqa: RUF001 - Urdu full stop
    assert _in("ur", figures)[0] == urdu
    assert _in("hi", figures)[0] == "84 लोगों ने 1 शहर में आयोजित 5 कार्यक्रमों में भाग लिया।"


def test_a_breakdown_of_many_cities_runs_onto_the_next_pages_with_every_city() -> None:
    refs = [CityRef(uuid4(), f"City {n:02}", "PK") for n in range(80)]
    cells = {str(ref.id): 10 for ref in refs}
    people = Figure(800, {Dimension.CITY: cells, Dimension.GENDER: {"female": 400, "male": 400}})
    figures = replace(_figures(people, 5), cities={ref.id: ref for ref in refs})

    text = pdf_text(key_figures_pdf(figures, PageSetup(), date(2026, 10, 2), "en"))

    assert all(f"City {n:02} (Pakistan)" in text for n in range(80))


@pytest.fixture(scope="module")
def demo_quarter(
    tmp_path_factory: pytest.TempPathFactory, template_store: Path
) -> tuple[KeyFigures, SupportGiven]:
    """The demo's Mardan in the last complete quarter (a city with mayors engaged, grants and
    expert advice), counted once for every language."""
    path = tmp_path_factory.mktemp("demo") / STORE_FILE
    shutil.copy(template_store, path)
    with Store.open(path, clock=TestClock()) as store:
        fill_demo(store)
        city = find_city(store, "Mardan")
        query = FigureQuery(date(2026, 7, 1), date(2026, 9, 30), city_id=city, outward=True)
        return compute_figures(store, query), support_in_period(store, query)


@pytest.mark.parametrize("language", language_codes())
def test_the_report_on_one_city_and_one_quarter_stays_within_three_pages(
    demo_quarter: tuple[KeyFigures, SupportGiven], language: str
) -> None:
    figures, support = demo_quarter
    thanks = "With thanks to the European Union and the U.S. Department of State."
    with translating(translator(language)):
        pdf = key_figures_pdf(
            figures, PageSetup(), NOW.date(), language, support=support, acknowledgement=thanks
        )

    assert pdf_pages(pdf) <= 3
