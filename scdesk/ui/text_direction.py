"""Right-to-left text: Urdu titles and names are laid out from the right, in lists and fields."""

import unicodedata

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QPlainTextEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextEdit,
    QWidget,
)

from scdesk.domain.languages import reads_right_to_left


def is_right_to_left(text: str) -> bool:
    """True when the first letter with a strong direction is right to left (the Unicode bidi
    algorithm's rule for a paragraph's direction)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def direction_for(language: str) -> Qt.LayoutDirection:
    if reads_right_to_left(language):
        return Qt.LayoutDirection.RightToLeft
    return Qt.LayoutDirection.LeftToRight


def set_text_direction(widgets: list[QWidget], language: str) -> None:
    """Lay text fields out for the records' language: Urdu fields start at the right, even
    while empty; a paragraph in another script still reads in its own direction."""
    direction = direction_for(language)
    for widget in widgets:
        widget.setLayoutDirection(direction)
        if isinstance(widget, QPlainTextEdit | QTextEdit):
            document = widget.document()
            option = document.defaultTextOption()
            option.setTextDirection(direction)
            # WORKAROUND for Qt 6.12: a plain text edit ignores AlignLeading in a right-to-left
            # document, so the side is given absolutely.
            right = direction is Qt.LayoutDirection.RightToLeft
            option.setAlignment(
                Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft
            )
            document.setDefaultTextOption(option)


class BidiDelegate(QStyledItemDelegate):
    """Draws each cell in its own text's direction, so an Urdu title in an English list reads
    from the right, with its numbers and punctuation where an Urdu reader expects them."""

    def initStyleOption(  # noqa: N802 - Qt calls the override by this name
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if is_right_to_left(option.text):
            option.direction = Qt.LayoutDirection.RightToLeft
