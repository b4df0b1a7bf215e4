"""The first start: a short setup, then the main window; later starts go straight to it."""

from pytestqt.qtbot import QtBot

from scdesk.domain.devices import DeviceRole
from scdesk.domain.rules import Part
from scdesk.store.models import City
from scdesk.store.store import Store
from scdesk.ui.app import Launcher
from scdesk.ui.context import AppContext
from scdesk.ui.first_run import FirstRunDialog
from scdesk.ui.main_window import MainWindow
from tests import factories
from tests.ui.conftest import click, keys, settle, type_text


def _setup(qtbot: QtBot, context: AppContext) -> tuple[Launcher, FirstRunDialog]:
    launcher = Launcher(context)
    dialog = launcher.start()
    assert isinstance(dialog, FirstRunDialog)
    qtbot.addWidget(dialog)
    settle(qtbot, context)
    return launcher, dialog


def test_an_officer_on_a_fresh_folder_sets_up_with_their_city_then_sees_the_main_window(
    qtbot: QtBot, store: Store, context: AppContext
) -> None:
    launcher, dialog = _setup(qtbot, context)
    dialog.device_name.clear()
    keys(dialog.device_name, "Trinco laptop")
    dialog.user_name.clear()
    keys(dialog.user_name, "Kavitha")
    assert dialog.officer.isChecked()
    assert dialog.new_city.isVisible()
    keys(dialog.city_name, "Trincomalee")
    type_text(dialog.city_local, "திருகோணமலை")
    dialog.city_country.setCurrentIndex(dialog.city_country.findData("LK"))
    dialog.city_country.activated.emit(dialog.city_country.currentIndex())
    dialog.language.setCurrentIndex(dialog.language.findData("ta"))
    dialog.language.activated.emit(dialog.language.currentIndex())
    click(dialog.ok_button)
    qtbot.waitUntil(lambda: isinstance(launcher.window, MainWindow))
    device = store.device()
    assert (device.configured, device.name, device.user_name, device.role, device.language) == (
        True, "Trinco laptop", "Kavitha", DeviceRole.OFFICER, "ta",
    )  # fmt: skip
    with store.read() as session:
        city = session.get(City, device.city_id)
    assert city is not None
    assert (city.name, city.name_local) == ("Trincomalee", "திருகோணமலை")
    assert isinstance(launcher.window, MainWindow)
    qtbot.addWidget(launcher.window)


def test_a_missing_city_name_is_shown_under_its_field_and_nothing_is_saved(
    qtbot: QtBot, store: Store, context: AppContext
) -> None:
    _launcher, dialog = _setup(qtbot, context)
    click(dialog.ok_button)
    problem = dialog._problems[(Part.NEW_CITY, "name")]
    assert problem.isVisible()
    assert problem.text() == "City name is required."
    settle(qtbot, context)
    assert not store.device().configured
    with store.read() as session:
        assert session.query(City).count() == 0


def test_an_officer_picks_a_city_already_recorded(
    qtbot: QtBot, store: Store, context: AppContext
) -> None:
    city = factories.city(store, "Peshawar", name_local="پشاور")
    launcher, dialog = _setup(qtbot, context)
    assert dialog.city.value() == str(city)
    assert not dialog.new_city.isVisible()
    click(dialog.ok_button)
    qtbot.waitUntil(lambda: isinstance(launcher.window, MainWindow))
    assert store.device().city_id == city
    assert isinstance(launcher.window, MainWindow)
    qtbot.addWidget(launcher.window)


def test_a_device_already_set_up_starts_on_the_main_window(
    qtbot: QtBot, hub: Store, context: AppContext
) -> None:
    window = Launcher(context).start()
    qtbot.addWidget(window)
    assert isinstance(window, MainWindow)
