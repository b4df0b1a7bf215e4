"""Form fields with one interface: a typed value, a JSON state for drafts, and an `edited`
signal; and the label under a field that shows its problem."""

from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal, SignalInstance
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from scdesk.domain import limits
from scdesk.domain.labels import choices

#: An optional date shows as "—" at this value (QDateEdit cannot be empty).
_NO_DATE = QDate(1900, 1, 1)


@runtime_checkable
class Field(Protocol):
    """What a form needs of a field: a state of plain values for drafts (`restore` takes
    whatever a draft holds, and ignores what it cannot use) and a signal on each edit."""

    @property
    def edited(self) -> SignalInstance: ...
    def state(self) -> object: ...
    def restore(self, state: object) -> None: ...


class ProblemLabel(QLabel):
    """A rule's sentence under its field; hidden while the field is fine."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet("color: #b00020;")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAccessibleName(self.tr("Problem"))
        self.hide()

    def show_problem(self, text: str | None) -> None:
        self.setText(text or "")
        self.setAccessibleDescription(text or "")
        self.setVisible(bool(text))


class TextField(QLineEdit):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None, limit: int = limits.TITLE) -> None:
        super().__init__(parent)
        self.setMaxLength(limit + 1000)  # the rule reports the limit; typing past it is allowed
        self.textEdited.connect(self.edited)

    def value(self) -> str:
        return self.text()

    def optional(self) -> str | None:
        """The text without surrounding spaces, or None when blank."""
        return self.text().strip() or None

    def set_value(self, value: str | None) -> None:
        self.setText(value or "")

    def state(self) -> str:
        return self.text()

    def restore(self, state: object) -> None:
        self.setText(state if isinstance(state, str) else "")


class LongTextField(QPlainTextEdit):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)  # Tab moves on, as in every other field
        self.textChanged.connect(self._on_changed)
        self._setting = False

    def _on_changed(self) -> None:
        if not self._setting:
            self.edited.emit()

    def value(self) -> str | None:
        return self.toPlainText().strip() or None

    def set_value(self, value: str | None) -> None:
        self._setting = True
        try:
            self.setPlainText(value or "")
        finally:
            self._setting = False

    def state(self) -> str:
        return self.toPlainText()

    def restore(self, state: object) -> None:
        self.set_value(state if isinstance(state, str) else "")


class ChoiceField(QComboBox):
    """A choice among (value, label) pairs; with none_label, "no choice" is offered first."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None, none_label: str | None = None) -> None:
        super().__init__(parent)
        self._none_label = none_label
        self.activated.connect(lambda _index: self.edited.emit())

    def set_choices(self, choices: list[tuple[str, str]]) -> None:
        current = self.value()
        self.blockSignals(True)
        try:
            self.clear()
            if self._none_label is not None:
                self.addItem(self._none_label, None)
            for value, text in choices:
                self.addItem(text, value)
            self.set_value(current)
        finally:
            self.blockSignals(False)

    def value(self) -> str | None:
        data = self.currentData()
        return data if isinstance(data, str) else None

    def set_value(self, value: str | None) -> None:
        index = self.findData(value) if value is not None else -1
        if index < 0 and value is None and self._none_label is not None:
            index = 0
        if index >= 0:
            self.setCurrentIndex(index)

    def state(self) -> str | None:
        return self.value()

    def restore(self, state: object) -> None:
        self.set_value(state if isinstance(state, str) else None)


def choice_cell(
    values: Iterable[StrEnum], none_label: str | None = None, default: StrEnum | None = None
) -> Callable[[QWidget], ChoiceField]:
    """Makes a row editor's cell: a choice among values, starting at default."""

    def make(parent: QWidget) -> ChoiceField:
        field = ChoiceField(parent, none_label)
        field.set_choices(choices(values))
        if default is not None:
            field.set_value(default.value)
        return field

    return make


class DateField(QDateEdit):
    """A date, optionally none (shown as "—")."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None, optional: bool = True) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self._optional = optional
        if optional:
            self.setMinimumDate(_NO_DATE)
            self.setSpecialValueText("—")
            self.setDate(_NO_DATE)
        self.dateChanged.connect(lambda _day: self.edited.emit())

    def value(self) -> date | None:
        day = self.date()
        if self._optional and day == _NO_DATE:
            return None
        return date(day.year(), day.month(), day.day())

    def set_value(self, value: date | None) -> None:
        self.blockSignals(True)
        try:
            if value is None:
                self.setDate(_NO_DATE if self._optional else QDate.currentDate())
            else:
                self.setDate(QDate(value.year, value.month, value.day))
        finally:
            self.blockSignals(False)

    def state(self) -> str | None:
        value = self.value()
        return value.isoformat() if value else None

    def restore(self, state: object) -> None:
        self.set_value(parse_date(state))


class DateTimeField(QDateTimeEdit):
    """A moment, typed and shown in this computer's time zone, kept in UTC."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None, optional: bool = False) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd HH:mm")
        self._optional = optional
        if optional:
            self.setMinimumDateTime(QDateTime(_NO_DATE, QTime(0, 0)))
            self.setSpecialValueText("—")
            self.setDateTime(self.minimumDateTime())
        self.dateTimeChanged.connect(lambda _moment: self.edited.emit())

    def value(self) -> datetime | None:
        moment = self.dateTime()
        if self._optional and moment == self.minimumDateTime():
            return None
        return datetime.fromtimestamp(moment.toSecsSinceEpoch(), UTC)

    def set_value(self, value: datetime | None) -> None:
        self.blockSignals(True)
        try:
            if value is None:
                if self._optional:
                    self.setDateTime(self.minimumDateTime())
                return
            local = value.astimezone()
            self.setDateTime(
                QDateTime(
                    QDate(local.year, local.month, local.day), QTime(local.hour, local.minute)
                )
            )
        finally:
            self.blockSignals(False)

    def state(self) -> str | None:
        value = self.value()
        return value.isoformat() if value else None

    def restore(self, state: object) -> None:
        try:
            self.set_value(datetime.fromisoformat(state) if isinstance(state, str) else None)
        except ValueError:
            self.set_value(None)


class NumberField(QSpinBox):
    """A whole number, optionally none (shown as the special text, such as "not counted")."""

    edited = Signal()

    def __init__(
        self, parent: QWidget | None = None, none_text: str | None = None, maximum: int = 100_000
    ) -> None:
        super().__init__(parent)
        self._optional = none_text is not None
        self.setRange(-1 if self._optional else 0, maximum)
        if none_text is not None:
            self.setSpecialValueText(none_text)
            self.setValue(-1)
        self.valueChanged.connect(lambda _n: self.edited.emit())

    def number(self) -> int | None:
        value = super().value()
        return None if self._optional and value < 0 else value

    def set_number(self, value: int | None) -> None:
        self.blockSignals(True)
        try:
            self.setValue(-1 if value is None else value)
        finally:
            self.blockSignals(False)

    def state(self) -> int | None:
        return self.number()

    def restore(self, state: object) -> None:
        self.set_number(state if isinstance(state, int) and not isinstance(state, bool) else None)


class AmountField(QDoubleSpinBox):
    """An amount of money with two decimals; its state is the amount as text ("1500.50"), so a
    draft keeps it exactly."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDecimals(2)
        self.setRange(0, 999_999_999_999)
        self.setGroupSeparatorShown(True)
        self.valueChanged.connect(lambda _n: self.edited.emit())

    def set_amount(self, value: Decimal | None) -> None:
        self.blockSignals(True)
        try:
            self.setValue(float(value or 0))
        finally:
            self.blockSignals(False)

    def state(self) -> str:
        return f"{self.value():.2f}"

    def restore(self, state: object) -> None:
        try:
            self.set_amount(Decimal(state) if isinstance(state, str) else None)
        except InvalidOperation:
            self.set_amount(None)


class CheckField(QCheckBox):
    edited = Signal()

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.toggled.connect(lambda _on: self.edited.emit())

    def state(self) -> bool:
        return self.isChecked()

    def restore(self, state: object) -> None:
        self.blockSignals(True)
        try:
            self.setChecked(state is True)
        finally:
            self.blockSignals(False)


def parse_date(state: object) -> date | None:
    """A date from a draft's JSON, or None."""
    if not isinstance(state, str):
        return None
    try:
        return date.fromisoformat(state)
    except ValueError:
        return None
