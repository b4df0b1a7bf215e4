"""A report of one meeting or activity in its own window, opened from the record's page; and
the language and paper choosers it shares with the Reports page."""

import dataclasses

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from scdesk.domain.languages import language_codes, language_name
from scdesk.services.report_requests import ReportRequest
from scdesk.services.reports import Paper
from scdesk.ui.context import AppContext
from scdesk.ui.forms.fields import ChoiceField
from scdesk.ui.pdf_preview import PdfPreview
from scdesk.ui.preserved import PreservedDialog


class LanguageChoice(ChoiceField):
    """The languages reports are printed in; for a meeting or an activity, first its own."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Language of the report"))
        #: The user chose a language: it stays chosen from one report to the next.
        self._picked = False
        self.edited.connect(self._on_edited)
        self.offer_own(False)

    def _on_edited(self) -> None:
        self._picked = True

    def offer_own(self, own: bool) -> None:
        """Offer "the record's own language" (the value None) first and start there, or start
        at English; a language the user picked stays picked."""
        chosen = self.value() if self._picked else None
        self._none_label = self.tr("Its own language") if own else None
        self.set_choices([(code, language_name(code)) for code in language_codes()])
        self.set_value(chosen if chosen is not None or own else "en")
        if chosen is None and own:
            self.setCurrentIndex(0)

    def language(self) -> str | None:
        return self.value()


class PaperChoice(ChoiceField):
    """A4, or US Letter where the user's locale measures in inches."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Paper size"))
        self.set_choices(
            [(Paper.A4.value, self.tr("A4")), (Paper.LETTER.value, self.tr("US Letter"))]
        )
        inches = QLocale().measurementSystem() is QLocale.MeasurementSystem.ImperialUSSystem
        self.set_value(Paper.LETTER.value if inches else Paper.A4.value)

    def paper(self) -> Paper:
        return Paper(self.value() or Paper.A4.value)


class ReportDialog(PreservedDialog):
    """The preview of one report of one record, made again when its language or paper change."""

    def __init__(
        self, context: AppContext, request: ReportRequest, title: str, parent: QWidget | None
    ) -> None:
        super().__init__("report-preview", context.settings_store, parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self._request = request
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.language = LanguageChoice(self)
        self.language.offer_own(True)
        self.language.set_value(request.language)
        self.paper = PaperChoice(self)
        for text, field in (
            (self.tr("&Language"), self.language),
            (self.tr("Paper si&ze"), self.paper),
        ):
            caption = QLabel(text, self)
            caption.setBuddy(field)
            row.addWidget(caption)
            row.addWidget(field)
        row.addStretch(1)
        layout.addLayout(row)
        self.preview = PdfPreview(context, self)
        layout.addWidget(self.preview, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.language.edited.connect(self.start)
        self.paper.edited.connect(self.start)
        self.resize(860, 900)

    def request(self) -> ReportRequest:
        return dataclasses.replace(
            self._request, language=self.language.language(), paper=self.paper.paper()
        )

    def start(self) -> None:
        self.preview.make(self.request())
