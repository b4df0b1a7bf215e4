"""The first start: a short setup, then the main window; later starts go straight to it."""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from scdesk.domain.devices import DeviceRole, DeviceSetup, DeviceState
from scdesk.domain.errors import UserError
from scdesk.domain.rules import Part
from scdesk.services import devices
from scdesk.services.first_run import set_up_device
from scdesk.store.models import City
from scdesk.store.store import Store
from scdesk.ui.app import Launcher
from scdesk.ui.context import AppContext
from scdesk.ui.first_run import FirstRunDialog
from scdesk.ui.main_window import MainWindow
from tests import factories
from tests.sync.conftest import _store as new_store
from tests.ui.conftest import choose, click, keys, settle, type_text


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


def test_an_officer_takes_the_hubs_profile_and_picks_the_hubs_city(
    qtbot: QtBot,
    store: Store,
    context: AppContext,
    tmp_path: Path,
    template_store: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A typed name like the hub's city is shown as already known, and the officer's laptop
    takes the hub's Mardan instead of adding a second one."""
    with new_store(tmp_path / "hub", template_store) as hub:
        set_up_device(hub, DeviceSetup("Hub", DeviceRole.HUB, "Hub staff"))
        mardan = factories.city(hub, "Mardan", name_local="مردان")
        profile = devices.write_hub_profile(hub, tmp_path / "hub.scdesk-profile")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: (str(profile), ""))
    launcher, dialog = _setup(qtbot, context)
    assert dialog.new_city.isVisible()  # nothing recorded here yet
    keys(dialog.city_name, "Mardaan")
    click(dialog.profile_button)
    qtbot.waitUntil(lambda: dialog.question is not None)
    assert dialog.question is not None
    click(dialog.question.yes_button)
    qtbot.waitUntil(lambda: dialog.profile is not None)
    assert "Mardan (مردان)" in dialog.similar.text()  # the name typed is the hub's city
    dialog.city.setCurrentIndex(dialog.city.findData(str(mardan)))
    dialog.city.activated.emit(dialog.city.currentIndex())
    assert not dialog.new_city.isVisible()
    click(dialog.ok_button)
    qtbot.waitUntil(lambda: isinstance(launcher.window, MainWindow))
    assert store.device().city_id == mardan
    with store.read() as session:
        assert [c.name for c in session.query(City)] == ["Mardan"]
    assert [d.name for d in devices.devices(store) if d.state is DeviceState.TRUSTED] == ["Hub"]
    assert isinstance(launcher.window, MainWindow)
    qtbot.addWidget(launcher.window)


def test_a_long_refusal_is_shown_whole_with_the_buttons_in_reach(
    qtbot: QtBot, store: Store, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    sentence = (
        "This device is set up already: its role and city change only with scdesk setup "
        "--change-role, which says first what changing them means for the records this device "
        "has sent and the ones the hub sends back to it. "
    ) * 5

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise UserError(sentence)

    monkeypatch.setattr("scdesk.ui.first_run.set_up_device", refuse)
    _launcher, dialog = _setup(qtbot, context)
    keys(dialog.city_name, "Trincomalee")
    choose(dialog.city_country, "LK")
    click(dialog.ok_button)
    settle(qtbot, context)
    general = dialog.general
    qtbot.waitUntil(general.isVisible)
    assert general.text() == sentence
    assert general.height() >= general.heightForWidth(general.width())
    assert general.visibleRegion().boundingRect().height() == general.height()
    assert dialog.rect().contains(general.geometry())
    assert dialog.rect().contains(dialog.buttons.geometry())
    assert dialog.screen().availableGeometry().contains(dialog.frameGeometry())
    assert dialog.ok_button.isEnabled()  # corrected and tried again
    assert not store.device().configured


def test_a_hub_is_not_asked_for_a_city_and_sets_up_without_one(
    qtbot: QtBot, store: Store, context: AppContext
) -> None:
    launcher, dialog = _setup(qtbot, context)
    assert dialog.city.isVisible()
    assert dialog.new_city.isVisible()
    click(dialog.hub)
    assert dialog.hub.isChecked()
    assert not dialog.city.isVisible()
    assert not dialog.new_city.isVisible()
    assert not dialog.profile_button.isVisible()  # an officer's step
    click(dialog.ok_button)
    qtbot.waitUntil(lambda: isinstance(launcher.window, MainWindow))
    device = store.device()
    assert (device.configured, device.role, device.city_id) == (True, DeviceRole.HUB, None)
    with store.read() as session:
        assert session.query(City).count() == 0
    assert isinstance(launcher.window, MainWindow)
    qtbot.addWidget(launcher.window)


def test_an_officer_who_tried_hub_is_asked_for_the_city_again(
    qtbot: QtBot, store: Store, context: AppContext
) -> None:
    _launcher, dialog = _setup(qtbot, context)
    click(dialog.hub)
    click(dialog.officer)
    assert dialog.city.isVisible()
    assert dialog.new_city.isVisible()
    click(dialog.ok_button)
    problem = dialog._problems[(Part.NEW_CITY, "name")]
    assert problem.isVisible()
    assert problem.text() == "City name is required."
    settle(qtbot, context)
    assert not store.device().configured
