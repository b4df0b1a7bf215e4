"""Windows that fit the screen they open on: a laptop's 1024x600 as well as a desktop's monitor.

A window opens at its preferred size cut down to the screen's available area (the task bar left
out); one that remembers its size and place gets them back only when they still fit the screen
(the monitor it was on may be gone)."""

from PySide6.QtCore import QByteArray, QEvent, QMargins, QObject, QRect, QSize
from PySide6.QtGui import QGuiApplication, QResizeEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

from scdesk.ui.settings_store import SettingsStore

#: What a window manager adds around a window: a title bar above, thin borders.
FRAME = QMargins(4, 32, 4, 4)


def fitted(wanted: QSize, available: QRect, frame: QMargins = FRAME) -> QRect:
    """The geometry (without its frame) of a window of the wanted size on the available area:
    no larger than the area less the frame, centred in it."""
    room = available.marginsRemoved(frame)
    size = wanted.boundedTo(room.size())
    left = room.left() + (room.width() - size.width()) // 2
    top = room.top() + (room.height() - size.height()) // 2
    return QRect(left, top, size.width(), size.height())


def fits(geometry: QRect, available: QRect, frame: QMargins = FRAME) -> bool:
    """Whether a window's geometry (without its frame) lies within the available area."""
    return available.contains(geometry.marginsAdded(frame))


def available_area(window: QWidget) -> QRect:
    """The available area of the screen the window is on (or of the primary screen)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def place(window: QWidget, wanted: QSize, settings: SettingsStore, name: str) -> None:
    """Give the window its remembered size and place if they fit its screen, else the wanted
    size fitted to the screen; call before the window is first shown."""
    available = available_area(window)
    saved = settings.geometry(name)
    if saved is not None and _restores(window, saved, available):
        return
    window.setGeometry(fitted(wanted.expandedTo(window.minimumSize()), available))


def remember(window: QWidget, settings: SettingsStore, name: str) -> None:
    settings.set_geometry(name, window.saveGeometry())


def _restores(window: QWidget, saved: QByteArray, available: QRect) -> bool:
    before = window.saveGeometry()
    if window.restoreGeometry(saved) and (
        window.isMaximized() or fits(window.geometry(), available)
    ):
        return True
    window.restoreGeometry(before)
    return False


class Scroller(QScrollArea):
    """Holds a page at the size of the room it has, scrolling only where the room is below the
    page's minimum size. (A resizable QScrollArea gives a page whose text wraps the height that
    text would like, and scrolls it on any laptop.)"""

    def __init__(self, page: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(False)
        self.setWidget(page)
        page.installEventFilter(self)

    def page(self) -> QWidget:
        page = self.widget()
        assert page is not None  # noqa: S101 - set in __init__, never taken
        return page

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self._fit()  # the page's least size may have changed
        return super().eventFilter(watched, event)

    def _fit(self) -> None:
        page = self.page()
        least = page.minimumSizeHint().expandedTo(page.minimumSize())
        room = self.maximumViewportSize()
        width, height = room.width(), room.height()
        if least.height() > height:
            width -= self.verticalScrollBar().sizeHint().width()
        if least.width() > width:
            height -= self.horizontalScrollBar().sizeHint().height()
        page.resize(QSize(width, height).expandedTo(least))
