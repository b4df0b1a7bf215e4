"""Action items carry over to the committee's next meetings until they are closed."""

from datetime import date

from scdesk.domain.meetings import ActionItemInput, ActionState, ActionStatus, MeetingId
from scdesk.services import actions, meetings
from scdesk.store.store import Store
from tests import factories
from tests.conftest import refused


def _states(store: Store, meeting_id: MeetingId) -> dict[str, ActionState]:
    return {v.row.text: v.state for v in actions.actions_for_meeting(store, meeting_id)}


def test_open_actions_carry_over_to_the_next_meeting_until_closed(store: Store) -> None:
    city_id = factories.city(store)
    committee_id = factories.committee(store, city_id)
    owner = factories.person(store)
    jan, feb, mar, apr = (
        factories.committee_meeting(store, city_id, committee_id, factories.at(2026, m, 5))
        for m in (1, 2, 3, 4)
    )
    factories.add_action(store, jan, ActionItemInput("Invite the police", owner, date(2026, 3, 31)))
    factories.add_action(store, jan, ActionItemInput("Book the hall", owner, date(2026, 1, 20)))
    done = factories.add_action(store, jan, ActionItemInput("Send the minutes", owner))
    actions.close_action(store, done, ActionStatus.DONE, at_meeting=jan)
    police = factories.add_action(store, feb, ActionItemInput("Ask the school", owner))

    assert _states(store, jan) == {
        "Invite the police": ActionState.OPEN,
        "Book the hall": ActionState.OPEN,
        "Send the minutes": ActionState.DONE,
    }
    assert _states(store, feb) == {
        "Invite the police": ActionState.CARRIED_OVER,
        "Book the hall": ActionState.OVERDUE,
        "Ask the school": ActionState.OPEN,
    }
    actions.close_action(store, police, ActionStatus.DONE, at_meeting=mar)
    assert _states(store, mar)["Ask the school"] is ActionState.DONE
    assert "Ask the school" not in _states(store, apr)
    assert _states(store, feb)["Ask the school"] is ActionState.OPEN  # still open back then
    assert set(_states(store, apr)) == {"Invite the police", "Book the hall"}


def test_actions_of_another_committee_do_not_carry_over(store: Store) -> None:
    city_id = factories.city(store)
    liaison = factories.committee(store, city_id)
    prevention = factories.committee(store, city_id, "Local prevention committee")
    first = factories.committee_meeting(store, city_id, liaison, factories.at(2026, 1, 5))
    other = factories.committee_meeting(store, city_id, prevention, factories.at(2026, 2, 5))
    factories.add_action(store, first, ActionItemInput("Map the youth clubs"))
    assert _states(store, other) == {}


def test_an_action_due_before_its_meeting_is_refused(store: Store) -> None:
    city_id = factories.city(store)
    meeting_id = factories.meeting(store, city_id, starts_at=factories.at(2026, 3, 2))
    data = ActionItemInput("Report back", due_on=date(2026, 3, 1))
    refused(
        store,
        lambda: factories.add_action(store, meeting_id, data),
        "before the meeting on 2026-03-02",
    )


def test_an_action_without_text_is_refused(store: Store) -> None:
    city_id = factories.city(store)
    meeting_id = factories.meeting(store, city_id)
    refused(
        store,
        lambda: factories.add_action(store, meeting_id, ActionItemInput(" ")),
        "Action is required",
    )


def test_an_action_is_closed_at_a_later_meeting_of_its_own_committee(store: Store) -> None:
    city_id = factories.city(store)
    liaison = factories.committee(store, city_id)
    prevention = factories.committee(store, city_id, "Local prevention committee")
    feb = factories.committee_meeting(store, city_id, liaison, factories.at(2026, 2, 5))
    jan = factories.committee_meeting(store, city_id, liaison, factories.at(2026, 1, 5))
    other = factories.committee_meeting(store, city_id, prevention, factories.at(2026, 3, 5))
    action = factories.add_action(store, feb, ActionItemInput("Train the coaches"))
    message = "later meeting of its committee"
    refused(store, lambda: actions.close_action(store, action, ActionStatus.DONE, jan), message)
    refused(store, lambda: actions.close_action(store, action, ActionStatus.DONE, other), message)


def test_an_action_closed_at_approved_minutes_stays_closed(store: Store) -> None:
    city_id = factories.city(store)
    committee_id = factories.committee(store, city_id)
    jan = factories.committee_meeting(store, city_id, committee_id, factories.at(2026, 1, 5))
    feb = factories.committee_meeting(store, city_id, committee_id, factories.at(2026, 2, 5))
    action = factories.add_action(store, jan, ActionItemInput("Translate the leaflet"))
    actions.close_action(store, action, ActionStatus.DONE, at_meeting=jan)
    meetings.approve_minutes(store, jan, feb)
    refused(store, lambda: actions.reopen_action(store, action), "approved and locked")
