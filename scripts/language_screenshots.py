"""Screenshots of the interface in Urdu, Tamil and Bengali on a cheap laptop's screens, for the
user guide's "In your language" section; looked at for boxes, clipping, order and anything off
screen.

    .venv/bin/python scripts/language_screenshots.py

runs itself under Xvfb once per screen size (1024x600 and 1366x768, so the window meets the
screen it would have) and writes docs/screenshots/lang/<lang>-<size>-<page>.png for the main
window on Meetings, a meeting form (a meeting recorded in that language), the dashboard and
the Sync page, and in Urdu at 1366x768 the programme's pages (findings, plans, support,
cooperation, indicators). With only scdesk's own fonts, like scripts/screenshots.py.
"""

import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshots import ROOT, without_system_fonts

OUT = ROOT / "docs" / "screenshots" / "lang"
LANGUAGES = ("ur", "ta", "bn")
SIZES = ((1024, 600), (1366, 768))
#: The programme's pages, shot in Urdu beside their English pictures in the user guide.
PROGRAMME_PAGES = ("findings", "plans", "support", "cooperation", "indicators")
PROGRAMME_LANGUAGES = ("ur",)
PROGRAMME_SIZES = ("1366x768",)


def main() -> int:
    if len(sys.argv) == 1:
        for width, height in SIZES:
            screen = f"-screen 0 {width}x{height}x24"
            command = [
                "xvfb-run",
                "-a",
                "-s",
                screen,
                sys.executable,
                __file__,
                f"{width}x{height}",
            ]
            if subprocess.run(command, check=False).returncode != 0:  # noqa: S603 - our own script
                return 1
        return 0
    return shoot(sys.argv[1])


def shoot(size: str) -> int:
    work = Path(tempfile.mkdtemp(prefix="scdesk-lang-shots-"))
    without_system_fonts(work)
    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import select

    from scdesk import i18n
    from scdesk.domain.devices import DeviceRole, DeviceSetup
    from scdesk.services.demo import fill_demo
    from scdesk.services.first_run import set_up_device
    from scdesk.store.models import Meeting
    from scdesk.store.store import STORE_FILE, Store
    from scdesk.ui.app import Launcher, open_context
    from scdesk.ui.fonts import load_fonts
    from scdesk.ui.language import Interface
    from scdesk.ui.main_window import MainWindow

    data = work / "data"
    with Store.open(data / STORE_FILE) as store:
        fill_demo(store, scale=1)
        set_up_device(store, DeviceSetup("Hub desktop", DeviceRole.HUB, "Hub staff", None, "en"))
        with store.read() as session:
            meeting_ids = {
                language: session.execute(
                    select(Meeting.id)
                    .where(Meeting.language == language, Meeting.status == "held")
                    .order_by(Meeting.starts_at.desc())
                )
                .scalars()
                .first()
                for language in LANGUAGES
            }
    app = QApplication(sys.argv[:1])
    i18n.install(lambda c, text, note, n: QCoreApplication.translate(c, text, note or None, n))
    load_fonts(app)
    interface = Interface(app)
    context = open_context(data)
    if context is None:
        return 1
    launcher = Launcher(context, interface)
    OUT.mkdir(parents=True, exist_ok=True)

    def main_window() -> MainWindow:
        window = launcher.window
        assert isinstance(window, MainWindow)  # noqa: S101 - a script's own expectation
        return window

    def language_steps(language: str) -> list[Callable[[], int]]:
        """Each step grabs what the one before showed, then shows the next page."""

        def grab(page: str) -> None:
            path = OUT / f"{language}-{size}-{page}.png"
            app.primaryScreen().grabWindow(0).save(str(path))
            print(f"wrote {path.relative_to(ROOT)}")

        def meetings() -> int:
            launcher.speak(language)
            main_window().show_page("meetings")
            return 1500

        def meeting_form() -> int:
            grab("meetings")
            main_window().opener.open("meeting", meeting_ids[language])
            return 1500

        def dashboard() -> int:
            grab("meeting-form")
            for form in main_window().opener.forms():
                form.close()
            main_window().show_page("dashboard")
            return 4000

        def sync() -> int:
            grab("dashboard")
            main_window().show_page("sync")
            return 1500

        def programme(shown: str, page: str) -> Callable[[], int]:
            def step() -> int:
                grab(shown)
                main_window().show_page(page)
                return 2500

            return step

        def done() -> int:
            grab(shown_last)
            return 0

        steps = [meetings, meeting_form, dashboard, sync]
        shown_last = "sync"
        if language in PROGRAMME_LANGUAGES and size in PROGRAMME_SIZES:
            for page in PROGRAMME_PAGES:
                steps.append(programme(shown_last, page))
                shown_last = page
        return [*steps, done]

    steps = [step for language in LANGUAGES for step in language_steps(language)]

    def run(index: int = 0) -> None:
        if index == len(steps):
            app.quit()
            return
        delay = steps[index]()
        QTimer.singleShot(delay, lambda: run(index + 1))

    launcher.start()
    QTimer.singleShot(800, run)
    app.exec()
    context.store.close()
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    sys.exit(main())
