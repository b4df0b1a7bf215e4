"""The steps that act at once on a saved meeting, outside its Save: circulating and approving
minutes, recording amendments, resolving actions carried over from earlier meetings."""

from collections.abc import Callable
from datetime import date
from uuid import UUID

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from scdesk.domain.errors import UserError
from scdesk.domain.meetings import ActionItemId, ActionStatus, MeetingId
from scdesk.services import meetings as meeting_services
from scdesk.services.actions import ActionView, close_action, reopen_action
from scdesk.store.queries.meeting_detail import MeetingRef
from scdesk.store.store import Store
from scdesk.ui.ops import Ops


class MeetingSteps(QObject):
    """Each step runs as a write op on the meeting `meeting()` names (the one the form shows,
    saved), then says `done` so the form shows where the meeting stands, or `refused`."""

    #: A step changed the meeting.
    done = Signal()
    #: A step was refused: the sentence saying why.
    refused = Signal(str)

    def __init__(
        self, ops: Ops, store: Store, meeting: Callable[[], UUID | None], owner: QWidget
    ) -> None:
        super().__init__(owner)
        self._ops = ops
        self._store = store
        self._meeting_id = meeting
        self._owner = owner

    def _act(self, work: Callable[[], object], label: str) -> None:
        self._ops.run(
            self._owner,
            lambda _p: work(),
            lambda _changes: self.done.emit(),
            label=label,
            writes=True,
            on_failure=self._on_refused,
        )

    def _on_refused(self, error: UserError) -> bool:
        self.refused.emit(str(error))
        return True

    def _meeting(self) -> MeetingId:
        meeting_id = self._meeting_id()
        if meeting_id is None:
            raise RuntimeError("these steps act on a saved meeting")
        return MeetingId(meeting_id)

    def circulate(self) -> None:
        store, meeting_id = self._store, self._meeting()
        today = store.now().date()
        self._act(
            lambda: meeting_services.circulate_minutes(store, meeting_id, today),
            self.tr("Circulating the minutes…"),
        )

    def back_to_draft(self) -> None:
        store, meeting_id = self._store, self._meeting()
        self._act(
            lambda: meeting_services.return_minutes_to_draft(store, meeting_id),
            self.tr("Returning the minutes to draft…"),
        )

    def approve_on(self, day: date | None) -> None:
        store, meeting_id = self._store, self._meeting()
        self._act(
            lambda: meeting_services.approve_minutes(store, meeting_id, None, day),
            self.tr("Approving the minutes…"),
        )

    def approve_previous(self, previous: MeetingRef) -> None:
        store, meeting_id = self._store, self._meeting()
        self._act(
            lambda: meeting_services.approve_minutes(store, previous.id, meeting_id),
            self.tr("Approving the previous minutes…"),
        )

    def amend(self, text: str, reason: str | None) -> None:
        store, meeting_id = self._store, self._meeting()
        self._act(
            lambda: meeting_services.add_amendment(store, meeting_id, text, reason),
            self.tr("Recording the amendment…"),
        )

    def resolve_action(self, view: ActionView, status: ActionStatus) -> None:
        store, meeting_id = self._store, self._meeting()
        action_id = ActionItemId(UUID(str(view.row.id)))
        if status is ActionStatus.OPEN:
            self._act(lambda: reopen_action(store, action_id), self.tr("Opening the action…"))
        else:
            self._act(
                lambda: close_action(store, action_id, status, meeting_id),
                self.tr("Closing the action…"),
            )
