"""What the pages that are not lists share: their title, and reading their records off the GUI
thread again when records they show change (at once while shown, else when next shown)."""

from collections.abc import Callable
from typing import ClassVar, TypeVar

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QWidget

from scdesk.domain.changes import Changes, RecordKind
from scdesk.domain.errors import UserError
from scdesk.domain.progress import Progress
from scdesk.ui.context import AppContext

T = TypeVar("T")


def page_title(text: str, parent: QWidget) -> QLabel:
    """A page's title, larger and bold."""
    title = QLabel(text, parent)
    font = title.font()
    font.setPointSizeF(font.pointSizeF() * 1.4)
    font.setBold(True)
    title.setFont(font)
    return title


class ReadingPage(QWidget):
    """Subclasses say what they read (refresh, through read()) and which records they show
    (WATCHED, or watches())."""

    WATCHED: ClassVar[frozenset[RecordKind]] = frozenset()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._stale = False
        context.ops.changes_applied.connect(self._on_changes_applied)

    def refresh(self) -> None:
        raise NotImplementedError

    def read(
        self,
        work: Callable[[Progress], T],
        show: Callable[[T], None],
        label: str,
        refused: Callable[[UserError], bool] | None = None,
    ) -> None:
        """Run work off the GUI thread and show what it read; refused shows a refusal."""
        self._stale = False
        self.context.ops.run(self, work, show, label=label, writes=False, on_failure=refused)

    def watches(self, changes: Changes, initiator: object) -> bool:
        """Whether changes touch what the page shows (initiator: the widget that made them)."""
        return changes.affects(*self.WATCHED)

    def _on_changes_applied(self, changes: Changes, initiator: object) -> None:
        if self.watches(changes, initiator):
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)
