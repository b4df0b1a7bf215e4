"""A technical support grant and a piece of expert advice: the two forms of the support the
network gives a city."""

from collections.abc import Callable
from dataclasses import dataclass
from uuid import UUID

from PySide6.QtWidgets import QFormLayout
from sqlalchemy.orm import Session

from scdesk.domain import limits
from scdesk.domain.changes import RecordKind
from scdesk.domain.labels import choices
from scdesk.domain.people import PersonId
from scdesk.domain.progress import Progress
from scdesk.domain.rules import Problem
from scdesk.domain.support import (
    AdviceRecord,
    GrantInput,
    GrantRecord,
    GrantStatus,
    advice_problems,
    expert_pool_problems,
    grant_problems,
)
from scdesk.services.saved import Saved
from scdesk.services.support import save_advice, save_grant
from scdesk.store.queries.choices import (
    Choice,
    PersonChoice,
    city_choices,
    organisation_choices,
)
from scdesk.store.queries.support_lists import (
    AdviceDetail,
    advice_detail,
    grant_input,
    pool_ids,
)
from scdesk.ui.collation import city_choice_items
from scdesk.ui.form_records.support import advice_record, grant_record
from scdesk.ui.forms.fields import (
    AmountField,
    ChoiceField,
    DateField,
    LongTextField,
    TextField,
)
from scdesk.ui.forms.person_finder import PersonChoiceField
from scdesk.ui.forms.record_form import RecordForm


@dataclass(frozen=True, slots=True)
class GrantChoices:
    cities: list[Choice]
    organisations: list[Choice]


class GrantForm(RecordForm[GrantChoices, GrantInput, GrantRecord]):
    FORM = "grant"
    WATCHED = frozenset({RecordKind.GRANT})

    def build(self) -> None:
        self.setWindowTitle(self.tr("Technical support grant[*]"))
        form = QFormLayout(self.body)
        self.city = self.add_field(
            form, "city_id", self.tr("&City"), ChoiceField(self.body, self.tr("—"))
        )
        self.purpose = self.add_field(
            form, "purpose", self.tr("&Purpose"), TextField(self.body, limits.PARAGRAPH)
        )
        self.amount = self.add_field(form, "amount", self.tr("&Amount"), AmountField(self.body))
        self.currency = self.add_field(
            form, "currency", self.tr("C&urrency"), TextField(self.body, 3)
        )
        self.currency.setPlaceholderText(self.tr("PKR, LKR, USD…"))
        self.status = self.add_field(form, "status", self.tr("&Status"), ChoiceField(self.body))
        self.status.set_choices(choices(GrantStatus))
        self.organisation = self.add_field(
            form,
            "organisation_id",
            self.tr("&Organisation receiving it"),
            ChoiceField(self.body, self.tr("—")),
        )
        self.approved_on = self.add_field(
            form, "approved_on", self.tr("Approved &on"), DateField(self.body)
        )
        self.starts_on = self.add_field(
            form, "starts_on", self.tr("Starts o&n"), DateField(self.body)
        )
        self.ends_on = self.add_field(form, "ends_on", self.tr("&Ends on"), DateField(self.body))
        self.resize(560, 380)

    def load_choices(self, session: Session) -> GrantChoices:
        return GrantChoices(city_choices(session), organisation_choices(session, None))

    def populate_choices(self, found: GrantChoices) -> None:
        self.city.set_choices(city_choice_items(found.cities))
        self.organisation.set_choices([(str(c.id), c.label) for c in found.organisations])

    def load_detail(self, session: Session, record_id: UUID) -> GrantInput | None:
        return grant_input(session, record_id)

    def populate(self, detail: GrantInput) -> None:
        self.city.set_value(str(detail.city_id) if detail.city_id else None)
        self.purpose.set_value(detail.purpose)
        self.amount.set_amount(detail.amount)
        self.currency.set_value(detail.currency)
        self.status.set_value(detail.status.value)
        organisation = detail.organisation_id
        self.organisation.set_value(str(organisation) if organisation else None)
        self.approved_on.set_value(detail.approved_on)
        self.starts_on.set_value(detail.starts_on)
        self.ends_on.set_value(detail.ends_on)

    def populate_new(self) -> None:
        self.status.set_value(GrantStatus.PROPOSED.value)
        city = self.context.store.device().city_id
        self.city.set_value(str(city) if city else None)

    def check(self) -> tuple[GrantRecord, list[Problem]]:
        record = grant_record(self.state(), self.record_id)
        return record, grant_problems(record.grant)

    def save_work(self, record: GrantRecord) -> Callable[[Progress], Saved[UUID]]:
        store = self.context.store

        return lambda _progress: save_grant(store, record)

    def draft_title(self) -> str:
        return self.purpose.value().strip() or self.tr("New grant")


@dataclass(frozen=True, slots=True)
class AdviceChoices:
    cities: list[Choice]
    #: Who is in the hub's expert pool, for the form to preview the pool's rule.
    pool: frozenset[UUID]


class AdviceForm(RecordForm[AdviceChoices, AdviceDetail, AdviceRecord]):
    FORM = "advice"
    WATCHED = frozenset({RecordKind.EXPERT_ADVICE, RecordKind.PERSON})

    def build(self) -> None:
        self.setWindowTitle(self.tr("Expert advice[*]"))
        form = QFormLayout(self.body)
        self.city = self.add_field(
            form, "city_id", self.tr("&City"), ChoiceField(self.body, self.tr("—"))
        )
        self.pool: set[UUID] = set()
        self.recorded_expert: PersonId | None = None
        self.expert = self.add_field(
            form,
            "expert_id",
            self.tr("E&xpert"),
            PersonChoiceField(self.context, self.body, pool_first=True),
        )
        self.expert.finder.picked.connect(self._on_finder_picked)
        self.topic = self.add_field(
            form, "topic", self.tr("&Topic"), TextField(self.body, limits.HEADING)
        )
        self.starts_on = self.add_field(
            form, "starts_on", self.tr("&From"), DateField(self.body, optional=False)
        )
        self.ends_on = self.add_field(form, "ends_on", self.tr("T&o"), DateField(self.body))
        self.notes = self.add_field(form, "notes", self.tr("&Notes"), LongTextField(self.body))
        self.resize(560, 400)

    def load_choices(self, session: Session) -> AdviceChoices:
        return AdviceChoices(city_choices(session), pool_ids(session))

    def populate_choices(self, found: AdviceChoices) -> None:
        self.city.set_choices(city_choice_items(found.cities))
        self.pool = set(found.pool)

    def _on_finder_picked(self, person: PersonChoice) -> None:
        if person.in_pool:  # added to the pool since the form read it
            self.pool.add(person.id)

    def load_detail(self, session: Session, record_id: UUID) -> AdviceDetail | None:
        return advice_detail(session, record_id)

    def populate(self, detail: AdviceDetail) -> None:
        advice = detail.advice
        self.recorded_expert = advice.expert_id
        self.city.set_value(str(advice.city_id) if advice.city_id else None)
        expert = advice.expert_id
        self.expert.restore([str(expert), detail.expert_name or ""] if expert else None)
        self.topic.set_value(advice.topic)
        self.starts_on.set_value(advice.starts_on)
        self.ends_on.set_value(advice.ends_on)
        self.notes.set_value(advice.notes)

    def populate_new(self) -> None:
        city = self.context.store.device().city_id
        self.city.set_value(str(city) if city else None)
        self.starts_on.set_value(self.context.store.now().date())

    def check(self) -> tuple[AdviceRecord, list[Problem]]:
        record = advice_record(self.state(), self.record_id, self.context.store.now().date())
        advice, chosen = record.advice, self.expert.state()
        name = chosen[1] if chosen else ""
        in_pool = advice.expert_id in self.pool
        pool = expert_pool_problems(advice, self.recorded_expert, name, in_pool)
        return record, advice_problems(advice) + pool

    def save_work(self, record: AdviceRecord) -> Callable[[Progress], Saved[UUID]]:
        store = self.context.store

        return lambda _progress: save_advice(store, record)

    def draft_title(self) -> str:
        return self.topic.value().strip() or self.tr("New expert advice")
