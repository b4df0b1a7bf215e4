"""The GUI's composition root: the application, fonts, the translation hook, the settings, the
store, the op helper, then the first-run setup or the main window."""

import logging
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QObject,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from scdesk import i18n
from scdesk.domain.errors import UserError
from scdesk.log_file import LOG_NAME
from scdesk.paths import log_dir
from scdesk.services.store_health import store_is_sound
from scdesk.store.store import STORE_FILE, Store
from scdesk.ui.context import AppContext
from scdesk.ui.draft_keeper import DraftKeeper
from scdesk.ui.fonts import load_fonts
from scdesk.ui.language import Interface, interface_language
from scdesk.ui.ops import Ops, show_crash
from scdesk.ui.settings_store import SettingsStore

log = logging.getLogger(__name__)


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
    interface.use(interface_language(language, SettingsStore(folder).load().ui_language))
    context = open_context(folder, database)
    if context is None:
        return 1
    log_path = log_dir(folder) / LOG_NAME
    sys.excepthook = lambda kind, error, tb: _crashed(kind, error, tb, log_path)
    launcher = Launcher(context, interface)
    launcher.start()
    try:
        return app.exec()
    finally:
        context.drafts.close()
        context.store.close()


def open_context(folder: Path, database: str | None = None) -> AppContext | None:
    """Open the store: the data folder's file without its integrity check (the check runs once
    the window shows), or the PostgreSQL database at the address database. The data folder keeps
    the settings, drafts, logs and keys either way. None, once told, when it cannot be opened."""
    settings_store = SettingsStore(folder)
    settings = settings_store.load()
    keep = settings.backup_keep
    try:
        if database is not None:
            store = Store.connect(database, folder, keep_backups=keep)
        else:
            store = Store.open(folder / STORE_FILE, keep_backups=keep, check=False)
    except UserError as error:
        QMessageBox.critical(None, "scdesk", str(error))
        return None
    ops = Ops(log_dir(folder) / LOG_NAME)
    return AppContext(store, ops, settings, settings_store, DraftKeeper(folder, store.now))


class Launcher(QObject):
    """Shows the first-run setup until the device is set up, then the main window; once it is
    on screen, checks the store in the background and offers back any form left unsaved by a
    crash."""

    def __init__(self, context: AppContext, interface: Interface | None = None) -> None:
        super().__init__()
        self.context = context
        if interface is None:
            app = QApplication.instance()
            if not isinstance(app, QApplication):
                raise RuntimeError("the launcher needs the application made first")
            interface = Interface(app)
        self.interface = interface
        self.window: QWidget | None = None
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
        from scdesk.ui.main_window import MainWindow

        window = MainWindow(self.context)
        window.language_chosen.connect(self.speak)
        window.show()
        self.window = window
        QTimer.singleShot(0, lambda: self._after_show(window))
        return window

    def _after_show(self, window: QWidget) -> None:
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
            from scdesk.ui.main_window import MainWindow

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
    log.error("unexpected error", exc_info=(kind, error, tb))
    show_crash(QApplication.activeWindow(), log_path)
