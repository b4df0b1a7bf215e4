"""A city's priority raised with a national body: what, with whom, when, what came of it, and
the finding, plan action, meeting, grant or advice it came from."""

from collections.abc import Callable
from dataclasses import dataclass, field
from uuid import UUID

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter, QFormLayout
from sqlalchemy.orm import Session

from scdesk.domain import limits
from scdesk.domain.changes import RecordKind
from scdesk.domain.cooperation import (
    SOURCE_FIELDS,
    RaisingInput,
    RaisingRecord,
    RaisingStatus,
    raising_problems,
)
from scdesk.domain.labels import choices, record_kinds
from scdesk.domain.progress import Progress
from scdesk.domain.rules import Problem
from scdesk.services.cooperation import save_raising
from scdesk.services.saved import Saved
from scdesk.store.queries.choices import Choice, city_choices
from scdesk.store.queries.raisings import Source, national_bodies, raising_input, source_choices
from scdesk.ui.collation import city_choice_items
from scdesk.ui.form_records.cooperation import raising_record, source_value
from scdesk.ui.forms.fields import ChoiceField, DateField, LongTextField, TextField
from scdesk.ui.forms.record_form import RecordForm


@dataclass(frozen=True, slots=True)
class RaisingChoices:
    cities: list[Choice]
    bodies: list[str]
    #: What a raising of each city may have come from.
    sources: dict[UUID, list[Source]] = field(default_factory=dict)


class RaisingForm(RecordForm[RaisingChoices, RaisingInput, RaisingRecord]):
    FORM = "raising"
    WATCHED = frozenset({RecordKind.RAISING})

    def build(self) -> None:
        self.setWindowTitle(self.tr("Raised with a national body[*]"))
        self._sources: dict[UUID, list[Source]] = {}
        #: The "came from" choice the stored record was shown with, and its links.
        self._kept: tuple[str | None, dict[str, UUID | None]] = (None, {})
        form = QFormLayout(self.body)
        self.city = self.add_field(
            form, "city_id", self.tr("&City"), ChoiceField(self.body, self.tr("—"))
        )
        self.city.edited.connect(self._offer_sources)
        self.national_body = self.add_field(
            form, "national_body", self.tr("&National body"), TextField(self.body, limits.TITLE)
        )
        self.national_body.setPlaceholderText(self.tr("A ministry, a national commission…"))
        self.raised_on = self.add_field(
            form, "raised_on", self.tr("&Raised on"), DateField(self.body, optional=False)
        )
        self.subject = self.add_field(
            form, "subject", self.tr("&What was raised"), TextField(self.body, limits.ITEM)
        )
        self.status = self.add_field(form, "status", self.tr("&Status"), ChoiceField(self.body))
        self.status.set_choices(choices(RaisingStatus))
        self.outcome = self.add_field(
            form, "outcome", self.tr("&Outcome so far"), LongTextField(self.body)
        )
        self.came_from = self.add_field(
            form,
            "came_from",
            self.tr("Came &from"),
            ChoiceField(self.body, self.tr("— nothing recorded here")),
            problem_fields=SOURCE_FIELDS,
        )
        self.resize(600, 460)

    def load_choices(self, session: Session) -> RaisingChoices:
        cities = city_choices(session)
        sources = {c.id: source_choices(session, c.id) for c in cities}
        return RaisingChoices(cities, national_bodies(session), sources)

    def populate_choices(self, found: RaisingChoices) -> None:
        self.city.set_choices(city_choice_items(found.cities))
        completer = QCompleter(found.bodies, self.national_body)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.national_body.setCompleter(completer)
        self._sources = found.sources
        self._offer_sources()

    def _offer_sources(self) -> None:
        """The records of the chosen city, each named with its kind."""
        city = self.city.value()
        kinds = record_kinds()
        offered = self._sources.get(UUID(city), []) if city else []
        self.came_from.set_choices([
            (source_value(s.field, s.id), f"{kinds.get(s.table, s.table)}: {s.name}")
            for s in offered
        ])  # fmt: skip

    def load_detail(self, session: Session, record_id: UUID) -> RaisingInput | None:
        return raising_input(session, record_id)

    def populate(self, detail: RaisingInput) -> None:
        self.city.set_value(str(detail.city_id) if detail.city_id else None)
        self._offer_sources()
        self.national_body.set_value(detail.national_body)
        self.raised_on.set_value(detail.raised_on)
        self.subject.set_value(detail.subject)
        self.status.set_value(detail.status.value)
        self.outcome.set_value(detail.outcome)
        links = {f: getattr(detail, f) for f in SOURCE_FIELDS}
        first = next((f for f in SOURCE_FIELDS if links[f] is not None), None)
        shown = source_value(first, links[first]) if first and links[first] else None
        self._kept = (shown, links)
        self.came_from.set_value(shown)

    def populate_new(self) -> None:
        self.status.set_value(RaisingStatus.RAISED.value)
        self.raised_on.set_value(self.context.store.now().date())
        city = self.context.store.device().city_id
        self.city.set_value(str(city) if city else None)
        self._offer_sources()

    def after_restore(self) -> None:
        self._offer_sources()

    def check(self) -> tuple[RaisingRecord, list[Problem]]:
        record = raising_record(self.state(), self.record_id, self._kept)
        return record, raising_problems(record.raising, self.context.store.now().date())

    def save_work(self, record: RaisingRecord) -> Callable[[Progress], Saved[UUID]]:
        store = self.context.store

        return lambda _progress: save_raising(store, record)

    def draft_title(self) -> str:
        return self.subject.value().strip() or self.tr("New raising with a national body")
