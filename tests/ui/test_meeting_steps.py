"""The minutes' steps act on the meeting they are given and say when they are done or refused,
without a meeting form."""

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from scdesk.domain.meetings import MeetingStatus, MinutesStatus
from scdesk.store.models import Meeting
from scdesk.store.store import Store
from scdesk.ui.context import AppContext
from scdesk.ui.forms.meeting_steps import MeetingSteps
from tests import factories
from tests.conftest import dump


def _steps(
    qtbot: QtBot, context: AppContext, store: Store, status: MeetingStatus = MeetingStatus.HELD
) -> tuple[MeetingSteps, Meeting]:
    city = factories.city(store)
    committee = factories.committee(store, city)
    meeting_id = factories.committee_meeting(
        store, city, committee, factories.at(2026, 11, 3), status=status
    )
    owner = QWidget()
    qtbot.addWidget(owner)
    with store.read() as session:
        meeting = session.get(Meeting, meeting_id)
    assert meeting is not None
    return MeetingSteps(context.ops, store, lambda: meeting_id, owner), meeting


def test_circulating_acts_on_the_meeting_given_and_says_it_is_done(
    qtbot: QtBot, store: Store, context: AppContext
) -> None:
    steps, meeting = _steps(qtbot, context, store)
    with qtbot.waitSignal(steps.done):
        steps.circulate()
    with store.read() as session:
        circulated = session.get(Meeting, meeting.id)
    assert circulated is not None
    assert circulated.minutes_status is MinutesStatus.CIRCULATED


def test_a_refused_step_says_why_and_leaves_the_meeting_as_it_was(
    qtbot: QtBot, store: Store, context: AppContext
) -> None:
    steps, _meeting = _steps(qtbot, context, store, MeetingStatus.PLANNED)
    before = dump(store)
    with qtbot.waitSignal(steps.refused) as refused:
        steps.circulate()
    assert refused.args == ["Only a meeting that was held has minutes to circulate or approve."]
    assert dump(store) == before
