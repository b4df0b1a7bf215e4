"""Screenshots of the real window for the user guide, on the demo's multilingual records.

Run under Xvfb, with no fonts but scdesk's own (FONTCONFIG_FILE points at an empty font
configuration), so the pictures prove the bundled fonts are enough:

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python scripts/screenshots.py

It writes docs/screenshots/: main-window, meeting-form, youth-activity (its people),
youth-activity-participation, dashboard, sync (the hub after importing a bundle from an
officer's laptop), reports (the Urdu minutes previewed on the Reports page), activity-report
(a Tamil activity's report opened from its page), duplicates (the probable duplicates in the
demo's records), support (the Support page's grants and totals), support-urdu (a grant recorded
in Urdu for Mardan), findings (the Findings page), consultation-findings (an English
consultation's Findings tab), consultation-findings-ur (an Urdu consultation's key needs, one
being typed in Urdu), plans (the Plans page with a city's versions and its risk matrix) and
plans-urdu (Mardan's draft risk profile, written in Urdu, on the page with its matrix),
cooperation (the Cooperation page at 1024x600) and cooperation-urdu (a raising recorded in Urdu
for Mardan, with its form), as PNG.
"""

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from scdesk.store.store import Store

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
_NO_FONTS = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><cachedir>{cache}</cachedir></fontconfig>
"""


def without_system_fonts(folder: Path) -> None:
    """Qt finds fonts through fontconfig: an empty configuration hides every system font."""
    config = folder / "fonts.conf"
    config.write_text(_NO_FONTS.format(cache=folder / "cache"), encoding="utf-8")
    os.environ["FONTCONFIG_FILE"] = str(config)


def main() -> int:
    work = Path(tempfile.mkdtemp(prefix="scdesk-shots-"))
    without_system_fonts(work)
    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QApplication

    from scdesk import i18n
    from scdesk.domain.devices import DeviceRole, DeviceSetup
    from scdesk.services.demo import fill_demo
    from scdesk.services.first_run import set_up_device
    from scdesk.store.store import STORE_FILE, Store
    from scdesk.ui.app import Launcher, open_context
    from scdesk.ui.fonts import load_fonts
    from scdesk.ui.language import Interface

    data = work / "data"
    with Store.open(data / STORE_FILE) as store:
        fill_demo(store, scale=1)
        set_up_device(store, DeviceSetup("Hub desktop", DeviceRole.HUB, "Hub staff", None, "en"))
        bundle = _laptop_bundle(store, work)
    app = QApplication(sys.argv[:1])
    i18n.install(lambda c, text, note, n: QCoreApplication.translate(c, text, note or None, n))
    loaded = load_fonts(app)
    print(f"fonts loaded: {', '.join(loaded)}")
    context = open_context(data)
    if context is None:
        return 1
    interface = Interface(app)
    interface.use("en")  # English's own plural forms: "3 grants", not "3 grant(s)"
    window = Launcher(context, interface).start()
    OUT.mkdir(parents=True, exist_ok=True)
    steps = _steps(window, context, bundle)

    def run(index: int = 0) -> None:
        if index == len(steps):
            app.quit()
            return
        delay = steps[index]()
        QTimer.singleShot(delay, lambda: run(index + 1))

    QTimer.singleShot(800, run)
    app.exec()
    context.store.close()
    return 0


def _laptop_bundle(hub: "Store", work: Path) -> Path:
    """An officer's laptop in Mardan that took the hub's profile and recorded a person: its
    bundle for the hub, which trusts it (its fingerprint was compared)."""
    from sqlalchemy import select

    from scdesk.domain.devices import DeviceRole, DeviceSetup
    from scdesk.domain.people import (
        CityId,
        ConsentForm,
        ConsentGiver,
        Gender,
        PersonInput,
        PersonRecord,
    )
    from scdesk.services import devices, people, sync
    from scdesk.services.first_run import set_up_device
    from scdesk.store.models import City
    from scdesk.store.store import STORE_FILE, Store

    profile = devices.read_hub_profile(devices.write_hub_profile(hub, work))
    with hub.read() as session:
        city = CityId(session.execute(select(City.id).where(City.name == "Mardan")).scalar_one())
    with Store.open(work / "laptop" / STORE_FILE) as laptop:
        devices.import_hub_profile(laptop, profile)
        setup = DeviceSetup("Mardan laptop", DeviceRole.OFFICER, "Ayesha Khan", city, "ur")
        set_up_device(laptop, setup)
        person = PersonInput(
            "Gul Bano", Gender.FEMALE, city, birth_year=1991, consent_participation=True,
            consent_data=True, consent_by=ConsentGiver.SELF, consent_form=ConsentForm.WRITTEN,
            consent_on=laptop.now().date(),
        )  # fmt: skip
        people.save_person(laptop, PersonRecord(None, person))
        devices.trust_device(hub, devices.this_party(laptop, devices.ensure_device_keys(laptop)))
        return sync.export_bundle(laptop, work).path


def _grab(name: str, size: tuple[int, int] | None = None) -> None:
    """The screen, or its top left corner of size (a window moved there and resized to it)."""
    from PySide6.QtWidgets import QApplication

    screen = QApplication.primaryScreen()
    path = OUT / f"{name}.png"
    shot = screen.grabWindow(0) if size is None else screen.grabWindow(0, 0, 0, *size)
    shot.save(str(path))
    print(f"wrote {path.relative_to(ROOT)}")


def _steps(window: object, context: object, bundle: Path) -> list[Callable[[], int]]:
    """Each step does something and says how long to let the window settle, in ms."""
    from sqlalchemy import select

    from scdesk.domain.plans import FindingCategory
    from scdesk.services.report_requests import Subject
    from scdesk.services.reports import ReportKind
    from scdesk.store.models import Activity, City, Meeting
    from scdesk.ui.context import AppContext
    from scdesk.ui.forms.cooperation_form import RaisingForm
    from scdesk.ui.forms.meeting_form import MeetingForm
    from scdesk.ui.forms.plan_forms import RiskProfileForm
    from scdesk.ui.forms.record_form import SomeRecordForm
    from scdesk.ui.forms.support_forms import GrantForm
    from scdesk.ui.main_window import MainWindow
    from scdesk.ui.pages.cooperation import CooperationPage
    from scdesk.ui.pages.plans import PlansPage
    from scdesk.ui.pages.support import SupportPage
    from scdesk.ui.pages.sync import SyncPage

    assert isinstance(window, MainWindow)  # noqa: S101 - a script's own expectation
    assert isinstance(context, AppContext)  # noqa: S101
    window.move(0, 0)
    window.resize(1280, 800)
    with context.store.read() as session:
        meeting = (
            session.execute(
                select(Meeting.id)
                .where(Meeting.language == "ur", Meeting.status == "held")
                .order_by(Meeting.starts_at.desc())
            )
            .scalars()
            .first()
        )
        activity = (
            session.execute(
                select(Activity.id).where(Activity.language == "ta").order_by(Activity.starts_on)
            )
            .scalars()
            .first()
        )
        mardan = session.scalar(select(City.id).where(City.name == "Mardan"))
        consultations = {
            language: session.execute(
                select(Meeting.id)
                .where(Meeting.kind == "consultation", Meeting.language == language)
                .order_by(Meeting.starts_at)
            )
            .scalars()
            .first()
            for language in ("en", "ur")
        }
    opened: list[SomeRecordForm] = []

    def meetings_page() -> int:
        window.show_page("meetings")
        return 1500

    def meeting_form() -> int:
        _grab("main-window")
        form = window.opener.open("meeting", meeting)
        form.move(150, 40)
        form.resize(1100, 740)
        opened.append(form)
        return 1500

    def agenda_tab() -> int:
        form = opened[-1]
        form.tabs.setCurrentIndex(2)  # type: ignore[attr-defined]
        return 600

    def activity_form() -> int:
        _grab("meeting-form")
        opened[-1].close()
        form = window.opener.open("activity", activity)
        form.move(150, 40)
        form.resize(1100, 700)
        opened.append(form)
        return 1500

    def people_tab() -> int:
        form = opened[-1]
        form.tabs.setCurrentIndex(2)  # type: ignore[attr-defined]
        return 600

    def participation_tab() -> int:
        _grab("youth-activity")
        form = opened[-1]
        form.tabs.setCurrentIndex(3)  # type: ignore[attr-defined]
        return 600

    def dashboard() -> int:
        _grab("youth-activity-participation")
        opened[-1].close()
        window.show_page("dashboard")
        return 5000

    def sync_page() -> int:
        _grab("dashboard")
        page = window.show_page("sync")
        assert isinstance(page, SyncPage)  # noqa: S101
        page.import_paths([bundle])
        return 3000

    def reports_page() -> int:
        _grab("sync")
        page = window.show_page("reports")
        page.choose(ReportKind.MINUTES, Subject.MEETING)  # type: ignore[attr-defined]
        return 1500

    def minutes_preview() -> int:
        page = window.page("reports")
        page.panels[Subject.MEETING].record.set_value(str(meeting))  # type: ignore[attr-defined]
        page.show_preview()  # type: ignore[attr-defined]
        return 4000

    def activity_report() -> int:
        _grab("reports")
        form = window.opener.open("activity", activity)
        opened.append(form)
        return 1500

    def activity_preview() -> int:
        dialog = opened[-1].reports_button.open_report(ReportKind.ACTIVITY)  # type: ignore[attr-defined]
        dialog.move(260, 20)
        dialog.resize(900, 760)
        return 4000

    def duplicates_page() -> int:
        _grab("activity-report")
        opened[-1].close()
        window.show_page("duplicates")
        return 5000

    def support_page() -> int:
        _grab("duplicates")
        window.show_page("support")
        return 2500

    def urdu_grant() -> int:
        _grab("support")
        page = window.page("support")
        assert isinstance(page, SupportPage)  # noqa: S101
        page.city.set_value(str(mardan))
        page.refresh()
        form = window.opener.open("grant", None)
        form.move(700, 250)
        opened.append(form)
        return 2500

    def urdu_grant_saved() -> int:
        form = opened[-1]
        assert isinstance(form, GrantForm)  # noqa: S101
        form.city.set_value(str(mardan))
        form.purpose.set_value("خواتین کی امن کمیٹی کے لیے تربیتی نشستیں")
        form.amount.setValue(250000)
        form.currency.set_value("PKR")
        form.status.set_value("approved")
        form.save()
        return 3000

    def cooperation_page() -> int:
        _grab("support-urdu")
        opened[-1].close()
        window.resize(1024, 600)
        window.show_page("cooperation")
        return 2500

    def urdu_raising() -> int:
        _grab("cooperation", (1024, 600))
        page = window.page("cooperation")
        assert isinstance(page, CooperationPage)  # noqa: S101
        page.city.set_value(str(mardan))
        page.refresh()
        form = window.opener.open("raising", None)
        form.move(300, 90)
        opened.append(form)
        return 2500

    def urdu_raising_saved() -> int:
        form = opened[-1]
        assert isinstance(form, RaisingForm)  # noqa: S101
        form.city.set_value(str(mardan))
        form.after_restore()
        form.national_body.set_value("وزارتِ داخلہ")
        form.subject.set_value("نوجوانوں کے خاندانوں کے لیے قومی ہیلپ لائن")
        form.status.set_value("answered")
        form.outcome.set_value("وزارت نے اگلے سال دو صوبوں میں تجرباتی ہیلپ لائن کا وعدہ کیا")
        form.save()
        return 3000

    def findings_page() -> int:
        _grab("cooperation-urdu", (1024, 600))
        opened[-1].close()
        window.resize(1280, 800)
        window.show_page("findings")
        return 2500

    def consultation(language: str) -> Callable[[], int]:
        def step() -> int:
            form = window.opener.open("meeting", consultations[language])
            form.move(150, 40)
            form.resize(1100, 700)
            opened.append(form)
            return 1500

        return step

    def findings_tab() -> int:
        form = opened[-1]
        assert isinstance(form, MeetingForm)  # noqa: S101
        form.tabs.setCurrentWidget(form.findings)
        return 600

    def english_consultation() -> int:
        _grab("findings")
        return consultation("en")()

    def urdu_consultation() -> int:
        _grab("consultation-findings")
        opened[-1].close()
        return consultation("ur")()

    def urdu_need() -> int:
        form = opened[-1]
        assert isinstance(form, MeetingForm)  # noqa: S101
        needs = form.findings.editors[FindingCategory.KEY_NEED]
        form.findings.categories.setCurrentWidget(needs)
        assert needs.add_button is not None  # noqa: S101
        needs.add_button.click()
        entry = needs.cell(needs.row_count() - 1, "text")
        entry.setText("لڑکیوں کے کھیل کے لیے محفوظ جگہ")
        entry.edited.emit()
        return 600

    def plans_page() -> int:
        _grab("consultation-findings-ur")
        form = opened[-1]
        form.edits.dirty = False  # the typed entry was only for the picture
        form.close()
        window.show_page("plans")
        return 2500

    def urdu_profile() -> int:
        _grab("plans")
        page = window.page("plans")
        assert isinstance(page, PlansPage)  # noqa: S101
        page.table.selectRow(next(i for i, c in enumerate(page.cities) if c.city_id == mardan))
        page.profile.open_button.click()
        return 2500

    def urdu_profile_saved() -> int:
        form = next(f for f in window.findChildren(RiskProfileForm) if f.isVisible())
        form.move(120, 140)
        opened.append(form)
        form.header.title.set_value("مردان کے خطرات")
        form.header.summary.set_value("یونین کونسلوں میں مشاورت سے تیار کیا گیا")
        form.factors.restore([
            {"kind": "threat", "description": "انتخابات سے پہلے نفرت انگیز تقاریر",
             "affected_communities": "شیخ ملتون، بغدادہ", "likelihood": "high", "impact": "high"},
            {"kind": "risk_factor", "description": "نوجوانوں میں بے روزگاری",
             "affected_communities": "شیخ ملتون", "likelihood": "high", "impact": "medium"},
            {"kind": "risk_factor", "description": "پانی پر محلوں کے جھگڑے",
             "affected_communities": "بغدادہ", "likelihood": "medium", "impact": "medium"},
            {"kind": "protective_factor", "description": "علما اور بزرگوں کی امن کمیٹی",
             "affected_communities": "", "likelihood": None, "impact": None},
        ])  # fmt: skip
        form.factors.edited.emit()
        form.save()
        return 3000

    def urdu_page() -> int:
        opened[-1].close()
        return 2000

    def last() -> int:
        _grab("plans-urdu")
        return 0

    return [
        meetings_page,
        meeting_form,
        agenda_tab,
        activity_form,
        people_tab,
        participation_tab,
        dashboard,
        sync_page,
        reports_page,
        minutes_preview,
        activity_report,
        activity_preview,
        duplicates_page,
        support_page,
        urdu_grant,
        urdu_grant_saved,
        cooperation_page,
        urdu_raising,
        urdu_raising_saved,
        findings_page,
        english_consultation,
        findings_tab,
        urdu_consultation,
        findings_tab,
        urdu_need,
        plans_page,
        urdu_profile,
        urdu_profile_saved,
        urdu_page,
        last,
        *_indicator_steps(window, context),
    ]


def _indicator_steps(window: object, context: object) -> list[Callable[[], int]]:
    """The Indicators page at 1024x600 (indicators), then an indicator for Mardan named in
    Urdu, with its target for the women taking part, saved from its form (indicator-form-ur)
    and selected on the page (indicators-ur)."""
    from datetime import date

    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import select

    from scdesk.store.models import City
    from scdesk.ui.context import AppContext
    from scdesk.ui.forms.indicator_form import IndicatorForm
    from scdesk.ui.main_window import MainWindow
    from scdesk.ui.pages.indicators import IndicatorsPage

    assert isinstance(window, MainWindow)  # noqa: S101 - a script's own expectation
    assert isinstance(context, AppContext)  # noqa: S101
    with context.store.read() as session:
        mardan = session.scalar(select(City.id).where(City.name == "Mardan"))
    opened: list[IndicatorForm] = []

    def grab(name: str) -> None:
        path = OUT / f"{name}.png"
        QApplication.primaryScreen().grabWindow(0, 0, 0, 1024, 600).save(str(path))
        print(f"wrote {path.relative_to(ROOT)}")

    def page() -> int:
        window.move(0, 0)
        window.resize(1024, 600)
        window.show_page("indicators")
        return 4000

    def people_engaged() -> int:
        page = window.page("indicators")
        assert isinstance(page, IndicatorsPage)  # noqa: S101
        codes = [r.indicator.code for r in page.results]
        page.indicators.selectRow(codes.index("OP1.1") if "OP1.1" in codes else 0)
        return 800

    def new_form() -> int:
        grab("indicators")
        form = window.opener.open("indicator", None)
        assert isinstance(form, IndicatorForm)  # noqa: S101
        form.move(120, 10)
        form.resize(860, 580)
        opened.append(form)
        return 1500

    def urdu_indicator() -> int:
        form = opened[-1]
        form.code.set_value("MR1.1")
        form.name.set_value("مردان کی امن کمیٹیوں میں شریک خواتین")
        form.breakdowns.restore(["gender", "age_band"])
        start, end = date(2026, 1, 1), date(2026, 6, 30)
        form.targets.add_row(
            {"period_start": start.isoformat(), "period_end": end.isoformat(),
             "city_id": str(mardan), "target": 60, "category": "gender=female"}
        )  # fmt: skip
        form.targets.cell(0, "period_start").setDate(QDate(start.year, start.month, start.day))
        form.save()
        return 4000

    def urdu_selected() -> int:
        grab("indicator-form-ur")
        opened[-1].close()
        page = window.page("indicators")
        assert isinstance(page, IndicatorsPage)  # noqa: S101
        codes = [r.indicator.code for r in page.results]
        page.indicators.selectRow(codes.index("MR1.1") if "MR1.1" in codes else 0)
        return 800

    def last() -> int:
        grab("indicators-ur")
        window.resize(1280, 800)
        return 0

    return [page, people_engaged, new_form, urdu_indicator, urdu_selected, last]


if __name__ == "__main__":
    sys.exit(main())
