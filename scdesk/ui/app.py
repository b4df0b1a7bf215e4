"""The GUI's composition root: the application, fonts, the translation hook and the settings; the
main window's frame, shown at once; then the store and the op helper, and the first-run setup or
the records in the window.

Nothing here imports the store, SQLAlchemy or the models before the frame is painted: they are
imported when the records are opened, after it (scdesk.start keeps the command line out too).
"""

import logging
import os
import sys
import threading
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QObject,
    Qt,
    QTimer,
    QtMsgType,
    Signal,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from scdesk import i18n
from scdesk.domain.errors import UserError
from scdesk.log_file import LOG_NAME
from scdesk.paths import log_dir
from scdesk.ui.fonts import load_fonts
from scdesk.ui.language import Interface, interface_language
from scdesk.ui.main_window import MainWindow
from scdesk.ui.settings_store import SettingsStore

if TYPE_CHECKING:
    from scdesk.ui.context import AppContext

log = logging.getLogger(__name__)

#: Set (to anything), the window says on standard output when it reaches each step of its start,
#: a word a line: "shown" (the frame painted), "first run" (the setup shown instead of the
#: records) or "rows" (the first page filled), then quits at the last. For bench/bench_gui.py
#: and the tests of the start.
PROBE = "SCDESK_START_PROBE"
#: How long the records wait for the frame's first paint before they open anyway (ms).
_PAINT_WAIT = 1000


def run_gui(folder: Path, language: str | None = None, database: str | None = None) -> int:
    """Open the app on the data folder, in language (--lang) when given, else in the one chosen
    in the settings or the system's; its records in the PostgreSQL database at the address
    database (--db) when given, else in the data folder's file."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName("scdesk")
    i18n.install(
        lambda context, text, note, n: QCoreApplication.translate(context, text, note or None, n)
    )
    qInstallMessageHandler(_qt_message)
    load_fonts(app)
    interface = Interface(app)
    settings_store = SettingsStore(folder)
    interface.use(interface_language(language, settings_store.load().ui_language))
    start = Start(folder, database, interface, MainWindow(settings_store=settings_store))
    start.frame.show()
    try:
        code = app.exec()
    finally:
        start.close()
    if start.failure is not None:  # for scdesk.start to log and name, as before the window
        raise start.failure
    return code


class Start(QObject):
    """The frame on screen; once it is painted, SQLAlchemy and the models imported on a thread of
    their own while the frame stays live; then the records opened into it (or the first-run
    setup instead of it), or the sentence saying why they cannot be."""

    #: The store's modules are imported (or failed to be: opening them again says why).
    _imported = Signal()

    def __init__(
        self, folder: Path, database: str | None, interface: Interface, frame: MainWindow
    ) -> None:
        super().__init__()
        self.folder = folder
        self.database = database
        self.interface = interface
        self.frame = frame
        self.context: AppContext | None = None
        self.launcher: Launcher | None = None
        #: What stopped the records from opening, not a refusal: raised again by run_gui.
        self.failure: Exception | None = None
        self.probe = bool(os.environ.get(PROBE))
        self._begun = False
        self._imported.connect(self.open, Qt.ConnectionType.QueuedConnection)
        frame.first_painted.connect(self._on_frame_first_painted)
        # A platform that never paints (none known) must not keep the records closed.
        QTimer.singleShot(_PAINT_WAIT, self._begin)

    def _on_frame_first_painted(self) -> None:
        if self.probe:
            print("shown", flush=True)
        self._begin()

    def _begin(self) -> None:
        if self._begun:  # the fallback timer, after the paint
            return
        self._begun = True
        threading.Thread(target=self._import_store, name="scdesk-imports", daemon=True).start()

    def _import_store(self) -> None:
        """Import on this thread what the GUI thread would otherwise wait for, frozen: Qt-free
        modules only, so no widget is touched here."""
        try:
            import scdesk.store.store  # noqa: F401 - SQLAlchemy and the models
        finally:
            self._imported.emit()

    def open(self) -> None:
        try:
            self._open()
        except Exception as error:  # noqa: BLE001 - raised again by run_gui, out of the loop
            self.failure = error
            self._end(2)

    def _open(self) -> None:
        if not self.frame.isVisible():  # closed while the store's modules were imported
            QCoreApplication.exit(0)  # as Qt's own quit on the last window closed would
            return
        context = open_context(self.folder, self.database, self.frame)
        if context is None:
            self._end(1)
            return
        self.context = context
        log_path = log_dir(self.folder) / LOG_NAME
        sys.excepthook = lambda kind, error, tb: _crashed(kind, error, tb, log_path)
        self.launcher = Launcher(context, self.interface, self.frame)
        window = self.launcher.start()
        if self.probe:
            self._probe(window)

    def _end(self, code: int) -> None:
        # Closed without Qt's own quit, which would come after exit() and end the next event
        # loop run in this process (a test's) at once.
        self.frame.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self.frame.close()
        QCoreApplication.exit(code)

    def _probe(self, window: QWidget) -> None:
        if not isinstance(window, MainWindow):
            print("first run", flush=True)
            QTimer.singleShot(0, QCoreApplication.quit)
            return
        loaded = getattr(window.current_page(), "loaded", None)
        if loaded is not None:
            loaded.connect(self._on_probe_rows, Qt.ConnectionType.SingleShotConnection)

    def _on_probe_rows(self) -> None:
        print("rows", flush=True)
        window = self.launcher.window if self.launcher is not None else None
        if window is not None:
            window.close()
        QCoreApplication.quit()

    def close(self) -> None:
        if self.context is not None:
            self.context.drafts.close()
            self.context.store.close()


def open_context(
    folder: Path, database: str | None = None, parent: QWidget | None = None
) -> "AppContext | None":
    """Open the store: the data folder's file without its integrity check (the check runs once
    the window shows), or the PostgreSQL database at the address database. The data folder keeps
    the settings, drafts, logs and keys either way. None, once told (over parent), when it
    cannot be opened."""
    from scdesk.store.store import STORE_FILE, Store
    from scdesk.ui.context import AppContext
    from scdesk.ui.draft_keeper import DraftKeeper
    from scdesk.ui.ops import Ops

    settings_store = SettingsStore(folder)
    settings = settings_store.load()
    keep = settings.backup_keep
    try:
        if database is not None:
            store = Store.connect(database, folder, keep_backups=keep)
        else:
            store = Store.open(folder / STORE_FILE, keep_backups=keep, check=False)
    except UserError as error:
        QMessageBox.critical(parent, "scdesk", str(error))
        return None
    ops = Ops(log_dir(folder) / LOG_NAME)
    return AppContext(store, ops, settings, settings_store, DraftKeeper(folder, store.now))


class Launcher(QObject):
    """Shows the first-run setup until the device is set up, then the main window; once it is
    on screen, checks the store in the background and offers back any form left unsaved by a
    crash."""

    def __init__(
        self,
        context: "AppContext",
        interface: Interface | None = None,
        frame: MainWindow | None = None,
    ) -> None:
        """frame: the main window's frame on screen while the store opened, filled or
        replaced by start()."""
        super().__init__()
        self.context = context
        if interface is None:
            app = QApplication.instance()
            if not isinstance(app, QApplication):
                raise RuntimeError("the launcher needs the application made first")
            interface = Interface(app)
        self.interface = interface
        self.window: QWidget | None = frame
        self._frame = frame
        #: True while speak() replaces the window: closing it then is no sign to quit.
        self._replacing = False

    def start(self) -> QWidget:
        if not self.context.store.device().configured:
            from scdesk.ui.first_run import FirstRunDialog

            dialog = FirstRunDialog(self.context)
            dialog.set_up.connect(lambda _identity: self.show_main())
            dialog.language_chosen.connect(self.speak)
            dialog.rejected.connect(lambda: None if self._replacing else QCoreApplication.quit())
            dialog.show()
            self.window = dialog
            frame, self._frame = self._frame, None
            if frame is not None:  # the setup comes first: the records are not shown yet
                frame.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
                frame.close()
                frame.deleteLater()
            return dialog
        return self.show_main()

    def speak(self, code: str) -> QWidget:
        """Put the interface in another language at once: the window open is made again in it
        (a main window's open forms are kept as drafts and offered back)."""
        old = self.window
        app = QApplication.instance()
        quits = isinstance(app, QApplication) and app.quitOnLastWindowClosed()
        if isinstance(app, QApplication):
            app.setQuitOnLastWindowClosed(False)
        self._replacing = True
        try:
            if old is not None:
                old.close()
                old.deleteLater()
            self.interface.use(code)
            window = self.start()
        finally:
            self._replacing = False
            if isinstance(app, QApplication):
                app.setQuitOnLastWindowClosed(quits)
        return window

    def show_main(self) -> QWidget:
        frame, self._frame = self._frame, None
        if frame is not None:
            frame.open(self.context)
            window = frame
        else:
            window = MainWindow(self.context)
        window.language_chosen.connect(self.speak)
        window.show()
        self.window = window
        QTimer.singleShot(0, lambda: self._after_show(window))
        return window

    def _after_show(self, window: QWidget) -> None:
        from scdesk.services.store_health import store_is_sound

        store, ops = self.context.store, self.context.ops
        ops.run(
            window,
            lambda _p: store_is_sound(store),
            lambda sound: None if sound else _damaged(window),
            label=self.tr("Checking the records file…"),
            writes=False,
            quiet=True,
        )
        drafts = self.context.drafts.all()
        if drafts:
            from scdesk.ui.draft_offer import DraftOffer

            if isinstance(window, MainWindow):
                offer = DraftOffer(self.context, drafts, window.opener.restore, window)
                offer.show()
                window.draft_offer = offer


def _damaged(window: QWidget) -> None:
    QMessageBox.warning(
        window,
        QCoreApplication.translate("App", "scdesk"),
        QCoreApplication.translate(
            "App",
            "The records file is damaged: keep working only to note what you need, then "
            "restore it from a backup (scdesk check tells how).",
        ),
    )


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.DEBUG,  # font fallback chatter: not worth the log
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _qt_message(kind: QtMsgType, where: QMessageLogContext, message: str) -> None:
    """Qt's own messages go to the log file with scdesk's (qutebrowser's qtlog does this)."""
    logging.getLogger("qt").log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)


def _crashed(
    kind: type[BaseException], error: BaseException, tb: TracebackType | None, log_path: Path
) -> None:
    from scdesk.ui.ops import show_crash

    log.error("unexpected error", exc_info=(kind, error, tb))
    show_crash(QApplication.activeWindow(), log_path)
