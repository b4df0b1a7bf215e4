"""After a crash or a power cut: the forms that were being typed in, offered back."""

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from scdesk.services.drafts import Draft
from scdesk.ui.context import AppContext
from scdesk.ui.text_direction import isolate


class DraftOffer(QDialog):
    """Lists the drafts kept from forms that were never saved nor discarded; Restore opens each
    form with what was typed; Discard deletes them."""

    def __init__(
        self,
        context: AppContext,
        drafts: list[Draft],
        restore: Callable[[Draft], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Restore unsaved work"))
        self._context = context
        self._restore = restore
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr(
                "scdesk was closed while these forms had changes that were not saved. "
                "Restore them to carry on where you were."
            ),
            self,
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Unsaved forms"))
        kinds = {
            "meeting": self.tr("Meeting"),
            "activity": self.tr("Youth activity"),
            "person": self.tr("Person"),
            "committee": self.tr("Committee"),
            "organisation": self.tr("Organisation"),
            "city": self.tr("City"),
        }
        for draft in drafts:
            when = draft.saved_at.astimezone().strftime("%Y-%m-%d %H:%M")
            kind = kinds.get(draft.key.form, draft.key.form)
            item = QListWidgetItem(f"{kind}: {isolate(draft.title)} ({when})", self.list)
            item.setData(Qt.ItemDataRole.UserRole, draft)
            item.setCheckState(Qt.CheckState.Checked)
        layout.addWidget(self.list)
        buttons = QHBoxLayout()
        self.restore_button = QPushButton(self.tr("&Restore the ticked forms"), self)
        self.discard_button = QPushButton(self.tr("&Discard the ticked forms"), self)
        later = QPushButton(self.tr("Decide &later"), self)
        self.restore_button.clicked.connect(self.restore_ticked)
        self.discard_button.clicked.connect(self.discard_ticked)
        later.clicked.connect(self.close)
        for button in (self.restore_button, self.discard_button, later):
            button.setAccessibleName(button.text().replace("&", ""))
            buttons.addWidget(button)
        layout.addLayout(buttons)

    def _ticked(self) -> list[Draft]:
        items = (self.list.item(row) for row in range(self.list.count()))
        return [
            item.data(Qt.ItemDataRole.UserRole)
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        ]

    def restore_ticked(self) -> None:
        for draft in self._ticked():
            self._restore(draft)
        self.close()

    def discard_ticked(self) -> None:
        for draft in self._ticked():
            self._context.drafts.discard(draft.key)
        self.close()
