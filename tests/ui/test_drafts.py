"""Nothing typed is lost: a form's draft is kept as the user types; after the app is killed
mid-edit the next start offers it back; saving or discarding removes it."""

import os
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from scdesk.domain.devices import DeviceRole, DeviceSetup
from scdesk.services.drafts import list_drafts
from scdesk.services.first_run import set_up_device
from scdesk.store.store import Store
from scdesk.ui.app import Launcher, open_context
from scdesk.ui.draft_offer import DraftOffer
from scdesk.ui.forms.meeting_form import MeetingForm
from scdesk.ui.forms.person_form import PersonForm
from scdesk.ui.main_window import MainWindow
from tests import factories
from tests.ui.conftest import choose, click, dispose, settle, type_text

TITLE = "ਕਮੇਟੀ"


def test_a_meeting_typed_when_the_app_was_killed_is_offered_back_and_restored(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    city = factories.city(store, "Sylhet", "BD", name_local="সিলেট")
    set_up_device(store, DeviceSetup("Sylhet laptop", DeviceRole.OFFICER, "Nasrin", city, "bn"))
    title, item = "কমিটির সভা নং ১১", "গত সভার কার্যবিবরণী"
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.ui.typing_session", str(tmp_path), title, item],
        cwd=Path(__file__).resolve().parents[2],
        env=os.environ | {"QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "typed"
        qtbot.waitUntil(
            lambda: any(d.state.get("agenda") for d in list_drafts(tmp_path)), timeout=10_000
        )
    finally:
        child.kill()  # no close, no clean-up: as a power cut would leave it
        child.wait()
        if child.stdout is not None:
            child.stdout.close()

    context = open_context(tmp_path)
    assert context is not None
    window = None
    try:
        window = Launcher(context).start()
        assert isinstance(window, MainWindow)
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: isinstance(window.draft_offer, DraftOffer))
        offer = window.draft_offer
        assert isinstance(offer, DraftOffer)
        assert offer.list.count() == 1
        assert title in offer.list.item(0).text()
        click(offer.restore_button)
        forms = window.findChildren(MeetingForm)
        assert len(forms) == 1
        form = forms[0]
        qtbot.waitUntil(lambda: form.title.text() == title)
        assert [row["title"] for row in form.agenda.state()] == [item]
        assert form.dirty
        choose(form.kind, "workshop")
        with qtbot.waitSignal(form.saved):
            form.save()
        settle(qtbot, context)
        assert list_drafts(tmp_path) == []
    finally:
        if window is not None:
            window.close()
        dispose(context)
        context.store.close()


def test_an_unsaved_edit_of_a_stored_person_is_offered_when_the_person_is_opened_again(
    qtbot: QtBot, store: Store, main_window: MainWindow
) -> None:
    person = factories.person(store, name="Ayesha Khan")
    first = main_window.opener.open("person", person)
    assert isinstance(first, PersonForm)
    qtbot.waitUntil(lambda: first.name.text() == "Ayesha Khan")
    type_text(first.community, "Baghdada")
    context = main_window.context
    qtbot.waitUntil(lambda: bool(list_drafts(context.data)))
    first.close_keeping_draft()

    again = main_window.opener.open("person", person)
    assert isinstance(again, PersonForm)
    qtbot.waitUntil(lambda: again.banner.isVisible())
    assert again.community.text() == ""
    click(again.banner.button("Restore them"))
    assert again.community.text() == "Baghdada"
    assert again.dirty
    again.close()
    assert again.banner.message.text() == "This form has changes that are not saved."
    click(again.banner.button("Discard changes"))
    context.drafts.flush()
    assert list_drafts(context.data) == []
