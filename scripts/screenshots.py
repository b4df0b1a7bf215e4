"""Screenshots of the real window for the user guide, on the demo's multilingual records.

Run under Xvfb, with no fonts but scdesk's own (FONTCONFIG_FILE points at an empty font
configuration), so the pictures prove the bundled fonts are enough:

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python scripts/screenshots.py

It writes docs/screenshots/: main-window, meeting-form, youth-activity (its people),
youth-activity-participation, dashboard, sync (the hub after importing a bundle from an
officer's laptop), reports (the Urdu minutes previewed on the Reports page), activity-report
(a Tamil activity's report opened from its page), duplicates (the probable duplicates in the
demo's records), support (the Support page's grants and totals), support-urdu (a grant
recorded in Urdu for Mardan), cooperation (the Cooperation page at 1024x600) and
cooperation-urdu (a raising recorded in Urdu for Mardan, with its form), as PNG.
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


def _without_system_fonts(folder: Path) -> None:
    """Qt finds fonts through fontconfig: an empty configuration hides every system font."""
    config = folder / "fonts.conf"
    config.write_text(_NO_FONTS.format(cache=folder / "cache"), encoding="utf-8")
    os.environ["FONTCONFIG_FILE"] = str(config)


def main() -> int:
    work = Path(tempfile.mkdtemp(prefix="scdesk-shots-"))
    _without_system_fonts(work)
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from scdesk.domain.devices import DeviceRole, DeviceSetup
    from scdesk.services.demo import fill_demo
    from scdesk.services.first_run import set_up_device
    from scdesk.store.store import STORE_FILE, Store
    from scdesk.ui.app import Launcher, open_context
    from scdesk.ui.fonts import load_fonts

    data = work / "data"
    with Store.open(data / STORE_FILE) as store:
        fill_demo(store, scale=1)
        set_up_device(store, DeviceSetup("Hub desktop", DeviceRole.HUB, "Hub staff", None, "en"))
        bundle = _laptop_bundle(store, work)
    app = QApplication(sys.argv[:1])
    loaded = load_fonts(app)
    print(f"fonts loaded: {', '.join(loaded)}")
    context = open_context(data)
    if context is None:
        return 1
    window = Launcher(context).start()
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

    from scdesk.services.report_requests import Subject
    from scdesk.services.reports import ReportKind
    from scdesk.store.models import Activity, City, Meeting
    from scdesk.ui.context import AppContext
    from scdesk.ui.forms.cooperation_form import RaisingForm
    from scdesk.ui.forms.record_form import SomeRecordForm
    from scdesk.ui.forms.support_forms import GrantForm
    from scdesk.ui.main_window import MainWindow
    from scdesk.ui.pages.cooperation import CooperationPage
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

    def last() -> int:
        _grab("cooperation-urdu", (1024, 600))
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
        last,
    ]


if __name__ == "__main__":
    sys.exit(main())
