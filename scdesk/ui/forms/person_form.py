"""A person: who they are, their contact, their consent; a minor's record kept minimal."""

from collections.abc import Callable
from dataclasses import dataclass
from uuid import UUID

from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from scdesk.domain import limits
from scdesk.domain.changes import RecordKind
from scdesk.domain.labels import choices, label
from scdesk.domain.people import (
    AgeBand,
    ConsentForm,
    ConsentGiver,
    Gender,
    GroupTag,
    PersonId,
    PersonRecord,
    StakeholderType,
    person_problems,
)
from scdesk.domain.progress import Progress
from scdesk.domain.rules import Problem
from scdesk.services.people import save_person
from scdesk.services.saved import Saved
from scdesk.store.queries.choices import Choice, city_choices, organisation_choices
from scdesk.store.queries.record_detail import PersonDetail, person_detail
from scdesk.ui.collation import city_choice_items
from scdesk.ui.form_records.person import person_record
from scdesk.ui.forms.fields import (
    CheckField,
    ChoiceField,
    DateField,
    NumberField,
    TextField,
)
from scdesk.ui.forms.record_form import RecordForm
from scdesk.ui.text_direction import isolate


@dataclass(frozen=True, slots=True)
class PersonChoices:
    cities: list[Choice]
    organisations: list[Choice]


class GroupsField(QWidget):
    """The marginalised groups a person belongs to, as check boxes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes = {tag: CheckField(label(tag), self) for tag in GroupTag}
        for tag, box in self.boxes.items():
            box.setAccessibleName(label(tag))
            layout.addWidget(box)
        layout.addStretch(1)
        self.edited = next(iter(self.boxes.values())).edited
        for box in list(self.boxes.values())[1:]:
            box.edited.connect(self.edited)

    def state(self) -> list[str]:
        return sorted(tag.value for tag, box in self.boxes.items() if box.isChecked())

    def restore(self, state: object) -> None:
        chosen = set(state) if isinstance(state, list) else set()
        for tag, box in self.boxes.items():
            box.restore(tag.value in chosen)


class PersonForm(RecordForm[PersonChoices, PersonDetail, PersonRecord]):
    FORM = "person"
    WATCHED = frozenset({RecordKind.PERSON})

    def build(self) -> None:
        self.setWindowTitle(self.tr("Person[*]"))
        columns = QHBoxLayout(self.body)
        who = QGroupBox(self.tr("Who"), self.body)
        form = QFormLayout(who)
        none = self.tr("—")
        self.name = self.add_field(form, "name", self.tr("&Name"), TextField(who, limits.NAME))
        self.name.textChanged.connect(self._retitle)
        self.gender = self.add_field(form, "gender", self.tr("&Gender"), ChoiceField(who))
        self.gender.set_choices(choices(Gender))
        self.birth_year = self.add_field(
            form, "birth_year", self.tr("&Birth year"), NumberField(who, self.tr("not known"), 2100)
        )
        self.age_band = self.add_field(
            form, "age_band", self.tr("&Age band"), ChoiceField(who, self.tr("not known"))
        )
        self.age_band.set_choices(choices(AgeBand))
        self.stakeholder_type = self.add_field(
            form, "stakeholder_type", self.tr("&Type"), ChoiceField(who)
        )
        self.stakeholder_type.set_choices(choices(StakeholderType))
        self.title = self.add_field(form, "title", self.tr("T&itle"), TextField(who, limits.NAME))
        self.organisation = self.add_field(
            form, "organisation_id", self.tr("&Organisation"), ChoiceField(who, none)
        )
        self.city = self.add_field(form, "city_id", self.tr("&City"), ChoiceField(who, none))
        self.community = self.add_field(
            form, "community", self.tr("Co&mmunity"), TextField(who, limits.NAME)
        )
        self.phone = self.add_field(form, "phone", self.tr("&Phone"), TextField(who, limits.PHONE))
        self.email = self.add_field(form, "email", self.tr("&E-mail"), TextField(who, limits.NAME))
        self.groups = GroupsField(who)
        self.add_field(form, "groups", self.tr("Groups"), self.groups)
        columns.addWidget(who, 3)

        consent = QGroupBox(self.tr("Consent"), self.body)
        form = QFormLayout(consent)
        self.consent_participation = self.add_field(
            form,
            "consent_participation",
            self.tr("Takes part"),
            CheckField(self.tr("Consents to take part"), consent),
        )
        self.consent_photo = self.add_field(
            form, "consent_photo", self.tr("Photos"), CheckField(self.tr("Photos"), consent)
        )
        self.consent_data = self.add_field(
            form,
            "consent_data",
            self.tr("Data"),
            CheckField(self.tr("Sharing data"), consent),
        )
        self.consent_by = self.add_field(
            form, "consent_by", self.tr("Given &by"), ChoiceField(consent, none)
        )
        self.consent_by.set_choices(choices(ConsentGiver))
        self.consent_form = self.add_field(
            form, "consent_form", self.tr("Given &how"), ChoiceField(consent, none)
        )
        self.consent_form.set_choices(choices(ConsentForm))
        self.consent_on = self.add_field(
            form, "consent_on", self.tr("Given &on"), DateField(consent)
        )
        self.consent_withdrawn_on = self.add_field(
            form, "consent_withdrawn_on", self.tr("&Withdrawn on"), DateField(consent)
        )
        pool = QGroupBox(self.tr("Hub's expert pool"), self.body)
        form = QFormLayout(pool)
        self.expertise = self.add_field(
            form, "expertise", self.tr("E&xpertise"), TextField(pool, limits.PARAGRAPH)
        )
        self.expertise.setPlaceholderText(self.tr("youth work, planning…"))
        self.expertise.setToolTip(
            self.tr(
                "Fields of expertise, separated by commas; a person with none is not in the "
                "hub's expert pool."
            )
        )
        side = QVBoxLayout()
        side.addWidget(consent)
        side.addWidget(pool)
        side.addStretch(1)
        columns.addLayout(side, 2)
        self.resize(900, 560)

    def _retitle(self, text: str) -> None:
        name = text.strip() or self.tr("new")
        self.setWindowTitle(self.tr("Person: {name}[*]").format(name=isolate(name)))

    # ------------------------------------------------------------------ hooks
    def load_choices(self, session: Session) -> PersonChoices:
        return PersonChoices(city_choices(session), organisation_choices(session, None))

    def populate_choices(self, loaded: PersonChoices) -> None:
        self.city.set_choices(city_choice_items(loaded.cities))
        self.organisation.set_choices([(str(c.id), c.label) for c in loaded.organisations])

    def load_detail(self, session: Session, record_id: UUID) -> PersonDetail | None:
        return person_detail(session, record_id)

    def populate(self, detail: PersonDetail) -> None:
        person = detail.person
        self.name.set_value(person.name)
        self.gender.set_value(person.gender.value)
        self.birth_year.set_number(person.birth_year)
        self.age_band.set_value(person.age_band.value if person.age_band else None)
        self.stakeholder_type.set_value(person.stakeholder_type.value)
        self.title.set_value(person.title)
        self.organisation.set_value(str(person.organisation_id) if person.organisation_id else None)
        self.city.set_value(str(person.city_id) if person.city_id else None)
        self.community.set_value(person.community)
        self.phone.set_value(person.phone)
        self.email.set_value(person.email)
        self.groups.restore([g.value for g in detail.groups])
        self.consent_participation.restore(person.consent_participation)
        self.consent_photo.restore(person.consent_photo)
        self.consent_data.restore(person.consent_data)
        self.consent_by.set_value(person.consent_by.value if person.consent_by else None)
        self.consent_form.set_value(person.consent_form.value if person.consent_form else None)
        self.consent_on.set_value(person.consent_on)
        self.consent_withdrawn_on.set_value(person.consent_withdrawn_on)
        self.expertise.set_value(person.expertise)

    def populate_new(self) -> None:
        self.gender.set_value(Gender.UNDISCLOSED.value)
        self.stakeholder_type.set_value(StakeholderType.OTHER.value)
        city = self.context.store.device().city_id
        self.city.set_value(str(city) if city else None)
        self.consent_on.set_value(self.context.store.now().date())

    def check(self) -> tuple[PersonRecord, list[Problem]]:
        record = person_record(self.state(), self.record_id)
        return record, person_problems(record.person, self.context.store.now().date())

    def save_work(self, record: PersonRecord) -> Callable[[Progress], Saved[PersonId]]:
        store = self.context.store

        return lambda _progress: save_person(store, record)

    def draft_title(self) -> str:
        return self.name.value().strip() or self.tr("New person")
