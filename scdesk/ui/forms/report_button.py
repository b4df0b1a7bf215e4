"""The Reports menu of a saved meeting's or activity's page: the reports that fit it, each
opening its preview (the preview's module, and QtPdf, are imported on first use)."""

from functools import partial
from uuid import UUID

from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from scdesk.services.report_requests import ReportRequest, Subject
from scdesk.services.reports import ReportKind
from scdesk.ui.context import AppContext
from scdesk.ui.report_names import report_name
from scdesk.ui.text_direction import isolate


class ReportsButton(QToolButton):
    """Hidden until the record is saved; a report shows the record as last saved."""

    def __init__(self, context: AppContext, subject: Subject, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.subject = subject
        self.record_id: UUID | None = None
        self.record_title = ""
        self.setText(self.tr("&Reports"))
        self.setAccessibleName(self.tr("Reports"))
        self.setToolTip(self.tr("Preview, print or save this record's reports, as last saved"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setMenu(QMenu(self))
        self.hide()

    def offer(self, record_id: UUID | None, kinds: tuple[ReportKind, ...], title: str = "") -> None:
        """The reports that fit the saved record (none for a new one)."""
        self.record_id = record_id
        self.record_title = title
        menu = self.menu()
        menu.clear()
        for kind in kinds:
            action = menu.addAction(report_name(kind))
            action.triggered.connect(partial(self._on_report_triggered, kind))
        self.setVisible(record_id is not None)
        self.setEnabled(bool(kinds))

    def _on_report_triggered(self, kind: ReportKind, _checked: bool = False) -> None:
        self.open_report(kind)

    def open_report(self, kind: ReportKind) -> QWidget:
        from scdesk.ui.report_dialog import ReportDialog

        if self.record_id is None:
            raise ValueError("reports are of saved records")
        if self.subject is Subject.MEETING:
            request = ReportRequest(kind, meeting_id=self.record_id)
        else:
            request = ReportRequest(kind, activity_id=self.record_id)
        title = self.tr("{report}: {record}").format(
            report=report_name(kind), record=isolate(self.record_title)
        )
        dialog = ReportDialog(self.context, request, title, self.window())
        dialog.show()
        dialog.start()
        return dialog
