"""A question that guards a step hard to take back (trusting or revoking a device): asked without
blocking, answered yes only by its explicit button."""

import html

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from scdesk.ui.text_direction import isolate


class Confirmation(QMessageBox):
    """answered(True) only for the yes button; the default button, Escape and closing the
    window all answer no. Opened with open(), so the caller goes on when it is answered.
    text and detail are plain (names from a bundle may hold anything): they are escaped, but
    for a text the caller built as escaped HTML (rich=True)."""

    answered = Signal(bool)

    def __init__(
        self,
        parent: QWidget,
        title: str,
        text: str,
        yes: str,
        no: str,
        *,
        detail: str = "",
        rich: bool = False,
    ) -> None:
        shown = text if rich else f"<p>{html.escape(text)}</p>"
        super().__init__(QMessageBox.Icon.Question, title, shown, parent=parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setInformativeText(f"<p>{html.escape(detail)}</p>" if detail else "")
        self.yes_button = self.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        self.no_button = self.addButton(no, QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.no_button)
        self.setEscapeButton(self.no_button)
        self.setAccessibleName(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.finished.connect(self._on_finished)

    def _on_finished(self, _result: int) -> None:
        self.answered.emit(self.clickedButton() is self.yes_button)


def fingerprint_question(
    parent: QWidget,
    name: str,
    user: str,
    fingerprint: str,
    *,
    hub: bool,
    replaces: str | None = None,
    confirmed: bool = False,
) -> Confirmation:
    """Trust a device only once its owner reads the same fingerprint on the device itself. For
    a device trusted here that made new keys (replaces: the old fingerprint), both are shown,
    and whether the old key confirmed the new one."""
    name, user = isolate(name), isolate(user)
    translate = QCoreApplication.translate
    if replaces is not None:
        title = translate("FingerprintQuestion", "Trust this device's new keys?")
        lead = translate(
            "FingerprintQuestion",
            "{name}, used by {user}, was trusted here with fingerprint {old} and has made new "
            "keys.",
        ).format(name=name, user=user, old=replaces)
        word = (
            translate("FingerprintQuestion", "Its old key confirmed the new one.")
            if confirmed
            else translate(
                "FingerprintQuestion",
                "Its old key did not confirm the new one (it was lost): check with care.",
            )
        )
        paragraphs = [lead, word, translate("FingerprintQuestion", "Its new fingerprint:")]
    else:
        title = (
            translate("FingerprintQuestion", "Trust this hub?")
            if hub
            else translate("FingerprintQuestion", "Trust this device?")
        )
        lead = (
            translate("FingerprintQuestion", "This hub profile comes from {name}, used by {user}.")
            if hub
            else translate(
                "FingerprintQuestion",
                "This bundle comes from {name}, used by {user}, a device not yet trusted here.",
            )
        ).format(name=name, user=user)
        paragraphs = [lead, translate("FingerprintQuestion", "Its fingerprint:")]
    text = "".join(f"<p>{html.escape(paragraph)}</p>" for paragraph in paragraphs)
    text += f'<p style="font-size: x-large"><b>{html.escape(fingerprint)}</b></p>'
    detail = translate(
        "FingerprintQuestion",
        "Ask {user} to open the Sync page on {name} and read out the fingerprint shown there. "
        "Trust it only if it is exactly the same: a bundle from a trusted device is merged into "
        "your records.",
    ).format(user=user, name=name)
    question = Confirmation(
        parent,
        title,
        text,
        translate("FingerprintQuestion", "Trust it: the fingerprints match"),
        translate("FingerprintQuestion", "Do not trust"),
        detail=detail,
        rich=True,
    )
    question.setAccessibleDescription(fingerprint)
    return question
