"""The minutes lifecycle of a meeting: draft, circulated, approved at a later meeting of the
committee (which locks them), and amendments recorded beside approved minutes."""

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from scdesk.domain import limits
from scdesk.domain.labels import label
from scdesk.domain.meetings import MeetingStatus, MinutesStatus
from scdesk.store.queries.meeting_detail import MeetingDetail, MeetingRef
from scdesk.ui.forms.fields import DateField, LongTextField, ProblemLabel, TextField
from scdesk.ui.text_direction import isolate


def _when(meeting: MeetingRef) -> str:
    return meeting.starts_at.astimezone().strftime("%Y-%m-%d")


class MinutesTab(QWidget):
    circulate_asked = Signal()
    draft_asked = Signal()
    approve_on_asked = Signal(object)  # date
    approve_previous_asked = Signal(object)  # MeetingRef
    amend_asked = Signal(str, object)  # text, reason or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._previous: MeetingRef | None = None
        layout = QVBoxLayout(self)

        own = QGroupBox(self.tr("The minutes of this meeting"), self)
        column = QVBoxLayout(own)
        self.status = QLabel(own)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Minutes status"))
        column.addWidget(self.status)
        row = QHBoxLayout()
        self.circulate_button = self._button(self.tr("Mark as &circulated"), row, own)
        self.circulate_button.clicked.connect(self.circulate_asked)
        self.draft_button = self._button(self.tr("Back to &draft"), row, own)
        self.draft_button.clicked.connect(self.draft_asked)
        self.approve_on = DateField(own)
        self.approve_on.setAccessibleName(self.tr("Approved on"))
        row.addWidget(self.approve_on)
        self.approve_button = self._button(self.tr("&Approve on this day"), row, own)
        self.approve_button.clicked.connect(
            lambda: self.approve_on_asked.emit(self.approve_on.value())
        )
        row.addStretch(1)
        column.addLayout(row)
        layout.addWidget(own)

        previous = QGroupBox(self.tr("The minutes of the committee's previous meeting"), self)
        column = QVBoxLayout(previous)
        self.previous_text = QLabel(previous)
        self.previous_text.setWordWrap(True)
        self.previous_text.setAccessibleName(self.tr("Previous minutes"))
        column.addWidget(self.previous_text)
        row = QHBoxLayout()
        self.approve_previous_button = self._button(
            self.tr("Approve those minutes at &this meeting"), row, previous
        )
        self.approve_previous_button.clicked.connect(self._approve_previous)
        row.addStretch(1)
        column.addLayout(row)
        self.previous_box = previous
        layout.addWidget(previous)

        amendments = QGroupBox(self.tr("Amendments to the approved minutes"), self)
        column = QVBoxLayout(amendments)
        self.amendments = QListWidget(amendments)
        self.amendments.setAccessibleName(self.tr("Amendments"))
        column.addWidget(self.amendments)
        form = QFormLayout()
        self.amendment_text = LongTextField(amendments)
        self.amendment_text.setAccessibleName(self.tr("Correction"))
        self.amendment_reason = TextField(amendments, limits.HEADING)
        self.amendment_reason.setAccessibleName(self.tr("Reason"))
        form.addRow(self.tr("Correction"), self.amendment_text)
        form.addRow(self.tr("Reason"), self.amendment_reason)
        column.addLayout(form)
        row = QHBoxLayout()
        self.amend_button = self._button(self.tr("Record the a&mendment"), row, amendments)
        self.amend_button.clicked.connect(self._amend)
        row.addStretch(1)
        column.addLayout(row)
        self.amendments_box = amendments
        layout.addWidget(amendments)
        self.problem = ProblemLabel(self)
        layout.addWidget(self.problem)
        layout.addStretch(1)

    def _button(self, text: str, row: QHBoxLayout, parent: QWidget) -> QPushButton:
        button = QPushButton(text, parent)
        button.setAccessibleName(text.replace("&", ""))
        row.addWidget(button)
        return button

    def _amend(self) -> None:
        """The correction goes to the meeting; the fields are cleared for the next one."""
        text, reason = self.amendment_text.state(), self.amendment_reason.optional()
        self.clear_amendment()
        self.amend_asked.emit(text, reason)

    def _approve_previous(self) -> None:
        if self._previous is not None:
            self.approve_previous_asked.emit(self._previous)

    def show_detail(self, detail: MeetingDetail | None, dirty: bool, today: date) -> None:
        """What can be done now: lifecycle steps need the meeting saved without pending edits."""
        self.problem.show_problem(None)
        if detail is None:
            self.status.setText(self.tr("Save the meeting to circulate and approve its minutes."))
            for button in (
                self.circulate_button,
                self.draft_button,
                self.approve_button,
                self.approve_previous_button,
            ):
                button.setEnabled(False)
            self.approve_on.setEnabled(False)
            self.previous_box.setVisible(False)
            self.amendments_box.setVisible(False)
            return
        status = detail.minutes_status
        held = detail.meeting.status is MeetingStatus.HELD
        text = self.tr("Minutes: {status}.").format(status=label(status))
        if status is MinutesStatus.CIRCULATED and detail.minutes_circulated_on:
            text += " " + self.tr("Circulated on {day}.").format(
                day=detail.minutes_circulated_on.isoformat()
            )
        if status is MinutesStatus.APPROVED:
            if detail.approved_in is not None:
                text += " " + self.tr("Approved at “{title}” on {day}; they are locked.").format(
                    title=isolate(detail.approved_in.title), day=_when(detail.approved_in)
                )
            elif detail.minutes_approved_on:
                text += " " + self.tr("Approved on {day}; they are locked.").format(
                    day=detail.minutes_approved_on.isoformat()
                )
        elif not held:
            text += " " + self.tr("Mark the meeting as held to circulate its minutes.")
        self.status.setText(text)
        ready = not dirty
        self.circulate_button.setEnabled(ready and held and status is MinutesStatus.DRAFT)
        self.draft_button.setEnabled(ready and status is MinutesStatus.CIRCULATED)
        outside_committee = detail.meeting.committee_id is None
        can_approve_here = (
            ready and held and outside_committee and status is not MinutesStatus.APPROVED
        )
        self.approve_button.setVisible(outside_committee)
        self.approve_on.setVisible(outside_committee)
        self.approve_button.setEnabled(can_approve_here)
        self.approve_on.setEnabled(can_approve_here)
        if self.approve_on.value() is None:
            self.approve_on.set_value(today)

        self._previous = detail.previous
        self.previous_box.setVisible(detail.meeting.committee_id is not None)
        previous = detail.previous
        if previous is None:
            self.previous_text.setText(self.tr("This is the committee's first meeting."))
            self.approve_previous_button.setEnabled(False)
        else:
            text = self.tr("“{title}” on {day}: minutes {status}.").format(
                title=isolate(previous.title),
                day=_when(previous),
                status=label(previous.minutes_status),
            )
            if previous.minutes_status is not MinutesStatus.APPROVED and not held:
                text += " " + self.tr("Mark this meeting as held to approve them here.")
            self.previous_text.setText(text)
            self.approve_previous_button.setEnabled(
                ready
                and held
                and detail.minutes_status is not MinutesStatus.APPROVED
                and previous.minutes_status is not MinutesStatus.APPROVED
                and previous.status is MeetingStatus.HELD
            )
        self.amendments_box.setVisible(status is MinutesStatus.APPROVED)
        self.amendments.clear()
        for amendment in detail.amendments:
            reason = f" ({amendment.reason})" if amendment.reason else ""
            self.amendments.addItem(f"{amendment.amended_on.isoformat()}: {amendment.text}{reason}")

    def clear_amendment(self) -> None:
        self.amendment_text.set_value(None)
        self.amendment_reason.set_value(None)
