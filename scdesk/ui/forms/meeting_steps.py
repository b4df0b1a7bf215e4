"""The steps that act at once on a saved meeting, outside its Save: circulating and approving
minutes, recording amendments, resolving actions carried over from earlier meetings."""

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING
from uuid import UUID

from scdesk.domain.errors import UserError
from scdesk.domain.meetings import ActionItemId, ActionStatus, MeetingId
from scdesk.services import meetings as meeting_services
from scdesk.services.actions import ActionView, close_action, reopen_action
from scdesk.store.queries.meeting_detail import MeetingRef

if TYPE_CHECKING:
    from scdesk.ui.forms.meeting_form import MeetingForm


class MeetingSteps:
    """Each step runs as a write op, then reloads the form to show where the meeting stands;
    a refusal is shown on the Minutes tab."""

    def __init__(self, form: "MeetingForm") -> None:
        self._form = form

    def _act(self, work: Callable[[], object], label: str) -> None:
        form = self._form
        form.context.ops.run(
            form,
            lambda _p: work(),
            lambda _changes: form.reload(),
            label=label,
            writes=True,
            on_failure=self._refused,
        )

    def _refused(self, error: UserError) -> bool:
        self._form.minutes.problem.show_problem(str(error))
        return True

    def _meeting(self) -> MeetingId:
        if self._form.record_id is None:
            raise RuntimeError("these steps act on a saved meeting")
        return MeetingId(self._form.record_id)

    def circulate(self) -> None:
        store, meeting_id = self._form.context.store, self._meeting()
        today = store.now().date()
        self._act(
            lambda: meeting_services.circulate_minutes(store, meeting_id, today),
            self._form.tr("Circulating the minutes…"),
        )

    def back_to_draft(self) -> None:
        store, meeting_id = self._form.context.store, self._meeting()
        self._act(
            lambda: meeting_services.return_minutes_to_draft(store, meeting_id),
            self._form.tr("Returning the minutes to draft…"),
        )

    def approve_on(self, day: date | None) -> None:
        store, meeting_id = self._form.context.store, self._meeting()
        self._act(
            lambda: meeting_services.approve_minutes(store, meeting_id, None, day),
            self._form.tr("Approving the minutes…"),
        )

    def approve_previous(self, previous: MeetingRef) -> None:
        store, meeting_id = self._form.context.store, self._meeting()
        self._act(
            lambda: meeting_services.approve_minutes(store, previous.id, meeting_id),
            self._form.tr("Approving the previous minutes…"),
        )

    def amend(self, text: str, reason: str | None) -> None:
        store, meeting_id = self._form.context.store, self._meeting()
        self._form.minutes.clear_amendment()
        self._act(
            lambda: meeting_services.add_amendment(store, meeting_id, text, reason),
            self._form.tr("Recording the amendment…"),
        )

    def resolve_action(self, view: ActionView, status: ActionStatus) -> None:
        store, meeting_id = self._form.context.store, self._meeting()
        action_id = ActionItemId(UUID(str(view.row.id)))
        if status is ActionStatus.OPEN:
            self._act(lambda: reopen_action(store, action_id), self._form.tr("Opening the action…"))
        else:
            self._act(
                lambda: close_action(store, action_id, status, meeting_id),
                self._form.tr("Closing the action…"),
            )
