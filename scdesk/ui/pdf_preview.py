"""The preview of a report inside the app: made in the background, shown with QtPdf, saved as a
file or printed. The Reports page holds one; a meeting's or an activity's page opens one in a
dialog (report_dialog.py). QtPdf is imported with this module, when a preview is first needed."""

import logging
from pathlib import Path

import shiboken6
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QRect,
    QSize,
    QStandardPaths,
    Signal,
)
from PySide6.QtGui import QImageWriter, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from scdesk.domain.errors import UserError
from scdesk.domain.progress import CancelledError, Progress, silent
from scdesk.services.report_requests import (
    ReportFile,
    ReportRequest,
    prepare_report,
    write_report_file,
)
from scdesk.ui.context import AppContext
from scdesk.ui.ops import show_refusal

log = logging.getLogger(__name__)

#: Pages are drawn for the printer at no more than this many dots per inch: sharp on paper,
#: and an A4 page stays a few megabytes in memory.
PRINT_DPI = 300


class PdfPreview(QWidget):
    """A report's pages, scrolled through; Save as… and Print… once it is shown."""

    #: A report is on show (its document loaded), or a refusal said why not.
    shown = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.report: ReportFile | None = None
        self._generation = 0
        self._buffer: QBuffer | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.status = QLabel(self.tr("Choose a report and press Preview."), self)
        self.status.setAccessibleName(self.tr("Preview status"))
        self.status.setWordWrap(True)
        layout.addWidget(self.status)  # above the buttons: beside them, a laptop is too narrow
        bar.addStretch(1)
        self.zoom = QComboBox(self)
        self.zoom.setAccessibleName(self.tr("Zoom"))
        self.zoom.addItem(self.tr("Fit width"), QPdfView.ZoomMode.FitToWidth)
        self.zoom.addItem(self.tr("Whole page"), QPdfView.ZoomMode.FitInView)
        self.zoom.currentIndexChanged.connect(self._on_zoom_current_index_changed)
        bar.addWidget(self.zoom)
        self.save_button = QPushButton(self.tr("Save &as…"), self)
        self.save_button.setAccessibleName(self.tr("Save as"))
        self.save_button.setAutoDefault(False)  # Enter in a dialog does not open the file chooser
        self.save_button.clicked.connect(self.save_as)
        bar.addWidget(self.save_button)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setAccessibleName(self.tr("Print"))
        self.print_button.setAutoDefault(False)
        self.print_button.clicked.connect(self.print_report)
        bar.addWidget(self.print_button)
        layout.addLayout(bar)

        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setAccessibleName(self.tr("Report preview"))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        layout.addWidget(self.view, 1)
        self._set_ready(False)

    # ------------------------------------------------------------------ making
    def make(self, request: ReportRequest) -> None:
        """Make the report in the background (with progress and Cancel) and show it; the result
        of an earlier request still running is dropped."""
        self._generation += 1
        generation = self._generation
        store = self.context.store
        self._set_ready(False)
        self.status.setText(self.tr("Preparing the report…"))
        self.context.ops.run(
            self,
            lambda progress: prepare_report(store, request, progress),
            lambda report: self._on_made(generation, report),
            label=self.tr("Preparing the report…"),
            writes=False,
            on_failure=lambda error: self._on_refused(generation, error),
        )

    def _on_made(self, generation: int, report: ReportFile) -> None:
        if generation == self._generation:
            self.show_report(report)

    def _on_refused(self, generation: int, error: UserError) -> bool:
        if generation == self._generation:
            self.clear(str(error))
            self.shown.emit()
        return True

    def show_report(self, report: ReportFile) -> None:
        """Show a report's pages; its bytes stay in memory (a sign-in sheet holds names: no
        temporary file is left behind)."""
        self.document.close()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(report.data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer
        if self.document.status() is not QPdfDocument.Status.Ready:
            log.error("a report could not be shown: %s", self.document.error())
            self.clear(self.tr("The report could not be shown."))
            self.shown.emit()
            return
        self.report = report
        self.status.setText(self.tr("Ready: %n page(s)", "", self.document.pageCount()))
        self._set_ready(True)
        self.shown.emit()

    def clear(self, text: str) -> None:
        self.document.close()
        self.report = None
        self.status.setText(text)
        self._set_ready(False)

    def _set_ready(self, ready: bool) -> None:
        self.save_button.setEnabled(ready)
        self.print_button.setEnabled(ready)

    def _on_zoom_current_index_changed(self, _index: int) -> None:
        self.view.setZoomMode(self.zoom.currentData())

    # ------------------------------------------------------------------ saving and printing
    def save_as(self) -> None:
        report = self.report
        if report is None:
            return
        chosen = choose_save_path(self, report.name, self.tr("PDF documents (*.pdf)"))
        if chosen is None:
            return
        try:
            write_report_file(chosen, report.data)
        except UserError as error:
            show_refusal(self, error)
            return
        self.status.setText(self.tr("Saved as {path}").format(path=chosen))

    def print_report(self) -> None:
        report = self.report
        if report is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(report.name)
        fit_printer(printer, self.document)
        dialog = QPrintDialog(printer, self)
        dialog.setAccessibleName(self.tr("Print"))
        if dialog.exec() != QDialog.DialogCode.Accepted or not shiboken6.isValid(self):
            return
        self.status.setText(self.tr("Printing…"))
        # Qt loads its image plugins when a PDF printer first draws an image, and moves them to
        # the GUI thread; done first on the printing thread, that move can wait for ever on the
        # GUI thread. Loaded here, on the GUI thread, they are ready.
        QImageWriter.supportedImageFormats()
        # Drawn in the background (QPainter may draw on a QPrinter from another thread): a long
        # report does not freeze the window, and Cancel stops it.
        self.context.ops.run(
            self,
            lambda progress: paint_pages(report.data, printer, progress),
            lambda pages: self.status.setText(self.tr("Sent %n page(s) to the printer", "", pages)),
            label=self.tr("Printing…"),
            writes=False,
        )


def choose_save_path(parent: QWidget, name: str, filter_text: str) -> Path | None:
    """Where to save a file, offered in the user's documents folder under its own name."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("PdfPreview", "Save the report"),
        str(Path(folder) / name),
        filter_text,
    )
    return Path(path) if path else None


def fit_printer(printer: QPrinter, document: QPdfDocument) -> None:
    """Paper as the report's first page (A4 or US Letter), printed edge to edge: the report
    has its own margins."""
    if document.pageCount() == 0:
        return
    points = document.pagePointSize(0)
    size = QPageSize(points, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    orientation = (
        QPageLayout.Orientation.Landscape
        if points.width() > points.height()
        else QPageLayout.Orientation.Portrait
    )
    printer.setPageSize(size)
    printer.setPageOrientation(orientation)
    printer.setFullPage(True)


def paint_pages(data: bytes, printer: QPrinter, progress: Progress | None = None) -> int:
    """Draw every page of a PDF on the printer, each scaled to fit its page; the number of pages
    drawn. Runs on any thread: it reads the PDF into a document of its own. Cancel abandons the
    print job."""
    progress = progress or silent()
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    painter = QPainter()
    if document.status() is not QPdfDocument.Status.Ready or not painter.begin(printer):
        text = QCoreApplication.translate(
            "PdfPreview", "The printer could not be started: check that it is on and connected."
        )
        raise UserError(text)
    pages = document.pageCount()
    try:
        for page in range(pages):
            progress.step(page, pages)
            if page > 0:
                printer.newPage()
            target = painter.viewport()
            points = document.pagePointSize(page)
            scale = min(target.width() / points.width(), target.height() / points.height())
            drawn = QSize(round(points.width() * scale), round(points.height() * scale))
            sharp = min(scale, PRINT_DPI / 72)
            image = document.render(
                page, QSize(round(points.width() * sharp), round(points.height() * sharp))
            )
            left = target.x() + (target.width() - drawn.width()) // 2
            top = target.y() + (target.height() - drawn.height()) // 2
            painter.drawImage(QRect(left, top, drawn.width(), drawn.height()), image)
    except CancelledError:
        printer.abort()
        raise
    finally:
        painter.end()
        document.close()
    progress.report(pages, pages)
    return pages
