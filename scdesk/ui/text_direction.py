"""Right-to-left text: Urdu titles and names are laid out from the right, in lists and fields,
and text of either direction keeps its order inside a sentence of the other."""

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

#: The right-to-left mark: an invisible letter that reads from the right.
RLM = "\u200f"
#: First strong isolate and pop directional isolate: the text between them is laid out in its
#: own direction (found from its first letter) and moves as one block in the sentence around it.
FSI = "\u2068"
PDI = "\u2069"


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


def is_left_to_right(text: str) -> bool:
    """True when the first letter with a strong direction is left to right."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return True
        if kind in ("R", "AL"):
            return False
    return False


def isolate(text: str) -> str:
    """A record's own text (a title, a name) to set inside a sentence of the interface: an
    English name in an Urdu sentence, or an Urdu title in an English one, reads in its own
    direction and leaves the sentence's words in their order."""
    return f"{FSI}{text}{PDI}" if text else text


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
