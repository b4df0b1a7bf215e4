"""The Reports page: choose a report and what it is of, preview it inside the app, then save or
print it; the sheets for analysts are saved straight to a file."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from scdesk.domain.changes import Changes
from scdesk.services.report_requests import (
    PAGE_OFFERS,
    Offer,
    ReportRequest,
    Subject,
    is_sheet_export,
    report_file_name,
    save_report,
)
from scdesk.services.reports import ReportKind
from scdesk.ui.context import AppContext
from scdesk.ui.pages.reading_page import page_title
from scdesk.ui.pages.report_options import (
    CityOptions,
    CommitteeOptions,
    EventOptions,
    FiguresOptions,
    Options,
    SheetsOptions,
)
from scdesk.ui.pdf_preview import PdfPreview, choose_save_path
from scdesk.ui.report_dialog import LanguageChoice, PaperChoice
from scdesk.ui.report_names import offer_name


class ReportsPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        layout = QVBoxLayout(self)
        title = page_title(self.tr("Reports"), self)
        layout.addWidget(title)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        layout.addWidget(splitter, 1)

        scroll = QScrollArea(splitter)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        left = QWidget(scroll)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 8, 0)
        self.kinds = QListWidget(left)
        caption = QLabel(self.tr("&Report"), left)
        caption.setBuddy(self.kinds)
        self.kinds.setAccessibleName(self.tr("Report"))
        for offer in PAGE_OFFERS:
            QListWidgetItem(offer_name(offer), self.kinds)
        self.kinds.setMaximumHeight(self.kinds.sizeHintForRow(0) * len(PAGE_OFFERS) + 8)
        column.addWidget(caption)
        column.addWidget(self.kinds)

        #: One panel per subject, only the chosen report's shown (and so taking room).
        self.panels: dict[Subject, Options] = {
            Subject.PERIOD: FiguresOptions(context, left),
            Subject.COMMITTEE: CommitteeOptions(context, left),
            Subject.CITY: CityOptions(context, left),
            Subject.MEETING: EventOptions(context, Subject.MEETING, left),
            Subject.ACTIVITY: EventOptions(context, Subject.ACTIVITY, left),
            Subject.SHEETS: SheetsOptions(context, left),
        }
        for panel in self.panels.values():
            panel.hide()
            column.addWidget(panel)

        self.common = QFormLayout()
        self.common.setContentsMargins(0, 0, 0, 0)
        self.language = LanguageChoice(left)
        self.common.addRow(self._caption(self.tr("&Language"), self.language, left), self.language)
        self.paper = PaperChoice(left)
        self.common.addRow(self._caption(self.tr("Paper si&ze"), self.paper, left), self.paper)
        column.addLayout(self.common)

        buttons = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("Pre&view"), left)
        self.preview_button.setAccessibleName(self.tr("Preview"))
        self.preview_button.setDefault(True)
        self.preview_button.clicked.connect(self.show_preview)
        self.save_sheets_button = QPushButton(self.tr("&Save the tables…"), left)
        self.save_sheets_button.setAccessibleName(self.tr("Save the tables"))
        self.save_sheets_button.clicked.connect(self.save_sheets)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.save_sheets_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        self.message = QLabel(left)
        self.message.setAccessibleName(self.tr("Reports status"))
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.message)
        column.addStretch(1)
        scroll.setWidget(left)
        #: The options, scrolling up and down beside the preview.
        self.options = scroll

        self.preview = PdfPreview(context, splitter)
        splitter.addWidget(scroll)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([380, 820])

        self.kinds.currentRowChanged.connect(self._on_kinds_current_row_changed)
        self.kinds.setCurrentRow(0)
        context.ops.changes_applied.connect(self._on_changes_applied)

    def _caption(self, text: str, buddy: QWidget, parent: QWidget) -> QLabel:
        caption = QLabel(text, parent)
        caption.setBuddy(buddy)
        return caption

    # ------------------------------------------------------------------ choosing
    def offer(self) -> Offer:
        return PAGE_OFFERS[max(self.kinds.currentRow(), 0)]

    def choose(self, kind: ReportKind, subject: Subject) -> None:
        """Pick a report in the list, as a click would."""
        self.kinds.setCurrentRow(PAGE_OFFERS.index(Offer(kind, subject)))

    def _on_kinds_current_row_changed(self, _row: int) -> None:
        offer = self.offer()
        panel = self.panels[offer.subject]
        for other in self.panels.values():
            other.setVisible(other is panel)
        panel.show_offer(offer)
        sheets = is_sheet_export(offer.kind)
        self.common.setRowVisible(self.language, not sheets)
        self.common.setRowVisible(self.paper, not sheets)
        self.language.offer_own(offer.subject in (Subject.MEETING, Subject.ACTIVITY))
        self.preview_button.setVisible(not sheets)
        self.save_sheets_button.setVisible(sheets)
        self.message.clear()
        self._fit_options()

    def _fit_options(self) -> None:
        """The options keep the width of their longest label and choice beside the preview
        (in Tamil on a laptop the splitter would cut them)."""
        options = self.options.widget()
        if options is not None:
            bar = self.options.verticalScrollBar().sizeHint().width()
            self.options.setMinimumWidth(options.minimumSizeHint().width() + bar)

    def request(self) -> ReportRequest:
        offer = self.offer()
        base = ReportRequest(
            offer.kind, language=self.language.language(), paper=self.paper.paper()
        )
        return self.panels[offer.subject].fill(base)

    # ------------------------------------------------------------------ acting
    def show_preview(self) -> None:
        self.message.clear()
        self.preview.make(self.request())

    def save_sheets(self) -> None:
        request = self.request()
        store = self.context.store
        if request.kind is ReportKind.CSV:
            kind_filter = self.tr("Zip archives of CSV files (*.zip)")
        else:
            kind_filter = self.tr("Excel workbooks (*.xlsx)")
        path = choose_save_path(self, report_file_name(store, request), kind_filter)
        if path is None:
            return
        self.message.setText(self.tr("Writing the tables…"))
        self.context.ops.run(
            self,
            lambda progress: save_report(store, request, path, progress),
            self._on_sheets_saved,
            label=self.tr("Writing the tables…"),
            writes=False,
            on_failure=self._on_sheets_refused,
        )

    def _on_sheets_saved(self, path: Path) -> None:
        self.message.setText(self.tr("The tables were saved as {path}").format(path=path))

    def _on_sheets_refused(self, error: Exception) -> bool:
        self.message.setText(str(error))
        return True

    def _on_changes_applied(self, changes: Changes, initiator: object) -> None:
        for panel in self.panels.values():
            if changes.affects(*panel.WATCHED):
                panel.reload()
