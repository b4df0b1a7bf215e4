"""The Settings dialog: the language of the interface, which takes effect at once."""

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from scdesk.domain.languages import base_code, language_codes, language_name
from scdesk.ui.forms.fields import ChoiceField


def language_field(parent: QWidget) -> ChoiceField:
    """A choice of the interface's language, each named in the user's language and its own."""
    field = ChoiceField(parent)
    field.set_choices([(code, language_name(code)) for code in language_codes()])
    field.set_value(base_code(QLocale().bcp47Name()))
    return field


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        form = QFormLayout(self)
        self.language = language_field(self)
        caption = QLabel(self.tr("Language of the &interface"), self)
        caption.setBuddy(self.language)
        self.language.setAccessibleName(self.tr("Language of the interface"))
        form.addRow(caption, self.language)
        note = QLabel(
            self.tr(
                "Records keep the language they are written in. The window opens again in the "
                "language chosen, on the page it shows; open forms are kept as drafts and "
                "offered back."
            ),
            self,
        )
        note.setWordWrap(True)
        form.addRow(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def chosen(self) -> str:
        return self.language.value() or base_code(QLocale().bcp47Name())
