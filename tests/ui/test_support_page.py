"""The Support page: a grant and expert advice recorded through their forms, opened from the
page, show in its lists, its totals by city, status and currency, and its expert pool, which a
person joins from the page through their person form; a grant or advice the rules refuse says
why under the field, and nothing is saved."""

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from scdesk.domain.support import GrantInput, GrantRecord, GrantStatus
from scdesk.services.support import save_grant
from scdesk.store.models import ExpertAdvice, SupportGrant
from scdesk.store.store import Store
from scdesk.ui.context import AppContext
from scdesk.ui.forms.person_form import PersonForm
from scdesk.ui.forms.record_form import SomeRecordForm
from scdesk.ui.forms.support_forms import AdviceForm, GrantForm
from scdesk.ui.main_window import MainWindow
from scdesk.ui.pages.expert_picker import ExpertPicker
from scdesk.ui.pages.support import SupportPage
from tests import factories
from tests.ui.conftest import choose, click, keys, press, settle, type_text


def _page(qtbot: QtBot, context: AppContext) -> tuple[MainWindow, SupportPage]:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("support")
    assert isinstance(page, SupportPage)
    settle(qtbot, context)
    return window, page


def _opened(qtbot: QtBot, window: MainWindow, kind: type[SomeRecordForm]) -> SomeRecordForm:
    qtbot.waitUntil(lambda: bool(window.findChildren(kind)))
    form = window.findChildren(kind)[-1]
    qtbot.waitUntil(lambda: form.save_button.isEnabled())
    return form


def _rows(table: QTableWidget) -> list[list[str]]:
    return [
        [table.item(row, column).text() for column in range(table.columnCount())]  # type: ignore[union-attr]
        for row in range(table.rowCount())
    ]


def _count(store: Store, model: type[SupportGrant] | type[ExpertAdvice]) -> int:
    with store.read() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_a_grant_recorded_from_the_page_is_listed_and_totalled_in_its_currency(
    qtbot: QtBot, hub: Store, context: AppContext
) -> None:
    mardan = factories.city(hub, "Mardan", name_local="مردان")
    window, page = _page(qtbot, context)
    click(page.new_grant)
    form = _opened(qtbot, window, GrantForm)
    assert isinstance(form, GrantForm)
    choose(form.city, str(mardan))
    type_text(form.purpose, "نوجوانوں کے مرکز کی مرمت")
    form.amount.selectAll()
    keys(form.amount, "1500.5")
    keys(form.currency, "pkr")
    choose(form.status, GrantStatus.DISBURSED.value)
    with qtbot.waitSignal(form.saved):
        click(form.save_button)
    settle(qtbot, context)

    with hub.read() as session:
        grant = session.scalars(select(SupportGrant)).one()
    assert (grant.city_id, grant.purpose, grant.amount, grant.currency, grant.status) == (
        mardan, "نوجوانوں کے مرکز کی مرمت", Decimal("1500.50"), "PKR", GrantStatus.DISBURSED,
    )  # fmt: skip
    qtbot.waitUntil(lambda: page.grants.rowCount() == 1)
    assert _rows(page.totals) == [["Mardan", "disbursed", "PKR", "1", "1,500.50"]]
    assert page.grants.item(0, 1).text() == "نوجوانوں کے مرکز کی مرمت"  # type: ignore[union-attr]


def test_a_grant_of_no_amount_is_refused_under_the_amount_and_not_saved(
    qtbot: QtBot, hub: Store, context: AppContext
) -> None:
    mardan = factories.city(hub, "Mardan")
    window, page = _page(qtbot, context)
    click(page.new_grant)
    form = _opened(qtbot, window, GrantForm)
    assert isinstance(form, GrantForm)
    choose(form.city, str(mardan))
    keys(form.purpose, "Youth centre")
    keys(form.currency, "rupees")
    click(form.save_button)
    settle(qtbot, context)

    assert form.problems.label("amount").isVisible()
    assert form.problems.label("amount").text() == "The amount must be above zero."
    assert form.problems.label("currency").text() == (
        "RUPEES is not a currency code such as USD, EUR or PKR."
    )
    assert _count(hub, SupportGrant) == 0
    form.edits.dirty = False


def test_expert_advice_is_recorded_with_its_dates_in_order_and_joins_the_pool(
    qtbot: QtBot, hub: Store, context: AppContext
) -> None:
    jaffna = factories.city(hub, "Jaffna", "LK")
    factories.person(
        hub, name="Meena Iyer", title="Prevention adviser", expertise="Counter-narratives"
    )
    window, page = _page(qtbot, context)
    page.tabs.setCurrentIndex(1)
    window.new_record()
    form = _opened(qtbot, window, AdviceForm)
    assert isinstance(form, AdviceForm)
    choose(form.city, str(jaffna))
    keys(form.expert.finder.search, "Meena")
    qtbot.waitUntil(lambda: form.expert.finder.matches.count() > 0)
    settle(qtbot, context)
    press(form.expert.finder.search, Qt.Key.Key_Return)
    assert form.expert.chosen.text() == "Meena Iyer"
    keys(form.topic, "Counter-narratives")
    form.starts_on.setDate(QDate(2026, 3, 10))
    form.ends_on.setDate(QDate(2026, 3, 2))
    click(form.save_button)
    settle(qtbot, context)

    assert form.problems.label("ends_on").text() == (
        "The end date (2026-03-02) is before the start date (2026-03-10)."
    )
    assert _count(hub, ExpertAdvice) == 0

    form.ends_on.setDate(QDate(2026, 3, 12))
    assert not form.problems.label("ends_on").isVisible()
    with qtbot.waitSignal(form.saved):
        click(form.save_button)
    settle(qtbot, context)
    qtbot.waitUntil(lambda: page.advice.rowCount() == 1)
    assert _rows(page.advice) == [
        ["Jaffna", "Meena Iyer", "Counter-narratives", "2026-03-10", "2026-03-12"]
    ]
    assert _rows(page.experts) == [
        ["Meena Iyer", "Prevention adviser", "Counter-narratives", "1", "2026-03-10"]
    ]


def test_advice_without_an_expert_says_to_choose_one(
    qtbot: QtBot, hub: Store, context: AppContext
) -> None:
    jaffna = factories.city(hub, "Jaffna", "LK")
    form = AdviceForm(context, None)
    qtbot.addWidget(form)
    form.show()
    with qtbot.waitSignal(form.ready):
        form.start()
    choose(form.city, str(jaffna))
    keys(form.topic, "Counter-narratives")
    form.save()
    settle(qtbot, context)
    assert form.problems.label("expert_id").text() == "Choose the expert who gave it."
    assert _count(hub, ExpertAdvice) == 0
    form.edits.dirty = False


def test_a_listed_grant_opens_from_the_page_and_its_new_status_moves_its_total(
    qtbot: QtBot, hub: Store, context: AppContext
) -> None:
    jaffna = factories.city(hub, "Jaffna", "LK")
    grant = GrantInput(
        jaffna, "Youth centre", Decimal("300000"), "LKR", GrantStatus.APPROVED,
        starts_on=date(2026, 2, 1),
    )  # fmt: skip
    save_grant(hub, GrantRecord(None, grant))
    window, page = _page(qtbot, context)
    assert _rows(page.totals) == [["Jaffna", "approved", "LKR", "1", "300,000.00"]]
    page.grants.doubleClicked.emit(page.grants.model().index(0, 0))
    form = _opened(qtbot, window, GrantForm)
    assert isinstance(form, GrantForm)
    assert (form.purpose.value(), form.amount.state(), form.currency.value()) == (
        "Youth centre", "300000.00", "LKR",
    )  # fmt: skip
    choose(form.status, GrantStatus.DISBURSED.value)
    with qtbot.waitSignal(form.saved):
        click(form.save_button)
    settle(qtbot, context)
    qtbot.waitUntil(
        lambda: _rows(page.totals) == [["Jaffna", "disbursed", "LKR", "1", "300,000.00"]]
    )
    assert _count(hub, SupportGrant) == 1


def test_a_person_added_to_the_pool_from_the_page_is_offered_first_for_advice(
    qtbot: QtBot, hub: Store, context: AppContext
) -> None:
    jaffna = factories.city(hub, "Jaffna", "LK")
    factories.person(hub, name="Meena Iyer", title="Prevention adviser")
    factories.person(hub, name="Ayesha Khan")
    window, page = _page(qtbot, context)
    assert _rows(page.experts) == []

    click(page.add_expert)
    qtbot.waitUntil(lambda: bool(page.findChildren(ExpertPicker)))
    picker = page.findChildren(ExpertPicker)[0]
    keys(picker.finder.search, "Meena")
    qtbot.waitUntil(lambda: picker.finder.matches.count() == 1)
    press(picker.finder.search, Qt.Key.Key_Return)
    person = _opened(qtbot, window, PersonForm)
    assert isinstance(person, PersonForm)
    assert person.name.value() == "Meena Iyer"
    keys(person.expertise, "Counter-narratives; youth work")
    with qtbot.waitSignal(person.saved):
        click(person.save_button)
    settle(qtbot, context)
    qtbot.waitUntil(lambda: page.experts.rowCount() == 1)
    assert _rows(page.experts) == [
        ["Meena Iyer", "Prevention adviser", "Counter-narratives, youth work", "0", ""]
    ]

    click(page.new_advice)
    form = _opened(qtbot, window, AdviceForm)
    assert isinstance(form, AdviceForm)
    qtbot.waitUntil(lambda: form.expert.finder.matches.count() == 1)
    assert form.expert.finder.matches.item(0).text() == "Meena Iyer (expert pool)"
    press(form.expert.finder.search, Qt.Key.Key_Return)
    assert form.expert.chosen.text() == "Meena Iyer"
    choose(form.city, str(jaffna))
    keys(form.topic, "Youth councils")
    form.starts_on.setDate(QDate(2026, 3, 10))
    with qtbot.waitSignal(form.saved):
        click(form.save_button)
    settle(qtbot, context)
    qtbot.waitUntil(lambda: page.advice.rowCount() == 1)
    assert _rows(page.experts) == [
        ["Meena Iyer", "Prevention adviser", "Counter-narratives, youth work", "1", "2026-03-10"]
    ]


def test_advice_by_someone_outside_the_pool_is_refused_under_the_expert_and_not_saved(
    qtbot: QtBot, hub: Store, context: AppContext
) -> None:
    jaffna = factories.city(hub, "Jaffna", "LK")
    factories.person(hub, name="Ayesha Khan")
    form = AdviceForm(context, None)
    qtbot.addWidget(form)
    form.show()
    with qtbot.waitSignal(form.ready):
        form.start()
    choose(form.city, str(jaffna))
    keys(form.expert.finder.search, "Ayesha")
    qtbot.waitUntil(lambda: form.expert.finder.matches.count() == 1)
    assert form.expert.finder.matches.item(0).text() == "Ayesha Khan"
    press(form.expert.finder.search, Qt.Key.Key_Return)
    keys(form.topic, "Counter-narratives")
    form.save()
    settle(qtbot, context)

    assert form.problems.label("expert_id").text() == (
        "Ayesha Khan is not in the expert pool: record their fields of expertise on their "
        "person record first."
    )
    assert _count(hub, ExpertAdvice) == 0
    form.edits.dirty = False
