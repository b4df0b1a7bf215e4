"""Countries and cities are listed in the order of the interface's language, not of codes or
code points."""

from uuid import uuid4

from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from scdesk.i18n import translating
from scdesk.store.queries.choices import Choice
from scdesk.ui.collation import city_choice_items, country_choices
from scdesk.ui.language import Interface
from scdesk.ui.pages.filters import CountryFilter


def test_countries_and_cities_are_listed_in_the_order_of_urdu(
    qtbot: QtBot, interface: Interface
) -> None:
    interface.use("ur")
    with translating(lambda c, text, note, n: QCoreApplication.translate(c, text, note or None, n)):
        names = [name for _code, name in country_choices()]
        chooser = CountryFilter()
    assert names.index("پاکستان") < names.index("سری لنکا") < names.index("نیپال")
    assert sorted(names) != names  # code points put پ after every other letter here
    qtbot.addWidget(chooser)
    shown = [chooser.itemText(i) for i in range(1, chooser.count())]
    assert shown == names
    cities = [Choice(uuid4(), label) for label in ("پشاور", "بنوں", "ٹانک", "مردان")]
    assert [label for _id, label in city_choice_items(cities)] == ["بنوں", "پشاور", "ٹانک", "مردان"]
