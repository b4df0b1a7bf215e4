"""The small forms: a city with its mayor, an organisation, a committee with its members."""

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from scdesk.domain.committees import MemberRole
from scdesk.domain.places import Sector
from scdesk.store.models import City, Organisation, Person
from scdesk.store.queries.record_detail import committee_detail
from scdesk.store.store import Store
from scdesk.ui.context import AppContext
from scdesk.ui.forms.committee_form import CommitteeForm
from scdesk.ui.forms.person_finder import PersonFinder
from scdesk.ui.forms.person_form import PersonForm
from scdesk.ui.forms.place_forms import CityForm, OrganisationForm
from scdesk.ui.forms.record_form import SomeRecordForm
from tests import factories
from tests.ui.conftest import choose, click, keys, press, settle, type_text


def _open(qtbot: QtBot, form: SomeRecordForm) -> None:
    qtbot.addWidget(form)
    form.show()
    with qtbot.waitSignal(form.ready):
        form.start()


def _find(qtbot: QtBot, context: AppContext, finder: PersonFinder, typed: str) -> None:
    keys(finder.search, typed)
    qtbot.waitUntil(lambda: finder.matches.count() > 0)
    settle(qtbot, context)
    press(finder.search, Qt.Key.Key_Return)


def test_a_city_is_recorded_with_its_local_name_and_its_mayor(
    qtbot: QtBot, store: Store, context: AppContext
) -> None:
    mayor = factories.person(store, name="Rosy Senanayake")
    form = CityForm(context, None)
    _open(qtbot, form)
    keys(form.name, "Colombo")
    type_text(form.name_local, "කොළඹ")
    choose(form.country, "LK")
    _find(qtbot, context, form.mayor.finder, "Rosy")
    assert form.mayor.chosen.text() == "Rosy Senanayake"
    with qtbot.waitSignal(form.saved) as saved:
        form.save()
    with store.read() as session:
        city = session.get(City, saved.args[0])
    assert city is not None
    assert (city.name, city.name_local, city.country, city.mayor_id) == (
        "Colombo", "කොළඹ", "LK", mayor,
    )  # fmt: skip


def test_a_city_without_a_country_is_told_so_under_the_country(
    qtbot: QtBot, context: AppContext
) -> None:
    form = CityForm(context, None)
    _open(qtbot, form)
    keys(form.name, "Colombo")
    form.save()
    problem = form.problems.label("country")
    assert problem.isVisible()
    assert problem.text() == "Choose the city's country."
    form.edits.dirty = False


def test_an_organisation_is_recorded_in_its_sector(
    qtbot: QtBot, store: Store, context: AppContext
) -> None:
    form = OrganisationForm(context, None)
    _open(qtbot, form)
    type_text(form.name, "যুব শান্তি সংঘ")
    choose(form.sector, Sector.YOUTH.value)
    with qtbot.waitSignal(form.saved) as saved:
        form.save()
    with store.read() as session:
        organisation = session.get(Organisation, saved.args[0])
    assert organisation is not None
    assert (organisation.name, organisation.sector) == ("যুব শান্তি সংঘ", Sector.YOUTH)


def test_a_committee_is_recorded_with_its_members_found_by_name(
    qtbot: QtBot, store: Store, context: AppContext
) -> None:
    city = factories.city(store, "Lucknow", "IN", name_local="लखनऊ")
    factories.person(store, name="Meera Srivastava")
    form = CommitteeForm(context, None)
    _open(qtbot, form)
    type_text(form.name, "लखनऊ स्थानीय रोकथाम समिति")
    choose(form.city, str(city))
    choose(form.language, "hi")
    _find(qtbot, context, form.finder, "Meera")
    choose(form.memberships.cell(0, "role"), MemberRole.CHAIR.value)
    with qtbot.waitSignal(form.saved) as saved:
        form.save()
    with store.read() as session:
        detail = committee_detail(session, saved.args[0])
    assert detail is not None
    assert detail.committee.name == "लखनऊ स्थानीय रोकथाम समिति"
    assert [(m.name, m.role) for m in detail.memberships] == [
        ("Meera Srivastava", MemberRole.CHAIR)
    ]


def test_a_new_member_recorded_from_the_committee_is_added_once_and_their_form_closes(
    qtbot: QtBot, store: Store, context: AppContext
) -> None:
    city = factories.city(store, "Lucknow", "IN")
    form = CommitteeForm(context, None)
    _open(qtbot, form)
    choose(form.city, str(city))
    keys(form.finder.search, "Rukhsana Bibi")
    click(form.finder.new_button)
    qtbot.waitUntil(lambda: bool(form.findChildren(PersonForm)))
    person_form = form.findChildren(PersonForm)[0]
    qtbot.waitUntil(lambda: person_form.name.text() == "Rukhsana Bibi")
    person_form.consent_participation.setChecked(True)
    choose(person_form.consent_by, "self")
    choose(person_form.consent_form, "written")
    with qtbot.waitSignal(person_form.saved) as saved:
        click(person_form.save_button)
    rows = form.memberships
    qtbot.waitUntil(lambda: rows.row_count() == 1)
    assert rows.state()[0]["person_id"] == str(saved.args[0])
    assert rows.cell(0, "name").text() == "Rukhsana Bibi"
    assert not person_form.isVisible()

    person_form.save()  # a second Save, had it been reachable
    settle(qtbot, context)
    assert rows.row_count() == 1
    with store.read() as session:
        assert session.query(Person).filter_by(name="Rukhsana Bibi").count() == 1
    form.edits.dirty = False
