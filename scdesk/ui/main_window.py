"""The main window: navigation to the pages, built when first shown; the status bar with what
sync has not sent yet; shortcuts for new, search and switching pages. Its frame is shown first,
while the records open."""

import dataclasses
import logging
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QLocale, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from scdesk.domain.languages import base_code
from scdesk.settings import PAGES
from scdesk.ui.screen_fit import Scroller, place, remember
from scdesk.ui.settings_store import SettingsStore
from scdesk.ui.text_direction import isolate

if TYPE_CHECKING:  # the frame is shown before the store and its models are imported
    from scdesk.domain.changes import Changes
    from scdesk.store.queries.sync_status import SyncStatus
    from scdesk.store.store import Store
    from scdesk.ui.context import AppContext
    from scdesk.ui.form_opener import FormOpener
    from scdesk.ui.ops import Ops

log = logging.getLogger(__name__)


#: Pages reached by Ctrl and a digit (1 to 9, then 0); the pages after them by the list alone.
SHORTCUT_PAGES = 10
#: The programme's own records, which the dashboard links to.
PROGRAMME_PAGES = ("findings", "plans", "support", "cooperation", "indicators")
#: The name the main window's size and place are kept under.
GEOMETRY = "main-window"


#: The navigation's width, whatever the language: never narrower, never wider.
NAVIGATION_WIDTHS = (120, 240)


def navigation_width(navigation: QListWidget, names: Iterable[str]) -> int:
    """Wide enough for the longest page name in the interface's language, within limits."""
    metrics = navigation.fontMetrics()
    text = max(metrics.horizontalAdvance(name) for name in names)
    width = text + 2 * navigation.frameWidth() + 20  # the item's padding and focus frame
    low, high = NAVIGATION_WIDTHS
    return min(max(width, low), high)


class MainWindow(QMainWindow):
    #: The user chose another language for the interface (a language code), already saved.
    language_chosen = Signal(str)
    #: The window was painted on screen for the first time.
    first_painted = Signal()

    # Set by open(): a frame has none of them yet.
    context: "AppContext"
    store: "Store"
    ops: "Ops"
    opener: "FormOpener"

    def __init__(
        self, context: "AppContext | None" = None, *, settings_store: SettingsStore | None = None
    ) -> None:
        """The window on the context's records; without a context, its frame alone, placed and
        named as settings_store keeps them, saying the records are opening until open()."""
        super().__init__()
        if context is not None:
            settings_store, settings = context.settings_store, context.settings
        elif settings_store is not None:
            settings = settings_store.load()
        else:
            raise TypeError("a main window needs its context, or the settings for its frame")
        self.opened = False
        self._painted = False
        self.setWindowTitle("scdesk")
        self.pages: dict[str, QWidget] = {}
        #: The offer to restore forms left unsaved by a crash, while it is open.
        self.draft_offer: QWidget | None = None

        body = QWidget(self)
        row = QHBoxLayout(body)
        self.navigation = QListWidget(body)
        self.navigation.setAccessibleName(self.tr("Pages"))
        self.stack = QStackedWidget(body)
        names = self.page_names()
        self.navigation.setFixedWidth(navigation_width(self.navigation, names.values()))
        for number, key in enumerate(PAGES):
            item = QListWidgetItem(names[key], self.navigation)
            item.setData(Qt.ItemDataRole.UserRole, key)
            if number < SHORTCUT_PAGES:
                item.setToolTip(self.tr("Ctrl+{n}").format(n=(number + 1) % 10))
            self.stack.addWidget(QWidget(self.stack))  # the page itself comes when first shown
        #: Shown in place of the pages until the records are open.
        self.opening: QLabel | None = QLabel(self.tr("Opening the records…"), self.stack)
        self.opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.opening)
        self.stack.setCurrentWidget(self.opening)
        self.navigation.currentRowChanged.connect(self._on_navigation_row_changed)
        row.addWidget(self.navigation)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(body)

        self.sync_label = QLabel(self)
        self.sync_label.setAccessibleName(self.tr("Sync status"))
        self.statusBar().addPermanentWidget(self.sync_label)
        #: What needs the records, off until they are open (each action itself: a native menu
        #: bar, as on macOS, does not follow its widget's enabled state).
        self._needs_records: list[QAction] = []
        self._menus()
        for action in self._needs_records:
            action.setEnabled(False)
        for number, _key in enumerate(PAGES[:SHORTCUT_PAGES]):
            QShortcut(
                QKeySequence(f"Ctrl+{(number + 1) % 10}"),
                self,
                lambda number=number: self.navigation.setCurrentRow(number),
            )
        QShortcut(QKeySequence.StandardKey.New, self, self.new_record)
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)
        place(self, QSize(1200, 760), settings_store, GEOMETRY)
        start = settings.last_page if settings.last_page in PAGES else PAGES[0]
        self.navigation.setCurrentRow(PAGES.index(start))
        if context is not None:
            self.open(context)

    def open(self, context: "AppContext") -> None:
        """Fill the frame with the records: the page chosen in the navigation (the last one
        seen, unless another was chosen while they opened), the title, the sync status."""
        from scdesk.ui.form_opener import FormOpener

        self.context = context
        self.store = context.store
        self.ops = context.ops
        self.opener = FormOpener(context, self)
        self.opened = True
        self.setWindowTitle(self._title())
        for action in self._needs_records:
            action.setEnabled(True)
        self.ops.changes_applied.connect(self._on_changes_applied)
        self._on_navigation_row_changed(max(self.navigation.currentRow(), 0))
        if self.opening is not None:
            self.stack.removeWidget(self.opening)
            self.opening.deleteLater()
            self.opening = None
        QTimer.singleShot(0, self.refresh_status)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    def _title(self) -> str:
        """The device, and the database when the records are on a server (a hub's)."""
        device = isolate(self.store.device().name)
        server = self.store.server
        if server is None:
            return self.tr("scdesk — {device}").format(device=device)
        database = isolate(server)
        return self.tr("scdesk — {device} — {database}").format(device=device, database=database)

    def page_names(self) -> dict[str, str]:
        return {
            "dashboard": self.tr("Dashboard"),
            "meetings": self.tr("Meetings"),
            "activities": self.tr("Youth activities"),
            "committees": self.tr("Committees"),
            "people": self.tr("People"),
            "organisations": self.tr("Organisations"),
            "cities": self.tr("Cities"),
            "sync": self.tr("Sync"),
            "reports": self.tr("Reports"),
            "trash": self.tr("Trash"),
            "duplicates": self.tr("Duplicates"),
            "support": self.tr("Support"),
            "findings": self.tr("Findings"),
            "plans": self.tr("Plans"),
            "indicators": self.tr("Indicators"),
            "cooperation": self.tr("Cooperation"),
        }

    def _menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_action = QAction(self.tr("&New record on this page"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.new_action.triggered.connect(self.new_record)
        file_menu.addAction(self.new_action)
        settings_action = QAction(self.tr("&Settings…"), self)
        settings_action.triggered.connect(self.open_settings)
        file_menu.addAction(settings_action)
        self._needs_records += [self.new_action, settings_action]
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        for number, (key, name) in enumerate(self.page_names().items()):
            action = QAction(name, self)
            if number < SHORTCUT_PAGES:
                action.setShortcut(QKeySequence(f"Ctrl+{(number + 1) % 10}"))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _checked=False, key=key: self.show_page(key))
            go_menu.addAction(action)
            self._needs_records.append(action)

    def open_settings(self) -> QDialog:
        from scdesk.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self)
        dialog.accepted.connect(lambda: self._choose_language(dialog.chosen()))
        dialog.open()
        return dialog

    def _choose_language(self, code: str) -> None:
        if code == base_code(QLocale().bcp47Name()):
            return
        self.context.settings = dataclasses.replace(self.context.settings, ui_language=code)
        self.context.settings_store.save(self.context.settings)
        self.language_chosen.emit(code)

    # ------------------------------------------------------------------ pages
    def show_page(self, key: str) -> QWidget:
        self.navigation.setCurrentRow(PAGES.index(key))
        return self.page(key)

    def page(self, key: str) -> QWidget:
        """The page, built (and its module imported) the first time it is asked for."""
        from scdesk.ui.pages.list_page import ListPage

        page = self.pages.get(key)
        if page is None:
            page = self._build(key)
            index = PAGES.index(key)
            placeholder = self.stack.widget(index)
            # A page taller or wider than a laptop's screen scrolls rather than push the window
            # off it; one that fits fills the room as before.
            self.stack.insertWidget(index, Scroller(page, self.stack))
            if placeholder is not None:
                self.stack.removeWidget(placeholder)
                placeholder.deleteLater()
            self.pages[key] = page
            if isinstance(page, ListPage):
                page.open_requested.connect(self.opener.open)
                page.message.connect(self.show_message)
                page.reload()
            else:
                refresh: Callable[[], None] | None = getattr(page, "refresh", None)
                if refresh is not None:
                    refresh()
        return page

    def shown_page(self) -> QWidget | None:
        """The page the stack shows (None while it shows a page not built yet)."""
        holder = self.stack.currentWidget()
        return holder.page() if isinstance(holder, Scroller) else None

    def current_page(self) -> QWidget:
        return self.page(PAGES[max(self.navigation.currentRow(), 0)])

    def _on_navigation_row_changed(self, row: int) -> None:
        if row < 0 or not self.opened:  # open() shows the page chosen by then
            return
        key = PAGES[row]
        self.page(key)
        self.stack.setCurrentIndex(row)
        self.context.settings = dataclasses.replace(self.context.settings, last_page=key)

    def _build(self, key: str) -> QWidget:
        context = self.context
        if key == "dashboard":
            from scdesk.ui.pages.dashboard import DashboardPage

            names = self.page_names()
            links = {page: names[page] for page in PROGRAMME_PAGES if page in PAGES}
            dashboard = DashboardPage(context, self.stack, links)
            dashboard.open_page.connect(self.show_page)
            return dashboard
        if key == "meetings":
            from scdesk.ui.pages.meetings import MeetingsPage

            return MeetingsPage(context, self.stack)
        if key == "activities":
            from scdesk.ui.pages.activities import ActivitiesPage

            return ActivitiesPage(context, self.stack)
        if key == "trash":
            from scdesk.ui.pages.trash import TrashPage

            return TrashPage(context, self.stack)
        if key == "reports":
            from scdesk.ui.pages.reports import ReportsPage

            return ReportsPage(context, self.stack)
        if key == "sync":
            from scdesk.ui.pages.sync import SyncPage

            sync = SyncPage(context, self.stack)
            sync.review_duplicates.connect(lambda: self.show_page("duplicates"))
            return sync
        if key == "duplicates":
            from scdesk.ui.pages.duplicates import DuplicatesPage

            return DuplicatesPage(context, self.stack)
        if key == "support":
            from scdesk.ui.pages.support import SupportPage

            support = SupportPage(context, self.stack)
            support.open_requested.connect(self.opener.open)
            return support
        if key == "findings":
            from scdesk.ui.pages.findings import FindingsPage

            return FindingsPage(context, self.stack)
        if key == "plans":
            from scdesk.ui.pages.plans import PlansPage

            plans = PlansPage(context, self.stack)
            plans.open_requested.connect(self.opener.open)
            return plans
        if key == "indicators":
            from scdesk.ui.pages.indicators import IndicatorsPage

            indicators = IndicatorsPage(context, self.stack)
            indicators.open_requested.connect(self.opener.open)
            return indicators
        if key == "cooperation":
            from scdesk.ui.pages.cooperation import CooperationPage

            cooperation = CooperationPage(context, self.stack)
            cooperation.open_requested.connect(self.opener.open)
            return cooperation
        from scdesk.ui.pages import directory

        pages: dict[str, Callable[[AppContext, QWidget], QWidget]] = {
            "committees": directory.CommitteesPage,
            "people": directory.PeoplePage,
            "organisations": directory.OrganisationsPage,
            "cities": directory.CitiesPage,
        }
        return pages[key](context, self.stack)

    # ------------------------------------------------------------------ actions
    def new_record(self) -> None:
        if not self.opened:
            return
        new = getattr(self.current_page(), "new_record", None)
        if new is not None:
            new()

    def focus_search(self) -> None:
        if not self.opened:
            return
        focus = getattr(self.current_page(), "focus_search", None)
        if focus is not None:
            focus()

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    # ------------------------------------------------------------------ status
    def refresh_status(self) -> None:
        from scdesk.store.queries.sync_status import sync_status

        store = self.store

        def work(_progress: object) -> "SyncStatus":
            with store.read() as session:
                return sync_status(session)

        self.ops.run(
            self, work, self._show_status, label=self.tr("Reading…"), writes=False, quiet=True
        )

    def _show_status(self, status: "SyncStatus") -> None:
        if status.last_export is None:
            export = self.tr("never exported")
        else:
            when = status.last_export.astimezone().strftime("%Y-%m-%d %H:%M")
            export = self.tr("last export {when}").format(when=when)
        unsynced = self.tr("%n unsynced change(s)", "", status.unsynced)
        self.sync_label.setText(
            self.tr("{unsynced} · {export}").format(unsynced=unsynced, export=export)
        )

    def _on_changes_applied(self, changes: "Changes", initiator: object) -> None:
        if changes.sync:
            self.refresh_status()

    # ------------------------------------------------------------------ closing
    def closeEvent(self, event: QCloseEvent) -> None:
        """Open forms keep their drafts (offered again at the next start); background reads
        stop; writes finish."""
        if not self.opened:  # the frame alone: nothing to keep yet
            super().closeEvent(event)
            return
        from scdesk.ui.forms.record_form import RecordForm

        for form in self.findChildren(RecordForm):
            if shiboken6.isValid(form):
                form.close_keeping_draft()
        remember(self, self.context.settings_store, GEOMETRY)
        self.context.settings_store.save(self.context.settings)
        self.ops.cancel_reads()
        self.ops.wait_idle()
        self.context.drafts.flush()
        super().closeEvent(event)
