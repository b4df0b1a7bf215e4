"""The Sync page as officers and hub staff use it: this device's fingerprint, exporting a bundle
to a folder, importing bundles with a per-file summary, trusting a new device only after its
fingerprint is confirmed, revoking a device, the hub profile, and settling conflicts."""

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QFileDialog, QTableWidget, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from scdesk.domain.devices import DeviceState
from scdesk.services import devices
from scdesk.store.models import City, Person
from scdesk.store.store import Store
from scdesk.sync.profile import Profile
from scdesk.ui.confirmation import Confirmation, fingerprint_question
from scdesk.ui.main_window import MainWindow
from scdesk.ui.pages.list_page import ListPage
from scdesk.ui.pages.sync import SyncPage
from scdesk.ui.text_direction import isolate
from tests import factories
from tests.conftest import dump
from tests.sync.conftest import Network, make_network, new_officer
from tests.ui.conftest import click, dispose, make_context, press, settle


@pytest.fixture
def network(tmp_path: Path, template_store: Path) -> Iterator[Network]:
    """A hub and two officers' laptops of Mardan, each trusting the other."""
    made = make_network(tmp_path / "network", template_store)
    yield made
    made.close()


@pytest.fixture
def stranger(network: Network, tmp_path: Path, template_store: Path) -> Iterator[Store]:
    """A third officer's laptop: it knows the hub, the hub does not know it yet."""
    officer = new_officer(tmp_path / "officer3", template_store, _profile(network), 3, network.city)
    yield officer
    officer.close()


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    folder = tmp_path / "usb-stick"
    folder.mkdir()
    return folder


def _profile(network: Network) -> Profile:
    (path,) = network.folder.glob("*.scdesk-profile")
    return devices.read_hub_profile(path)


def _open_window(qtbot: QtBot, store: Store) -> Iterator[tuple[MainWindow, SyncPage]]:
    context = make_context(store)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    page = window.show_page("sync")
    assert isinstance(page, SyncPage)
    qtbot.waitUntil(lambda: page.overview is not None)
    settle(qtbot, context)
    yield window, page
    context.ops.wait_idle()
    window.close()
    dispose(context)


@pytest.fixture
def at_hub(qtbot: QtBot, network: Network) -> Iterator[tuple[MainWindow, SyncPage]]:
    yield from _open_window(qtbot, network.hub)


@pytest.fixture
def at_officer(qtbot: QtBot, network: Network) -> Iterator[tuple[MainWindow, SyncPage]]:
    yield from _open_window(qtbot, network.officers[0])


@pytest.fixture
def at_new_laptop(qtbot: QtBot, store: Store) -> Iterator[tuple[MainWindow, SyncPage]]:
    """A laptop just installed: an officer's, which does not know its hub yet."""
    yield from _open_window(qtbot, store)


def _choose_files(monkeypatch: pytest.MonkeyPatch, *paths: Path) -> None:
    def choose(*_args: object) -> tuple[list[str], str]:
        return [str(path) for path in paths], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", choose)


def _choose_folder(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_args: str(folder))


def _question(qtbot: QtBot, holder: QWidget) -> Confirmation:
    qtbot.waitUntil(lambda: getattr(holder, "question", None) is not None)
    question = getattr(holder, "question", None)
    assert isinstance(question, Confirmation)
    qtbot.waitExposed(question)
    return question


def _cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text() if item is not None else ""


def _summary(page: SyncPage) -> list[list[str]]:
    table = page.summary
    return [
        [_cell(table, row, column) for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]


def _imported(qtbot: QtBot, page: SyncPage, rows: int) -> list[list[str]]:
    qtbot.waitUntil(lambda: page.summary.rowCount() == rows and page.summary.item(0, 0) is not None)
    return _summary(page)


def _people(store: Store) -> list[str]:
    with store.read() as session:
        return sorted(session.scalars(select(Person.name)))


def test_the_page_shows_the_fingerprint_this_device_reads_out(
    at_officer: tuple[MainWindow, SyncPage], network: Network
) -> None:
    _window, page = at_officer
    officer = network.officers[0]
    assert page.fingerprint.text() == devices.ensure_device_keys(officer).fingerprint
    assert page.device_name.text() == (
        f"{isolate('Laptop 1')} (field officer), used by {isolate('Officer 1')}"
    )
    assert page.receiver.currentText() == f"{isolate('Hub')} (hub)"


def test_an_officer_exports_a_bundle_for_the_hub_and_sees_where_it_went(
    qtbot: QtBot,
    at_officer: tuple[MainWindow, SyncPage],
    network: Network,
    usb: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, page = at_officer
    factories.person(network.officers[0], name="Gul Bano", city_id=network.city)
    assert window.sync_label.text().endswith("never exported")
    _choose_folder(monkeypatch, usb)

    click(page.export_button)

    qtbot.waitUntil(lambda: "written to" in page.export_result.text())
    (bundle,) = usb.glob("*.scdesk")
    assert bundle.name.startswith("scdesk-Laptop-1-to-Hub-2026")
    # its own new person only: the city it holds is the hub's, which the hub has
    assert (
        page.export_result.text()
        == f"1 record(s) for {isolate('Hub')}, written to {isolate(str(bundle))}"
    )
    qtbot.waitUntil(lambda: "last export" in window.sync_label.text())
    qtbot.waitUntil(
        lambda: page.receiver_note.text().startswith(f"Last bundle for {isolate('Hub')}: 2026-")
    )
    (result,) = network.deliver(network.hub, bundle)
    assert result.counts.new == 1


def test_a_bundle_from_an_unknown_device_is_refused_when_its_fingerprint_is_not_confirmed(
    qtbot: QtBot,
    at_hub: tuple[MainWindow, SyncPage],
    network: Network,
    stranger: Store,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _window, page = at_hub
    factories.person(stranger, name="Gul Bano", city_id=network.city)
    bundle = network.send(stranger, network.hub)
    fingerprint = devices.ensure_device_keys(stranger).fingerprint
    before = dump(network.hub)
    _choose_files(monkeypatch, bundle)

    click(page.import_button)
    question = _question(qtbot, page)

    assert f"{isolate('Laptop 3')}, used by {isolate('Officer 3')}" in question.text()
    assert fingerprint in question.text()
    press(question, Qt.Key.Key_Return)  # the default answer: do not trust
    ((name, outcome, *counts, happened),) = _imported(qtbot, page, 1)
    assert (name, outcome, counts) == (bundle.name, "refused", ["", "", "", "", ""])
    assert f"fingerprint {fingerprint}" in happened
    settle(qtbot, page.context)
    assert dump(network.hub) == before


def test_a_confirmed_device_is_trusted_and_its_bundle_merged_with_counts_per_file(
    qtbot: QtBot,
    at_hub: tuple[MainWindow, SyncPage],
    network: Network,
    stranger: Store,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, page = at_hub
    people = window.show_page("people")
    assert isinstance(people, ListPage)
    window.show_page("sync")
    factories.person(stranger, name="Gul Bano", city_id=network.city)
    factories.person(stranger, name="Zarina Bibi", city_id=network.city)
    bundle = network.send(stranger, network.hub)
    _choose_files(monkeypatch, bundle)

    click(page.import_button)
    click(_question(qtbot, page).yes_button)

    rows = _imported(qtbot, page, 1)
    assert rows == [
        [bundle.name, "merged", "2", "0", "0", "0", "0", f"From {isolate('Laptop 3')}."]
    ]
    assert page.summary_heading.text() == (
        "Last import: 1 file(s) merged, 0 already merged, 0 refused. Trusted now: "
        f"{isolate('Laptop 3')}."
    )
    assert _people(network.hub) == ["Gul Bano", "Zarina Bibi"]
    (laptop,) = [d for d in devices.devices(network.hub) if d.name == "Laptop 3"]
    assert laptop.state is DeviceState.TRUSTED
    qtbot.waitUntil(lambda: "Laptop 3" in [d.name for d in page.devices.rows])
    # The other pages hear of the records merged.
    qtbot.waitUntil(lambda: [r.name for r in people.model.rows()] == ["Gul Bano", "Zarina Bibi"])


def test_a_device_with_new_keys_shows_both_fingerprints_before_they_are_trusted(
    qtbot: QtBot,
    at_hub: tuple[MainWindow, SyncPage],
    network: Network,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _window, page = at_hub
    officer = network.officers[0]
    old = devices.ensure_device_keys(officer).fingerprint
    new = devices.replace_device_keys(officer).fingerprint
    factories.person(officer, name="Gul Bano", city_id=network.city)
    bundle = network.send(officer, network.hub)
    _choose_files(monkeypatch, bundle)

    click(page.import_button)
    question = _question(qtbot, page)

    assert question.windowTitle() == "Trust this device's new keys?"
    assert (
        f"{isolate('Laptop 1')}, used by {isolate('Officer 1')}, was trusted here with "
        f"fingerprint {old}" in question.text()
    )
    assert "Its old key confirmed the new one." in question.text()
    assert new in question.text()
    click(question.yes_button)
    rows = _imported(qtbot, page, 1)
    assert rows[0][:2] == [bundle.name, "merged"]
    assert _people(network.hub) == ["Gul Bano"]
    (laptop,) = [d for d in devices.devices(network.hub) if d.name == "Laptop 1"]
    assert laptop.fingerprint == new


def test_a_bundle_imported_again_says_already_merged(
    qtbot: QtBot,
    at_hub: tuple[MainWindow, SyncPage],
    network: Network,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _window, page = at_hub
    factories.person(network.officers[0], name="Gul Bano", city_id=network.city)
    bundle = network.send(network.officers[0], network.hub)
    _choose_files(monkeypatch, bundle)
    click(page.import_button)
    assert _imported(qtbot, page, 1)[0][1] == "merged"
    page.summary.setRowCount(0)

    click(page.import_button)

    ((_name, outcome, *_counts, happened),) = _imported(qtbot, page, 1)
    assert outcome == "already merged"
    assert happened == f"{bundle.name}: already merged on 2026-11-25; nothing changed."
    assert page.question is None  # a trusted device is not asked about again


def test_a_cut_short_bundle_and_a_stray_file_are_refused_with_their_reasons(
    qtbot: QtBot,
    at_hub: tuple[MainWindow, SyncPage],
    network: Network,
    usb: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _window, page = at_hub
    factories.person(network.officers[0], name="Gul Bano", city_id=network.city)
    whole = network.send(network.officers[0], network.hub).read_bytes()
    cut = usb / "cut.scdesk"
    cut.write_bytes(whole[: len(whole) // 2])
    stray = usb / "holiday.jpg"
    stray.write_bytes(b"\xff\xd8\xff\xe0 a photo")
    before = dump(network.hub)
    _choose_files(monkeypatch, cut, stray)

    click(page.import_button)

    rows = _imported(qtbot, page, 2)
    assert [row[:2] for row in rows] == [["cut.scdesk", "refused"], ["holiday.jpg", "refused"]]
    assert rows[0][7].startswith("cut.scdesk is not a whole scdesk bundle")
    assert rows[1][7].startswith("holiday.jpg is not")
    assert page.question is None
    assert _people(network.hub) == []
    settle(qtbot, page.context)
    assert dump(network.hub) == before


def test_a_revoked_device_is_shown_revoked_and_its_bundles_refused(
    qtbot: QtBot,
    at_hub: tuple[MainWindow, SyncPage],
    network: Network,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _window, page = at_hub
    panel = page.devices
    page.tabs.setCurrentWidget(panel)
    row = [d.name for d in panel.rows].index("Laptop 1")
    assert _cell(panel.table, row, 3) == "trusted"
    panel.table.selectRow([d.name for d in panel.rows].index("Hub"))
    assert not panel.revoke_button.isEnabled()  # this device
    panel.table.selectRow(row)

    click(panel.revoke_button)
    click(_question(qtbot, panel).no_button)
    click(panel.revoke_button)
    question = _question(qtbot, panel)
    assert (
        _plain(question.text())
        == f"Bundles from {isolate('Laptop 1')} will be refused from now on."
    )
    click(question.yes_button)

    qtbot.waitUntil(lambda: _cell(panel.table, row, 3) == "revoked")
    assert panel.message.text() == (
        f"{isolate('Laptop 1')} is revoked: its bundles are refused from now on."
    )
    assert f"{isolate('Laptop 1')} (field officer)" not in [
        page.receiver.itemText(i) for i in range(page.receiver.count())
    ]
    bundle = network.send(network.officers[0], network.hub)
    _choose_files(monkeypatch, bundle)
    click(page.import_button)
    assert "a device revoked here" in _imported(qtbot, page, 1)[0][7]


def test_an_officer_takes_the_hubs_profile_after_confirming_its_fingerprint(
    qtbot: QtBot,
    at_new_laptop: tuple[MainWindow, SyncPage],
    store: Store,
    network: Network,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _window, page = at_new_laptop
    panel = page.devices
    (profile,) = network.folder.glob("*.scdesk-profile")
    assert panel.profile_button.text() == "Import the hub's &profile…"
    assert not page.export_button.isEnabled()
    assert page.receiver_note.text().startswith("This device does not know its hub yet")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: (str(profile), ""))

    click(panel.profile_button)
    question = _question(qtbot, panel)
    assert devices.ensure_device_keys(network.hub).fingerprint in question.text()
    click(question.yes_button)

    qtbot.waitUntil(
        lambda: panel.message.text().startswith(f"{isolate('Hub')} is this device's hub.")
    )
    qtbot.waitUntil(lambda: page.receiver.currentText() == f"{isolate('Hub')} (hub)")
    assert page.export_button.isEnabled()
    assert page.receiver_note.text() == f"No bundle made for {isolate('Hub')} yet."
    with store.read() as session:
        assert session.scalars(select(City.name)).all() == ["Mardan"]


def test_a_conflict_is_listed_and_settled_by_keeping_the_other_value(
    qtbot: QtBot,
    at_hub: tuple[MainWindow, SyncPage],
    network: Network,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _window, page = at_hub
    officer, hub = network.officers[0], network.hub
    factories.change_city(officer, network.city, name="Mardan city")
    factories.change_city(hub, network.city, name="Mardan district")
    _choose_files(monkeypatch, network.send(officer, hub))
    click(page.import_button)
    assert _imported(qtbot, page, 1)[0][5] == "1"  # in conflict

    panel = page.conflicts
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1)
    assert page.tabs.tabText(page.tabs.indexOf(panel)) == "Conflicts (1)"
    shown, replaced = _cell(panel.table, 0, 2), _cell(panel.table, 0, 4)
    assert {shown, replaced} == {"Mardan city", "Mardan district"}
    assert _cell(panel.table, 0, 0) == f"city: {isolate(shown)}"
    assert _cell(panel.table, 0, 1) == "Name"  # as people read it, not the column's name
    panel.table.selectRow(0)
    click(panel.keep_b)

    qtbot.waitUntil(lambda: panel.table.rowCount() == 0)
    assert panel.message.text() == f"Settled: {replaced} kept."
    assert page.tabs.tabText(page.tabs.indexOf(panel)) == "Conflicts"
    with hub.read() as session:
        assert session.scalars(select(City.name)).all() == [replaced]


def test_a_rule_broken_by_two_edits_is_listed_with_what_each_choice_writes(
    qtbot: QtBot,
    at_hub: tuple[MainWindow, SyncPage],
    network: Network,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _window, page = at_hub
    officer, hub = network.officers[0], network.hub
    factories.change_city(officer, network.city, is_member=False)
    factories.change_city(hub, network.city, joined_on=date(2024, 3, 1))
    _choose_files(monkeypatch, network.send(officer, hub))
    click(page.import_button)
    assert _imported(qtbot, page, 1)[0][5] == "1"  # one rule conflict, nothing refused

    panel = page.conflicts
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1)
    assert _cell(panel.table, 0, 1) == "Joined on and Member city (a rule ties them)"
    panel.table.selectRow(0)
    assert panel.detail.text().splitlines() == [
        "Only a member city has a date it joined the network. Hub set Joined on to 2024-03-01; "
        "Laptop 1 set Member city to no.",
        "Keep A: writes Joined on: 2024-03-01, Member city: yes.",
        "Keep B: writes Member city: no, Joined on: (empty).",
    ]
    assert panel.keep_a.isEnabled()
    assert panel.keep_b.isEnabled()
    click(panel.keep_a)

    qtbot.waitUntil(lambda: panel.table.rowCount() == 0)
    with hub.read() as session:
        city = session.get(City, network.city)
        assert city is not None
        assert (city.is_member, city.joined_on) == (True, date(2024, 3, 1))


def test_a_device_name_with_markup_is_shown_as_written_not_as_formatting(
    qtbot: QtBot, at_hub: tuple[MainWindow, SyncPage]
) -> None:
    """Anyone can name a device anything: the trust question must not let a name restyle it."""
    _window, page = at_hub
    name = '<b style="color:green">Fingerprint checked</b>'
    question = fingerprint_question(page, name, "<i>Hub</i>", "AAAA-BBBB", hub=False)
    qtbot.addWidget(question)
    assert name in _plain(question.text())
    assert "<i>Hub</i>" in _plain(question.informativeText())


def _plain(rich: str) -> str:
    """What a rich text reads as on screen."""
    document = QTextDocument()
    document.setHtml(rich)
    return document.toPlainText()


def test_an_import_bringing_a_duplicate_leads_to_the_duplicates_page(
    qtbot: QtBot,
    at_hub: tuple[MainWindow, SyncPage],
    network: Network,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, page = at_hub
    assert not page.duplicates_button.isVisible()
    factories.person(network.hub, name="Gul Bano", city_id=network.city, birth_year=1980)
    factories.person(network.officers[0], name="Gul Bano", city_id=network.city, birth_year=1980)
    _choose_files(monkeypatch, network.send(network.officers[0], network.hub))
    click(page.import_button)
    qtbot.waitUntil(page.duplicates_button.isVisible)
    assert page.duplicates_note.text().startswith("1 pair")
    click(page.duplicates_button)
    assert window.current_page() is window.page("duplicates")


def test_a_conflict_names_a_device_known_only_by_its_id_as_unknown(
    qtbot: QtBot,
    at_officer: tuple[MainWindow, SyncPage],
    network: Network,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Officer 2's change reaches officer 1 through the hub, which sends its records but not
    its name: the view says so in words rather than showing a bare id."""
    _window, page = at_officer
    hub, (first, second) = network.hub, network.officers
    factories.change_city(first, network.city, name="Mardan city")
    factories.change_city(second, network.city, name="Mardan district")
    network.deliver(hub, network.send(second, hub))
    _choose_files(monkeypatch, network.send(hub, first))
    click(page.import_button)
    _imported(qtbot, page, 1)

    panel = page.conflicts
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1)
    unknown = f"by {isolate(f'an unknown device ({str(second.device().device_id)[:8]})')}, "
    written = {_cell(panel.table, 0, 3), _cell(panel.table, 0, 5)}
    assert {text.split(", ")[0] + ", " for text in written} == {
        f"by {isolate('Laptop 1')}, ",
        unknown,
    }
