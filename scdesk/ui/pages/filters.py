"""The filters the lists share: city, period, and a choice such as kind or status."""

from collections.abc import Iterable
from datetime import date
from enum import StrEnum
from uuid import UUID

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from scdesk.domain.labels import choices
from scdesk.store.queries.choices import Choice, city_choices
from scdesk.ui.collation import city_choice_items, country_choices
from scdesk.ui.context import AppContext
from scdesk.ui.forms.fields import ChoiceField, DateField


class CityFilter(ChoiceField):
    """Every city, or one; the cities are read in the background when the page opens."""

    def __init__(
        self, context: AppContext, parent: QWidget | None = None, initial: UUID | None = None
    ) -> None:
        super().__init__(parent, self.tr("All cities"))
        self.setAccessibleName(self.tr("City"))
        self.set_choices([])
        self._initial = str(initial) if initial else None
        store = context.store

        def work(_progress: object) -> list[Choice]:
            with store.read() as session:
                return city_choices(session)

        context.ops.run(
            self,
            work,
            self._fill,
            label=self.tr("Reading the cities…"),
            writes=False,
            quiet=True,
        )

    def _fill(self, cities: list[Choice]) -> None:
        self.set_choices(city_choice_items(cities))
        if self._initial is not None:
            self.set_value(self._initial)
            self._initial = None

    def city_id(self) -> UUID | None:
        value = self.value()
        return UUID(value) if value else None


class CountryFilter(ChoiceField):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("All countries"))
        self.setAccessibleName(self.tr("Country"))
        self.set_choices(country_choices())


class ChoiceFilter(ChoiceField):
    """All, or one value of a choice (a kind, a status)."""

    def __init__(
        self, values: Iterable[StrEnum], all_label: str, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, all_label)
        self.setAccessibleName(name)
        self.set_choices(choices(values))


class PeriodFilter(QWidget):
    """From and to days, each optional."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.start = DateField(self)
        self.start.setAccessibleName(self.tr("From"))
        self.end = DateField(self)
        self.end.setAccessibleName(self.tr("To"))
        layout.addWidget(QLabel(self.tr("From"), self))
        layout.addWidget(self.start)
        layout.addWidget(QLabel(self.tr("to"), self))
        layout.addWidget(self.end)
        self.start.edited.connect(self.edited)
        self.end.edited.connect(self.edited)

    def period(self) -> tuple[date | None, date | None]:
        return self.start.value(), self.end.value()
