"""Reports from the GUI, on the demo's records: the Reports page previews a report inside the
app, saves it as a file and prints it; a meeting's and an activity's page offer their own; the
tables are saved de-identified unless personal data is asked for and confirmed."""

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from scdesk.domain.counts import MOST_BLANK_ROWS
from scdesk.domain.devices import DeviceRole, DeviceSetup
from scdesk.domain.figures import FigureKey
from scdesk.domain.meetings import MeetingStatus
from scdesk.domain.periods import Period
from scdesk.domain.progress import CancelledError, Progress
from scdesk.services.figures import FigureQuery, compute_figures
from scdesk.services.first_run import set_up_device
from scdesk.services.report_requests import ReportRequest, Subject
from scdesk.services.reports import ReportKind
from scdesk.services.sheet_export import all_sheets
from scdesk.store.models import Activity, Committee, Meeting
from scdesk.store.store import Store
from scdesk.ui.forms.activity_form import ActivityForm
from scdesk.ui.forms.meeting_form import MeetingForm
from scdesk.ui.main_window import MainWindow
from scdesk.ui.pages.report_options import EventOptions, FiguresOptions, SheetsOptions
from scdesk.ui.pages.reports import ReportsPage
from scdesk.ui.pdf_preview import PdfPreview, fit_printer, paint_pages
from scdesk.ui.report_dialog import ReportDialog
from scdesk.ui.text_direction import isolate
from tests.demo_stores import make_demo_template, open_demo_copy
from tests.pdf_tools import pdf_pages, pdf_text
from tests.ui.conftest import choose, click, dispose, make_context, press, settle

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_demo_template(tmp_path_factory.mktemp("demo"))


@pytest.fixture
def window(
    qtbot: QtBot, demo_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[MainWindow]:
    data = tmp_path / "data"
    data.mkdir()
    for store in open_demo_copy(demo_template, data, monkeypatch):
        set_up_device(store, DeviceSetup("Hub", DeviceRole.HUB, "Hub staff"))
        context = make_context(store)
        main = MainWindow(context)
        qtbot.addWidget(main)
        main.show()
        qtbot.waitExposed(main)
        yield main
        for widget in main.findChildren(QWidget):
            if isinstance(widget, ReportDialog):
                widget.close()
        dispose(context)


@pytest.fixture
def saved_as(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> dict[str, str]:
    """The save dialog, answered with a file in tmp_path; it keeps the name it offered."""
    asked: dict[str, str] = {}

    def answer(parent: QWidget, caption: str, offered: str, kinds: str) -> tuple[str, str]:
        asked["offered"] = Path(offered).name
        suffix = Path(offered).suffix
        return str(tmp_path / f"chosen{suffix}"), kinds

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    return asked


def _reports(qtbot: QtBot, window: MainWindow) -> ReportsPage:
    page = window.show_page("reports")
    assert isinstance(page, ReportsPage)
    settle(qtbot, window.context)
    return page


def _shown(qtbot: QtBot, preview: PdfPreview) -> QPdfDocument:
    qtbot.waitUntil(lambda: preview.report is not None, timeout=20_000)
    assert preview.document.status() is QPdfDocument.Status.Ready
    assert preview.document.pageCount() >= 1
    return preview.document


def _first(store: Store, statement: Any) -> UUID:
    with store.read() as session:
        found = session.execute(statement).scalars().first()
    assert isinstance(found, UUID)
    return found


def test_key_figures_preview_inside_the_app_and_save_as_writes_that_pdf(
    qtbot: QtBot, window: MainWindow, saved_as: dict[str, str], tmp_path: Path
) -> None:
    page = _reports(qtbot, window)
    assert page.offer().kind is ReportKind.KEY_FIGURES
    assert not page.preview.save_button.isEnabled()
    options = page.panels[Subject.PERIOD]
    choose(options.period, Period.ALL.value)  # type: ignore[attr-defined]
    options.acknowledgement.setPlainText("Funded by the Peace Fund.")  # type: ignore[attr-defined]
    click(page.preview_button)

    document = _shown(qtbot, page.preview)
    assert page.preview.status.text() == f"Ready: {document.pageCount()} page(s)"
    click(page.preview.save_button)

    assert saved_as["offered"] == "key-figures-all.pdf"
    text = pdf_text((tmp_path / "chosen.pdf").read_bytes())
    engaged = compute_figures(window.store, FigureQuery(outward=True))
    assert f"{engaged.figures[FigureKey.PEOPLE_ENGAGED].total:,} people took part" in text
    assert "Funded by the Peace Fund." in text
    assert page.preview.status.text() == f"Saved as {tmp_path / 'chosen.pdf'}"


def test_indicators_preview_from_the_page_shows_actual_against_target(
    qtbot: QtBot, window: MainWindow, saved_as: dict[str, str], tmp_path: Path
) -> None:
    page = _reports(qtbot, window)
    page.choose(ReportKind.INDICATORS, Subject.PERIOD)
    options = page.panels[Subject.PERIOD]
    assert isinstance(options, FiguresOptions)
    assert not options.country.isVisible()  # targets are set per city or for all cities
    assert not options.acknowledgement.isVisible()
    choose(options.period, Period.ALL.value)
    click(page.preview_button)

    _shown(qtbot, page.preview)
    click(page.preview.save_button)

    assert saved_as["offered"] == "indicators-all.pdf"
    text = " ".join(pdf_text((tmp_path / "chosen.pdf").read_bytes()).split())
    assert "Actual against target" in text
    assert "OP1.1 · People engaged in prevention activities" in text
    page.choose(ReportKind.KEY_FIGURES, Subject.PERIOD)
    assert options.country.isVisible()


def test_print_draws_every_page_of_the_preview_on_the_printer_in_the_background(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _reports(qtbot, window)
    page.choose(ReportKind.SIGN_IN, Subject.MEETING)
    settle(qtbot, window.context)
    click(page.preview_button)
    document = _shown(qtbot, page.preview)
    printed = tmp_path / "printed.pdf"

    def print_to_file(dialog: QPrintDialog) -> int:  # the user picks "print to file"
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(printed))
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(QPrintDialog, "exec", print_to_file)
    click(page.preview.print_button)
    qtbot.waitUntil(lambda: page.preview.status.text().startswith("Sent"), timeout=20_000)
    pages = document.pageCount()
    assert page.preview.status.text() == f"Sent {pages} page(s) to the printer"
    assert pdf_pages(printed.read_bytes()) == pages


def test_a_cancelled_print_stops_drawing(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    page = _reports(qtbot, window)
    page.choose(ReportKind.SIGN_IN, Subject.MEETING)
    settle(qtbot, window.context)
    click(page.preview_button)
    document = _shown(qtbot, page.preview)
    report = page.preview.report
    assert report is not None
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    fit_printer(printer, document)
    drawn: list[int] = []
    progress = Progress(report=lambda done, total: drawn.append(done))
    progress.cancel.set()
    with pytest.raises(CancelledError):
        paint_pages(report.data, printer, progress)
    assert drawn == []


def test_a_report_that_needs_a_choice_says_so_in_the_preview(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = _reports(qtbot, window)
    page.choose(ReportKind.CITY_PLAN, Subject.CITY)
    with qtbot.waitSignal(page.preview.shown):
        click(page.preview_button)
    assert page.preview.status.text() == "Choose a city."
    assert page.preview.report is None
    assert not page.preview.print_button.isEnabled()


def test_a_held_meeting_in_urdu_offers_its_minutes_from_its_own_page(
    qtbot: QtBot, window: MainWindow
) -> None:
    store = window.store
    meeting = _first(store, select(Meeting.id).where(
        Meeting.language == "ur", Meeting.status == MeetingStatus.HELD,
        Meeting.committee_id.is_not(None),
    ).order_by(Meeting.starts_at.desc()))  # fmt: skip
    with store.read() as session:
        held = session.get(Meeting, meeting)
        assert held is not None
        committee = session.get(Committee, held.committee_id)
        assert committee is not None
        name, day, title = committee.name, held.starts_at.date(), held.title
    form = window.opener.open("meeting", meeting)
    assert isinstance(form, MeetingForm)
    qtbot.waitUntil(lambda: form.reports_button.isVisible())
    actions = form.reports_button.menu().actions()
    assert [a.text() for a in actions] == ["Minutes", "Sign-in sheet"]

    actions[0].trigger()
    dialog = next(w for w in form.window().findChildren(ReportDialog))
    assert dialog.windowTitle() == f"Minutes: {isolate(title)}"
    _shown(qtbot, dialog.preview)
    assert dialog.preview.report is not None
    slug = "-".join(name.split())
    assert dialog.preview.report.name == f"minutes-{slug}-{day.isoformat()}.pdf"
    assert name in pdf_text(dialog.preview.report.data).replace("\u202b", "").replace("\u202c", "")

    choose(dialog.language, "en")
    qtbot.waitUntil(lambda: "Minutes" in pdf_text(dialog.preview.report.data))  # type: ignore[union-attr]


def test_a_new_meeting_offers_no_reports_until_it_is_saved(
    qtbot: QtBot, window: MainWindow
) -> None:
    form = window.opener.open("meeting", None)
    assert isinstance(form, MeetingForm)
    settle(qtbot, window.context)
    assert not form.reports_button.isVisible()


def test_a_youth_activity_in_tamil_offers_its_report_and_sign_in_sheet(
    qtbot: QtBot, window: MainWindow
) -> None:
    activity = _first(window.store, select(Activity.id).where(Activity.language == "ta"))
    form = window.opener.open("activity", activity)
    assert isinstance(form, ActivityForm)
    qtbot.waitUntil(lambda: form.reports_button.isVisible())
    assert [a.text() for a in form.reports_button.menu().actions()] == [
        "Activity report",
        "Sign-in sheet",
    ]
    dialog = form.reports_button.open_report(ReportKind.SIGN_IN)
    assert isinstance(dialog, ReportDialog)
    _shown(qtbot, dialog.preview)
    assert dialog.preview.report is not None
    assert dialog.preview.report.name.startswith("sign-in-அமைதிக்கான-")


def test_the_sign_in_sheets_blank_rows_stop_at_the_services_bound(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = _reports(qtbot, window)
    page.choose(ReportKind.SIGN_IN, Subject.MEETING)
    options = page.panels[Subject.MEETING]
    assert isinstance(options, EventOptions)
    options.blank_rows.setValue(-1)
    assert options.blank_rows.value() == 0
    options.blank_rows.setValue(MOST_BLANK_ROWS + 100)
    assert options.blank_rows.value() == MOST_BLANK_ROWS
    request = options.fill(ReportRequest(ReportKind.SIGN_IN))
    assert request.blank_rows == MOST_BLANK_ROWS


def test_tables_are_saved_as_xlsx_de_identified_by_default(
    qtbot: QtBot, window: MainWindow, saved_as: dict[str, str], tmp_path: Path
) -> None:
    page = _reports(qtbot, window)
    page.choose(ReportKind.XLSX, Subject.SHEETS)
    assert not page.preview_button.isVisible()
    click(page.save_sheets_button)
    qtbot.waitUntil(lambda: page.message.text().startswith("The tables were saved"))

    assert saved_as["offered"] == "tables-2026-11-25.xlsx"
    workbook = load_workbook(tmp_path / "chosen.xlsx", read_only=True)
    with window.store.read() as session:
        expected = [t.name for t in all_sheets(session, window.store.now().date(), personal=False)]
    assert workbook.sheetnames == expected
    header = next(workbook["people"].iter_rows(max_row=1, values_only=True))
    assert "person_code" in header
    assert "name" not in header
    workbook.close()


@pytest.mark.parametrize(
    ("answer", "included"),
    [(QMessageBox.StandardButton.No, False), (QMessageBox.StandardButton.Yes, True)],
)
def test_personal_data_goes_into_the_tables_only_once_confirmed(
    qtbot: QtBot,
    window: MainWindow,
    saved_as: dict[str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    answer: QMessageBox.StandardButton,
    included: bool,
) -> None:
    asked: list[str] = []

    def question(parent: QWidget, title: str, text: str, *args: object) -> Any:
        asked.append(title)
        return answer

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    page = _reports(qtbot, window)
    page.choose(ReportKind.XLSX, Subject.SHEETS)
    options = page.panels[Subject.SHEETS]
    assert isinstance(options, SheetsOptions)
    press(options.personal, Qt.Key.Key_Space)
    assert asked == ["Include personal data?"]
    assert options.personal.isChecked() is included
    click(page.save_sheets_button)
    qtbot.waitUntil(lambda: page.message.text().startswith("The tables were saved"))

    offered = "tables-personal-2026-11-25.xlsx" if included else "tables-2026-11-25.xlsx"
    assert saved_as["offered"] == offered
    workbook = load_workbook(tmp_path / "chosen.xlsx", read_only=True)
    header = next(workbook["people"].iter_rows(max_row=1, values_only=True))
    assert ("name" in header) is included
    workbook.close()


def test_the_main_window_and_the_forms_start_without_qtpdf() -> None:
    """QtPdf comes with the first preview, not at start-up."""
    code = (
        "import sys\n"
        "import scdesk.ui.main_window\n"
        "import scdesk.ui.forms.meeting_form, scdesk.ui.forms.activity_form\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6.QtPdf')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, check=True, cwd=ROOT, timeout=60
    )
    assert result.stdout.decode().strip() == "[]"


def test_tab_goes_from_the_list_through_the_choices_to_preview(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = _reports(qtbot, window)
    page.choose(ReportKind.MINUTES, Subject.MEETING)
    # Keyboard focus goes to the active window only: wait for this one to be it, whatever
    # window an earlier test showed last.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page.kinds.setFocus()
    qtbot.waitUntil(page.kinds.hasFocus)
    reached = []
    for _ in range(6):
        press(window, Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert focused is not None
        reached.append(focused.accessibleName())
    assert reached == [
        "City", "Meeting", "Language of the report", "Paper size", "Preview", "Zoom",
    ]  # fmt: skip
