"""A report lists places in the order its readers expect, in their script."""

from scdesk.domain.figures import Dimension
from scdesk.i18n import translating
from scdesk.reports.catalog import translator
from scdesk.reports.key_figures import _nonzero, category_names


def test_an_urdu_report_lists_countries_in_urdu_alphabetical_order() -> None:
    cells: dict[str, int | None] = {"PK": 3, "IN": 4, "LK": 5, "NP": 6, "BD": 7, "AF": 0}
    names = category_names({})
    with translating(translator("ur")):
        shown = [names(Dimension.COUNTRY, key) for key in _nonzero(Dimension.COUNTRY, cells, names)]
    # بنگلہ دیش، بھارت، پاکستان، سری لنکا، نیپال: by code point پاکستان would come last
    assert shown == ["بنگلہ دیش", "بھارت", "پاکستان", "سری لنکا", "نیپال"]


def test_an_english_report_lists_them_in_english_order() -> None:
    cells: dict[str, int | None] = {"PK": 3, "IN": 4, "LK": 5, "NP": 6, "BD": 7}
    names = category_names({})
    shown = [names(Dimension.COUNTRY, key) for key in _nonzero(Dimension.COUNTRY, cells, names)]
    assert shown == ["Bangladesh", "India", "Nepal", "Pakistan", "Sri Lanka"]
