"""A youth sports activity recorded through its form, with its sessions, coach, communities,
registered participants and headcounts."""

from datetime import date

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from scdesk.domain.activities import CoachRole
from scdesk.domain.devices import DeviceRole, DeviceSetup
from scdesk.domain.people import AgeBand, Gender
from scdesk.services.first_run import set_up_device
from scdesk.store.queries.activity_detail import activity_detail
from scdesk.store.store import Store
from scdesk.ui.context import AppContext
from scdesk.ui.forms.activity_form import ActivityForm
from scdesk.ui.forms.person_finder import PersonFinder
from tests import factories
from tests.conftest import dump
from tests.ui.conftest import choose, click, keys, press, settle, type_text


def _find(qtbot: QtBot, context: AppContext, finder: PersonFinder, typed: str) -> None:
    """Type a name into a person finder and pick the first match, as with the keyboard."""
    keys(finder.search, typed)
    qtbot.waitUntil(lambda: finder.matches.count() > 0)
    settle(qtbot, context)
    press(finder.search, Qt.Key.Key_Return)


def test_a_sports_activity_is_recorded_with_its_headcounts(
    qtbot: QtBot, store: Store, context: AppContext
) -> None:
    city = factories.city(store, "Kathmandu", "NP", name_local="काठमाडौं")
    set_up_device(store, DeviceSetup("KTM laptop", DeviceRole.OFFICER, "Sita", city, "ne"))
    factories.person(store, name="Ramesh Thapa")
    factories.person(store, name="Anjali Gurung", birth_year=2003)
    form = ActivityForm(context, None)
    qtbot.addWidget(form)
    form.show()
    with qtbot.waitSignal(form.ready):
        form.start()
    type_text(form.title, "शान्तिका लागि फुटबल")
    form.starts_on.setDate(QDate(2026, 10, 1))
    form.ends_on.setDate(QDate(2026, 10, 31))
    choose(form.status, "held")

    form.tabs.setCurrentIndex(1)
    assert form.sessions.add_button is not None
    click(form.sessions.add_button)
    form.sessions.cell(0, "held_on").setDate(QDate(2026, 10, 4))
    type_text(form.sessions.cell(0, "topic"), "पास र टिम वर्क")

    form.tabs.setCurrentWidget(form.people)
    _find(qtbot, context, form.people.coach_finder, "Ramesh")
    _find(qtbot, context, form.people.participant_finder, "Anjali")

    form.tabs.setCurrentWidget(form.participation)
    part = form.participation
    assert part.communities.add_button is not None
    assert part.counts.add_button is not None
    click(part.communities.add_button)
    type_text(part.communities.cell(0, "community"), "बौद्ध")
    for row, (gender, count) in enumerate(((Gender.FEMALE, 14), (Gender.MALE, 17))):
        click(part.counts.add_button)
        choose(part.counts.cell(row, "gender"), gender.value)
        choose(part.counts.cell(row, "age_band"), AgeBand.FROM_15.value)
        type_text(part.counts.cell(row, "community"), "बौद्ध")
        part.counts.cell(row, "count").setValue(count)
    assert part.total_label.text() == "1 registered + 31 counted = 32"

    with qtbot.waitSignal(form.saved) as saved:
        form.save()
    with store.read() as session:
        detail = activity_detail(session, saved.args[0])
    assert detail is not None
    assert (detail.activity.title, detail.activity.ends_on) == (
        "शान्तिका लागि फुटबल",
        date(2026, 10, 31),
    )
    assert [(s.session.held_on, s.session.topic) for s in detail.sessions] == [
        (date(2026, 10, 4), "पास र टिम वर्क")
    ]
    assert [(c.name, c.role) for c in detail.coaches] == [("Ramesh Thapa", CoachRole.COACH)]
    assert [p.name for p in detail.participants] == ["Anjali Gurung"]
    assert detail.communities == ("बौद्ध",)
    assert sorted((c.gender, c.count, c.community) for c in detail.counts) == [
        (Gender.FEMALE, 14, "बौद्ध"),
        (Gender.MALE, 17, "बौद्ध"),
    ]


def test_a_headcount_counted_twice_is_shown_and_not_saved(
    qtbot: QtBot, store: Store, context: AppContext
) -> None:
    activity = factories.activity(store, factories.city(store))
    form = ActivityForm(context, activity)
    qtbot.addWidget(form)
    form.show()
    with qtbot.waitSignal(form.ready):
        form.start()
    form.tabs.setCurrentWidget(form.participation)
    add = form.participation.counts.add_button
    assert add is not None
    for _ in range(2):
        click(add)
    problem = form.participation.counts_problem
    assert problem.isVisible()
    assert problem.text() == "The same gender, age band and community is counted twice."
    before = dump(store)
    form.save()
    settle(qtbot, context)
    assert dump(store) == before
    form.edits.dirty = False
