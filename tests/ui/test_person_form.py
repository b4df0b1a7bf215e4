"""A person's form shows each rule next to its field as the user types."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from scdesk.domain.people import AgeBand
from scdesk.services.records import delete_record
from scdesk.store.models import Person
from scdesk.store.store import Store
from scdesk.ui.context import AppContext
from scdesk.ui.forms.person_form import PersonForm
from tests import factories
from tests.conftest import dump
from tests.ui.conftest import choose, click, keys, press, settle, type_text


@pytest.fixture
def form(qtbot: QtBot, context: AppContext) -> Iterator[PersonForm]:
    opened = PersonForm(context, None)
    qtbot.addWidget(opened)
    opened.show()
    with qtbot.waitSignal(opened.ready):
        opened.start()
    yield opened
    opened.edits.dirty = False


def test_a_minor_with_a_phone_number_is_told_so_under_the_phone_field(
    qtbot: QtBot, store: Store, form: PersonForm
) -> None:
    type_text(form.name, "Sana")
    choose(form.age_band, AgeBand.FROM_15.value)
    assert not form.problems.label("phone").isVisible()
    keys(form.phone, "+92 300 1234567")
    problem = form.problems.label("phone")
    assert problem.isVisible()
    assert problem.text() == "A person under 18 is recorded without a phone number."
    before = dump(store)
    press(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, form.context)
    assert dump(store) == before
    assert form.problems.label("consent_participation").isVisible()


def test_a_person_with_consent_is_saved_in_their_own_script(
    qtbot: QtBot, store: Store, form: PersonForm
) -> None:
    type_text(form.name, "নাসরিন আক্তার")
    form.consent_participation.setChecked(True)
    choose(form.consent_by, "self")
    choose(form.consent_form, "written")
    with qtbot.waitSignal(form.saved) as saved:
        click(form.save_button)
    with store.read() as session:
        person = session.get(Person, saved.args[0])
    assert person is not None
    assert person.name == "নাসরিন আক্তার"
    assert not form.dirty


def test_an_edited_person_keeps_their_groups_and_shows_the_new_title(
    qtbot: QtBot, store: Store, context: AppContext
) -> None:
    person_id = factories.person(store, name="Ayesha Khan")
    form = PersonForm(context, person_id)
    qtbot.addWidget(form)
    form.show()
    with qtbot.waitSignal(form.ready):
        form.start()
    assert form.name.text() == "Ayesha Khan"
    keys(form.title, "Councillor")
    with qtbot.waitSignal(form.saved):
        form.save()
    with store.read() as session:
        assert session.get(Person, person_id).title == "Councillor"  # type: ignore[union-attr]


def test_save_and_close_saves_the_edits_then_closes_the_form(
    qtbot: QtBot, store: Store, context: AppContext
) -> None:
    person_id = factories.person(store, name="Ayesha Khan")
    form = PersonForm(context, person_id)
    qtbot.addWidget(form)
    form.show()
    with qtbot.waitSignal(form.ready):
        form.start()
    keys(form.title, "Councillor")
    form.close()
    assert form.banner.message.text() == "This form has changes that are not saved."
    with qtbot.waitSignal(form.saved):
        click(form.banner.button("Save and close"))
    qtbot.waitUntil(lambda: not form.isVisible())
    with store.read() as session:
        assert session.get(Person, person_id).title == "Councillor"  # type: ignore[union-attr]


def test_a_person_deleted_before_the_form_opens_is_shown_as_gone_and_cannot_be_saved(
    qtbot: QtBot, store: Store, context: AppContext
) -> None:
    person_id = factories.person(store, name="Ayesha Khan")
    delete_record(store, "person", person_id)
    form = PersonForm(context, person_id)
    qtbot.addWidget(form)
    form.show()
    form.start()
    qtbot.waitUntil(lambda: form.banner.isVisible())
    assert "no longer exists" in form.banner.message.text()
    assert not form.save_button.isEnabled()
