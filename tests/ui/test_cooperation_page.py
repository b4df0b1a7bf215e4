"""The Cooperation page: a priority raised with a national body, recorded through its form from
the page with the grant it came from, is listed with what came of it and found by the filters;
one raised on a day still to come says so under the day, and nothing is saved."""

from decimal import Decimal

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from scdesk.domain.cooperation import RaisingStatus
from scdesk.domain.support import GrantInput, GrantRecord
from scdesk.services.support import save_grant
from scdesk.store.models import NationalRaising
from scdesk.store.store import Store
from scdesk.ui.context import AppContext
from scdesk.ui.forms.cooperation_form import RaisingForm
from scdesk.ui.main_window import MainWindow
from scdesk.ui.pages.cooperation import CooperationPage
from scdesk.ui.text_direction import isolate
from tests import factories
from tests.ui.conftest import choose, click, keys, settle, type_text


def _page(qtbot: QtBot, context: AppContext) -> tuple[MainWindow, CooperationPage]:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("cooperation")
    assert isinstance(page, CooperationPage)
    settle(qtbot, context)
    return window, page


def _opened(qtbot: QtBot, window: MainWindow) -> RaisingForm:
    qtbot.waitUntil(lambda: bool(window.findChildren(RaisingForm)))
    form = window.findChildren(RaisingForm)[-1]
    qtbot.waitUntil(lambda: form.save_button.isEnabled())
    return form


def _rows(page: CooperationPage) -> list[list[str]]:
    table = page.table
    return [
        [table.item(row, column).text() for column in range(table.columnCount())]  # type: ignore[union-attr]
        for row in range(table.rowCount())
    ]


def _count(store: Store) -> int:
    with store.read() as session:
        return session.scalar(select(func.count()).select_from(NationalRaising)) or 0


def test_a_raising_recorded_from_the_page_is_listed_with_the_grant_it_came_from(
    qtbot: QtBot, hub: Store, context: AppContext
) -> None:
    mardan = factories.city(hub, "Mardan", name_local="مردان")
    grant = GrantInput(mardan, "Youth centre refit", Decimal("1500.00"), "PKR")
    grant_id = save_grant(hub, GrantRecord(None, grant)).id
    window, page = _page(qtbot, context)
    click(page.new_raising)
    form = _opened(qtbot, window)
    choose(form.city, str(mardan))
    keys(form.national_body, "Ministry of Interior")
    form.raised_on.setDate(QDate(2026, 10, 2))
    type_text(form.subject, "قومی ہیلپ لائن")
    choose(form.status, RaisingStatus.ACTED_ON.value)
    form.outcome.setPlainText("A pilot helpline in two provinces")
    choose(form.came_from, f"grant_id:{grant_id}")
    with qtbot.waitSignal(form.saved):
        click(form.save_button)
    settle(qtbot, context)

    with hub.read() as session:
        kept = session.scalars(select(NationalRaising)).one()
    assert (kept.city_id, kept.national_body, kept.subject, kept.status, kept.grant_id) == (
        mardan, "Ministry of Interior", "قومی ہیلپ لائن", RaisingStatus.ACTED_ON, grant_id,
    )  # fmt: skip
    qtbot.waitUntil(lambda: page.table.rowCount() == 1)
    assert _rows(page) == [[
        "Mardan", "Ministry of Interior", "2026-10-02", "قومی ہیلپ لائن", "acted on",
        "A pilot helpline in two provinces", f"support grant: {isolate('Youth centre refit')}",
    ]]  # fmt: skip

    choose(page.status, RaisingStatus.DECLINED.value)
    qtbot.waitUntil(lambda: page.table.rowCount() == 0)
    choose(page.status, "")
    choose(page.body, "Ministry of Interior")
    keys(page.search, "helpline")
    qtbot.waitUntil(lambda: page.table.rowCount() == 1)
    settle(qtbot, context)
    keys(page.search, "s for girls")
    qtbot.waitUntil(lambda: page.table.rowCount() == 0)
    settle(qtbot, context)


def test_a_raising_on_a_day_to_come_is_refused_under_the_day_and_not_saved(
    qtbot: QtBot, hub: Store, context: AppContext
) -> None:
    mardan = factories.city(hub, "Mardan")
    window, page = _page(qtbot, context)
    window.new_record()
    form = _opened(qtbot, window)
    choose(form.city, str(mardan))
    keys(form.national_body, "National Youth Commission")
    keys(form.subject, "Youth seats on municipal committees")
    form.raised_on.setDate(QDate(2026, 12, 1))
    assert form.problems.label("raised_on").isVisible()
    click(form.save_button)
    settle(qtbot, context)

    assert form.problems.label("raised_on").text() == "The day it was raised is in the future."
    assert _count(hub) == 0

    form.raised_on.setDate(QDate(2026, 11, 20))
    assert not form.problems.label("raised_on").isVisible()
    with qtbot.waitSignal(form.saved):
        click(form.save_button)
    settle(qtbot, context)
    assert _count(hub) == 1
    qtbot.waitUntil(lambda: page.table.rowCount() == 1)
